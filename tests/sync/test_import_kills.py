"""Imports killed with SIGKILL leave no plaintext, no staging folder and no orphan photo behind.

The importer runs in a forked child (the modules already imported, so each run starts at once)
on a coordinator's folder; the parent kills it at a random moment of an encrypted import, then
opens the store as the next start would and checks: the import is all there or not at all, the
private staging area is empty, no leftover from older versions remains, every photo file has its
row, and no file in the folder holds the decrypted package. A few kills in CI; 120 with
``NEEDSASSESS_LONG=1``.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import pytest

from needsassess.crypto import api
from needsassess.store import open_store
from needsassess.store.staging import staging_root
from needsassess.sync import incoming
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.sync.conftest import finalized

KILLS = 120 if os.environ.get("NEEDSASSESS_LONG") == "1" else 6
ASSESSMENTS = 60

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """(forms, a coordinator folder before the import, an encrypted package of 60 with photos)."""
    from tests.sync.conftest import FORM_YAML

    root = tmp_path_factory.mktemp("kills")
    forms = root / "forms"
    forms.mkdir()
    (forms / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    coordinator = root / "coordinator"
    with open_store(coordinator, forms_dir=forms):
        api.create_coordinator_key(coordinator, "Bukhara office", root / "coordinator.pub")
    package = root / "sealed.napkg"
    with open_store(root / "officer", forms_dir=forms) as officer:
        api.load_coordinator_key(officer.data_dir, root / "coordinator.pub")
        for k in range(ASSESSMENTS):
            finalized(officer, f"Site {k}", k + 1, photo=1000 + k)
        export_package(officer, package, encrypt=True)
    return forms, coordinator, package


def _import_in_child(data_dir: Path, forms: Path, package: Path, out: int, stop_after_placing: bool) -> None:
    if stop_after_placing:
        real_place = incoming.IncomingPhotos.place

        def place_then_wait(self: incoming.IncomingPhotos) -> None:
            real_place(self)
            os.write(out, b"placed\n")
            time.sleep(60)

        incoming.IncomingPhotos.place = place_then_wait  # type: ignore[method-assign]
    store = open_store(data_dir, forms_dir=forms)
    os.write(out, b"open\n")
    import_package(store, package, accept_signer=True)
    os.write(out, b"done\n")


def _run(data_dir: Path, forms: Path, package: Path, delay: float | None) -> list[str]:
    """Start an import; kill it ``delay`` s after it opened the store (None: once photos are placed)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            os.close(read_end)
            _import_in_child(data_dir, forms, package, write_end, delay is None)
        finally:
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, encoding="utf-8") as reader:
        lines = [reader.readline().strip()]
        if delay is None:
            lines.append(reader.readline().strip())
        else:
            time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        lines += [line.strip() for line in reader if line.strip()]
    os.waitpid(pid, 0)
    return lines


def _plaintext_files(folder: Path) -> list[Path]:
    """Files whose content is a zip (the decrypted package), anywhere in the data folder."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as handle:
                if handle.read(4) == b"PK\x03\x04":
                    found.append(path)
    return found


def _check_after_restart(data_dir: Path, forms: Path) -> int:
    """Open as the next start does; check what a killed import may leave. Returns assessments held."""
    with open_store(data_dir, forms_dir=forms) as store:
        count = store.count()
        with store.read("test") as conn:
            rows = set(conn.exec_driver_sql("SELECT sha256 FROM attachments").scalars())
    files = {p.name for p in (data_dir / "attachments").rglob("*") if p.is_file()}
    assert files == rows, f"orphan photos {sorted(files - rows)[:3]}, missing {sorted(rows - files)[:3]}"
    assert count in (0, ASSESSMENTS), f"a partial import: {count}"
    assert not staging_root(data_dir).exists() or list(staging_root(data_dir).iterdir()) == []
    assert list(data_dir.glob(".import-*")) == []
    assert _plaintext_files(data_dir) == []
    raw = sqlite3.connect(data_dir / "needsassess.db")
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    return count


def _timed_import(forms: Path, coordinator: Path, package: Path, work: Path) -> float:
    folder = work / "timing"
    shutil.copytree(coordinator, folder)
    started = time.monotonic()
    with open_store(folder, forms_dir=forms) as store:
        import_package(store, package, accept_signer=True)
    return time.monotonic() - started


@pytest.mark.slow
def test_killed_imports_leave_nothing_behind(pristine: tuple[Path, Path, Path], tmp_path: Path) -> None:
    forms, coordinator, package = pristine
    duration = _timed_import(forms, coordinator, package, tmp_path)
    rng = random.Random(20261204)
    data_dir = tmp_path / "coordinator"
    shutil.copytree(coordinator, data_dir)
    kills = committed = 0
    while kills < KILLS:
        lines = _run(data_dir, forms, package, rng.uniform(0, duration * 1.2))
        if "done" in lines:
            committed += 1
        else:
            kills += 1
        if _check_after_restart(data_dir, forms) == ASSESSMENTS:
            shutil.rmtree(data_dir)  # start again from before the import, to be killed again
            shutil.copytree(coordinator, data_dir)
    assert kills >= KILLS


def test_photos_placed_by_a_killed_import_are_swept_at_the_next_start(
    pristine: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    forms, coordinator, package = pristine
    data_dir = tmp_path / "coordinator"
    shutil.copytree(coordinator, data_dir)
    (data_dir / ".import-left-by-0.3").mkdir()  # an older version's staging folder
    (data_dir / ".import-left-by-0.3" / "package.napkg").write_bytes(b"PK\x03\x04 household data")
    lines = _run(data_dir, forms, package, None)
    assert lines[:2] == ["open", "placed"]
    placed = [p for p in (data_dir / "attachments").rglob("*") if p.is_file()]
    assert len(placed) == ASSESSMENTS  # moved into place; their rows were never committed
    [staged] = staging_root(data_dir).iterdir()
    assert sorted(p.name for p in staged.iterdir()) == ["placing", "started"]  # no decrypted package
    assert _check_after_restart(data_dir, forms) == 0
    with open_store(data_dir, forms_dir=forms) as store:  # and the import then succeeds
        assert import_package(store, package, accept_signer=True).new == ASSESSMENTS
    assert _check_after_restart(data_dir, forms) == ASSESSMENTS


def test_a_photo_older_than_the_import_is_never_swept(pristine: tuple[Path, Path, Path], tmp_path: Path) -> None:
    forms, coordinator, package = pristine
    data_dir = tmp_path / "coordinator"
    shutil.copytree(coordinator, data_dir)
    lines = _run(data_dir, forms, package, None)
    assert lines[:2] == ["open", "placed"]
    old = next(p for p in (data_dir / "attachments").rglob("*") if p.is_file())
    os.utime(old, (1_000_000_000, 1_000_000_000))  # as if it had been there before the import
    with open_store(data_dir, forms_dir=forms):
        pass
    assert [p for p in (data_dir / "attachments").rglob("*") if p.is_file()] == [old]
