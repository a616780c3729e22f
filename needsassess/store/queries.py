"""Reading assessments: the list (filter, sort, page), counts, single records, revisions.

Every filter and sort column has an index (see models.py), so the first page of 50,000 rows comes
back in milliseconds. Paging is by offset with the uuid as a tie-breaker, so pages never overlap.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Row, Select, and_, bindparam, func, select, tuple_
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.store.errors import StoreError
from needsassess.store.models import ASSESSMENTS, ATTACHMENTS, LINKS, REVISIONS
from needsassess.store.records import (
    DISCARDED,
    SORT_COLUMNS,
    STATUSES,
    AssessmentRecord,
    AssessmentSummary,
    AttachmentInfo,
    ListQuery,
    ReceivedFilter,
)
from needsassess.store.row_states import state_clause
from needsassess.store.sync_models import SYNC_RECEIVED

_A = ASSESSMENTS.c
SUMMARY_COLUMNS = (
    _A.uuid,
    _A.form_id,
    _A.form_version,
    _A.status,
    _A.revision,
    _A.content_hash,
    _A.parent_hash,
    _A.title,
    _A.site,
    _A.officer,
    _A.created_at,
    _A.updated_at,
    _A.finalized_at,
    _A.origin_device,
)


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")




def received_clause(received: ReceivedFilter) -> ColumnElement[bool]:
    """``uuid IN (the uuids of sync_received rows matching every field of received)``.

    An IN over the (small) set of received rows rather than a correlated EXISTS: the database
    reads the matching ``sync_received`` entries once (``package_id`` leads the primary key, the
    other fields have covering indexes) and then looks the assessments up by uuid. An EXISTS probed once per
    assessment took 250-500 ms on 50,000; this takes 2-30 ms (docs/window.md).
    """
    _R = SYNC_RECEIVED.c
    conditions: list[ColumnElement[bool]] = []
    if received.package_id:
        conditions.append(_R.package_id == received.package_id)
    if received.device_id:
        conditions.append(_R.device_id == received.device_id)
    if received.officer:
        conditions.append(_R.officer == received.officer)
    if received.since:
        conditions.append(_R.received_at >= received.since)
    return _A.uuid.in_(select(_R.uuid).where(*conditions))


def _filtered(query: ListQuery, base: Select[Any]) -> Select[Any]:
    if query.status is not None:
        if query.status not in STATUSES:
            raise StoreError(StoreCode.STATUS_UNKNOWN, status=query.status, allowed=", ".join(STATUSES))
        base = base.where(_A.status == query.status)
    else:
        base = base.where(_A.status != DISCARDED)
    if query.form_id:
        base = base.where(_A.form_id == query.form_id)
    if query.site:
        base = base.where(_A.site == query.site)
    if query.officer:
        base = base.where(_A.officer == query.officer)
    if query.text:
        pattern = f"%{_escape_like(query.text.strip().lower())}%"
        base = base.where(_A.title_lc.like(pattern, escape="\\"))
    if query.received is not None:
        base = base.where(received_clause(query.received))
    if query.row_state:
        base = base.where(state_clause(query.row_state))
    if query.uuids is not None:
        base = base.where(_A.uuid.in_(sorted(query.uuids)))
    return base


def summary_from_row(row: Row[Any] | Any) -> AssessmentSummary:
    return AssessmentSummary(**{c.name: row._mapping[c.name] for c in SUMMARY_COLUMNS})


def list_summaries(conn: Connection, query: ListQuery) -> list[AssessmentSummary]:
    if query.order_by not in SORT_COLUMNS:
        raise StoreError(StoreCode.SORT_UNKNOWN, order_by=query.order_by, allowed=", ".join(SORT_COLUMNS))
    column = _A[query.order_by]
    order = (column.desc(), _A.uuid.desc()) if query.descending else (column.asc(), _A.uuid.asc())
    stmt = _filtered(query, select(*SUMMARY_COLUMNS)).order_by(*order).offset(max(query.offset, 0))
    if query.limit is not None:
        stmt = stmt.limit(query.limit)
    return [summary_from_row(r) for r in conn.execute(stmt)]


def count_summaries(conn: Connection, query: ListQuery) -> int:
    return int(conn.execute(_filtered(query, select(func.count()).select_from(ASSESSMENTS))).scalar_one())


def distinct_values(conn: Connection, column_name: str) -> list[str]:
    column = _A[column_name]
    stmt = select(column).where(_A.status != DISCARDED, column != "").distinct().order_by(column)
    return [str(v) for v in conn.execute(stmt).scalars()]


def attachments_of(conn: Connection, uuid: str, revision: int) -> tuple[AttachmentInfo, ...]:
    stmt = (
        select(ATTACHMENTS.c.sha256, ATTACHMENTS.c.media_type, ATTACHMENTS.c.size)
        .join(LINKS, LINKS.c.sha256 == ATTACHMENTS.c.sha256)
        .where(LINKS.c.uuid == uuid, LINKS.c.revision == revision)
        .order_by(ATTACHMENTS.c.sha256)
    )
    return tuple(AttachmentInfo(r.sha256, r.media_type, r.size) for r in conn.execute(stmt))


# A complete head unchanged since its revision keeps no copy of the document (answers NULL): its
# answers are that revision's. The outer join finds it by primary key.
WITH_DOCUMENT = ASSESSMENTS.outerjoin(
    REVISIONS,
    and_(REVISIONS.c.uuid == _A.uuid, REVISIONS.c.revision == _A.revision, _A.answers.is_(None)),
)
HEAD_ANSWERS = func.coalesce(_A.answers, REVISIONS.c.document, type_=_A.answers.type).label("answers")
_HEAD_WITH_ANSWERS: Select[Any] = (
    select(*SUMMARY_COLUMNS, HEAD_ANSWERS).select_from(WITH_DOCUMENT).where(_A.uuid == bindparam("u"))
)
_HEAD: Select[Any] = select(*SUMMARY_COLUMNS).where(_A.uuid == bindparam("u"))
# FOR UPDATE: on PostgreSQL the row stays locked until commit, so two writers of one assessment
# (two coordinators, or a review during an import) take turns; SQLite renders nothing (its IMMEDIATE
# transaction already excludes other writers).
_HEADS = {
    (True, False): _HEAD_WITH_ANSWERS,
    (False, False): _HEAD,
    (True, True): _HEAD_WITH_ANSWERS.with_for_update(of=ASSESSMENTS),  # not the outer join's side
    (False, True): _HEAD.with_for_update(),
}


def head_row(conn: Connection, uuid: str, with_answers: bool = True, for_update: bool = False) -> Row[Any]:
    """The head row of ``uuid``; ``for_update`` locks it (PostgreSQL) when the caller will change it."""
    row = conn.execute(_HEADS[(with_answers, for_update)], {"u": uuid}).first()
    if row is None:
        raise StoreError(StoreCode.NOT_FOUND, kind="not_found", uuid=uuid)
    return row


def head_record(conn: Connection, uuid: str) -> AssessmentRecord:
    row = head_row(conn, uuid)
    summary = summary_from_row(row)
    return AssessmentRecord(
        **summary.__dict__, answers=row.answers, attachments=attachments_of(conn, uuid, row.revision)
    )


def record_page(conn: Connection, query: ListQuery, after: tuple[str, str] | None, size: int) -> list[AssessmentRecord]:
    """Up to ``size`` heads with answers and photos, oldest update first, after ``(updated_at, uuid)``.

    Two queries per page whatever its size (keyset paging, not an offset), so reading every
    assessment costs the same per row at the end as at the start, and few round trips to a server.
    """
    stmt = _filtered(query, select(*SUMMARY_COLUMNS, HEAD_ANSWERS).select_from(WITH_DOCUMENT))
    if after is not None:
        stmt = stmt.where(tuple_(_A.updated_at, _A.uuid) > tuple_(*after))
    rows = conn.execute(stmt.order_by(_A.updated_at, _A.uuid).limit(size)).all()
    photos: dict[tuple[str, int], list[AttachmentInfo]] = {}
    if rows:
        found = conn.execute(
            select(LINKS.c.uuid, LINKS.c.revision, ATTACHMENTS.c.sha256, ATTACHMENTS.c.media_type, ATTACHMENTS.c.size)
            .join(ATTACHMENTS, LINKS.c.sha256 == ATTACHMENTS.c.sha256)
            .where(LINKS.c.uuid.in_([r.uuid for r in rows]))
            .order_by(ATTACHMENTS.c.sha256)
        )
        for p in found:
            photos.setdefault((p.uuid, p.revision), []).append(AttachmentInfo(p.sha256, p.media_type, p.size))
    return [
        AssessmentRecord(
            **summary_from_row(r).__dict__, answers=r.answers, attachments=tuple(photos.get((r.uuid, r.revision), ()))
        )
        for r in rows
    ]


def revision_records(conn: Connection, uuid: str) -> list[AssessmentRecord]:
    head = head_record(conn, uuid)
    rows = conn.execute(select(REVISIONS).where(REVISIONS.c.uuid == uuid).order_by(REVISIONS.c.revision))
    records = [
        AssessmentRecord(
            uuid=uuid,
            form_id=r.form_id,
            form_version=r.form_version,
            status="complete",
            revision=r.revision,
            content_hash=r.content_hash,
            parent_hash=r.parent_hash,
            title=r.title,
            site=r.site,
            officer=r.officer,
            created_at=head.created_at,
            updated_at=r.finalized_at,
            finalized_at=r.finalized_at,
            origin_device=r.device,
            answers=r.document,
            attachments=attachments_of(conn, uuid, r.revision),
        )
        for r in rows
    ]
    if head.status != "complete":
        records.append(head)
    return records
