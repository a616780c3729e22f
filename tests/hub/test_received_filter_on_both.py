"""``ListQuery.received`` gives the same answers on a SQLite data folder and on a PostgreSQL hub."""

from __future__ import annotations

from needsassess.store import AssessmentStore
from tests.store.received_helpers import check_received_filter


def test_received_filter_on_both(hub: AssessmentStore) -> None:
    check_received_filter(hub)
