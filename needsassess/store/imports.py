"""The rows of a package import, written through the bulk writer inside the import's transaction.

Sync decides what to do with each revision (``sync.merge``); this module knows what that means in
rows. What the store holds of a slice of assessments is loaded in one go (``held``, which on a
PostgreSQL hub first locks their heads), and every row goes into a ``BulkInsert`` queue, written in
batches in foreign-key order: heads before revisions and links, audit last. The answers go in as the
canonical JSON text the content hash was computed over, serialised once by the reader.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.engine import Connection, Result
from sqlalchemy.sql import ColumnElement, Select

from needsassess.store.bulk import BulkInsert, table_columns
from needsassess.store.flag_rows import mark_stale
from needsassess.store.locking import is_postgresql, lock_assessments
from needsassess.store.models import ASSESSMENTS, AUDIT, LINKS, PARADATA_EVENTS, REVISIONS
from needsassess.store.records import COMPLETE, DRAFT
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_PACKAGES, SYNC_RECEIVED
from needsassess.timefmt import utc_now

BATCH = 1000  # received rows queued before the queues are written
# SQLite's table of the values of one JSON array parameter (``ImportRows._rows_of``).
_JSON_VALUES = func.json_each(bindparam("uuids")).table_valued("value")
HELD_SLICE = 500  # uuids per lookup of what is held
AUDIT_COLUMNS = (
    "uuid", "revision", "event", "question", "instance", "old_value", "new_value", "detail", "at", "officer",
    "device",
)  # fmt: skip
PARADATA_COLUMNS = ("uuid", "revision", "at", "event", "page", "question")
CONFLICT_COLUMNS = (
    "uuid", "revision", "kind", "content_hash", "parent_hash", "form_id", "form_version", "document",
    "attachments", "title", "site", "officer", "device_id", "finalized_at", "package_id", "received_at",
    "status",
)  # fmt: skip


class IncomingRevision(Protocol):
    """A checked revision document from a package (``sync.documents.RevisionDocument``)."""

    @property
    def uuid(self) -> str: ...
    @property
    def revision(self) -> int: ...
    @property
    def form_id(self) -> str: ...
    @property
    def form_version(self) -> str: ...
    @property
    def content_hash(self) -> str: ...
    @property
    def parent_hash(self) -> str | None: ...
    @property
    def answers(self) -> dict[str, Any]: ...
    @property
    def answers_json(self) -> str: ...  # the canonical JSON of ``answers``
    @property
    def attachments(self) -> tuple[tuple[str, str, int], ...]: ...  # (sha256, media type, size)
    @property
    def title(self) -> str: ...
    @property
    def site(self) -> str: ...
    @property
    def officer(self) -> str: ...
    @property
    def device_id(self) -> str: ...
    @property
    def created_at(self) -> str: ...
    @property
    def finalized_at(self) -> str: ...
    @property
    def paradata(self) -> tuple[tuple[str, str, str | None, str | None], ...]: ...  # (at, event, page, question)


@dataclass(frozen=True)
class PackageInfo:
    """The imported file and its manifest, as ``sync_packages`` records them."""

    package_id: str
    file_sha256: str
    file_name: str
    device_id: str
    officer: str
    created_at: str
    app_version: str
    format_version: str


@dataclass
class HeldRows:
    """What the store holds of one assessment: its finalized revisions, quarantined hashes, draft."""

    main: dict[int, tuple[str, str | None]] = field(default_factory=dict)  # revision -> (hash, parent hash)
    quarantined: set[str] = field(default_factory=set)
    draft_revision: int | None = None  # a local draft on top of the main line


class ImportRows:
    """The rows of one package import, queued and written in batches on ``conn`` (the import's)."""

    def __init__(self, conn: Connection, package: PackageInfo) -> None:
        self.conn, self.package, self.now = conn, package, utc_now()
        self.who = (package.officer, package.device_id)
        self.heads = BulkInsert(conn, ASSESSMENTS, table_columns(ASSESSMENTS), frozenset({"answers"}), "new")
        self.revisions = BulkInsert(conn, REVISIONS, table_columns(REVISIONS), frozenset({"document"}))
        self.links = BulkInsert(conn, LINKS, ["uuid", "revision", "sha256"])
        self.conflicts = BulkInsert(conn, SYNC_CONFLICTS, CONFLICT_COLUMNS, frozenset({"document"}))
        self.received_rows = BulkInsert(conn, SYNC_RECEIVED, table_columns(SYNC_RECEIVED), on_conflict="ignore")
        self.audit = BulkInsert(conn, AUDIT, AUDIT_COLUMNS)
        self.paradata = BulkInsert(conn, PARADATA_EVENTS, PARADATA_COLUMNS)

    def held(self, uuids: Sequence[str]) -> tuple[dict[str, HeldRows], set[str]]:
        """What is held of ``uuids`` (sorted), and which of them have a head row (even discarded).

        On a PostgreSQL hub the heads stay locked until commit, so a concurrent import of the same
        assessments waits its turn; every import locks in uuid order, slice after slice.
        """
        if is_postgresql(self.conn):
            lock_assessments(self.conn, uuids)
        held: dict[str, HeldRows] = {}
        existing: set[str] = set()
        a, r, q = ASSESSMENTS.c, REVISIONS.c, SYNC_CONFLICTS.c
        for start in range(0, len(uuids), HELD_SLICE):
            chunk = list(uuids[start : start + HELD_SLICE])
            for head in self._rows_of(select(a.uuid, a.status, a.revision), a.uuid, chunk):
                existing.add(head.uuid)
                held.setdefault(head.uuid, HeldRows()).draft_revision = head.revision if head.status == DRAFT else None
            for rev in self._rows_of(select(r.uuid, r.revision, r.content_hash, r.parent_hash), r.uuid, chunk):
                held.setdefault(rev.uuid, HeldRows()).main[rev.revision] = (rev.content_hash, rev.parent_hash)
            for quarantined in self._rows_of(select(q.uuid, q.content_hash), q.uuid, chunk):
                held.setdefault(quarantined.uuid, HeldRows()).quarantined.add(quarantined.content_hash)
        return held, existing

    def _rows_of(self, query: Select[Any], column: ColumnElement[str], uuids: list[str]) -> Result[Any]:
        """``query`` for the rows whose ``column`` is one of ``uuids``.

        On SQLite the uuids travel as one JSON array (``json_each``): an ``IN`` of 500 bound values
        is expanded and bound anew at every execution, which cost more than the lookups themselves.
        """
        if is_postgresql(self.conn):
            return self.conn.execute(query.where(column.in_(uuids)))
        listed = select(_JSON_VALUES.c.value).scalar_subquery()
        return self.conn.execute(query.where(column.in_(listed)), {"uuids": json.dumps(uuids)})

    def received(self, d: IncomingRevision, outcome: str) -> None:
        """Which revision came in this package, and what the merge made of it."""
        p = self.package
        self.received_rows.add(
            (p.package_id, d.uuid, d.revision, d.content_hash, outcome, p.device_id, p.officer, self.now)
        )

    def quarantine(self, d: IncomingRevision, kind: str) -> None:
        """Keep a conflicting or forked revision whole, for review (in ``CONFLICT_COLUMNS`` order)."""
        self.conflicts.add((
            d.uuid, d.revision, kind, d.content_hash, d.parent_hash, d.form_id, d.form_version,
            d.answers_json, [list(a) for a in d.attachments], d.title, d.site, d.officer, d.device_id,
            d.finalized_at, self.package.package_id, self.now, "open",
        ))  # fmt: skip

    def revision(self, d: IncomingRevision) -> None:
        """A finalized revision joins the history, with its photo links (REVISIONS' column order)."""
        self.revisions.add((
            d.uuid, d.revision, d.form_id, d.form_version, d.content_hash, d.parent_hash, d.title, d.site,
            d.officer, d.finalized_at or self.now, d.device_id[:64], d.answers_json,
        ))  # fmt: skip
        for sha, _media, _size in d.attachments:
            self.links.add((d.uuid, d.revision, sha))
        for at, event, page, question in d.paradata:  # in the order recorded: ids keep it
            self.paradata.add((d.uuid, d.revision, at, event, page, question))

    def new_head(self, d: IncomingRevision) -> None:
        """The head of an assessment not held yet (ASSESSMENTS' column order).

        Its answers are its revision's document (``revision`` stores it): no copy in the head.
        """
        now = self.now
        self.heads.add((
            d.uuid, d.form_id, d.form_version, COMPLETE, d.revision, d.content_hash, d.parent_hash,
            d.title, d.title.lower(), d.site, d.officer, d.created_at or now, now, d.finalized_at or now,
            d.device_id[:64], None,
        ))  # fmt: skip

    def move_head(self, d: IncomingRevision) -> None:
        """The head now shows ``d``, a revision this import stores (its answers are that revision's)."""
        self.conn.execute(
            update(ASSESSMENTS)
            .where(ASSESSMENTS.c.uuid == d.uuid)
            .values(
                form_id=d.form_id,
                form_version=d.form_version,
                status=COMPLETE,
                revision=d.revision,
                answers=None,  # the revision's document (stored with it)
                content_hash=d.content_hash,
                parent_hash=d.parent_hash,
                title=d.title,
                title_lc=d.title.lower(),
                site=d.site,
                officer=d.officer,
                updated_at=self.now,
                finalized_at=d.finalized_at or self.now,
            )
        )

    def imported(self, uuid: str, detail: str) -> None:
        """The audit row of one assessment's revisions in this package (``AUDIT_COLUMNS`` order).

        The tuple is built here rather than through ``audit.audit_row``'s dict: one per assessment.
        """
        officer, device = self.who
        self.audit.add((uuid, None, "imported", None, None, None, None, detail, self.now, officer, device))

    def full(self) -> bool:
        return len(self.received_rows.rows) >= BATCH

    def write(self) -> None:
        """Send what is queued (heads before revisions and links: foreign keys; audit last)."""
        queues = (self.heads, self.revisions, self.links, self.paradata, self.conflicts, self.received_rows, self.audit)
        for queue in queues:
            queue.write()

    def record_package(self, counts: dict[str, int]) -> None:
        """The import itself (a re-import of the same file is recognised by its sha256)."""
        if counts["new"] or counts["updated"]:
            mark_stale(self.conn)  # the quality flags are recomputed when next read (store/flag_rows.py)
        p = self.package
        self.conn.execute(
            insert(SYNC_PACKAGES).values(
                package_id=p.package_id,
                file_sha256=p.file_sha256,
                file_name=p.file_name[:300],
                device_id=p.device_id,
                officer=p.officer,
                created_at=p.created_at,
                app_version=p.app_version,
                format_version=p.format_version,
                imported_at=self.now,
                new_count=counts["new"],
                updated_count=counts["updated"],
                unchanged_count=counts["unchanged"],
                conflict_count=counts["conflicts"],
            )
        )
