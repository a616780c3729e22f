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

from needsassess.errors import Catalogue, UserError
from needsassess.errors.store_codes import Action, StoreCode

# SQLite primary result codes (the low byte of an extended code).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 10, 11, 13, 14, 26


class StoreError(UserError):
    """The store refused an operation or the environment failed; nothing was changed.

    Raised with a ``StoreCode`` entry and its values. ``kind`` lets the window choose an icon or an
    action: ``disk_full``, ``read_only``, ``locked``, ``corrupt``, ``newer``, ``io``, ``not_found``,
    ``state``, ``refused``, ``attachment``; on a PostgreSQL hub also ``unavailable`` (server
    unreachable, login refused), ``denied`` (the role lacks a right) and ``contention`` (concurrent
    writers; retried before it is raised).
    """

    def __init__(self, code: Catalogue | str, /, kind: str = "refused", **params: object) -> None:
        self.kind = kind
        super().__init__(code, **params)


class FinalizeRefused(StoreError):
    """Finalize was refused because the session still has problems (each listed in the message)."""

    def __init__(self, code: Catalogue, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = tuple(problems)  # (question name, message)
        lines = "\n  ".join(f"{name}: {message}" for name, message in self.problems)
        super().__init__(code, kind="refused", problems=lines)


_CODES = {
    "disk_full": StoreCode.DISK_FULL,
    "read_only": StoreCode.READ_ONLY,
    "locked": StoreCode.LOCKED,
    "corrupt": StoreCode.CORRUPT,
    "io": StoreCode.IO,
    "unavailable": StoreCode.UNAVAILABLE,
    "denied": StoreCode.DENIED,
    "contention": StoreCode.CONTENTION,
}


def environment_error(kind: str, where: Path | str, action: str, detail: str = "") -> StoreError:
    """A ``StoreError`` for an environment failure, with the standard message for its kind.

    ``action`` is English ("save the answer"); it is translated through ``Action``'s table.
    """
    return StoreError(_CODES[kind], kind=kind, where=where, action=Action(action), detail=detail)


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


# PostgreSQL SQLSTATEs (and classes, by their first two characters) that are the environment's fault.
RETRYABLE_SQLSTATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected
_PG_STATES = {
    "40001": "contention",
    "40P01": "contention",
    "55P03": "contention",
    "53100": "disk_full",
    "25006": "read_only",
    "42501": "denied",
    "3F000": "denied",
    "58030": "io",
    "57P01": "unavailable",
    "57P02": "unavailable",
    "57P03": "unavailable",
}
_PG_CLASSES = {"08": "unavailable", "28": "unavailable", "53": "io", "XX": "corrupt"}


def _postgresql_kind(err: BaseException) -> str | None:
    """The kind of a psycopg error (found by its module, so psycopg stays an optional dependency)."""
    if not type(err).__module__.startswith("psycopg"):
        return None
    state = getattr(err, "sqlstate", None)
    if state is None:  # no server answer at all: connection refused, DNS, TLS, timeout
        return "unavailable" if type(err).__name__ in ("OperationalError", "InterfaceError") else None
    return _PG_STATES.get(state) or _PG_CLASSES.get(state[:2])


def sqlstate(err: BaseException) -> str | None:
    """The SQLSTATE of a PostgreSQL error (wrapped by SQLAlchemy or not), else None."""
    if isinstance(err, sa_exc.DBAPIError) and err.orig is not None:
        err = err.orig
    state = getattr(err, "sqlstate", None)
    return state if isinstance(state, str) else None


def classify(err: BaseException) -> str | None:
    """The environment failure ``err`` stands for, or None when it is not one (a bug, say)."""
    if isinstance(err, sa_exc.DBAPIError) and err.orig is not None:
        err = err.orig
    pg_kind = _postgresql_kind(err)
    if pg_kind is not None:
        return pg_kind
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
        lines = str(err.orig if isinstance(err, sa_exc.DBAPIError) else err).strip().splitlines()
        detail = lines[0] if lines else type(err).__name__
        raise environment_error(kind, where, action, detail) from err
