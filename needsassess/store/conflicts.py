"""Quarantined revisions (conflicts and forks) and their resolution, for the coordinator's review.

A conflict is shown beside the stored revision it competes with; resolving one records which
version stands (the head shows that version's answers) and writes it in the audit. Neither
version's answers are edited: both stay, whole, in the history and the quarantine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.store.audit import audit_row, write_audit
from needsassess.store.errors import StoreError
from needsassess.store.locking import lock_assessments
from needsassess.store.models import ASSESSMENTS, REVISIONS
from needsassess.store.queries import HEAD_ANSWERS, WITH_DOCUMENT
from needsassess.store.sync_models import SYNC_CONFLICTS


@dataclass(frozen=True)
class Conflict:
    """A quarantined revision and the stored one it competes with."""

    id: int
    uuid: str
    revision: int
    kind: str  # conflict or fork
    status: str  # open or resolved
    incoming_hash: str
    incoming: Mapping[str, Any]
    stored_revision: int
    stored_hash: str | None
    stored: Mapping[str, Any]
    officer: str
    device_id: str
    package_id: str
    chosen_hash: str | None


def conflicts(conn: Connection, include_resolved: bool = False, uuid: str | None = None) -> list[Conflict]:
    stmt = select(SYNC_CONFLICTS).order_by(SYNC_CONFLICTS.c.id)
    if not include_resolved:
        stmt = stmt.where(SYNC_CONFLICTS.c.status == "open")
    if uuid:
        stmt = stmt.where(SYNC_CONFLICTS.c.uuid == uuid)
    return [_conflict(conn, row) for row in conn.execute(stmt).all()]


def _conflict(conn: Any, row: Any) -> Conflict:
    stored = conn.execute(
        select(REVISIONS).where(REVISIONS.c.uuid == row.uuid, REVISIONS.c.revision == row.revision)
    ).first()
    if stored is None:  # a fork beyond the main line: compare with the head
        stored = conn.execute(
            select(ASSESSMENTS.c.revision, ASSESSMENTS.c.content_hash, HEAD_ANSWERS.element.label("document"))
            .select_from(WITH_DOCUMENT)
            .where(ASSESSMENTS.c.uuid == row.uuid)
        ).first()
    return Conflict(
        id=row.id,
        uuid=row.uuid,
        revision=row.revision,
        kind=row.kind,
        status=row.status,
        incoming_hash=row.content_hash,
        incoming=row.document,
        stored_revision=stored.revision if stored else 0,
        stored_hash=stored.content_hash if stored else None,
        stored=stored.document if stored else {},
        officer=row.officer,
        device_id=row.device_id,
        package_id=row.package_id,
        chosen_hash=row.chosen_hash,
    )


def resolve_conflict(
    conn: Connection, conflict_id: int, keep: str, comment: str, who: tuple[str, str], now: str
) -> None:
    """Record which version stands (``keep``: "stored" or "incoming"), with its audit row.

    ``who`` is (reviewer, device id).
    """
    reviewer = who[0]
    row = conn.execute(select(SYNC_CONFLICTS).where(SYNC_CONFLICTS.c.id == conflict_id)).first()
    if row is None:
        raise StoreError(StoreCode.CONFLICT_NOT_FOUND, kind="not_found", conflict_id=conflict_id)
    # On a hub another coordinator's import may be moving this head right now: hold it first.
    lock_assessments(conn, [row.uuid])
    chosen = _conflict(conn, row).stored_hash if keep == "stored" else row.content_hash
    if keep == "incoming":
        conn.execute(
            update(ASSESSMENTS)
            .where(ASSESSMENTS.c.uuid == row.uuid)
            .values(
                answers=row.document,
                content_hash=row.content_hash,
                title=row.title,
                title_lc=row.title.lower(),
                site=row.site,
                updated_at=now,
            )
        )
    conn.execute(
        update(SYNC_CONFLICTS)
        .where(SYNC_CONFLICTS.c.id == conflict_id)
        .values(
            status="resolved", chosen_hash=chosen, resolved_at=now, resolved_by=reviewer, comment=comment
        )
    )
    detail = f"{row.kind} on revision {row.revision} resolved: {keep} version {chosen} stands"
    write_audit(
        conn,
        [
            audit_row(
                "reviewed",
                row.uuid,
                row.revision,
                now,
                who,
                detail=detail + (f" ({comment})" if comment else ""),
            )
        ],
    )
