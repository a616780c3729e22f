"""Audit events: who did what to which assessment, and when.

Rows are written in the same transaction as the change they describe, so the audit can never say
something happened that did not (or miss something that did).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, insert, select
from sqlalchemy.engine import Connection

from needsassess.store.models import AUDIT
from needsassess.store.records import AuditEntry

EVENTS = (
    "created",
    "answer_changed",
    "finalized",
    "reopened",
    "discarded",
    "exported",
    "imported",
    "reviewed",
    # Signed packages (needsassess.crypto): a coordinator's choices about officers' keys.
    "key_enrolled",
    "signer_accepted",
    "package_held",
    "key_revoked",
    # Field packages (coordinator -> officers): a returned assessment and the officer's answer to it.
    "returned",
    "return_answered",
    "field_package",
)


def audit_row(
    event: str,
    uuid: str | None,
    revision: int | None,
    at: str,
    who: tuple[str, str],
    *,
    question: str | None = None,
    instance: Sequence[int] | None = None,
    old: Any = None,
    new: Any = None,
    detail: str | None = None,
) -> dict[str, Any]:
    """One audit row, ready for ``insert(AUDIT)``; ``who`` is (officer, device id)."""
    if event not in EVENTS:
        raise ValueError(f"unknown audit event {event!r}")
    return {
        "uuid": uuid,
        "revision": revision,
        "event": event,
        "question": question,
        "instance": list(instance) if instance is not None else None,
        "old_value": old,
        "new_value": new,
        "detail": detail,
        "at": at,
        "officer": who[0],
        "device": who[1],
    }


def write_audit(conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(AUDIT), list(rows))


def _entry(row: Row[Any]) -> AuditEntry:
    m = row._mapping
    instance = m["instance"]
    return AuditEntry(
        id=m["id"],
        uuid=m["uuid"],
        revision=m["revision"],
        event=m["event"],
        question=m["question"],
        instance=tuple(instance) if instance is not None else None,
        old=m["old_value"],
        new=m["new_value"],
        detail=m["detail"],
        at=m["at"],
        officer=m["officer"],
        device=m["device"],
    )


def read_audit(conn: Connection, uuid: str | None) -> list[AuditEntry]:
    query = select(AUDIT).order_by(AUDIT.c.id)
    query = query.where(AUDIT.c.uuid == uuid) if uuid is not None else query.where(AUDIT.c.uuid.is_(None))
    return [_entry(r) for r in conn.execute(query)]
