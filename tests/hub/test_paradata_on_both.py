"""Paradata and stored flags on a hub (SQLite or PostgreSQL): imported, exported, stored the same."""

from __future__ import annotations

from pathlib import Path

from needsassess.analysis.quality import store_flags
from needsassess.store import flag_rows
from needsassess.store.paradata import ParadataEvent
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.hub.conftest import StoreFactory
from tests.store.store_helpers import FakeSession

EVENTS = [ParadataEvent("2026-03-01T08:00:00.000000Z", "opened"),
          ParadataEvent("2026-03-01T08:00:05.000000Z", "changed", "site_page", "settlement"),
          ParadataEvent("2026-03-01T08:00:09.000000Z", "closed")]


def test_paradata_and_flags_on_a_hub(make_laptop: StoreFactory, make_hub: StoreFactory, tmp_path: Path) -> None:
    laptop = make_laptop("laptop")
    uuids = []
    for _ in range(2):
        draft = laptop.create("mini", FakeSession({"settlement": "Koidu"}))
        laptop.finalize(draft.uuid, FakeSession({"settlement": "Koidu"}), paradata=EVENTS)
        uuids.append(draft.uuid)
    package = export_package(laptop, tmp_path / "p.napkg").path
    hub = make_hub()
    assert import_package(hub, package).new == 2
    assert all(hub.paradata(u) == EVENTS for u in uuids)
    _records, flags = store_flags(hub, save=True)
    with hub.read("t") as conn:
        stored = flag_rows.read_flags(conn)
    assert stored.current and all("duplicate" in [f.name for f in flags[u]] for u in uuids)
    back = export_package(hub, tmp_path / "back.napkg", include_all=True).path
    other = make_laptop("other")
    assert import_package(other, back).new == 2 and other.paradata(uuids[0]) == EVENTS
