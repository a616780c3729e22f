"""Automatic backups (daily, before import, kept N days, an extra folder) and backup/restore of a folder.

Real data folders in tmp: a restored backup must open with every assessment, photo, key and audit
row; a folder holding assessments is replaced only on request, after a safety copy.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from sqlalchemy import select

from needsassess.crypto.keys import coordinator_key, device_key
from needsassess.store import AssessmentStore, open_store
from needsassess.store.backups import (
    backup_before_import,
    daily_backup,
    last_backup,
    list_backups,
    make_backup,
    refuse_on_server,
)
from needsassess.store.errors import StoreError
from needsassess.store.models import AUDIT
from needsassess.store.trust_models import KEYS
from tests.crypto.test_cli import run
from tests.sync.conftest import FORM_YAML, finalized

PASSPHRASE = "a long enough passphrase"


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    """The sync tests' form, which ``finalized`` fills (the store tests' own differs)."""
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    return folder


def folder_with_everything(tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Assessments with photos, an export, a coordinator key, an enrolled officer, a loaded recipient."""
    office = tmp_path / "office"
    officer = tmp_path / "officer"
    pub = str(tmp_path / "office.pub")
    assert run(capsys, "--data-dir", str(office), "keys", "coordinator-new", "--name", "Office", "-o", pub)[0] == 0
    assert run(capsys, "--data-dir", str(office), "keys", "load-coordinator", pub)[0] == 0
    with open_store(officer, forms_dir=forms_dir) as store:
        store.settings.officer_name = "Sita"
        finalized(store, "Khajura", 12, photo=3)
    package = str(tmp_path / "p.napkg")
    assert run(capsys, "--data-dir", str(officer), "export", "-o", package)[0] == 0
    code, _, err = run(capsys, "--data-dir", str(office), "import", "--accept-signer", package)
    assert code == 0, err
    with open_store(office, forms_dir=forms_dir) as store:
        finalized(store, "Koidu", 4, photo=5)
        finalized(store, "Bukhara", 9)
    assert run(capsys, "--data-dir", str(office), "export", "--no-encrypt", "-o", str(tmp_path / "o.napkg"))[0] == 0
    return office


def state(folder: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    code, out, _ = run(capsys, "--data-dir", str(folder), "list", "--json")
    assert code == 0
    with open_store(folder) as store:
        with store.read("t") as conn:
            audit = [tuple(r) for r in conn.execute(select(AUDIT.c.event, AUDIT.c.uuid, AUDIT.c.detail, AUDIT.c.at))]
            keys = [r.fingerprint for r in conn.execute(select(KEYS))]
        photos = {}
        for item in json.loads(out):
            shown = json.loads(run(capsys, "--data-dir", str(folder), "show", item["uuid"], "--json")[1])
            for photo in shown["attachments"]:
                photos[photo["sha256"]] = store.attachment_path(photo["sha256"]).read_bytes()
        coordinator = coordinator_key(folder)
        recipient = folder / "keys" / "recipient.pub"
        return {"list": json.loads(out), "audit": audit, "enrolled": keys, "photos": photos,
                "device_id": store.device_id,
                "device": device_key(folder).fingerprint if (folder / "keys" / "device.key").exists() else None,
                "coordinator": coordinator.fingerprint if coordinator else None,
                "recipient": recipient.read_text() if recipient.exists() else None}


def test_a_restored_backup_opens_with_every_assessment_photo_key_and_audit_row(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = folder_with_everything(tmp_path, forms_dir, capsys)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    before = state(office, capsys)
    assert len(before["list"]) == 3 and len(before["photos"]) == 2 and before["enrolled"] and before["coordinator"]
    archive = str(tmp_path / "office.nabak")
    code, out, _ = run(capsys, "--data-dir", str(office), "backup", "-o", archive, "--with-keys",
                       "--passphrase-file", str(secret))
    assert code == 0 and "3 assessment(s), 2 photo(s)" in out and "private keys are in it" in out
    assert b"private_key" not in Path(archive).read_bytes()  # sealed, never in the clear
    fresh = tmp_path / "restored"
    code, out, err = run(capsys, "--data-dir", str(fresh), "restore", archive, "--passphrase-file", str(secret))
    assert code == 0, err
    assert "Restored 3 assessment(s)" in out and "2 photo(s) added" in out and before["device"] in out
    after = state(fresh, capsys)
    assert after == before
    # The restored folder works: it exports with the same identity.
    code, out, _ = run(capsys, "--data-dir", str(fresh), "export", "--all", "--no-encrypt", "-o",
                       str(tmp_path / "again.napkg"))
    assert code == 0 and before["device"] in out


def test_restore_replaces_a_folder_only_on_request_after_a_safety_copy(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    with open_store(first, forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 1)
    with open_store(second, forms_dir=forms_dir) as store:
        finalized(store, "Koidu", 2)
        finalized(store, "Bukhara", 3)
    archive = str(tmp_path / "first.nabak")
    assert run(capsys, "--data-dir", str(first), "backup", "-o", archive)[0] == 0
    code, _, err = run(capsys, "--data-dir", str(second), "restore", archive)
    assert code == 1 and "[NA-STORE-764]" in err and "2 assessment(s)" in err
    assert len(state(second, capsys)["list"]) == 2
    code, out, _ = run(capsys, "--data-dir", str(second), "restore", archive, "--replace")
    assert code == 0 and "first copied to" in out
    assert [r["site"] for r in state(second, capsys)["list"]] == ["Khajura"]
    [safety] = [b for b in list_backups(second / "backups") if b.kind == "before-restore"]
    code, out, _ = run(capsys, "--data-dir", str(second), "restore", str(safety.path), "--replace")
    assert code == 0 and sorted(r["site"] for r in state(second, capsys)["list"]) == ["Bukhara", "Koidu"]


def test_a_damaged_database_is_replaced_and_kept_aside(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    with open_store(folder, forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 1)
    archive = str(tmp_path / "b.nabak")
    assert run(capsys, "--data-dir", str(folder), "backup", "-o", archive)[0] == 0
    database = folder / "needsassess.db"
    database.write_bytes(b"\x00" * 100 + database.read_bytes()[100:])
    code, _out, err = run(capsys, "--data-dir", str(folder), "restore", archive, "--replace")
    assert code == 0, err
    assert [r["site"] for r in state(folder, capsys)["list"]] == ["Khajura"]
    [aside] = [b for b in list_backups(folder / "backups") if b.kind == "before-restore"]
    assert aside.path.read_bytes()[:100] == b"\x00" * 100


def test_what_is_not_a_backup_or_has_a_wrong_passphrase_changes_nothing(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "data"
    with open_store(folder, forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 1)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    archive = tmp_path / "b.nabak"
    assert run(capsys, "--data-dir", str(folder), "backup", "-o", str(archive), "--with-keys",
               "--passphrase-file", str(secret))[0] == 0
    fresh = tmp_path / "fresh"
    secret.write_text("not the passphrase at all\n")
    code, _, err = run(capsys, "--data-dir", str(fresh), "restore", str(archive), "--passphrase-file", str(secret))
    assert code == 1 and "passphrase is wrong" in err and not (fresh / "needsassess.db").exists()
    code, _, err = run(capsys, "--data-dir", str(fresh), "restore", str(archive))
    assert code == 1 and "[NA-STORE-766]" in err and not (fresh / "needsassess.db").exists()
    for name, data in (("text.nabak", b"hello"), ("trunc.nabak", archive.read_bytes()[:5000])):
        (tmp_path / name).write_bytes(data)
        code, _, err = run(capsys, "--data-dir", str(fresh), "restore", str(tmp_path / name), "--without-keys")
        assert code == 1 and "[NA-STORE-763]" in err and "Traceback" not in err
        assert not (fresh / "needsassess.db").exists()


def test_daily_backups_rotate_and_are_kept_n_days(tmp_path: Path, forms_dir: Path) -> None:
    folder = tmp_path / "data"
    with open_store(folder, forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 1, photo=2)
        first = last_backup(folder)
        assert first is not None and first.kind == "daily"  # made when the folder first opened today
        assert daily_backup(store) is None  # once a day
        store.settings.backup_keep_days = 3
        with pytest.raises(StoreError, match="1 to 365 days"):
            store.settings.backup_keep_days = 0
        start = datetime.now(UTC)
        for day in range(1, 7):
            made = daily_backup(store, start + timedelta(days=day))
            assert made is not None and made.backup.photo_list.read_text().count("\n") == 1
        kept = list_backups(folder / "backups")
        assert [b.made_at.date() for b in kept] == [(start + timedelta(days=d)).date() for d in (6, 5, 4, 3)]
        assert all(b.photo_list.exists() for b in kept)
        assert len(list((folder / "backups").iterdir())) == 2 * len(kept)


def test_an_import_is_preceded_by_a_backup(tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    officer, office = tmp_path / "officer", tmp_path / "office"
    with open_store(officer, forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 12)
    assert run(capsys, "--data-dir", str(officer), "export", "-o", str(tmp_path / "p.napkg"))[0] == 0
    code, _, err = run(capsys, "--data-dir", str(office), "import", str(tmp_path / "p.napkg"))
    assert code == 0, err
    assert [b.kind for b in list_backups(office / "backups")] == ["before-import", "daily"]


def test_backups_are_also_copied_to_a_chosen_folder(tmp_path: Path, forms_dir: Path) -> None:
    stick = tmp_path / "stick"
    with open_store(tmp_path / "data", forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 1, photo=7)
        store.settings.backup_folder = str(stick / "missing")
        result = make_backup(store)
        assert result.copied_to is None and "USB stick" in result.extra_problem and result.backup.path.exists()
        stick.mkdir()
        store.settings.backup_folder = str(stick)
        result = make_backup(store)
        assert result.copied_to is not None and result.copied_to.read_bytes() == result.backup.path.read_bytes()
        photos = list((stick / "needsassess-backups" / store.device_id / "photos").iterdir())
        assert len(photos) == 1 and photos[0].read_bytes() == store.attachment_path(photos[0].name).read_bytes()
        assert backup_before_import(store) is not None


def test_a_hub_is_told_to_use_pg_dump() -> None:
    hub = cast(AssessmentStore, SimpleNamespace(engine=SimpleNamespace(dialect=SimpleNamespace(name="postgresql")),
                                                location="postgresql://hub/needs"))
    with pytest.raises(StoreError, match="pg_dump") as caught:
        refuse_on_server(hub)
    assert caught.value.code == "NA-STORE-761"


def test_a_backup_that_cannot_be_made_never_stops_the_opening(tmp_path: Path, forms_dir: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "backups").write_text("a file where the folder should be")
    with open_store(folder, forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 1)
        assert last_backup(folder) is None
        with pytest.raises(StoreError):
            backup_before_import(store)  # an import, though, is refused rather than run without its copy
