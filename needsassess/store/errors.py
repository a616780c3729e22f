"""Store errors: what the environment or the input did wrong, told so the person can act on it.

Every failure of the disk, the folder or the database file (full, read-only, locked by another
program, damaged, made by a newer app) is translated here into one ``StoreError`` whose message says
what happened and what to do. The operation that raised it has changed nothing: transactions roll
back and half-written files are removed. Anything not recognised here propagates unchanged, so our
own bugs keep their tracebacks.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from needsassess.errors import UserError

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


class StoreError(UserError):
    """The store refused an operation or the environment failed; nothing was changed.

    ``kind`` lets the window choose an icon or an action: ``disk_full``, ``read_only``, ``locked``,
    ``corrupt``, ``newer``, ``io``, ``not_found``, ``state``, ``refused``, ``attachment``.
    """

    def __init__(self, message: str, kind: str = "refused") -> None:
        super().__init__(message)
        self.kind = kind


class FinalizeRefused(StoreError):
    """Finalize was refused because the session still has problems (each listed in the message)."""

    def __init__(self, message: str, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__(message, kind="refused")
        self.problems = tuple(problems)  # (question name, message)


_MESSAGES = {
    "disk_full": "The disk holding {where} is full, so the app could not {action}. Nothing was changed. "
    "Free some space (empty the recycle bin, move old exports to a USB stick) and try again.",
    "read_only": "The data folder {where} cannot be written, so the app could not {action}. Nothing was "
    "changed. Check that the folder is not read-only and that you may write to it, or start the app with "
    "--data-dir pointing to a writable folder.",
    "locked": "The database in {where} is busy in another needsassess window or command, so the app could "
    "not {action}. Nothing was changed. Wait for the other program to finish, or close it, and try again.",
    "corrupt": "The database in {where} is damaged ({detail}), so the app could not {action}. Nothing was "
    "changed. Close the app and restore the latest copy from the 'backups' folder next to it, or ask your "
    "coordinator for help.",
    "io": "The disk holding {where} reported an error ({detail}), so the app could not {action}. Nothing "
    "was changed. Check the disk or USB stick and try again.",
}


def environment_error(kind: str, where: Path | str, action: str, detail: str = "") -> StoreError:
    """A ``StoreError`` for an environment failure, with the standard message for its kind."""
    return StoreError(_MESSAGES[kind].format(where=where, action=action, detail=detail), kind=kind)


def _sqlite_kind(err: sqlite3.Error) -> str | None:
    code = getattr(err, "sqlite_errorcode", None)
    text = str(err).lower()
    primary = code & 0xFF if isinstance(code, int) else None
    if primary == _SQLITE_FULL or "database or disk is full" in text:
        return "disk_full"
    if primary in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or "readonly" in text:
        return "read_only"
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
        return "locked"
    if primary in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text or "not a database" in text:
        return "corrupt"
    if primary == _SQLITE_IOERR or "disk i/o error" in text:
        return "io"
    return None


def _os_kind(err: OSError) -> str | None:
    if err.errno == errno.ENOSPC or getattr(err, "winerror", None) == 112:
        return "disk_full"
    if isinstance(err, PermissionError) or err.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read_only"
    if err.errno == errno.EIO:
        return "io"
    return None


def classify(err: BaseException) -> str | None:
    """The environment failure ``err`` stands for, or None when it is not one (a bug, say)."""
    if isinstance(err, sa_exc.DBAPIError) and err.orig is not None:
        err = err.orig
    if isinstance(err, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        err, sqlite3.IntegrityError | sqlite3.ProgrammingError | sqlite3.InterfaceError
    ):
        return _sqlite_kind(err)
    if isinstance(err, OSError):
        return _os_kind(err)
    return None


@contextmanager
def environment_errors(where: Path | str, action: str) -> Iterator[None]:
    """Translate environment failures inside the block into ``StoreError``; let anything else through."""
    try:
        yield
    except StoreError:
        raise
    except (sa_exc.DBAPIError, sqlite3.Error, OSError) as err:
        kind = classify(err)
        if kind is None:
            raise
        detail = str(err.orig if isinstance(err, sa_exc.DBAPIError) else err).splitlines()[0]
        raise environment_error(kind, where, action, detail) from err
