"""Stored quality flags: the flags of each complete revision as last computed, and whether they are current.

The flags of one assessment depend on the others (a form's median time, a site's centre, a
question's quartiles), so any revision that arrives (an import, a local finalize) can change the
flags of others. Such a write bumps the *generation* in the same transaction (durable, and cheap:
one row); the flags stored carry the generation they were computed at, and a reader that finds
them older computes them again (analysis/quality.py) and stores them. docs/quality.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from needsassess.store.locking import insert_ignoring_duplicates
from needsassess.store.models import QUALITY_FLAGS, SETTINGS

GENERATION = "quality_generation"  # bumped by every revision that arrives
COMPUTED = "quality_computed_generation"  # the generation the stored flags were computed at
_Q = QUALITY_FLAGS.c


@dataclass(frozen=True)
class StoredFlag:
    """One flag as stored: its stable name and code, the question, the message's values (JSON)."""

    flag: str
    code: str
    question: str | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredFlags:
    """The stored flags (uuid → (revision, flags)) and whether they are current."""

    flags: Mapping[str, tuple[int, list[StoredFlag]]]
    generation: int
    computed: int | None  # None: never computed in this folder

    @property
    def current(self) -> bool:
        return self.computed is not None and self.computed == self.generation


def _get(conn: Connection, key: str) -> int | None:
    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _put(conn: Connection, key: str, value: int) -> None:
    if conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=str(value))).rowcount == 0:
        insert_ignoring_duplicates(conn, SETTINGS, [{"key": key, "value": str(value)}])
        conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=str(value)))


def generation(conn: Connection) -> int:
    return _get(conn, GENERATION) or 0


def mark_stale(conn: Connection) -> None:
    """A revision arrived (in ``conn``'s transaction): the stored flags are no longer current."""
    _put(conn, GENERATION, generation(conn) + 1)


def state(conn: Connection) -> tuple[int, int | None]:
    """(the current generation, the generation the stored flags were computed at or None)."""
    return generation(conn), _get(conn, COMPUTED)


def read_flags(conn: Connection, flag: str | None = None) -> StoredFlags:
    """The stored flags (only those named ``flag`` when given)."""
    query = select(_Q.uuid, _Q.revision, _Q.flag, _Q.code, _Q.question, _Q.params).order_by(_Q.uuid, _Q.position)
    if flag is not None:
        query = query.where(_Q.flag == flag)
    found: dict[str, tuple[int, list[StoredFlag]]] = {}
    for r in conn.execute(query):
        found.setdefault(r.uuid, (r.revision, []))[1].append(StoredFlag(r.flag, r.code, r.question, r.params))
    return StoredFlags(found, generation(conn), _get(conn, COMPUTED))


def replace_flags(
    conn: Connection, flags: Mapping[tuple[str, int], Sequence[StoredFlag]], computed_at: str, at_generation: int
) -> None:
    """Store a whole new set of flags, computed at ``at_generation`` (read before computing)."""
    conn.execute(delete(QUALITY_FLAGS))
    rows = [
        {
            "uuid": uuid,
            "revision": revision,
            "position": position,
            "flag": f.flag,
            "code": f.code,
            "question": f.question,
            "params": dict(f.params),
            "computed_at": computed_at,
        }
        for (uuid, revision), found in flags.items()
        for position, f in enumerate(found)
    ]
    for start in range(0, len(rows), 2000):
        conn.execute(insert(QUALITY_FLAGS), rows[start : start + 2000])
    _put(conn, COMPUTED, at_generation)
