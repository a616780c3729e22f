"""Applying merge decisions inside the import transaction, in bulk.

Revisions arrive sorted by (uuid, revision); each assessment's revisions are decided together. What
the store holds is loaded a slice of uuids at a time, and rows go to the database in batches, so
memory does not grow with the package. Rows are plain
tuples sent with the driver's ``executemany`` through statements compiled once by SQLAlchemy Core
(``_Insert``): per-row parameter processing was most of the cost of an import. The answers go in
as the canonical JSON text the content hash was computed over, serialised once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.engine import Connection

from needsassess.store import AssessmentStore
from needsassess.store.audit import audit_row
from needsassess.store.locking import ConcurrentChange, is_postgresql, lock_assessments
from needsassess.store.models import ASSESSMENTS, AUDIT, LINKS, REVISIONS
from needsassess.store.records import DRAFT
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_PACKAGES, SYNC_RECEIVED
from needsassess.sync import package_format as fmt
from needsassess.sync.documents import RevisionDocument
from needsassess.sync.merge import QUARANTINED, Action, Held, Incoming, Link, apply, decide
from needsassess.timefmt import utc_now

BATCH = 1000
HELD_SLICE = 500
_COUNT = {
    Action.NEW: "new",
    Action.FAST_FORWARD: "updated",
    Action.HISTORY: "updated",
    Action.UNCHANGED: "unchanged",
    Action.CONFLICT: "conflicts",
    Action.FORK: "conflicts",
}
_STORED = (Action.NEW, Action.FAST_FORWARD, Action.HISTORY)
_AUDIT_COLUMNS = (
    "uuid", "revision", "event", "question", "instance", "old_value", "new_value", "detail", "at", "officer",
    "device",
)  # fmt: skip


class _Insert:
    """An INSERT compiled once; rows are tuples in ``columns`` order (the table's order).

    Each column keeps the bind processing Core would apply (JSON columns serialise), except those in
    ``raw_json``, which receive JSON text already serialised.
    """

    def __init__(
        self,
        conn: Connection,
        table: Table,
        columns: Sequence[str],
        raw_json: frozenset[str],
        on_conflict: str | None = None,
    ) -> None:
        compiled = insert(table).compile(dialect=_positional(conn), column_keys=list(columns))
        if compiled.positiontup != list(columns):  # a new column with a default, or another order
            raise RuntimeError(f"the bulk insert into {table.name} does not match its table")
        self.conn, self.sql, self.rows = conn, str(compiled), list[tuple[Any, ...]]()
        # ``ignore``: rows already present are skipped. ``new``: rows no other writer may have added
        # meanwhile (heads of new assessments): on PostgreSQL a skipped row means another
        # coordinator created it first, and the import runs again (store.locking).
        self.on_conflict = on_conflict
        if on_conflict is not None and (on_conflict == "ignore" or conn.dialect.name == "postgresql"):
            self.sql += " ON CONFLICT DO NOTHING"
        # (index, processor, what it makes of None: computed once, audit rows are mostly None).
        self.processors: list[tuple[int, Callable[[Any], Any], Any]] = []
        for index, name in enumerate(columns):
            process = None if name in raw_json else table.c[name].type.bind_processor(conn.dialect)
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


def _positional(conn: Connection) -> Any:
    """The dialect to compile with: rows are tuples, so PostgreSQL gets psycopg's ``%s`` style."""
    if conn.dialect.name != "postgresql":
        return conn.dialect
    from sqlalchemy.dialects.postgresql.psycopg import dialect

    return dialect(paramstyle="format")  # type: ignore[no-untyped-call]  # SQLAlchemy's dialects are untyped


def load_held(conn: Connection, uuids: list[str], existing: set[str]) -> dict[str, Held]:
    """What the store holds for ``uuids``: main lines, quarantined hashes, local drafts.

    ``existing`` receives the uuids that have a head row (even a discarded draft).
    """
    held: dict[str, Held] = {}
    for start in range(0, len(uuids), HELD_SLICE):
        chunk = uuids[start : start + HELD_SLICE]
        for r in conn.execute(
            select(ASSESSMENTS.c.uuid, ASSESSMENTS.c.status, ASSESSMENTS.c.revision).where(
                ASSESSMENTS.c.uuid.in_(chunk)
            )
        ):
            existing.add(r.uuid)
            held.setdefault(r.uuid, Held()).draft_revision = r.revision if r.status == DRAFT else None
        for rev in conn.execute(
            select(
                REVISIONS.c.uuid, REVISIONS.c.revision, REVISIONS.c.content_hash, REVISIONS.c.parent_hash
            ).where(REVISIONS.c.uuid.in_(chunk))
        ):
            held.setdefault(rev.uuid, Held()).main[rev.revision] = Link(rev.content_hash, rev.parent_hash)
        for quarantined in conn.execute(
            select(SYNC_CONFLICTS.c.uuid, SYNC_CONFLICTS.c.content_hash).where(
                SYNC_CONFLICTS.c.uuid.in_(chunk)
            )
        ):
            held.setdefault(quarantined.uuid, Held()).quarantined.add(quarantined.content_hash)
    return held


class MergeWriter:
    """Decides and writes the revisions of one package within the caller's transaction.

    ``merge`` must be called in (uuid, revision) order, as the package stores them. Documents wait
    in ``pending`` until a slice of HELD_SLICE assessments is complete; then what the store holds
    for those is loaded (and on a hub locked) in one go, each revision decided, and rows queued.
    """

    def __init__(
        self, store: AssessmentStore, conn: Connection, manifest: fmt.Manifest, file_name: str, file_sha: str
    ) -> None:
        self.store, self.conn, self.manifest = store, conn, manifest
        self.file_name, self.file_sha = file_name, file_sha
        self.now = utc_now()
        self.who = (manifest.officer, manifest.device_id)
        self.pending: list[RevisionDocument] = []
        self.pending_uuids = 0
        self.existing: set[str] = set()
        self.held: dict[str, Held] = {}
        self.counts = {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
        self.group: list[tuple[RevisionDocument, Action]] = []
        none: frozenset[str] = frozenset()
        # Heads before revisions and links (foreign keys), audit last: the order of ``_write_rows``.
        self.heads = _Insert(
            conn, ASSESSMENTS, [c.name for c in ASSESSMENTS.columns], frozenset({"answers"}), on_conflict="new"
        )
        self.revisions = _Insert(conn, REVISIONS, [c.name for c in REVISIONS.columns], frozenset({"document"}))
        self.links = _Insert(conn, LINKS, ["uuid", "revision", "sha256"], none)
        self.conflicts = _Insert(conn, SYNC_CONFLICTS, _CONFLICT_COLUMNS, frozenset({"document"}))
        self.received = _Insert(conn, SYNC_RECEIVED, [c.name for c in SYNC_RECEIVED.columns], none, "ignore")
        self.audit = _Insert(conn, AUDIT, _AUDIT_COLUMNS, none)

    def merge(self, doc: RevisionDocument) -> None:
        """Take one checked revision; decided with the rest of its slice."""
        new_uuid = not self.pending or self.pending[-1].uuid != doc.uuid
        if new_uuid and self.pending_uuids >= HELD_SLICE:
            self._decide_pending()
        self.pending_uuids += new_uuid
        self.pending.append(doc)

    def _decide_pending(self) -> None:
        uuids = sorted({doc.uuid for doc in self.pending})
        # On a PostgreSQL hub the heads stay locked until commit, so a concurrent import of the same
        # assessments waits its turn; every import locks in uuid order, slice after slice.
        if is_postgresql(self.conn):
            lock_assessments(self.conn, uuids)
        self.existing = set()
        self.held = load_held(self.conn, uuids, self.existing)
        for doc in self.pending:
            if self.group and self.group[0][0].uuid != doc.uuid:
                self._flush_group()
            incoming = Incoming(doc.uuid, doc.revision, doc.content_hash, doc.parent_hash)
            action = decide(self.held.get(doc.uuid), incoming)
            apply(self.held.setdefault(doc.uuid, Held()), incoming, action)
            self.counts[_COUNT[action]] += 1
            self.group.append((doc, action))
        if self.group:
            self._flush_group()
        self.pending, self.pending_uuids = [], 0

    def _flush_group(self) -> None:
        uuid = self.group[0][0].uuid
        was_new = uuid not in self.existing
        head: RevisionDocument | None = None
        m = self.manifest
        for doc, action in self.group:
            self.received.add(
                (m.package_id, uuid, doc.revision, doc.content_hash, action.value, m.device_id, m.officer, self.now)
            )
            if action in QUARANTINED:
                self.conflicts.add(self._conflict_row(doc, action))
            elif action in _STORED:
                self.revisions.add(self._revision_row(doc))
                for sha, _media, _size in doc.attachments:
                    self.links.add((uuid, doc.revision, sha))
                if action is not Action.HISTORY and (head is None or doc.revision > head.revision):
                    head = doc
        outcomes = ", ".join(f"r{d.revision} {a.value}" for d, a in self.group)
        row = audit_row(
            "imported", uuid, None, self.now, self.who, detail=f"package {m.package_id}: {outcomes}"
        )
        self.audit.add(tuple(row[name] for name in _AUDIT_COLUMNS))
        if head is not None:
            if was_new:
                self.heads.add(self._head_row(head))
                self.existing.add(uuid)
            else:
                self.conn.execute(
                    update(ASSESSMENTS).where(ASSESSMENTS.c.uuid == uuid).values(**self._head_values(head))
                )
        self.group = []
        if len(self.received.rows) >= BATCH:
            self._write_rows()

    def _head_values(self, doc: RevisionDocument) -> dict[str, Any]:
        """The head columns an update changes (a rare path: Core serialises the answers)."""
        return {
            "form_id": doc.form_id,
            "form_version": doc.form_version,
            "status": "complete",
            "revision": doc.revision,
            "answers": doc.answers,
            "content_hash": doc.content_hash,
            "parent_hash": doc.parent_hash,
            "title": doc.title,
            "title_lc": doc.title.lower(),
            "site": doc.site,
            "officer": doc.officer,
            "updated_at": self.now,
            "finalized_at": doc.finalized_at or self.now,
        }

    def _head_row(self, d: RevisionDocument) -> tuple[Any, ...]:
        """A new head, in the columns' order (ASSESSMENTS)."""
        now = self.now
        return (
            d.uuid, d.form_id, d.form_version, "complete", d.revision, d.content_hash, d.parent_hash,
            d.title, d.title.lower(), d.site, d.officer, d.created_at or now, now, d.finalized_at or now,
            d.device_id[:64], d.answers_json,
        )  # fmt: skip

    def _revision_row(self, d: RevisionDocument) -> tuple[Any, ...]:
        """In the columns' order (REVISIONS)."""
        return (
            d.uuid, d.revision, d.form_id, d.form_version, d.content_hash, d.parent_hash, d.title, d.site,
            d.officer, d.finalized_at or self.now, d.device_id[:64], d.answers_json,
        )  # fmt: skip

    def _conflict_row(self, d: RevisionDocument, action: Action) -> tuple[Any, ...]:
        """In the order of ``_CONFLICT_COLUMNS``."""
        return (
            d.uuid, d.revision, action.value, d.content_hash, d.parent_hash, d.form_id, d.form_version,
            d.answers_json, [list(a) for a in d.attachments], d.title, d.site, d.officer, d.device_id,
            d.finalized_at, self.manifest.package_id, self.now, "open",
        )  # fmt: skip

    def _write_rows(self) -> None:
        for table in (self.heads, self.revisions, self.links, self.conflicts, self.received, self.audit):
            table.write()

    def finish(self, place_photos: Callable[[], None]) -> dict[str, int]:
        """Write what is pending, move the photos into place, record the import; returns the counts."""
        if self.pending:
            self._decide_pending()
        self._write_rows()
        place_photos()
        m = self.manifest
        self.conn.execute(
            insert(SYNC_PACKAGES).values(
                package_id=m.package_id,
                file_sha256=self.file_sha,
                file_name=self.file_name[:300],
                device_id=m.device_id,
                officer=m.officer,
                created_at=m.created_at,
                app_version=m.app_version,
                format_version=m.format_version,
                imported_at=self.now,
                new_count=self.counts["new"],
                updated_count=self.counts["updated"],
                unchanged_count=self.counts["unchanged"],
                conflict_count=self.counts["conflicts"],
            )
        )
        return dict(self.counts)


_CONFLICT_COLUMNS = (
    "uuid", "revision", "kind", "content_hash", "parent_hash", "form_id", "form_version", "document",
    "attachments", "title", "site", "officer", "device_id", "finalized_at", "package_id", "received_at",
    "status",
)  # fmt: skip
