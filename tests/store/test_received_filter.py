"""``ListQuery.received``: the list restricted to assessments received in matching imports (SQLite)."""

from __future__ import annotations

from needsassess.store import AssessmentStore, ListQuery
from needsassess.store.records import ReceivedFilter
from tests.store.received_helpers import Received, check_received_filter, insert_received, package_id


def test_received_filter_selects_by_package_device_officer_and_date(store: AssessmentStore) -> None:
    check_received_filter(store)


def test_no_filter_and_a_store_without_imports(store: AssessmentStore) -> None:
    from tests.store.store_helpers import FakeSession

    uuid = store.create("mini", FakeSession({"settlement": "Koidu"})).uuid
    assert store.count(ListQuery(received=ReceivedFilter())) == 0
    assert [s.uuid for s in store.list(ListQuery(received=None))] == [uuid]
    # an assessment received in two packages is listed once
    insert_received(store, [Received(package_id(n), "dev", "Asha", "2026-05-01T00:00:00.000000Z", [uuid])
                            for n in (1, 2)])
    assert [s.uuid for s in store.list(ListQuery(received=ReceivedFilter(officer="Asha")))] == [uuid]
    assert store.count(ListQuery(received=ReceivedFilter(device_id="dev"))) == 1
