"""Test data for the "received in an import" list filter: sync bookkeeping rows written directly.

``insert_received`` writes ``sync_packages`` and ``sync_received`` rows as an import would leave
them, without building package files, so a 50,000-row store gets its imports in a second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import insert

from needsassess.store import AssessmentStore
from needsassess.store.sync_models import SYNC_PACKAGES, SYNC_RECEIVED


@dataclass(frozen=True)
class Received:
    """One package: its id, sender and time, and the assessments it brought."""

    package_id: str
    device_id: str
    officer: str
    received_at: str
    uuids: Sequence[str]


def insert_received(store: AssessmentStore, packages: Sequence[Received]) -> None:
    with store.write("insert test imports") as conn:
        for p in packages:
            conn.execute(insert(SYNC_PACKAGES).values(
                package_id=p.package_id, file_sha256=p.package_id.replace("-", "")[:64], file_name=f"{p.officer}.nap",
                device_id=p.device_id, officer=p.officer, created_at=p.received_at, app_version="1",
                format_version="1", imported_at=p.received_at, new_count=len(p.uuids), updated_count=0,
                unchanged_count=0, conflict_count=0))
            rows = [{"package_id": p.package_id, "uuid": u, "revision": 1, "content_hash": "0" * 64,
                     "outcome": "new", "device_id": p.device_id, "officer": p.officer,
                     "received_at": p.received_at} for u in p.uuids]
            if rows:
                conn.execute(insert(SYNC_RECEIVED), rows)


def package_id(number: int) -> str:
    return f"10000000-0000-4000-8000-{number:012d}"


def spread_imports(uuids: Sequence[str], per_package: int, officers: int = 10) -> list[Received]:
    """Every assessment in one package of ``per_package``; package n from officer n % officers,
    received on day n of 2026 (so "since" filters pick the last packages)."""
    result = []
    for n, start in enumerate(range(0, len(uuids), per_package)):
        who = n % officers
        day = f"2026-{1 + n // 28 % 12:02d}-{1 + n % 28:02d}T08:00:00.000000Z"
        result.append(Received(package_id(n), f"device-{who}", f"Officer {who}", day,
                               uuids[start:start + per_package]))
    return result


def check_received_filter(store: AssessmentStore) -> None:
    """The ``ListQuery.received`` contract, on whatever database ``store`` uses (SQLite, PostgreSQL).

    Six assessments of the "mini" form: a, b from officer Asha's device in package P1 (May),
    b again and c from officer Bilal in P2 (June), d discarded but received in P2, e and f never
    received. Each case compares list, count and records with the expected uuids.
    """
    from needsassess.store import ListQuery
    from needsassess.store.records import ReceivedFilter
    from tests.store.store_helpers import FakeSession

    made = {name: store.create("mini", FakeSession({"settlement": f"Site {name}"})).uuid for name in "abcdef"}
    store.discard(made["d"])
    may, june = "2026-05-10T08:00:00.000000Z", "2026-06-20T08:00:00.000000Z"
    insert_received(store, [
        Received(package_id(1), "dev-asha", "Asha", may, [made["a"], made["b"]]),
        Received(package_id(2), "dev-bilal", "Bilal", june, [made["b"], made["c"], made["d"]]),
    ])
    cases = {
        ReceivedFilter(): "abc",
        ReceivedFilter(package_id=package_id(1)): "ab",
        ReceivedFilter(package_id=package_id(2)): "bc",
        ReceivedFilter(device_id="dev-asha"): "ab",
        ReceivedFilter(officer="Bilal"): "bc",
        ReceivedFilter(since="2026-06-01T00:00:00.000000Z"): "bc",
        ReceivedFilter(since="2026-07-01T00:00:00.000000Z"): "",
        # one received row must match every field: Asha never sent anything in June
        ReceivedFilter(officer="Asha", since="2026-06-01T00:00:00.000000Z"): "",
        ReceivedFilter(package_id=package_id(2), officer="Asha"): "",
        ReceivedFilter(package_id="no-such-package"): "",
    }
    for received, names in cases.items():
        query = ListQuery(received=received, limit=None)
        expected = sorted(made[n] for n in names)
        assert sorted(s.uuid for s in store.list(query)) == expected, received
        assert store.count(query) == len(expected), received
        assert sorted(r.uuid for r in store.records(query)) == expected, received
    # combined with the list's own filters, sorting and paging
    narrow = ListQuery(received=ReceivedFilter(officer="Bilal"), site="Site c")
    assert [s.uuid for s in store.list(narrow)] == [made["c"]]
    both = ListQuery(received=ReceivedFilter(), order_by="title", descending=False, limit=2)
    assert [s.title for s in store.list(both)] == ["Site a", "Site b"]
    assert [s.title for s in store.list(replace(both, offset=2))] == ["Site c"]
    # the discarded one is there when asked for, and the never-received ones never are
    gone = ListQuery(received=ReceivedFilter(package_id=package_id(2)), status="discarded")
    assert [s.uuid for s in store.list(gone)] == [made["d"]]
    assert store.count(ListQuery(limit=None)) == 5
