"""Export from one data folder, import into another: the same assessments, byte for byte."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from needsassess.store.sync_models import SYNC_EXPORTS, SYNC_PACKAGES
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.sync.conftest import StoreFactory, edit, finalized


def snapshot(store) -> list[tuple]:  # type: ignore[no-untyped-def]
    rows = []
    for summary in store.list(None):
        for rec in store.revisions(summary.uuid):
            photos = tuple(
                sorted((a.sha256, store.attachment_path(a.sha256).read_bytes()) for a in rec.attachments)
            )
            rows.append(
                (rec.uuid, rec.revision, rec.content_hash, rec.parent_hash, dict(rec.answers), photos)
            )
    return sorted(rows, key=lambda r: (r[0], r[1]))


def test_round_trip_keeps_uuids_revisions_hashes_answers_and_photos(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    officer = make_store("officer")
    a = finalized(officer, "Khajura", 120, photo=1, pits=(1.5, 2.0))
    finalized(officer, "Koidu", 40)
    edit(officer, a, households=130)
    result = export_package(officer, tmp_path / "out.napkg")
    assert result.revisions == 3 and result.assessments == 2
    coordinator = make_store("coordinator", with_forms=False)
    imported = import_package(coordinator, tmp_path / "out.napkg")
    assert (imported.new, imported.updated, imported.unchanged, imported.conflicts) == (2, 1, 0, 0)
    assert snapshot(coordinator) == snapshot(officer)
    assert coordinator.get(a).revision == 2 and coordinator.get(a).answers["households"] == 130
    assert coordinator.forms.get("mini", "1").form_id == "mini"  # taken from the package


def test_reimport_is_recognised_and_changes_nothing(make_store: StoreFactory, tmp_path: Path) -> None:
    officer = make_store("officer")
    finalized(officer, "Khajura", photo=2)
    export_package(officer, tmp_path / "p.napkg")
    coordinator = make_store("coordinator")
    import_package(coordinator, tmp_path / "p.napkg")
    before = snapshot(coordinator)
    again = import_package(coordinator, tmp_path / "p.napkg")
    assert again.already_imported and again.unchanged == 1 and again.new == 0
    assert snapshot(coordinator) == before
    with coordinator.read("t") as conn:
        assert len(conn.execute(select(SYNC_PACKAGES)).all()) == 1


def test_export_marks_only_after_the_file_is_complete(make_store: StoreFactory, tmp_path: Path) -> None:
    officer = make_store("officer")
    finalized(officer, "Khajura")
    export_package(officer, tmp_path / "first.napkg")
    with officer.read("t") as conn:
        assert len(conn.execute(select(SYNC_EXPORTS)).all()) == 1
    finalized(officer, "Koidu")
    second = export_package(officer, tmp_path / "second.napkg")
    assert second.revisions == 1  # only what was not yet exported
    assert export_package(officer, tmp_path / "all.napkg", include_all=True).revisions == 2
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
