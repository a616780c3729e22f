"""Window benchmark: start-up vs a bare PySide6 QMainWindow; filtering 50,000 rows.

Each start-up is measured in a fresh process (nothing cached in memory), alternating the two kinds,
from just before the process is spawned. Two moments of the app's start-up are printed:

- "start to a shown window": the main window (menus, status bar, "Opening your assessments…") is
  exposed on the (offscreen) screen and painted; the bare QMainWindow is measured to the same point;
- "start to the list shown with rows": the store is opened, the settings' language installed, and
  the list of assessments (2,000 rows in the data folder) has been painted with its first rows.
  Form titles and the form filter are filled after that paint; "form titles filled" is printed too.

The app goes through the same functions as ``needsassess gui`` (``show_shell``, then
``finish_start`` after the first paint).

    .venv/bin/python bench/bench_window.py [--runs 5] [--rows 50000] [--list-only]

The list figures include the coordinator's "imported" filters (``ListQuery.received``): count,
first page and its Review column, and for comparison the earlier way (a uuid set kept in memory).
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
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtTest import QTest
from needsassess.ui.app import create_application, finish_start, show_shell
from needsassess.ui.i18n import LanguageSwitcher
t0 = float(os.environ["BENCH_T0"])
marks = {}
app = create_application()
switcher = LanguageSwitcher(app)
window = show_shell(switcher, sys.argv[1])

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "list" not in marks and window.start_page is not None:
            if window.start_page.model.rowCount() > 0:
                marks["list"] = time.time() - t0
        return False

def opened():
    marks["shown"] = time.time() - t0
    QTimer.singleShot(0, start)

def start():
    store = finish_start(window, switcher, sys.argv[1])
    marks["store"] = store
    window.start_page.table.viewport().installEventFilter(painted)
    window.start_page.forms_loaded.connect(lambda: marks.setdefault("titles", time.time() - t0))

painted = Painted()
window.first_painted.connect(opened)
QTest.qWaitForWindowExposed(window)
while not {"list", "titles"} <= set(marks):
    app.processEvents()
print(marks["shown"], marks["list"], marks["titles"])
marks["store"].close()
"""


def _spawn(code: str, *args: str) -> list[float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["BENCH_T0"] = repr(time.time())
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return [float(x) for x in done.stdout.strip().splitlines()[-1].split()]


def _fill(data_dir: Path, rows: int) -> None:
    """A data folder with ``rows`` assessments (created and migrated, as after the first start)."""
    sys.path.insert(0, str(ROOT / "tests" / "ui"))
    from conftest import insert_rows  # the test helper that writes list rows directly

    from needsassess.store import open_store

    with open_store(data_dir) as store:
        insert_rows(store, rows)


def startup(runs: int, data_dir: Path) -> tuple[list[float], list[list[float]]]:
    _fill(data_dir, 2_000)
    _spawn(APP, str(data_dir))  # warms the disk cache like any earlier start; not counted
    bare: list[float] = []
    app: list[list[float]] = []
    for _ in range(runs):
        bare.append(_spawn(BARE)[0])
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
        imported_filters(store, model, rows, timed)
        return times
    finally:
        store.close()


def imported_filters(store, model, rows: int, timed) -> None:
    """The coordinator's "imported" filters: half the rows came in packages of 500 from ten officers,
    one more package brought 20 old ones. Each figure is count + first page + its Review column."""
    sys.path.insert(0, str(ROOT))
    from needsassess.store import ListQuery
    from needsassess.store.records import ReceivedFilter
    from needsassess.sync.review import uuids_received
    from needsassess.ui.assessment_model import REVIEW_COLUMN, ListFilter
    from tests.store.received_helpers import Received, insert_received, package_id, spread_imports

    uuids = [f"00000000-0000-4000-8000-{i:012d}" for i in range(rows)]
    packages = spread_imports(uuids[: rows // 2], 500)
    if len(packages) < 22:  # the cases below need about 11,000 rows or more
        print("  (imported filters: skipped, too few rows for their cases)")
        return
    insert_received(store, [*packages, Received(package_id(99_999), "device-x", "Tiny", "2027-01-01T00:00:00.000000Z",
                                                uuids[:20])])

    def first_page(received: ReceivedFilter) -> None:
        model.set_filter(ListFilter())
        model.set_filter(ListFilter(received=received))
        for column in (0, REVIEW_COLUMN):
            model.index(0, column).data()

    cases = {"one package (500 rows)": ReceivedFilter(package_id=packages[3].package_id),
             "one officer (2,500 rows)": ReceivedFilter(officer="Officer 2"),
             f"imported since a date ({len(packages) - 21} packages)": ReceivedFilter(since=packages[20].received_at),
             "a package of 20 old rows": ReceivedFilter(package_id=package_id(99_999)),
             "officer + since, nothing matches": ReceivedFilter(officer="Tiny", since="2099-01-01"),
             "any import (half the rows)": ReceivedFilter()}
    for label, received in cases.items():
        timed(f"imported: {label}", lambda r=received: first_page(r))

    def in_memory() -> None:  # how the window did it before ListQuery.received: for comparison
        wanted = uuids_received(store, officer="Officer 2")
        [s for s in store.list(ListQuery(limit=None)) if s.uuid in wanted]

    timed("before: officer filter as a uuid set", in_memory)
    row_states(store, model, uuids[: rows // 2], timed)


def row_states(store, model, received: list[str], timed) -> None:
    """The coordinator's state filter (``ListQuery.row_state``) and the states of a page: of the
    received half, the first 4,000 were reviewed, 1,000 of those received again later (updated),
    200 others wait in conflict, 300 were returned for follow-up and 100 resubmitted. Each figure is
    count + first page + its Review column."""
    from sqlalchemy import insert

    from needsassess.store.models import REVIEWS
    from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_RECEIVED
    from needsassess.ui.assessment_model import REVIEW_COLUMN, ListFilter

    with store.write("insert test reviews") as conn:
        conn.execute(insert(REVIEWS), [{"uuid": u, "revision": 1, "status": "approved", "comment": "",
                                        "reviewer": "", "at": "2026-06-01T00:00:00.000000Z"}
                                       for u in received[:4000]])
        # Field packages: 300 returned for follow-up (waiting on the officer), 100 whose fix came back.
        conn.execute(insert(REVIEWS), [{"uuid": u, "revision": 1, "status": status, "comment": "",
                                        "reviewer": "", "at": "2026-06-02T00:00:00.000000Z"}
                                       for status, part in (("needs_follow_up", received[4000:4300]),
                                                            ("resubmitted", received[4300:4400]))
                                       for u in part])
        conn.execute(insert(SYNC_RECEIVED), [
            {"package_id": "20000000-0000-4000-8000-000000000001", "uuid": u, "revision": 2,
             "content_hash": "1" * 64, "outcome": "updated", "device_id": "d", "officer": "o",
             "received_at": "2026-07-01T00:00:00.000000Z"} for u in received[:1000]])
        conn.execute(insert(SYNC_CONFLICTS), [
            {"uuid": u, "revision": 1, "kind": "conflict", "content_hash": "2" * 64, "parent_hash": None,
             "form_id": "f", "form_version": "1", "document": {}, "attachments": [], "package_id": "p",
             "received_at": "2026-07-01T00:00:00.000000Z", "status": "open"} for u in received[5000:5200]])

    def first_page(state: str | None) -> None:
        model.set_filter(ListFilter())
        model.set_filter(ListFilter(row_state=state))
        model.refresh()
        for column in (0, REVIEW_COLUMN):
            model.index(0, column).data()

    new = len(received) - 4000 - 200 - 400
    for label, state in ((f"new, not reviewed ({new:,} rows)", "new"), ("updated since review (1,000 rows)", "updated"),
                         ("in conflict (200 rows)", "conflict"), ("returned (300 rows)", "returned"),
                         ("resubmitted (100 rows)", "resubmitted"),
                         (f"needs a look, any ({new + 1300:,} rows)", "any"),
                         ("no filter: count, first page and its states", None)):
        timed(f"state: {label}", lambda s=state: first_page(s))


def print_startup(runs: int, data_dir: Path) -> None:
    bare, app = startup(runs, data_dir)
    mb = statistics.median(bare)
    print(f"Start-up, {runs} fresh processes each (median, min-max), data folder of 2,000 assessments:")
    print(f"  bare PySide6 QMainWindow, start to a shown window       {mb * 1000:6.0f} ms  "
          f"({min(bare) * 1000:.0f}-{max(bare) * 1000:.0f})")
    labels = ("needsassess, start to a shown window                   ",
              "needsassess, start to the list shown with rows         ",
              "needsassess, start to form titles and form filter filled")
    for index, label in enumerate(labels):
        samples = [run[index] for run in app]
        median = statistics.median(samples)
        print(f"  {label} {median * 1000:6.0f} ms  ({min(samples) * 1000:.0f}-{max(samples) * 1000:.0f})"
              f"  {median / mb:5.2f}x bare")
    print("  (target: a shown window within 2x of the bare QMainWindow)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--list-only", action="store_true", help="only the list model figures (no start-up)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if not args.list_only:
            print_startup(args.runs, Path(tmp) / "startup")
        print(f"\nList model over {args.rows:,} assessments (median of 5):")
        for label, seconds in filtering(args.rows, Path(tmp) / "big").items():
            print(f"  {label:48s} {seconds * 1000:7.1f} ms")
        print("  (target for filtering: under 100 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
