"""Environment failures (full disk, read-only folder, locked or damaged database) become one clear
``StoreError`` and change nothing."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy import exc as sa_exc

from needsassess.store import AssessmentStore, ListQuery, StoreError, open_store
from needsassess.store.errors import classify
from tests.store.store_helpers import FakeChange, FakeSession, png_bytes


def _on_every_new_connection(store: AssessmentStore, sql: str) -> None:
    def apply(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(sql)

    event.listen(store.engine, "connect", apply)
    store.engine.dispose()  # pooled connections are replaced by ones with the pragma


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file() and p.suffix not in (".db-wal", ".db-shm", ".open")}


def test_disk_full_database_changes_nothing(store: AssessmentStore) -> None:
    session = FakeSession({"settlement": "Koidu"})
    uuid = store.create("mini", session).uuid
    with store.read("test") as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    _on_every_new_connection(store, f"PRAGMA max_page_count = {pages}")
    big = [FakeSession({"settlement": "x" * 5000, "households": i}) for i in range(50)]
    with pytest.raises(StoreError) as caught:
        store.create_many("mini", big, complete=True)
    assert caught.value.kind == "disk_full"
    assert "full" in str(caught.value) and "Free some space" in str(caught.value)
    with pytest.raises(StoreError, match="full"):
        store.save_draft(uuid, FakeSession({"settlement": "y" * 200_000}), FakeChange("settlement", "Koidu", "y"))
    assert store.count() == 1
    assert store.get(uuid).answers == {"settlement": "Koidu"}
    assert [e.event for e in store.audit(uuid)] == ["created"]


def test_disk_full_while_writing_a_photo_leaves_no_file(
    store: AssessmentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(StoreError) as caught:
        store.add_attachment_bytes(png_bytes(5))
    assert caught.value.kind == "disk_full"
    assert _files(store.data_dir / "attachments") == set()
    with store.read("test") as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM attachments").scalar() == 0


@contextmanager
def _read_only(*paths: Path) -> Iterator[None]:
    """Make folders read-only, even for root (who ignores permission bits) via the immutable flag."""
    as_root = os.geteuid() == 0 if hasattr(os, "geteuid") else False
    if as_root and shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a folder read-only")
    for path in paths:
        if as_root:
            subprocess.run(["chattr", "+i", str(path)], check=True)
        else:
            path.chmod(0o555)
    try:
        yield
    finally:
        for path in paths:
            if as_root:
                subprocess.run(["chattr", "-i", str(path)], check=True)
            else:
                path.chmod(0o755)


def test_read_only_data_folder_gives_a_clear_error(data_dir: Path, forms_dir: Path) -> None:
    before = _files(data_dir)
    with _read_only(data_dir), pytest.raises(StoreError) as caught:
        open_store(data_dir, forms_dir=forms_dir)
    assert caught.value.kind == "read_only"
    assert str(data_dir) in str(caught.value) and "--data-dir" in str(caught.value)
    assert _files(data_dir) == before


def test_read_only_attachment_folder_refuses_photo_and_leaves_nothing(store: AssessmentStore) -> None:
    store.add_attachment_bytes(png_bytes(1))
    folder = store.data_dir / "attachments"
    before = _files(folder)
    with _read_only(folder, *[p for p in folder.iterdir() if p.is_dir()]):
        with pytest.raises(StoreError) as caught:
            store.add_attachment_bytes(png_bytes(2))
        assert caught.value.kind == "read_only"
    assert _files(folder) == before


def test_read_only_database_refuses_save_and_changes_nothing(store: AssessmentStore) -> None:
    uuid = store.create("mini", FakeSession({"settlement": "A"})).uuid
    _on_every_new_connection(store, "PRAGMA query_only = ON")
    with pytest.raises(StoreError) as caught:
        store.save_draft(uuid, FakeSession({"settlement": "B"}))
    assert caught.value.kind == "read_only"
    assert store.get(uuid).answers == {"settlement": "A"}


def test_locked_database_gives_a_clear_error(store: AssessmentStore) -> None:
    uuid = store.create("mini", FakeSession({"settlement": "A"})).uuid
    _on_every_new_connection(store, "PRAGMA busy_timeout = 50")
    other = sqlite3.connect(store.data_dir / "needsassess.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError) as caught:
            store.save_draft(uuid, FakeSession({"settlement": "B"}))
        assert caught.value.kind == "locked" and "another needsassess" in str(caught.value)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.get(uuid).answers == {"settlement": "A"}


def test_our_bugs_are_not_disguised_as_environment_errors(store: AssessmentStore) -> None:
    assert classify(sqlite3.IntegrityError("UNIQUE constraint failed")) is None
    assert classify(ValueError("bug")) is None
    with pytest.raises(sa_exc.OperationalError), store.write("test") as conn:
        conn.exec_driver_sql("SELECT * FROM no_such_table")
    assert store.count(ListQuery()) == 0
