"""What the coordinator's window needs from sync: packages received, conflicts, reviews.

Conflicts and forks are shown side by side, answer by answer; resolving one records which version
stands (the head shows that version's answers) and writes it in the audit. Neither version's
answers are edited: both stay, whole, in the history and the quarantine.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from needsassess.errors.store_codes import StoreCode
from needsassess.store import AssessmentStore, ReviewRecord, StoreError
from needsassess.store.audit import audit_row, write_audit
from needsassess.store.locking import lock_assessments
from needsassess.store.models import ASSESSMENTS, REVIEWS, REVISIONS
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_PACKAGES, SYNC_RECEIVED
from needsassess.store.timefmt import utc_now

REVIEW_STATES = ("received", "approved", "needs_follow_up", "rejected")


@dataclass(frozen=True)
class PackageRecord:
    package_id: str
    file_name: str
    device_id: str
    officer: str
    created_at: str
    imported_at: str
    new: int
    updated: int
    unchanged: int
    conflicts: int


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


@dataclass(frozen=True)
class AnswerDifference:
    name: str
    stored: Any
    incoming: Any


def packages(store: AssessmentStore) -> list[PackageRecord]:
    """Every import, newest first (for the window's package and import-date filters)."""
    with store.read("list the imported packages") as conn:
        rows = conn.execute(select(SYNC_PACKAGES).order_by(SYNC_PACKAGES.c.id.desc()))
        return [
            PackageRecord(
                r.package_id,
                r.file_name,
                r.device_id,
                r.officer,
                r.created_at,
                r.imported_at,
                r.new_count,
                r.updated_count,
                r.unchanged_count,
                r.conflict_count,
            )
            for r in rows
        ]


def uuids_received(
    store: AssessmentStore,
    package_id: str | None = None,
    device_id: str | None = None,
    officer: str | None = None,
    since: str | None = None,
) -> set[str]:
    """Assessments that came in packages matching every given filter (times as stored, UTC ISO)."""
    stmt = select(SYNC_RECEIVED.c.uuid).distinct()
    if package_id:
        stmt = stmt.where(SYNC_RECEIVED.c.package_id == package_id)
    if device_id:
        stmt = stmt.where(SYNC_RECEIVED.c.device_id == device_id)
    if officer:
        stmt = stmt.where(SYNC_RECEIVED.c.officer == officer)
    if since:
        stmt = stmt.where(SYNC_RECEIVED.c.received_at >= since)
    with store.read("filter by package") as conn:
        return set(conn.execute(stmt).scalars())


def conflicts(
    store: AssessmentStore, include_resolved: bool = False, uuid: str | None = None
) -> list[Conflict]:
    stmt = select(SYNC_CONFLICTS).order_by(SYNC_CONFLICTS.c.id)
    if not include_resolved:
        stmt = stmt.where(SYNC_CONFLICTS.c.status == "open")
    if uuid:
        stmt = stmt.where(SYNC_CONFLICTS.c.uuid == uuid)
    with store.read("list the conflicts") as conn:
        return [_conflict(conn, row) for row in conn.execute(stmt).all()]


def _conflict(conn: Any, row: Any) -> Conflict:
    stored = conn.execute(
        select(REVISIONS).where(REVISIONS.c.uuid == row.uuid, REVISIONS.c.revision == row.revision)
    ).first()
    if stored is None:  # a fork beyond the main line: compare with the head
        stored = conn.execute(
            select(
                ASSESSMENTS.c.revision, ASSESSMENTS.c.content_hash, ASSESSMENTS.c.answers.label("document")
            ).where(ASSESSMENTS.c.uuid == row.uuid)
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


def differences(conflict: Conflict) -> list[AnswerDifference]:
    """The answers that differ between the two versions, in a stable order (repeats as wholes)."""
    names = sorted(set(conflict.stored) | set(conflict.incoming))
    return [
        AnswerDifference(n, conflict.stored.get(n), conflict.incoming.get(n))
        for n in names
        if conflict.stored.get(n) != conflict.incoming.get(n)
    ]


def resolve_conflict(
    store: AssessmentStore, conflict_id: int, keep: str, comment: str = "", reviewer: str | None = None
) -> None:
    """Choose which version stands: ``"stored"`` or ``"incoming"``; recorded in the audit."""
    if keep not in ("stored", "incoming"):
        raise StoreError(StoreCode.CONFLICT_CHOOSE, kind="refused")
    reviewer = store.settings.officer_name if reviewer is None else reviewer
    now = utc_now()
    with store.write("resolve the conflict") as conn:
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
                    (reviewer, store.device_id),
                    detail=detail + (f" ({comment})" if comment else ""),
                )
            ],
        )


def set_review(
    store: AssessmentStore, uuid: str, status: str, comment: str = "", reviewer: str | None = None
) -> ReviewRecord:
    """Record the coordinator's review state of an assessment, apart from its answers."""
    if status not in REVIEW_STATES:
        raise StoreError(StoreCode.REVIEW_STATE_UNKNOWN, kind="refused", state=status, allowed=", ".join(REVIEW_STATES))
    return store.review(uuid, status, comment, reviewer)


def review_state(store: AssessmentStore, uuid: str) -> tuple[str, str]:
    """(state, comment) of the latest review; ("received", "") when none was made."""
    reviews = store.reviews(uuid)
    return (reviews[-1].status, reviews[-1].comment) if reviews else ("received", "")


def review_states(store: AssessmentStore, uuids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(state, comment) of the latest review of each uuid, in one query (a page of the list).

    Every uuid asked for is in the result; ("received", "") when it has no review yet.
    """
    wanted = list(dict.fromkeys(uuids))
    states = dict.fromkeys(wanted, ("received", ""))
    if not wanted:
        return states
    stmt = (
        select(REVIEWS.c.uuid, REVIEWS.c.status, REVIEWS.c.comment)
        .where(REVIEWS.c.uuid.in_(wanted))
        .order_by(REVIEWS.c.id)
    )
    with store.read("read the review states") as conn:
        for row in conn.execute(stmt):
            states[row.uuid] = (row.status, row.comment)  # later reviews replace earlier ones
    return states
