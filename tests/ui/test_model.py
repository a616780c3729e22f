"""The paged list model: Qt's model tester, filters and sorting done by the store, 50,000 rows."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from needsassess.store import AssessmentStore, open_store
from needsassess.ui.assessment_model import UUID_ROLE, AssessmentTableModel, ListFilter

try:
    from .conftest import SITES, insert_rows
except ImportError:  # tests/ui is not a package
    from conftest import SITES, insert_rows  # type: ignore[no-redef]

BIG = 50_000


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AssessmentStore]:
    """50,000 assessments, built once for the module and only read by its tests."""
    store = open_store(tmp_path_factory.mktemp("big") / "data")
    insert_rows(store, BIG)
    yield store
    store.close()


def test_model_passes_the_qt_model_tester(qtmodeltester, store: AssessmentStore) -> None:
    insert_rows(store, 450)
    model = AssessmentTableModel(store, page_size=100)
    qtmodeltester.check(model, force_py=False)
    model.set_filter(ListFilter(site="Koidu"))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_filter(ListFilter(text="nothing like this"))
    model.set_filter(ListFilter())
    assert model.rowCount() == 450


def test_rows_come_in_pages_in_the_store_order(store: AssessmentStore) -> None:
    insert_rows(store, 250)
    model = AssessmentTableModel(store, page_size=100)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles == sorted(titles)
    assert len(set(model.index(r, 0).data(UUID_ROLE) for r in range(250))) == 250
    assert model.index(0, 4).data() in {"Draft", "Complete"}
    assert model.index(0, 1).data() != ""


def test_filters_and_status_words(store: AssessmentStore) -> None:
    insert_rows(store, 90)
    model = AssessmentTableModel(store)
    model.set_filter(ListFilter(status="draft"))
    assert model.rowCount() == 30
    assert {model.index(r, 4).data() for r in range(30)} == {"Draft"}
    model.set_filter(ListFilter(site=SITES[3], status="complete"))
    assert {model.index(r, 2).data() for r in range(model.rowCount())} == {SITES[3]}
    model.set_filter(ListFilter(text="BUKHARA — 0001"))  # ignores case, matches inside the title
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        f"Bukhara — {i:05d}" for i in sorted(range(10, 20), reverse=True) if i % 4 == 1
    ]


def test_fifty_thousand_rows_open_at_once_and_filter_fast(big_store: AssessmentStore) -> None:
    started = time.perf_counter()
    model = AssessmentTableModel(big_store)
    assert model.rowCount() == BIG
    assert model.index(BIG - 1, 0).data()  # the last page, fetched on demand
    opened = time.perf_counter() - started

    started = time.perf_counter()
    model.set_filter(ListFilter(text="khajura — 4"))
    first = model.index(0, 0).data()
    filtered = time.perf_counter() - started
    assert model.rowCount() == 2500  # Khajura is every 4th row; 40000..49999 start with "4"
    assert first.startswith("Khajura — 4")
    # Generous bounds for a loaded test machine; bench/bench_window.py measures the real figures.
    assert opened < 2.0
    assert filtered < 1.0


def test_a_failing_store_reports_instead_of_raising(store: AssessmentStore, tmp_path: Path) -> None:
    from needsassess.store import StoreError

    model = AssessmentTableModel(store)
    messages: list[str] = []
    model.load_failed.connect(messages.append)

    def broken(_query):
        raise StoreError("The disk holding the data folder is full.", kind="disk_full")

    store.count = broken  # type: ignore[method-assign]
    model.refresh()
    assert model.rowCount() == 0
    assert messages == ["The disk holding the data folder is full."]
