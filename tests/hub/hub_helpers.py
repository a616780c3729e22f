"""Helpers shared by the hub tests: a database-independent snapshot of what a store holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from needsassess.store import AssessmentStore
from needsassess.store.models import ASSESSMENTS, ATTACHMENTS, LINKS, REVISIONS
from needsassess.store.sync_models import SYNC_CONFLICTS


def snapshot(store: AssessmentStore) -> dict[str, Any]:
    """Heads, history, quarantine and photos: what must agree between SQLite and PostgreSQL.

    Times of import and generated ids differ between runs and are left out; JSON comes back as
    values on both databases, so documents compare by content.
    """
    a, r, c = ASSESSMENTS.c, REVISIONS.c, SYNC_CONFLICTS.c
    with store.read("snapshot") as conn:
        heads = conn.execute(
            select(a.uuid, a.revision, a.status, a.content_hash, a.parent_hash, a.title, a.answers).order_by(a.uuid)
        ).all()
        revisions = conn.execute(
            select(r.uuid, r.revision, r.content_hash, r.parent_hash, r.document).order_by(r.uuid, r.revision)
        ).all()
        quarantine = conn.execute(
            select(c.uuid, c.revision, c.content_hash, c.kind, c.status).order_by(c.uuid, c.content_hash)
        ).all()
        links = conn.execute(select(LINKS).order_by(*LINKS.c)).all()
        photos = conn.execute(select(ATTACHMENTS.c.sha256, ATTACHMENTS.c.size).order_by(ATTACHMENTS.c.sha256)).all()
    return {
        "heads": [tuple(row) for row in heads],
        "revisions": [tuple(row) for row in revisions],
        "quarantine": [tuple(row) for row in quarantine],
        "links": [tuple(row) for row in links],
        "photos": [tuple(row) for row in photos],
    }
