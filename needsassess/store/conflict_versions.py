"""Where each version of a conflict comes from: when it was made, on which device, by whom, and why.

The conflicts window shows the two versions side by side; to choose, a coordinator needs to know
more than the answers: which laptop and officer finalized each one, when, which package brought it,
and why it was reopened (the reason the officer typed, kept as the detail of the ``reopened`` audit
event of that revision). Packages do not carry the audit, so a reason is known only where the
reopening was recorded here (``reason`` is None otherwise, and the window says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from needsassess.store.models import ASSESSMENTS, AUDIT, REVISIONS
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_PACKAGES, SYNC_RECEIVED


@dataclass(frozen=True)
class VersionOrigin:
    """One version of an assessment as the coordinator holds it."""

    revision: int
    finalized_at: str  # UTC ISO; "" when unknown
    officer: str
    device_id: str
    reason: str | None  # why it was reopened (revision > 1), when the history here has it
    package: str  # the file it arrived in ("" when made here or unknown)
    received_at: str  # when that package was imported ("" when made here)


def _reason(conn: Connection, uuid: str, revision: int) -> str | None:
    if revision <= 1:
        return None
    stmt = (
        select(AUDIT.c.detail)
        .where(AUDIT.c.uuid == uuid, AUDIT.c.revision == revision, AUDIT.c.event == "reopened")
        .order_by(AUDIT.c.id.desc())
        .limit(1)
    )
    detail = conn.execute(stmt).scalar()
    return str(detail) if detail else None


def _arrival(conn: Connection, uuid: str, revision: int, content_hash: str | None) -> tuple[str, str]:
    """(package file name, import time) of the first import that brought that revision."""
    if content_hash is None:
        return "", ""
    _R, _P = SYNC_RECEIVED.c, SYNC_PACKAGES.c
    stmt = (
        select(_P.file_name, _R.received_at)
        .select_from(SYNC_RECEIVED.join(SYNC_PACKAGES, _P.package_id == _R.package_id))
        .where(_R.uuid == uuid, _R.revision == revision, _R.content_hash == content_hash)
        .order_by(_R.received_at)
        .limit(1)
    )
    row = conn.execute(stmt).first()
    return (str(row.file_name), str(row.received_at)) if row else ("", "")


def _stored(conn: Connection, uuid: str, revision: int) -> Any:
    row = conn.execute(
        select(REVISIONS.c.revision, REVISIONS.c.finalized_at, REVISIONS.c.officer, REVISIONS.c.device,
               REVISIONS.c.content_hash)
        .where(REVISIONS.c.uuid == uuid, REVISIONS.c.revision == revision)
    ).first()
    if row is None:  # a fork beyond the main line: the head
        row = conn.execute(
            select(ASSESSMENTS.c.revision, ASSESSMENTS.c.finalized_at, ASSESSMENTS.c.officer,
                   ASSESSMENTS.c.origin_device.label("device"), ASSESSMENTS.c.content_hash)
            .where(ASSESSMENTS.c.uuid == uuid)
        ).first()
    return row


def version_origins(
    conn: Connection, conflict_id: int, stored_revision: int
) -> tuple[VersionOrigin, VersionOrigin] | None:
    """(stored, incoming) origins of the conflict ``conflict_id``; None when there is no such conflict.

    ``stored_revision`` is the revision the conflict is compared with (``Conflict.stored_revision``).
    """
    row = conn.execute(select(SYNC_CONFLICTS).where(SYNC_CONFLICTS.c.id == conflict_id)).first()
    if row is None:
        return None
    held = _stored(conn, row.uuid, stored_revision)
    if held is None:
        stored = VersionOrigin(stored_revision, "", "", "", None, "", "")
    else:
        package, received = _arrival(conn, row.uuid, held.revision, held.content_hash)
        stored = VersionOrigin(held.revision, held.finalized_at or "", held.officer or "", held.device or "",
                               _reason(conn, row.uuid, held.revision), package, received)
    file_name = conn.execute(select(SYNC_PACKAGES.c.file_name)
                             .where(SYNC_PACKAGES.c.package_id == row.package_id).limit(1)).scalar()
    # The incoming version was reopened on another laptop: its reason is in that laptop's history.
    incoming = VersionOrigin(row.revision, row.finalized_at or "", row.officer or "", row.device_id or "",
                             None, str(file_name or ""), row.received_at or "")
    return stored, incoming
