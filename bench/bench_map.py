"""Map benchmark: 10,000 sites on the offline map (``ui.map_view.MapView``), drawn offscreen.

    .venv/bin/python bench/bench_map.py [--sites 10000] [--runs 5]

Printed: setting the points (each projected once to Web Mercator), a full paint of the widget
(``grab()``: background, graticule, every marker, scale bar, attribution) at the whole-area view and
after zooming in, and a hit test (the point under a click), each the median of ``--runs``. Beside
them, the same number of bare ``drawEllipse`` calls on a QImage: the least any marker map can cost.
Then the built-in map of shipped outlines: reading them, the first draw at four views (its tiles
drawn), a repaint (tiles kept) and a pan that brings new tiles. Also the reading of the map's
points from a data folder (``analysis.sites.site_points``) with the
same number of assessments. The target (issue 21) is a map of 10,000 sites drawn in under 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from needsassess.ui.map_panel import PALETTE
from needsassess.ui.map_view import MapPoint, MapView


def _median(action: object, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _points(n: int) -> list[MapPoint]:
    rng = random.Random(21)
    centres = ((28.1, 81.6), (39.77, 64.42), (8.64, -10.97), (27.7, 85.3))
    colours = [QColor(c) for c in PALETTE[:5]]
    found = []
    for i in range(n):
        lat, lon = centres[i % len(centres)]
        found.append(MapPoint(f"site-{i}", lat + rng.gauss(0, 1.5), lon + rng.gauss(0, 1.5),
                              colours[i % len(colours)], i % 3 != 0))
    return found


def _read_sites(n: int) -> float:
    from bench_store import FORM, _answers, _Session

    from needsassess.analysis.sites import site_points
    from needsassess.store import ListQuery, open_store

    base = _answers()
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder)) as store:
        for start in range(0, n, 5000):
            point = {"lon": 81.0, "alt": 0, "accuracy": 5}
            part = [_Session(dict(base[i % len(base)], gps=dict(point, lat=28 + i / n)))
                    for i in range(start, min(start + 5000, n))]
            store.create_many(FORM, part, complete=True)
        began = time.perf_counter()
        located, read = site_points(store, ListQuery(limit=None))
        took = time.perf_counter() - began
        assert read == n, (read, n)
        print(f"  read {read} assessments, {len(located)} located")
        return took


def _built_in_map(runs: int) -> None:
    """The shipped outlines (ui/map_boundaries.py): reading them, first tiles, repaint, a pan."""
    from needsassess.geo import boundaries

    boundaries.load.cache_clear()
    began = time.perf_counter()
    boundaries.load()
    read = time.perf_counter() - began
    print("Built-in map (Natural Earth outlines), 1000×520 px")
    print(f"  read the outlines (once per process)  {read * 1000:8.1f} ms")
    view = MapView()  # one map moved around, as in the window: what was projected once stays
    view.resize(1000, 520)
    for name, lat, lon, zoom in (("world", 20.0, 40.0, 2), ("Nepal", 28.3, 84.0, 6),
                                 ("Uzbekistan", 41.0, 64.0, 6), ("Sierra Leone", 8.5, -11.8, 8)):
        view.set_view(lat, lon, zoom)
        began = time.perf_counter()
        view.grab()
        first = time.perf_counter() - began
        again = _median(view.grab, runs)

        began = time.perf_counter()
        view.set_view(lat, lon + 300 * 360 / view.world_size(), zoom)
        view.grab()
        panned = time.perf_counter() - began
        print(f"  {name:<12} zoom {zoom}: first draw {first * 1000:7.1f} ms, again {again * 1000:6.1f} ms, "
              f"a 300 px pan {panned * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-store", action="store_true", help="skip reading the sites from a data folder")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    points = _points(args.sites)
    view = MapView()
    view.resize(1000, 520)
    set_time = _median(lambda: view.set_points(points), args.runs)
    view.fit()
    whole = _median(view.grab, args.runs)
    view.zoom_by(2)
    zoomed = _median(view.grab, args.runs)
    hit = _median(lambda: view.point_at(QPointF(500, 260)), args.runs)
    image = QImage(1000, 520, QImage.Format.Format_ARGB32_Premultiplied)

    def bare() -> None:
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rng = random.Random(1)
        for _ in range(args.sites):
            painter.drawEllipse(QPointF(rng.uniform(0, 1000), rng.uniform(0, 520)), 6.0, 6.0)
        painter.end()

    baseline = _median(bare, args.runs)
    print(f"Map of {args.sites:,} sites, 1000×520 px, median of {args.runs} runs")
    print(f"  set the points (project once)        {set_time * 1000:8.1f} ms")
    print(f"  draw, all sites in view               {whole * 1000:8.1f} ms")
    print(f"  draw, zoomed in twice                 {zoomed * 1000:8.1f} ms")
    print(f"  point under a click                   {hit * 1000:8.1f} ms")
    print(f"  baseline: {args.sites:,} bare drawEllipse      {baseline * 1000:8.1f} ms")
    total = set_time + whole
    print(f"  first map shown (set + draw)          {total * 1000:8.1f} ms  (target < 1000 ms: "
          f"{'met' if total < 1 else 'NOT met'})")
    _built_in_map(args.runs)
    if not args.no_store:
        print(f"  reading the sites from the store      {_read_sites(args.sites) * 1000:8.1f} ms")
    del app


if __name__ == "__main__":
    main()
