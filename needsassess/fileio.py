"""Writing files so that a crash, a power cut or a full disk leaves the old file or the new one, never half.

Every file the app writes goes through here (tests/test_fileio.py scans the package for renames
and temporary files made anywhere else). The pattern is always the same: write under a temporary
name in the destination folder, flush and fsync the data, rename over the final name (atomic on
one file system), then fsync the folder so that the rename itself survives a power cut. On
failure the temporary file is removed and the old file, if any, is untouched.

- ``write_atomic(path, data)``: small files (settings, public keys, form definitions).
- ``atomic_write(path)``: a binary stream for large or streamed output (packages, PDFs, workbooks).
- ``write_private(path, data, replace=False)``: owner-only (0600) files such as private keys;
  without ``replace`` an existing file is never clobbered (``os.link``), so two programs making the
  same key at once keep one.
- ``durable_file(path)`` and ``move_into_place(staged, target)``: two steps, for files whose final
  name is known only later (a photo is named by its sha256) or that are placed at a commit.
- ``fsync_folder(folder)``: makes renames in ``folder`` durable (a no-op on Windows).
- ``ScratchFile(folder)``: a file without a name (a decrypted package while it is imported): the
  operating system frees it when it is closed or when the process dies, however it dies.

Plain standard library: no Qt, no SQL, so every layer can use it.
"""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation on a raw descriptor
_FOLDERS_OPEN = os.name != "nt"  # Windows cannot open a folder; NTFS journals renames itself


def fsync_folder(folder: Path) -> None:
    """Flush ``folder``'s entries (a rename into it) to disk; a no-op on Windows."""
    if not _FOLDERS_OPEN:
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_name(target: Path, suffix: str = ".tmp") -> Path:
    """A fresh hidden name beside ``target`` (same folder, so the final rename stays on one file system)."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:12]}{suffix}")


def _open_new(path: Path, mode: int = 0o666) -> BinaryIO:
    """A new file at ``path`` (``O_EXCL``: never an existing one, nor a planted link), read-write."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | _BINARY, mode)
    return os.fdopen(fd, "w+b")


def _sync(handle: BinaryIO) -> None:
    handle.flush()
    os.fsync(handle.fileno())


@contextlib.contextmanager
def durable_file(path: Path, mode: int = 0o666, *, sync: bool = True) -> Iterator[BinaryIO]:
    """Yield a new file at exactly ``path``; flushed and fsynced when the block ends, removed if it fails.

    For staging: the caller later renames it with ``move_into_place`` (or deletes it).
    ``FileExistsError`` when ``path`` exists. ``sync=False`` for a scratch file read back at once
    and thrown away (a decrypted package in a temporary folder): nothing to keep after a crash.
    """
    handle = _open_new(path, mode)
    try:
        with handle:
            yield handle
            if sync:
                _sync(handle)
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def move_into_place(staged: Path, target: Path, *, synced: bool = True) -> None:
    """Rename ``staged`` over ``target`` and fsync the folder.

    ``synced=False`` when another library wrote ``staged`` (SQLite's backup, for one): its data is
    fsynced first. ``staged`` must be in ``target``'s file system (best: the same folder).
    """
    if not synced:
        with staged.open("rb") as handle:
            os.fsync(handle.fileno())
    os.replace(staged, target)
    fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], suffix: str = ".tmp", mode: int = 0o600) -> Iterator[BinaryIO]:
    """Yield a binary stream (readable and seekable too) that becomes ``path`` only if the block succeeds.

    On success: flush, fsync, rename into place, fsync the folder. On any failure, the write's or
    the block's: the temporary file is removed, ``path`` keeps its old content, the error goes on.
    ``mode`` defaults to owner-only, as ``mkstemp`` made it: packages, reports and tables hold
    households' details; a file meant to be handed out (a public key) passes 0o644.
    """
    target = Path(path)
    temp = temporary_name(target, suffix)
    try:
        with durable_file(temp, mode) as out:
            yield out
        move_into_place(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def write_atomic(path: str | os.PathLike[str], data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` by ``data``, whole or not at all (``mode`` as for ``atomic_write``)."""
    with atomic_write(path, mode=mode) as out:
        out.write(data)


def write_private(path: Path, data: bytes, replace: bool = False) -> bool:
    """Write an owner-only (0600) file; False, changing nothing, when it exists and ``replace`` is off.

    The temporary file is created 0600 from the start (never readable by others, even for a
    moment). Without ``replace`` it is hard-linked to ``path``, which fails if another process made
    ``path`` first: the caller then reads that one instead of clobbering it.
    """
    temp = temporary_name(path, ".part")
    try:
        with durable_file(temp, 0o600) as out:
            out.write(data)
        if replace:
            move_into_place(temp, path)
            return True
        try:
            os.link(temp, path)
        except FileExistsError:
            return False
        fsync_folder(path.parent)
        return True
    finally:
        temp.unlink(missing_ok=True)


class ScratchFile:
    """A temporary file that has no name in any folder, for bytes that must not outlive their use.

    ``tempfile.TemporaryFile``: on Linux ``O_TMPFILE`` (never named), elsewhere on POSIX created and
    unlinked at once, on Windows opened delete-on-close. A SIGKILL or a power cut therefore leaves
    nothing to find under any name: the space is freed when the last handle goes. Write through
    ``writer``; read through ``view()``, each view with its own position (a zip reader keeps two).
    """

    def __init__(self, folder: Path) -> None:
        # Kept open for the object's life and closed by ``close``: no ``with`` can span that.
        self.writer: BinaryIO = tempfile.TemporaryFile(dir=folder)  # noqa: SIM115

    def size(self) -> int:
        self.writer.flush()
        return os.fstat(self.writer.fileno()).st_size

    def view(self) -> BinaryIO:
        return io.BufferedReader(_ScratchView(self.writer), buffer_size=256 * 1024)

    def close(self) -> None:
        self.writer.close()

    def __enter__(self) -> ScratchFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


class _ScratchView(io.RawIOBase):
    """A read-only window on a shared handle, keeping its own position (one thread at a time)."""

    def __init__(self, shared: BinaryIO) -> None:
        super().__init__()
        self._shared, self._at = shared, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        self._shared.seek(self._at)
        count = self._shared.readinto(buffer)  # type: ignore[attr-defined]
        self._at += count
        return int(count)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self._at
        elif whence == io.SEEK_END:
            offset += self._shared.seek(0, io.SEEK_END)
        self._at = max(offset, 0)
        return self._at

    def tell(self) -> int:
        return self._at
