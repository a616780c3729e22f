"""A database whose pages a disk damaged is found at open; writes are refused, and nothing is left behind.

The damage is real: pages in the middle of the file overwritten with random bytes, as a failing
USB stick or SD card does.
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.store import StoreError, open_store
from needsassess.store import damage as damage_module
from needsassess.store.damage import damage_at_open, full_check, quick_check
from tests.store.store_helpers import FakeChange, FakeSession

COUNT = 400


def _filled(data_dir: Path, forms_dir: Path) -> str:
    with open_store(data_dir, forms_dir=forms_dir) as store:
        sessions = [FakeSession({"settlement": f"Site {k} " + "x" * 400, "households": k}) for k in range(COUNT)]
        uuids = store.create_many("mini", sessions, complete=True)
        draft = store.create("mini", FakeSession({"settlement": "Draft"})).uuid
    assert not (data_dir / "needsassess.db-wal").exists()
    return draft if uuids else ""


def _damage(db: Path, pages: int = 4) -> None:
    """Overwrite ``pages`` pages from the middle of the file with random bytes."""
    page_size = int.from_bytes(db.read_bytes()[16:18], "big")
    total = db.stat().st_size // page_size
    rng = random.Random(7)
    with db.open("r+b") as handle:
        for page in range(total // 2, total // 2 + pages):
            handle.seek(page * page_size)
            handle.write(bytes(rng.getrandbits(8) for _ in range(page_size)))
        handle.flush()
        os.fsync(handle.fileno())


def test_damaged_pages_are_found_at_open_and_writes_are_refused(
    data_dir: Path, forms_dir: Path, tmp_path: Path
) -> None:
    draft = _filled(data_dir, forms_dir)
    _damage(data_dir / "needsassess.db")
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.write_refusal is not None and store.write_refusal[0] == "damaged"
        with pytest.raises(StoreError) as caught:
            store.save_draft(draft, FakeSession({"settlement": "B"}), FakeChange("settlement", "Draft", "B"))
        assert caught.value.code == "NA-STORE-701" and "backups" in str(caught.value)
        with pytest.raises(StoreError, match="damaged"):
            store.add_attachment_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    assert not (data_dir / "attachments").exists() or not any((data_dir / "attachments").rglob("*"))


def test_export_from_a_damaged_database_writes_no_file(
    data_dir: Path, forms_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _filled(data_dir, forms_dir)
    _damage(data_dir / "needsassess.db")
    out = tmp_path / "out"
    out.mkdir()
    code = main(["--data-dir", str(data_dir), "export", "-o", str(out / "sent.napkg"), "--all"])
    err = capsys.readouterr().err
    assert code == 1 and "damaged" in err, err
    assert list(out.iterdir()) == []  # no package, and no temporary file either


def test_check_reads_every_page(data_dir: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _filled(data_dir, forms_dir)
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    out = capsys.readouterr().out
    assert "is sound" in out and "pages" in out
    _damage(data_dir / "needsassess.db", pages=1)
    assert main(["--data-dir", str(data_dir), "check"]) == 1
    err = capsys.readouterr().err
    assert "[NA-STORE-004]" in err and "backups" in err


def test_the_open_check_leaves_a_large_file_to_the_full_check(
    data_dir: Path, forms_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(data_dir, forms_dir)
    db = data_dir / "needsassess.db"
    _damage(db)
    monkeypatch.setattr(damage_module, "OPEN_CHECK_BYTES", db.stat().st_size - 1)
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.write_refusal is None  # too large for the open check: no verdict, no refusal
        assert damage_at_open(store.engine, db, thorough=False) == []
        assert damage_at_open(store.engine, db, thorough=True) != []  # after an unclean exit
        assert quick_check(store.engine, 0.0) is None  # a time budget gives no verdict either
        assert quick_check(store.engine) != [] and full_check(store.engine) != []
        assert store.check_database() != [] and store.write_refusal is not None


def test_a_foreign_header_is_damage(data_dir: Path, forms_dir: Path) -> None:
    _filled(data_dir, forms_dir)
    db = data_dir / "needsassess.db"
    with db.open("r+b") as handle:
        handle.seek(16)
        handle.write(b"\x03\x00")  # a page size no SQLite file has
    raw = sqlite3.connect(db)
    raw.close()
    with pytest.raises(StoreError) as caught:
        open_store(data_dir, forms_dir=forms_dir)
    assert caught.value.kind == "corrupt"


def test_damage_found_once_is_remembered_until_the_file_changes(
    data_dir: Path, forms_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = _filled(data_dir, forms_dir)
    db = data_dir / "needsassess.db"
    pristine = db.read_bytes()
    _damage(db)
    monkeypatch.setattr(damage_module, "OPEN_CHECK_BYTES", 0)  # too large for the open check
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.write_refusal is None
        assert store.check_database() != []  # as `check` or the window's background check
    with open_store(data_dir, forms_dir=forms_dir) as store:  # the next command: refused at once
        assert store.write_refusal is not None and store.write_refusal[0] == "damaged"
        with pytest.raises(StoreError) as caught:
            store.save_draft(draft, FakeSession({"settlement": "B"}))
        assert caught.value.code == "NA-STORE-701"
    db.write_bytes(pristine)  # a backup copied over it, in place: the same file, still noted
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.write_refusal is not None
        assert store.check_database() == []  # a sound full check lifts the refusal and the note
        store.save_draft(draft, FakeSession({"settlement": "B"}), FakeChange("settlement", "Draft", "B"))
    assert not (data_dir / "private" / damage_module.DAMAGE_NOTE).exists()
    _damage(db)
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.check_database() != []
    restored = data_dir / "restored.db"
    restored.write_bytes(pristine)
    os.replace(restored, db)  # a backup restored as a new file
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.write_refusal is None
    assert not (data_dir / "private" / damage_module.DAMAGE_NOTE).exists()
