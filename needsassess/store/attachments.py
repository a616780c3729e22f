"""Attachment files: photos copied into the data folder under the sha256 of their content.

A file is written to a temporary name in the same folder, flushed to disk, then renamed into place,
all before the row that points to it is committed; so a crash leaves at worst an unused file, never
a row pointing to a missing or half-written one. The type is decided by the content (magic bytes),
not by the name, and the size is limited. Files are never deleted when a draft drops a photo: the
same file may be used by other assessments or revisions (see ``AssessmentStore.unused_attachments``).
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import uuid
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.fileio import durable_file, move_into_place
from needsassess.store.errors import StoreError, environment_errors
from needsassess.store.locking import insert_ignoring_duplicates
from needsassess.store.models import ATTACHMENTS
from needsassess.store.records import AttachmentInfo
from needsassess.timefmt import utc_now

ATTACHMENTS_DIR = "attachments"
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
_CHUNK = 1 << 16


def sniff_media_type(head: bytes) -> str | None:
    """The image type the first bytes announce, or None when it is not an allowed image."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


class AttachmentFiles:
    """The ``attachments/`` folder: ``attachments/ab/abcdef...`` (no extension).

    ``root`` replaces ``<data_dir>/attachments`` (a hub on PostgreSQL given an explicit folder).
    """

    def __init__(self, data_dir: Path, max_bytes: int = MAX_ATTACHMENT_BYTES, root: Path | None = None) -> None:
        self.root = root if root is not None else data_dir / ATTACHMENTS_DIR
        self.max_bytes = max_bytes

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        """Whether the photo's content is stored (here: its file exists)."""
        return self.path(sha256).exists()

    def place(self, sha256: str, staged: Path) -> None:
        """Move a checked file (named by its hash elsewhere, e.g. an import's staging) into place."""
        target = self.path(sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        move_into_place(staged, target)

    def save_data(self, conn: Connection, hashes: Sequence[str], sources: Mapping[str, Path]) -> None:
        """Store the content of ``hashes`` in the caller's transaction: files need nothing more."""

    def store_path(self, source: Path) -> tuple[AttachmentInfo, bool]:
        """Copy ``source`` in; returns its info and whether a new file was written."""
        try:
            handle = _open_regular_file(source)
            size = os.fstat(handle.fileno()).st_size
        except OSError as err:
            raise StoreError(
                StoreCode.PHOTO_UNREADABLE, kind="attachment", source=source, detail=err.strerror or err
            ) from err
        with handle:
            self._check_size(size, str(source))
            return self._store_stream(handle, str(source))

    def store_bytes(self, data: bytes, label: str = "photo") -> tuple[AttachmentInfo, bool]:
        self._check_size(len(data), label)
        return self._store_stream(io.BytesIO(data), label)

    def _check_size(self, size: int, label: str) -> None:
        if size > self.max_bytes:
            raise StoreError(
                StoreCode.PHOTO_TOO_LARGE,
                kind="attachment",
                label=label,
                size_mb=f"{size / 1e6:.1f}",
                limit_mb=f"{self.max_bytes / 1e6:.0f}",
            )
        if size == 0:
            raise StoreError(StoreCode.PHOTO_EMPTY, kind="attachment", label=label)

    def _store_stream(self, stream: BinaryIO, label: str) -> tuple[AttachmentInfo, bool]:
        head = stream.read(_CHUNK)
        media_type = sniff_media_type(head)
        if media_type is None:
            raise StoreError(StoreCode.PHOTO_NOT_IMAGE, kind="attachment", label=label)
        with environment_errors(self.root, "store the photo"):
            self.root.mkdir(parents=True, exist_ok=True)
            tmp = self.root / f".incoming-{uuid.uuid4().hex}"
            try:
                digest, size = self._write_temp(stream, head, tmp, label)
                final = self.path(digest)
                created = not final.exists()
                if created:
                    final.parent.mkdir(exist_ok=True)
                    move_into_place(tmp, final)
            finally:
                tmp.unlink(missing_ok=True)
        return AttachmentInfo(digest, media_type, size), created

    def _write_temp(self, stream: BinaryIO, head: bytes, tmp: Path, label: str) -> tuple[str, int]:
        digest = hashlib.sha256()
        size = 0
        with durable_file(tmp) as out:
            chunk = head
            while chunk:
                size += len(chunk)
                if size > self.max_bytes:  # the file grew while we copied it
                    self._check_size(size, label)
                digest.update(chunk)
                out.write(chunk)
                chunk = stream.read(_CHUNK)
        return digest.hexdigest(), size

    def remove_if_present(self, sha256: str) -> None:
        self.path(sha256).unlink(missing_ok=True)


def rows_present(conn: Connection, hashes: Iterable[str]) -> set[str]:
    """Which of ``hashes`` have an ``attachments`` row."""
    wanted, present = sorted(set(hashes)), set[str]()
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        present |= set(conn.execute(select(ATTACHMENTS.c.sha256).where(ATTACHMENTS.c.sha256.in_(part))).scalars())
    return present


def insert_rows(
    conn: Connection, files: AttachmentFiles, infos: Sequence[AttachmentInfo], sources: Mapping[str, Path]
) -> None:
    """The ``attachments`` rows of ``infos`` not yet present, then their content (``files.save_data``)."""
    wanted = {i.sha256: i for i in infos}
    if not wanted:
        return
    hashes = sorted(wanted)
    present = rows_present(conn, hashes)
    now = utc_now()
    rows = [
        {"sha256": sha, "media_type": wanted[sha].media_type, "size": wanted[sha].size, "created_at": now}
        for sha in hashes
        if sha not in present
    ]
    insert_ignoring_duplicates(conn, ATTACHMENTS, rows)
    files.save_data(conn, hashes, sources)


def _open_regular_file(source: Path) -> BinaryIO:
    """``source`` opened for reading if it is a regular file; OSError otherwise.

    Opened without blocking, then checked on the open handle: a FIFO would block ``open`` until a
    writer comes (forever), and a device would never end; checking the path before opening it would
    leave a moment for it to be swapped.
    """
    fd = os.open(source, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a pipe, device or folder)")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
