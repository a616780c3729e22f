"""Writers side by side: what keeps several coordinators importing into one hub correct.

On SQLite every write transaction starts with ``BEGIN IMMEDIATE``, so writers already run one at a
time and every helper here is a plain insert or a no-op. On PostgreSQL several transactions run at
once, at READ COMMITTED, and correctness rests on the database's own guarantees:

- **Row locks on the heads.** A transaction that will change assessments first locks their head
  rows (``SELECT ... FOR UPDATE``, in uuid order so two writers never wait on each other in a
  circle), then reads what is held. Row locks live in the rows, so an import of 10,000
  assessments takes 10,000 of them without filling the server's lock table.
- **Unique constraints for what does not exist yet.** A new assessment has no row to lock: its head
  goes in with ``INSERT ... ON CONFLICT DO NOTHING RETURNING``. When another writer created it
  first, the decision made without it is stale: ``ConcurrentChange`` rolls everything back and the
  whole transaction runs again (it then finds and locks the row). Rows that many writers may add
  alike (photos, form definitions) are inserted the same way and simply skipped when present.
- **Advisory locks for names.** ``lock_name`` serialises work on one named thing for the rest of the
  transaction (a package file, the schema upgrade) with ``pg_advisory_xact_lock``.
- **Retries.** A serialization failure or deadlock (SQLSTATE 40001 / 40P01) and ``ConcurrentChange``
  roll back and run again (``AssessmentStore.write_retrying``).
"""

from __future__ import annotations

import hashlib
import logging
import random
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, TypeVar

from sqlalchemy import Table, select, text
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.store.errors import RETRYABLE_SQLSTATES, StoreError, sqlstate
from needsassess.store.models import ASSESSMENTS

_CHUNK = 500
_T = TypeVar("_T")
_log = logging.getLogger(__name__)


class ConcurrentChange(StoreError):
    """Another writer changed what this transaction decided on; run the transaction again."""

    def __init__(self) -> None:
        super().__init__(StoreCode.CONCURRENT_CREATE, kind="contention")


def is_postgresql(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def should_retry(err: BaseException) -> bool:
    """Whether ``err`` (or what it was raised from) means "run the transaction again"."""
    seen: BaseException | None = err
    while seen is not None:
        if isinstance(seen, ConcurrentChange) or sqlstate(seen) in RETRYABLE_SQLSTATES:
            return True
        seen = seen.__cause__
    return False


def lock_assessments(conn: Connection, uuids: Iterable[str]) -> set[str]:
    """Lock the head rows of ``uuids`` (PostgreSQL) for this transaction; returns those that exist.

    On SQLite the IMMEDIATE transaction already excludes other writers; only the lookup is done.
    """
    wanted = sorted(set(uuids))
    found: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        stmt = select(ASSESSMENTS.c.uuid).where(ASSESSMENTS.c.uuid.in_(wanted[start : start + _CHUNK]))
        if is_postgresql(conn):
            stmt = stmt.order_by(ASSESSMENTS.c.uuid).with_for_update()
        found.update(conn.execute(stmt).scalars())
    return found


def _insert(conn: Connection, table: Table) -> Any:
    # Imported here: the PostgreSQL dialect costs every SQLite process (field laptops) its start-up.
    if is_postgresql(conn):
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table).on_conflict_do_nothing()
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table).on_conflict_do_nothing()


def insert_ignoring_duplicates(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows``, skipping any whose key (or a unique constraint) is already taken."""
    for start in range(0, len(rows), _CHUNK):
        conn.execute(_insert(conn, table), list(rows[start : start + _CHUNK]))


def insert_new_heads(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert heads of new assessments; ``ConcurrentChange`` when another writer made one first."""
    for start in range(0, len(rows), _CHUNK):
        part = list(rows[start : start + _CHUNK])
        stmt = _insert(conn, ASSESSMENTS).returning(ASSESSMENTS.c.uuid)
        done = set(conn.execute(stmt, part).scalars())
        if len(done) != len(part):
            raise ConcurrentChange()


def lock_name(conn: Connection, name: str) -> None:
    """Hold an exclusive lock on ``name`` until this transaction ends (PostgreSQL; no-op on SQLite)."""
    if not is_postgresql(conn):
        return
    key = int.from_bytes(hashlib.sha256(f"needsassess:{name}".encode()).digest()[:8], "big", signed=True)
    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": key})


def run_retrying(
    write: Callable[[str], AbstractContextManager[Connection]],
    action: str,
    work: Callable[[Connection], _T],
    attempts: int,
) -> _T:
    """``work(conn)`` in a ``write(action)`` transaction, run again while ``should_retry`` says so.

    Each attempt starts afresh: the failed one rolled back everything. A short random pause lets
    the writers that collided drift apart. The last failure propagates (a ``StoreError``).
    """
    for attempt in range(1, attempts + 1):
        try:
            with write(action) as conn:
                return work(conn)
        except StoreError as err:
            if attempt == attempts or not should_retry(err):
                raise
            _log.info("retrying to %s (attempt %d): %s", action, attempt + 1, err.__cause__ or err)
        time.sleep(random.uniform(0, 0.02 * attempt))
    raise AssertionError("unreachable")
