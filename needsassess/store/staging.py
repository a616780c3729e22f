"""Import staging in the data folder's private area, and what a killed import leaves, swept at start.

An import stages the photos it receives (and holds a decrypted package, nameless, see
``fileio.ScratchFile``) in ``private/staging/<session>.<random>/``: ``private/`` is owner-only (0700)
and lives beside the database, so nothing of a household's data is staged on a USB stick or in a
shared temporary folder. ``<session>`` names the store's session marker (``markers.py``): a staging
folder whose session is no longer alive belongs to a process that died, and the next start removes
it.

``backup`` and ``restore`` stage here too (the database copy, the photos of a backup file and, for a
restore with keys, the sealed key backup): a ``backup`` under its store's session, a ``restore``
(which may run before any store exists) under a marker it holds for the duration (``staged``).

Photos are moved from staging into ``attachments/`` just before the import commits. A kill between
the moves and the commit leaves files that no row points to; so the list of photos about to be
placed is written (and synced) into the staging folder first. At the next start, each listed photo
that still has no ``attachments`` row, and whose file is no older than that import's start, is
deleted, then the staging folder. Files older than the import, or with a row, are never touched.
"""

from __future__ import annotations

import logging
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine

from needsassess.fileio import durable_file, fsync_folder
from needsassess.store.attachments import AttachmentFiles, rows_present
from needsassess.store.connection import read_connection
from needsassess.store.errors import StoreError
from needsassess.store.markers import SESSIONS_DIR, SessionMarker
from needsassess.timefmt import utc_now

PRIVATE_DIR = "private"
STAGING_DIR = "staging"
STARTED = "started"  # the staging folder's creation time (ns since the epoch), as text
PLACING = "placing"  # the photos about to be moved into attachments/, one sha256 a line
# Folders that versions before the private area staged imports, enrolments, backups and restores in.
LEGACY_PATTERNS = (".import-*", ".enrol-*", ".backup-*")
_log = logging.getLogger(__name__)


def private_dir(data_dir: Path) -> Path:
    """``<data_dir>/private``, created owner-only (0700) if missing."""
    folder = data_dir / PRIVATE_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    if os.name != "nt":
        folder.chmod(0o700)
    return folder


def staging_root(data_dir: Path) -> Path:
    return data_dir / PRIVATE_DIR / STAGING_DIR


def make_staging_folder(data_dir: Path, session: str) -> Path:
    """A fresh staging folder of ``session`` (the marker's name); ``remove_staging_folder`` when done."""
    root = staging_root(data_dir)
    private_dir(data_dir)
    root.mkdir(mode=0o700, exist_ok=True)
    folder = root / f"{session}.{uuid.uuid4().hex[:12]}"
    folder.mkdir(mode=0o700)
    try:
        with durable_file(folder / STARTED) as out:
            out.write(str(os.stat(folder).st_mtime_ns).encode())
    except BaseException:
        remove_staging_folder(folder)
        raise
    return folder


def remove_staging_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def staged(data_dir: Path, session: str | None = None) -> Iterator[Path]:
    """A staging folder for the block, removed after it (or at the next start if this process dies).

    ``session`` names the open store's marker; without one (a restore, perhaps into a folder with
    no store yet) this process holds a marker of its own for the block, leaving the markers of dead
    sessions for the next store to find.
    """
    marker = None
    if session is None:
        marker = SessionMarker(data_dir)
        marker.open(utc_now(), collect=False)
        session = marker.name
    try:
        folder = make_staging_folder(data_dir, session)
        try:
            yield folder
        finally:
            remove_staging_folder(folder)
    finally:
        if marker is not None:
            marker.close()


def note_placing(staging: Path, hashes: Iterable[str]) -> None:
    """Record (durably) the photos about to leave ``staging`` for attachments/, before the first moves."""
    wanted = sorted(set(hashes))
    if not wanted:
        return
    with durable_file(staging / PLACING) as out:
        out.write("".join(f"{sha}\n" for sha in wanted).encode("ascii"))
    fsync_folder(staging)


def sweep_staging(data_dir: Path, files: AttachmentFiles | None, engine: Engine) -> int:
    """Remove the staging folders of dead sessions and the photos their imports left; returns how many.

    Best effort: a folder that cannot be written (read-only, full) keeps its leftovers for the next
    start. ``files`` is None where photos are not files (a hub keeping them in the database).
    """
    removed = 0
    try:
        for folder in _dead_folders(data_dir):
            if files is not None and (folder / PLACING).exists():
                removed += _sweep_photos(folder, files, engine)
            shutil.rmtree(folder)
    except (OSError, StoreError) as err:
        _log.warning("leftovers of an interrupted import kept for now: %s", err)
    return removed


def _dead_folders(data_dir: Path) -> Iterator[Path]:
    root = staging_root(data_dir)
    if root.is_dir():
        alive = {p.stem for p in (data_dir / SESSIONS_DIR).glob("*.open")}
        for folder in sorted(root.iterdir()):
            if folder.is_dir() and folder.name.split(".", 1)[0] not in alive:
                yield folder
    for pattern in LEGACY_PATTERNS:
        yield from (p for p in sorted(data_dir.glob(pattern)) if p.is_dir())


def _sweep_photos(folder: Path, files: AttachmentFiles, engine: Engine) -> int:
    hashes = [line.strip() for line in (folder / PLACING).read_text(encoding="ascii").splitlines() if line.strip()]
    started = int((folder / STARTED).read_text(encoding="ascii").strip() or "0")
    with read_connection(engine) as conn:
        kept = rows_present(conn, hashes)
    removed = 0
    for sha in hashes:
        path = files.path(sha)
        if sha in kept or not path.is_file() or path.stat().st_mtime_ns < started:
            continue
        path.unlink()
        removed += 1
    return removed
