"""Window benchmark: start-up to a shown main window vs a bare PySide6 QMainWindow; filtering 50,000 rows.

Each start-up is measured in a fresh process (nothing cached in memory), alternating the two kinds,
from just before the process is spawned to the moment the window is exposed on the (offscreen)
screen. The app's start-up goes through the same functions as ``needsassess gui``: fonts, style,
translations, opening (and on the first run creating) the store, the main window with its list.

    .venv/bin/python bench/bench_window.py [--runs 5] [--rows 50000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtTest import QTest
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 720)
window.show()
QTest.qWaitForWindowExposed(window)
print(time.time() - float(os.environ["BENCH_T0"]))
"""

APP = """
import os, sys, time
from PySide6.QtTest import QTest
from needsassess.ui.app import create_application, open_store_or_explain, start_window
from needsassess.ui.i18n import LanguageSwitcher
app = create_application()
store = open_store_or_explain(sys.argv[1])
window = start_window(store, LanguageSwitcher(app))
QTest.qWaitForWindowExposed(window)
print(time.time() - float(os.environ["BENCH_T0"]))
store.close()
"""


def _spawn(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def startup(runs: int, data_dir: Path) -> tuple[list[float], list[float]]:
    _spawn(APP, str(data_dir))  # creates the database, as the very first start does; not counted
    bare, app = [], []
    for _ in range(runs):
        bare.append(_spawn(BARE))
        app.append(_spawn(APP, str(data_dir)))
    return bare, app


def filtering(rows: int, data_dir: Path) -> dict[str, float]:
    """Time the list model on ``rows`` assessments: open, search, filter by status, sort, last page."""
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from conftest import insert_rows  # the test helper that writes list rows directly
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from needsassess.store import open_store
    from needsassess.ui.assessment_model import AssessmentTableModel, ListFilter

    _app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(data_dir)
    try:
        insert_rows(store, rows)
        times: dict[str, float] = {}

        def timed(label: str, action) -> None:
            samples = []
            for _ in range(5):
                started = time.perf_counter()
                action()
                samples.append(time.perf_counter() - started)
            times[label] = statistics.median(samples)

        model = AssessmentTableModel(store)
        timed("open (count + first page)", lambda: (model.refresh(), model.index(0, 0).data()))

        def search() -> None:
            model.set_filter(ListFilter())
            model.set_filter(ListFilter(text="khajura — 4"))
            model.index(0, 0).data()

        timed("search text (count + first page)", search)

        def status() -> None:
            model.set_filter(ListFilter())
            model.set_filter(ListFilter(status="draft", site="Koidu"))
            model.index(0, 0).data()

        timed("filter status + site", status)
        model.set_filter(ListFilter())

        def sort() -> None:
            model.sort(0, Qt.SortOrder.AscendingOrder)
            model.index(0, 0).data()
            model.sort(5, Qt.SortOrder.DescendingOrder)
            model.index(0, 0).data()

        timed("sort by title, then back (2 resets)", sort)
        timed("scroll to the last page", lambda: (model.refresh(), model.index(model.rowCount() - 1, 0).data()))
        return times
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare, app = startup(args.runs, Path(tmp) / "startup")
        mb, ma = statistics.median(bare), statistics.median(app)
        print(f"Start-up to a shown window, {args.runs} fresh processes each (median, min-max):")
        print(f"  bare PySide6 QMainWindow   {mb * 1000:7.0f} ms  ({min(bare) * 1000:.0f}-{max(bare) * 1000:.0f})")
        print(f"  needsassess main window    {ma * 1000:7.0f} ms  ({min(app) * 1000:.0f}-{max(app) * 1000:.0f})")
        print(f"  ratio                      {ma / mb:7.2f} x   (target: within 2x)")
        print(f"\nList model over {args.rows:,} assessments (median of 5):")
        for label, seconds in filtering(args.rows, Path(tmp) / "big").items():
            print(f"  {label:38s} {seconds * 1000:7.1f} ms")
        print("  (target for filtering: under 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
