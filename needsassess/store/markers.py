"""Detecting an unclean exit: one locked marker file per open store.

Each process that opens the store writes ``sessions/<random>.open`` holding its start time and keeps
an OS lock on it (flock on POSIX, msvcrt on Windows). The OS drops the lock when the process dies,
however it dies, and a clean close deletes the file. So at open, a marker we can lock belongs to a
process that ended without closing: a crash, a kill or a power cut. Several windows and commands
can have the store open at once without disturbing each other's markers.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path
from typing import IO

SESSIONS_DIR = "sessions"


def _try_lock(handle: IO[str]) -> bool:
    if os.name == "nt":
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined,unused-ignore]
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class SessionMarker:
    """The marker of this process; ``dead_since`` is the start of the oldest crashed session found."""

    def __init__(self, data_dir: Path) -> None:
        self._dir = data_dir / SESSIONS_DIR
        self._path: Path | None = None
        self._handle: IO[str] | None = None
        self.dead_since: str | None = None
        self._fallback_name = uuid.uuid4().hex  # without a marker (a folder that cannot be written)

    def open(self, started_at: str, collect: bool = True) -> None:
        """Create and lock this session's marker; ``collect=False`` leaves dead markers for the next
        store to find (a ``restore`` holds a marker only to keep its staging from being swept)."""
        self._dir.mkdir(parents=True, exist_ok=True)
        if collect:
            self.dead_since = self._collect_dead()
        path = self._dir / f"{uuid.uuid4().hex}.open"
        handle = path.open("w", encoding="utf-8")  # a lock held all session, not content: no fileio
        if not _try_lock(handle):  # pragma: no cover - a fresh random name cannot be locked by others
            handle.close()
            return
        try:
            handle.write(started_at)
            handle.flush()
        except OSError:  # a full disk: no marker, and no empty one left behind
            with contextlib.suppress(OSError):
                handle.close()
            path.unlink(missing_ok=True)
            raise
        self._path, self._handle = path, handle

    def _collect_dead(self) -> str | None:
        oldest: str | None = None
        for marker in sorted(self._dir.glob("*.open")):
            try:
                handle = marker.open("r+", encoding="utf-8")
            except OSError:
                continue
            with handle:
                if not _try_lock(handle):
                    continue  # its process is alive
                try:
                    started = handle.read().strip()
                except OSError:
                    continue
                if not started:
                    continue  # its owner has not written it yet; leave it alone
            marker.unlink(missing_ok=True)
            oldest = started if oldest is None else min(oldest, started)
        return oldest

    @property
    def name(self) -> str:
        """This session's marker name (``sessions/<name>.open``); it also names its staging folders."""
        return self._fallback_name if self._path is None else self._path.stem

    def close(self) -> None:
        if self._handle is None or self._path is None:
            return
        self._handle.close()
        self._path.unlink(missing_ok=True)
        self._handle = self._path = None

    def forget_dead(self) -> None:
        """Called once the window has offered the interrupted drafts."""
        self.dead_since = None
