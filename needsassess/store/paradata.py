"""Paradata: the append-only log of what happened while a revision was entered.

The entry window buffers its events (opened, page entered and left, question focused, answer
changed, closed) and hands them over with the autosave; the CLI's ``new`` and ``edit`` record when
they opened and saved. The store only ever inserts and reads these rows: no function here, nor
anywhere in the store, updates or deletes one, so paradata cannot be edited after the fact. Each
event belongs to one revision of one assessment (the draft's revision while it is entered), and a
package carries the events of each revision it carries (docs/packages.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from needsassess.store.models import PARADATA_EVENTS

EVENTS = ("opened", "closed", "page_entered", "page_left", "focused", "changed", "saved")
NAME_MAX = 200  # the page and question columns (models.py)
_P = PARADATA_EVENTS.c
_INSERT = insert(PARADATA_EVENTS)


@dataclass(frozen=True)
class ParadataEvent:
    """One event: when (UTC ISO text, as stored), what, on which page and question (or None)."""

    at: str
    event: str
    page: str | None = None
    question: str | None = None

    def __post_init__(self) -> None:
        if self.event not in EVENTS:
            raise ValueError(f"unknown paradata event {self.event!r}")

    def to_json(self) -> dict[str, Any]:
        """The event as packages carry it: every key present, None as null."""
        return {"at": self.at, "event": self.event, "page": self.page, "question": self.question}

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ParadataEvent:
        return cls(raw["at"], raw["event"], raw.get("page"), raw.get("question"))


def _clip(name: str | None) -> str | None:
    return name[:NAME_MAX] if name is not None else None


def append_events(conn: Connection, uuid: str, revision: int, events: Iterable[ParadataEvent]) -> int:
    """Add ``events`` (in order) to the log of ``uuid``'s ``revision``; how many were added."""
    rows = [
        {
            "uuid": uuid,
            "revision": revision,
            "at": e.at,
            "event": e.event,
            "page": _clip(e.page),
            "question": _clip(e.question),
        }
        for e in events
    ]
    if rows:
        conn.execute(_INSERT, rows)
    return len(rows)


def read_events(conn: Connection, uuid: str, revision: int | None = None) -> list[ParadataEvent]:
    """The events of ``uuid`` (of one revision, or of all, oldest revision first), in the order recorded."""
    query = select(_P.at, _P.event, _P.page, _P.question).where(_P.uuid == uuid)
    if revision is not None:
        query = query.where(_P.revision == revision)
    return [ParadataEvent(r.at, r.event, r.page, r.question) for r in conn.execute(query.order_by(_P.revision, _P.id))]


def events_of(conn: Connection, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], list[ParadataEvent]]:
    """The events of each (uuid, revision) in ``keys`` that has any (export and the quality flags)."""
    wanted = set(keys)
    found: dict[tuple[str, int], list[ParadataEvent]] = {}
    uuids = sorted({u for u, _ in keys})
    for start in range(0, len(uuids), 500):
        query = (
            select(_P.uuid, _P.revision, _P.at, _P.event, _P.page, _P.question)
            .where(_P.uuid.in_(uuids[start : start + 500]))
            .order_by(_P.uuid, _P.revision, _P.id)
        )
        for r in conn.execute(query):
            if (r.uuid, r.revision) in wanted:
                found.setdefault((r.uuid, r.revision), []).append(ParadataEvent(r.at, r.event, r.page, r.question))
    return found


def all_events(conn: Connection) -> dict[tuple[str, int], list[ParadataEvent]]:
    """Every revision's events (the quality flags read them all at once)."""
    found: dict[tuple[str, int], list[ParadataEvent]] = {}
    query = select(_P.uuid, _P.revision, _P.at, _P.event, _P.page, _P.question).order_by(_P.uuid, _P.revision, _P.id)
    for r in conn.execute(query):
        found.setdefault((r.uuid, r.revision), []).append(ParadataEvent(r.at, r.event, r.page, r.question))
    return found
