"""The list model with the coordinator's "imported" filters: paged by the store, reviews per page."""

from __future__ import annotations

import pytest

from needsassess.store import AssessmentStore
from needsassess.store.records import ReceivedFilter
from needsassess.sync import review
from needsassess.ui.assessment_model import REVIEW_COLUMN, UUID_ROLE, AssessmentTableModel, ListFilter
from tests.store.received_helpers import insert_received, package_id, spread_imports

try:
    from .conftest import insert_rows
except ImportError:  # tests/ui is not a package
    from conftest import insert_rows  # type: ignore[no-redef]

UUIDS = [f"00000000-0000-4000-8000-{i:012d}" for i in range(1_000)]


@pytest.fixture
def imported(store: AssessmentStore) -> AssessmentStore:
    """1,000 rows, the first 900 received in packages of 100 from three officers (0, 1, 2, 0, …)."""
    insert_rows(store, len(UUIDS))
    insert_received(store, spread_imports(UUIDS[:900], 100, officers=3))
    return store


def _uuids(model: AssessmentTableModel) -> set[str]:
    return {model.index(row, 0).data(UUID_ROLE) for row in range(model.rowCount())}


def test_received_filter_is_a_store_query(qtmodeltester, imported: AssessmentStore) -> None:
    model = AssessmentTableModel(imported, page_size=50)
    assert model.rowCount() == 1_000
    model.set_filter(ListFilter(received=ReceivedFilter(officer="Officer 2")))
    assert model.query().received == ReceivedFilter(officer="Officer 2")
    assert model.rowCount() == 300
    assert _uuids(model) == set(UUIDS[200:300] + UUIDS[500:600] + UUIDS[800:900])
    qtmodeltester.check(model, force_py=False)
    model.set_filter(ListFilter(received=ReceivedFilter(package_id=package_id(4)), status="draft"))
    assert _uuids(model) == {u for i, u in enumerate(UUIDS[400:500], 400) if i % 3 == 0}
    model.set_filter(ListFilter(received=ReceivedFilter()))
    assert model.rowCount() == 900
    model.set_filter(ListFilter())
    assert model.rowCount() == 1_000


def test_review_column_reads_one_page_at_a_time(imported: AssessmentStore, monkeypatch) -> None:
    from needsassess.store import ledger

    calls: list[int] = []
    real = ledger.review_states

    def counted(conn, uuids: list[str]) -> dict[str, tuple[str, str]]:
        calls.append(len(uuids))
        return real(conn, uuids)

    monkeypatch.setattr(ledger, "review_states", counted)
    model = AssessmentTableModel(imported, page_size=50)
    model.set_filter(ListFilter(received=ReceivedFilter(package_id=package_id(0))))
    first = model.index(0, 0).data(UUID_ROLE)
    review.set_review(imported, first, "approved", "checked")
    model.refresh()
    texts = [model.index(row, REVIEW_COLUMN).data() for row in range(model.rowCount())]
    assert calls == [50, 50]  # 100 rows: two pages, one query each
    assert texts[0] == "Approved" and set(texts[1:]) == {"New"}  # received, not reviewed yet
    model.index(3, REVIEW_COLUMN).data()
    assert len(calls) == 2  # kept with the page
    model.refresh()
    model.index(3, REVIEW_COLUMN).data()
    assert len(calls) == 3  # a refresh reads them again
