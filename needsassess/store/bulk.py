"""The bulk writer: many rows in one transaction, for imports and for creating many assessments.

``BulkInsert`` is the one way rows go in by the thousand (``store.imports`` for packages,
``create_many`` here for ``needsassess new`` with a JSON array and the demo): an INSERT compiled
once by SQLAlchemy Core for the connection's dialect, rows as plain tuples sent with the driver's
``executemany``. Per-row parameter processing was most of the cost of an import. What differs
between SQLite and PostgreSQL stays here: the paramstyle the statement is compiled with and how
rows already present are skipped (``ON CONFLICT DO NOTHING``).

``create_many`` is all or nothing: every session is checked and every row built before the
transaction starts, so 10,000 assessments cost one commit instead of 10,000.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Table, insert
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.store.attachments import rows_present
from needsassess.store.audit import audit_row, write_audit
from needsassess.store.documents import image_hashes
from needsassess.store.errors import FinalizeRefused, StoreError
from needsassess.store.flag_rows import mark_stale
from needsassess.store.hashing import content_hash
from needsassess.store.locking import ConcurrentChange
from needsassess.store.models import ASSESSMENTS, LINKS, REVISIONS
from needsassess.store.paradata import ParadataEvent, append_events
from needsassess.store.records import COMPLETE, DRAFT, AttachmentInfo, SessionLike, list_site, list_title
from needsassess.timefmt import utc_now

if TYPE_CHECKING:
    from needsassess.store.store import AssessmentStore

_CHUNK = 500


class BulkInsert:
    """An INSERT compiled once; rows are tuples in ``columns`` order (the table's order).

    Each column keeps the bind processing Core would apply (JSON columns serialise), except those in
    ``raw_json``, which receive JSON text already serialised. ``on_conflict``: ``"ignore"`` skips
    rows already present; ``"new"`` is for rows no other writer may have added meanwhile (heads of
    new assessments): on PostgreSQL a skipped row means another coordinator created it first, and
    ``ConcurrentChange`` makes the transaction run again (``store.locking``).
    """

    def __init__(
        self,
        conn: Connection,
        table: Table,
        columns: Sequence[str],
        raw_json: frozenset[str] = frozenset(),
        on_conflict: str | None = None,
    ) -> None:
        compiled = insert(table).compile(dialect=_positional(conn), column_keys=list(columns))
        if compiled.positiontup != list(columns):  # a new column with a default, or another order
            raise RuntimeError(f"the bulk insert into {table.name} does not match its table")
        self.conn, self.sql, self.rows = conn, str(compiled), list[tuple[Any, ...]]()
        self.on_conflict = on_conflict
        if on_conflict is not None and (on_conflict == "ignore" or conn.dialect.name == "postgresql"):
            self.sql += " ON CONFLICT DO NOTHING"
        # (index, processor, what it makes of None: computed once, audit rows are mostly None).
        self.processors: list[tuple[int, Callable[[Any], Any], Any]] = []
        for index, name in enumerate(columns):
            process = None if name in raw_json else _processor(conn, table.c[name].type)
            if process is not None:
                self.processors.append((index, process, process(None)))

    def add(self, row: tuple[Any, ...]) -> None:
        if self.processors:
            values = list(row)
            for index, process, none in self.processors:
                value = values[index]
                values[index] = none if value is None else process(value)
            row = tuple(values)
        self.rows.append(row)

    def write(self) -> None:
        if self.rows:
            done = self.conn.exec_driver_sql(self.sql, self.rows)
            if self.on_conflict == "new" and done.rowcount != len(self.rows):
                raise ConcurrentChange()
            self.rows = []


def _processor(conn: Connection, column_type: Any) -> Callable[[Any], Any] | None:
    """Core's bind processing for a column; psycopg adapts JSON itself in Core, so rows sent
    straight to the driver get JSON text (as ``json.dumps`` makes it; None stays NULL)."""
    process: Callable[[Any], Any] | None = column_type.bind_processor(conn.dialect)
    if process is None and isinstance(column_type, JSON) and conn.dialect.name == "postgresql":
        dumps = getattr(conn.dialect, "_json_serializer", None) or json.dumps
        return lambda value: None if value is None else dumps(value)
    return process


def _positional(conn: Connection) -> Any:
    """The dialect to compile with: rows are tuples, so PostgreSQL gets psycopg's ``%s`` style."""
    if conn.dialect.name != "postgresql":
        return conn.dialect
    from sqlalchemy.dialects.postgresql.psycopg import dialect

    return dialect(paramstyle="format")  # type: ignore[no-untyped-call]  # SQLAlchemy's dialects are untyped


def table_columns(table: Table) -> list[str]:
    return [c.name for c in table.columns]


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
    opened_at: str | None = None,
) -> list[str]:
    """Create one assessment per session (finalized when ``complete``); returns their uuids.

    ``created_at`` and ``officers`` (one per session) override the time and officer recorded (the demo
    uses them to spread assessments over weeks and people). ``opened_at``: when the command began;
    each assessment's paradata then records that "opened" and its creation as "saved" (``new``).
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
            columns = table_columns(table)
            bulk = BulkInsert(conn, table, columns)
            for row in data:
                bulk.add(tuple(row[name] for name in columns))
            bulk.write()
        write_audit(conn, rows.audit)
        if opened_at is not None:
            for row in rows.assessments:
                append_events(conn, row["uuid"], 1, [ParadataEvent(opened_at, "opened"),
                                                      ParadataEvent(row["created_at"], "saved")])
        if complete:
            mark_stale(conn)  # new revisions: the stored quality flags are recomputed when next read
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
            "answers": None if complete else document,  # complete: the revision's document
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
    known = rows_present(conn, hashes)
    missing = hashes - known
    if missing:
        raise StoreError(
            StoreCode.PHOTOS_NEVER_ATTACHED, kind="attachment", count=len(missing), first=sorted(missing)[0]
        )
