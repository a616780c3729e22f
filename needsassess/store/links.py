"""Which photos a revision uses: the links between an assessment revision and stored attachments.

Links are set to exactly the photos a document names; files are never deleted here, since another
assessment (or an older revision) may still use them.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.store.errors import StoreError
from needsassess.store.models import ATTACHMENTS, LINKS


def set_links(conn: Connection, uuid: str, revision: int, hashes: frozenset[str]) -> None:
    """Make the links of (uuid, revision) exactly ``hashes``; StoreError for a photo never attached."""
    current = set(
        conn.execute(select(LINKS.c.sha256).where(LINKS.c.uuid == uuid, LINKS.c.revision == revision)).scalars()
    )
    if current == hashes:
        return
    gone, new = current - hashes, hashes - current
    if gone:
        conn.execute(
            delete(LINKS).where(LINKS.c.uuid == uuid, LINKS.c.revision == revision, LINKS.c.sha256.in_(gone))
        )
    if new:
        known = set(conn.execute(select(ATTACHMENTS.c.sha256).where(ATTACHMENTS.c.sha256.in_(new))).scalars())
        if new - known:
            raise StoreError(StoreCode.PHOTOS_NOT_ATTACHED, kind="attachment", missing=sorted(new - known))
        conn.execute(insert(LINKS), [{"uuid": uuid, "revision": revision, "sha256": s} for s in sorted(new)])
