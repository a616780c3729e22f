"""Lines and areas: a 5,000-point GPS track enters and is measured within the 100 ms budget.

Prints the median of several runs of each step, for a trace (a meandering stream) and a shape (a
green-belt outline walked round with 5,000 fixes), against the budget:
- enter: ODK text "lat lon alt acc;..." parsed and checked by the engine (``coerce_answer``: every
  point's ranges, and for the shape closure and self-intersection);
- measure: ``distance()`` and ``area()`` evaluated through the expression engine, as a form does;
- a GPX file of the same track read (``geo_files``) and the report drawing built (``geodraw``).
A last line compares the fast per-edge length and area with geographiclib's exact ones.

Then the same trace and shape in the "Draw on map" dialog (``ui.entry.draw_dialog``, offscreen):
- open: the dialog built on the answer and shown (points projected, the ring's crossings checked,
  length and area written);
- render: the dialog painted at 1024x600 (``grab``), every point and edge drawn;
- edit: one point dragged (projection, crossing check and measures again, and a repaint);
- OK: the drawing checked by the engine as the answer it becomes;
- and then, apart, the points written into the question of an entry window on a real store, as OK
  does: the text box filled, the session's own check, the measures under the box, the autosave.

    .venv/bin/python bench/bench_geo.py [--points 5000] [--no-window]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time
from collections.abc import Callable
from typing import Any

from needsassess.engine import geo, load_form_text
from needsassess.engine.answers import coerce_answer
from needsassess.engine.expr import compile_expr, parse
from needsassess.engine.expr.mapping_resolver import MappingResolver
from needsassess.engine.geo_files import points_from_bytes
from needsassess.reports.geodraw import outline_drawing

BUDGET_MS = 100.0
FORM = """\
form_id: b
version: "1"
default_language: en
title: {en: B}
survey:
  - {type: geotrace, name: stream, label: {en: Stream}}
  - {type: geoshape, name: belt, label: {en: Belt}}
"""


def track(count: int) -> str:
    """A stream ~30 km long meandering north-east of Khajura, one fix every ~6 m."""
    parts = []
    for i in range(count):
        t = i / count
        lat = 28.1 + 0.25 * t + 0.002 * math.sin(40 * math.pi * t)
        lon = 81.6 + 0.1 * t + 0.002 * math.cos(40 * math.pi * t)
        parts.append(f"{lat:.7f} {lon:.7f} {150 + 20 * t:.1f} 4")
    return ";".join(parts)


def outline(count: int) -> str:
    """A wavy ring ~3 km across around Bukhara (never crossing itself)."""
    parts = []
    for i in range(count):
        a = 2 * math.pi * i / count
        r = 0.013 * (1 + 0.05 * math.sin(12 * a))
        parts.append(f"{39.77 + r * math.sin(a):.7f} {64.42 + r * 1.3 * math.cos(a):.7f} 220 5")
    return ";".join(parts)


def median_ms(fn: Callable[[], Any], runs: int = 7, clock: Callable[[], float] = time.perf_counter) -> float:
    times = []
    for _ in range(runs):
        start = clock()
        fn()
        times.append((clock() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=5000)
    parser.add_argument("--no-window", action="store_true", help="skip the drawing dialog's figures")
    args = parser.parse_args()
    count = args.points
    form = load_form_text(FORM, "b.yaml")
    texts = {"stream": track(count), "belt": outline(count)}
    functions = {"stream": "distance(${stream})", "belt": "area(${belt})"}
    print(f"{count:,} points; budget {BUDGET_MS:.0f} ms for enter + measure")
    for name, text in texts.items():
        question = form.question(name)
        enter = median_ms(lambda q=question, t=text: coerce_answer(q, t))
        compiled = compile_expr(parse(functions[name]))
        resolver = MappingResolver({name: text})
        measure = median_ms(lambda c=compiled, r=resolver: c(r))
        value = compiled(resolver)
        total = enter + measure
        verdict = "ok" if total < BUDGET_MS else "OVER BUDGET"
        unit = "m" if name == "stream" else "m²"
        print(f"  {question.type.value:9} enter {enter:6.1f} ms  measure {measure:6.1f} ms  total {total:6.1f} ms "
              f"[{verdict}]  {functions[name]} = {value:,.1f} {unit}")
    points = coerce_answer(form.question("stream"), texts["stream"])
    gpx = "<gpx>" + "".join(f'<trkpt lat="{p["lat"]}" lon="{p["lon"]}"><ele>{p["alt"]}</ele></trkpt>'
                            for p in points) + "</gpx>"
    print(f"  GPX file of the track read ({len(gpx) / 1e6:.2f} MB): "
          f"{median_ms(lambda: points_from_bytes(gpx.encode(), 't.gpx')):.1f} ms")
    print(f"  report drawing built: {median_ms(lambda: outline_drawing(points, False, 250)):.1f} ms")
    coords = geo.lat_lons(points)
    belt = geo.lat_lons(coerce_answer(form.question("belt"), texts["belt"]))
    fast_length, fast_area = geo.length_m(coords), geo.area_m2(belt)
    limit, geo.EXACT_LIMIT = geo.EXACT_LIMIT, 10**9
    exact_length, exact_area = geo.length_m(coords), geo.area_m2(belt)
    geo.EXACT_LIMIT = limit
    print(f"  fast vs geographiclib exact: length {abs(fast_length / exact_length - 1):.1e}, "
          f"area {abs(fast_area / exact_area - 1):.1e} (relative)")
    if not args.no_window:
        bench_dialog(form, texts)


def bench_dialog(form: Any, texts: dict[str, str]) -> None:
    """The trace and the shape in the "Draw on map" dialog: open, render, edit, OK (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from needsassess.locale import Conventions
    from needsassess.ui.appearance import apply_look
    from needsassess.ui.entry.draw_dialog import DrawDialog

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_look(app)
    conv = Conventions.for_language("en")
    print(f"  drawing dialog at 1024x600; budget {BUDGET_MS:.0f} ms for open + render + OK")
    for name, text in texts.items():
        question = form.question(name)
        value = coerce_answer(question, text)
        dialogs: list[DrawDialog] = []

        def open_dialog(q: Any = question, v: Any = value, made: list[DrawDialog] = dialogs) -> None:
            dialog = DrawDialog(q, q.name, v, None, conv)
            dialog.resize(1024, 570)
            dialog.show()
            app.processEvents()
            made.append(dialog)

        opened = median_ms(open_dialog)
        dialog = dialogs[-1]
        dialog.canvas.fit_drawing()
        render = median_ms(lambda d=dialog: d.grab())

        def edit(d: DrawDialog = dialog) -> None:
            d.drawing.begin_move(10)
            point = d.drawing.points[10]
            d.drawing.move(10, point["lat"] + 1e-5, point["lon"])
            d.canvas.edited()
            d.canvas.repaint()

        edited = median_ms(edit)
        accepted = median_ms(lambda d=dialog: d.answer())
        total = opened + render + accepted
        # CPU time too: on a machine shared with other work the wall clock mostly measures the wait.
        cpu = sum(median_ms(step, clock=time.process_time) for step in (
            open_dialog, lambda d=dialog: d.grab(), lambda d=dialog: d.answer()))
        verdict = "ok" if total < BUDGET_MS else "OVER BUDGET"
        print(f"  {question.type.value:9} open {opened:6.1f} ms  render {render:6.1f} ms  edit {edited:6.1f} ms  "
              f"OK {accepted:6.1f} ms  total {total:6.1f} ms (CPU {cpu:5.1f} ms) [{verdict}]  "
              f"{dialog.measures.text()}")
        for made in dialogs:
            made.close()
            made.deleteLater()
        app.processEvents()
    bench_write(texts)


def bench_write(texts: dict[str, str]) -> None:
    """OK's answer written into the question (the typing path) and saved to a store in a temporary folder."""
    import tempfile
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from needsassess.store import open_store
    from needsassess.ui.entry import FormEntryView
    from needsassess.ui.entry.geo_widgets import PointsWidget

    grouped = FORM.replace("survey:\n", "survey:\n  - type: group\n    name: g\n    label: {en: G}\n    children:\n")
    grouped = grouped.replace("\n  - {type: geo", "\n      - {type: geo")
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "forms").mkdir()
        (Path(tmp) / "forms" / "b.yaml").write_text(grouped, encoding="utf-8")
        store = open_store(Path(tmp))
        view = FormEntryView(store, store.create("b").uuid, form_language="en")
        view.resize(1024, 600)
        view.show()
        for name, text in texts.items():
            widget = next(w for w in view.findChildren(PointsWidget) if w.question.name == name)
            value = coerce_answer(widget.question, text)
            shifted = iter(range(1, 100))

            def write(w: PointsWidget = widget, v: list[dict[str, float]] = value, n: Any = shifted) -> None:
                step = next(n) * 1e-7  # a new answer each time, so each one is saved
                w._drawn([dict(p, lat=p["lat"] + step) for p in v])
                QApplication.processEvents()

            wall = median_ms(write, runs=5)
            cpu = median_ms(write, runs=5, clock=time.process_time)
            print(f"  {widget.question.type.value:9} OK's points written into the question and saved: "
                  f"{wall:6.1f} ms wall (CPU {cpu:5.1f} ms)")
        view.close()
        store.close()


if __name__ == "__main__":
    main()
