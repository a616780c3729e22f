"""Coordinators' reviews: a status and a comment on a head revision, kept apart from the answers,
so a review never conflicts with what the officer entered."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from needsassess.store import queries
from needsassess.store.audit import audit_row, write_audit
from needsassess.store.models import REVIEWS
from needsassess.store.records import ReviewRecord


def add_review(conn: Connection, uuid: str, status: str, comment: str, reviewer: str, now: str,
               who: tuple[str, str], question: str | None = None) -> ReviewRecord:
    """Record a review of the head revision of ``uuid`` (audited as "reviewed").

    ``question``: the question the comment is about (None: the whole assessment).
    """
    head = queries.head_row(conn, uuid, with_answers=False, for_update=True)
    conn.execute(insert(REVIEWS).values(uuid=uuid, revision=head.revision, status=status, comment=comment,
                                        reviewer=reviewer, at=now, question=question))
    detail = f"{status}: {comment}" if comment else status
    if question:
        detail = f"{detail} (question {question})"
    write_audit(conn, [audit_row("reviewed", uuid, head.revision, now, who, detail=detail)])
    return ReviewRecord(uuid, head.revision, status, comment, reviewer, now, question)


def review_record(row: Any) -> ReviewRecord:
    return ReviewRecord(row.uuid, row.revision, row.status, row.comment, row.reviewer, row.at, row.question)


def read_reviews(conn: Connection, uuid: str) -> list[ReviewRecord]:
    rows = conn.execute(select(REVIEWS).where(REVIEWS.c.uuid == uuid).order_by(REVIEWS.c.id))
    return [review_record(r) for r in rows]
