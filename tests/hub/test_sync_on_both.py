"""Packages between field laptops (SQLite) and a hub (SQLite or PostgreSQL): same rules, same results."""

from __future__ import annotations

import itertools
from pathlib import Path

from needsassess.analysis.tables import export_tables
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package, import_packages
from needsassess.sync.review import conflicts, resolve_conflict, review_state, set_review
from tests.hub.conftest import StoreFactory
from tests.hub.hub_helpers import snapshot
from tests.sync.conftest import edit, finalized, png


def test_round_trip_laptop_to_hub_and_back(make_laptop: StoreFactory, make_hub: StoreFactory, tmp_path: Path) -> None:
    laptop = make_laptop("laptop")
    first = finalized(laptop, "Khajura", 120, photo=1, pits=(1.5, 2.0))
    second = finalized(laptop, "Koidu", 40)
    package = export_package(laptop, tmp_path / "field.napkg").path
    hub = make_hub()
    [result] = import_packages(hub, [package])
    assert (result.new, result.updated, result.unchanged, result.conflicts, result.refused) == (2, 0, 0, 0, None)
    for uuid in (first, second):
        here, there = laptop.get(uuid), hub.get(uuid)
        assert (there.revision, there.content_hash, dict(there.answers)) == (
            here.revision,
            here.content_hash,
            dict(here.answers),
        )
    photo = hub.get(first).attachments[0].sha256
    assert hub.attachment_path(photo).read_bytes() == png(1)
    # The hub hands the assessments on (another hub, a laptop): same hashes, photos included.
    back = export_package(hub, tmp_path / "from-hub.napkg", include_all=True).path
    other = make_laptop("other")
    assert import_package(other, back).new == 2
    assert other.attachment_path(photo).read_bytes() == png(1)
    assert other.get(first).content_hash == laptop.get(first).content_hash


def test_reimport_and_a_second_coordinator_change_nothing(
    make_laptop: StoreFactory, make_hub: StoreFactory, tmp_path: Path
) -> None:
    laptop = make_laptop("laptop")
    finalized(laptop, "Khajura", photo=2)
    package = export_package(laptop, tmp_path / "p.napkg").path
    hub = make_hub()
    import_package(hub, package)
    before = snapshot(hub)
    assert import_package(hub, package).already_imported
    assert import_package(make_hub("colleague"), package).already_imported  # same database, other computer
    assert snapshot(hub) == before


def test_conflicts_and_forks_are_quarantined_and_resolved(
    make_laptop: StoreFactory, make_hub: StoreFactory, tmp_path: Path, backend: str
) -> None:
    one = make_laptop("one")
    uuid = finalized(one, "Bukhara", 10)
    base = export_package(one, tmp_path / "base.napkg").path
    two = make_laptop("two")
    import_package(two, base)
    edit(one, uuid, households=11)
    edit(two, uuid, households=22)
    p1 = export_package(one, tmp_path / "one.napkg", uuids=[uuid]).path
    p2 = export_package(two, tmp_path / "two.napkg", uuids=[uuid]).path
    hub = make_hub()
    results = import_packages(hub, [base, p1, p2])
    assert [(r.new, r.updated, r.unchanged, r.conflicts) for r in results] == [(1, 0, 0, 0), (0, 1, 1, 0), (0, 0, 1, 1)]
    assert hub.get(uuid).answers["households"] == 11
    [conflict] = conflicts(hub)
    assert (conflict.kind, conflict.incoming["households"]) == ("conflict", 22)
    resolve_conflict(hub, conflict.id, "incoming", comment="phoned the officer", reviewer="Lead")
    assert hub.get(uuid).answers["households"] == 22 and conflicts(hub) == []
    set_review(hub, uuid, "approved", "ok")
    assert review_state(hub, uuid) == ("approved", "ok")


def test_packages_in_any_order_end_in_the_same_state(
    make_laptop: StoreFactory, make_hub: StoreFactory, tmp_path: Path
) -> None:
    laptop = make_laptop("laptop")
    uuid = finalized(laptop, "Koidu", 1)
    packages = [export_package(laptop, tmp_path / "r1.napkg").path]
    for n in (2, 3):
        edit(laptop, uuid, households=n)
        packages.append(export_package(laptop, tmp_path / f"r{n}.napkg").path)
    states = []
    for index, order in enumerate(itertools.permutations(packages)):
        hub = make_hub(f"hub{index}")
        if index:  # a fresh hub database for each order: reuse the store's own tables, emptied
            _empty(hub)
        import_packages(hub, list(order))
        states.append({k: v for k, v in snapshot(hub).items()})
    assert all(state == states[0] for state in states)
    assert [row[1] for row in states[0]["revisions"]] == [1, 2, 3]


def _empty(store: object) -> None:
    from sqlalchemy import delete

    from needsassess.store.models import ASSESSMENTS, ATTACHMENT_DATA, ATTACHMENTS, AUDIT, LINKS, REVIEWS, REVISIONS
    from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_PACKAGES, SYNC_RECEIVED

    with store.write("empty") as conn:  # type: ignore[attr-defined]
        for table in (
            SYNC_RECEIVED,
            SYNC_CONFLICTS,
            SYNC_PACKAGES,
            LINKS,
            ATTACHMENT_DATA,
            ATTACHMENTS,
            REVIEWS,
            AUDIT,
            REVISIONS,
            ASSESSMENTS,
        ):
            conn.execute(delete(table))


def test_tables_for_analysis_from_the_hub(make_laptop: StoreFactory, make_hub: StoreFactory, tmp_path: Path) -> None:
    laptop = make_laptop("laptop")
    finalized(laptop, "Khajura", 5, pits=(1.0,))
    hub = make_hub()
    import_package(hub, export_package(laptop, tmp_path / "p.napkg").path)
    written = export_tables(hub, tmp_path / "tables")
    assert {p.name for p in written} >= {"mini.csv", "mini.pits.csv"}
    assert "Khajura" in (tmp_path / "tables" / "mini.csv").read_text(encoding="utf-8-sig")
