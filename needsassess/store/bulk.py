"""Creating many assessments in one transaction (``needsassess new`` with a JSON array, the demo).

All or nothing: every session is checked and every row built before the transaction starts; the
rows then go in with a few multi-row inserts (Core ``executemany``), so 10,000 assessments cost one
commit instead of 10,000.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.store.audit import audit_row, write_audit
from needsassess.store.documents import image_hashes
from needsassess.store.errors import FinalizeRefused, StoreError
from needsassess.store.hashing import content_hash
from needsassess.store.models import ASSESSMENTS, ATTACHMENTS, LINKS, REVISIONS
from needsassess.store.records import COMPLETE, DRAFT, AttachmentInfo, SessionLike, list_site, list_title
from needsassess.store.timefmt import utc_now

if TYPE_CHECKING:
    from needsassess.store.store import AssessmentStore

_CHUNK = 500


@dataclass
class _Rows:
    assessments: list[dict[str, Any]] = field(default_factory=list)
    revisions: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    hashes: set[str] = field(default_factory=set)


def _refuse_problems(store: AssessmentStore, sessions: Sequence[SessionLike]) -> None:
    found: list[tuple[str, str]] = []
    for index, session in enumerate(sessions):
        prefix = f"[{index}] " if len(sessions) > 1 else ""
        found += [(f"{prefix}{p.name}", store.problem_text(p)) for p in session.problems()]
    if found:
        raise FinalizeRefused(StoreCode.CREATE_REFUSED, found)


def create_many(
    store: AssessmentStore,
    form_id: str,
    sessions: Sequence[SessionLike],
    *,
    complete: bool = False,
    attachments: Sequence[AttachmentInfo] = (),
    created_at: Sequence[str] | None = None,
    officers: Sequence[str] | None = None,
) -> list[str]:
    """Create one assessment per session (finalized when ``complete``); returns their uuids.

    ``created_at`` and ``officers`` (one per session) override the time and officer recorded (the demo
    uses them to spread assessments over weeks and people).
    """
    form = store.forms.latest(form_id)
    if complete:
        _refuse_problems(store, sessions)
    rows, who = _Rows(), (store.settings.officer_name, store.device_id)
    for index, session in enumerate(sessions):
        when = created_at[index] if created_at is not None else utc_now()
        officer = officers[index] if officers is not None else who[0]
        _build(rows, form, session, complete, when, (officer, who[1]), store.device_id)
    with store.write("create the assessments") as conn:
        store.forms.remember(conn, form)
        store.insert_attachment_rows(conn, list(attachments))
        _check_hashes(conn, rows.hashes)
        for table, data in (
            (ASSESSMENTS, rows.assessments),
            (REVISIONS, rows.revisions),
            (LINKS, rows.links),
        ):
            for start in range(0, len(data), _CHUNK):
                conn.execute(insert(table), data[start : start + _CHUNK])
        write_audit(conn, rows.audit)
    return [row["uuid"] for row in rows.assessments]


def _build(
    rows: _Rows, form: Any, session: SessionLike, complete: bool, when: str, who: tuple[str, str], device: str
) -> None:
    uuid = str(uuidlib.uuid4())
    document = session.final_document() if complete else session.document()
    hashes = image_hashes(form, document)
    digest = content_hash(document, hashes) if complete else None
    title, site = list_title(session), list_site(session)
    rows.assessments.append(
        {
            "uuid": uuid,
            "form_id": form.form_id,
            "form_version": form.version,
            "status": COMPLETE if complete else DRAFT,
            "revision": 1,
            "answers": document,
            "content_hash": digest,
            "parent_hash": None,
            "title": title,
            "title_lc": title.lower(),
            "site": site,
            "officer": who[0],
            "created_at": when,
            "updated_at": when,
            "finalized_at": when if complete else None,
            "origin_device": device,
        }
    )
    rows.audit.append(audit_row("created", uuid, 1, when, who))
    if complete:
        rows.revisions.append(
            {
                "uuid": uuid,
                "revision": 1,
                "form_id": form.form_id,
                "form_version": form.version,
                "document": document,
                "content_hash": digest,
                "parent_hash": None,
                "title": title,
                "site": site,
                "officer": who[0],
                "finalized_at": when,
                "device": device,
            }
        )
        rows.audit.append(audit_row("finalized", uuid, 1, when, who, detail=digest))
    rows.links += [{"uuid": uuid, "revision": 1, "sha256": h} for h in sorted(hashes)]
    rows.hashes |= hashes


def _check_hashes(conn: Connection, hashes: set[str]) -> None:
    wanted = sorted(hashes)
    known: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start : start + _CHUNK]
        known |= set(conn.execute(select(ATTACHMENTS.c.sha256).where(ATTACHMENTS.c.sha256.in_(part))).scalars())
    missing = hashes - known
    if missing:
        raise StoreError(
            StoreCode.PHOTOS_NEVER_ATTACHED, kind="attachment", count=len(missing), first=sorted(missing)[0]
        )
