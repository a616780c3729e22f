"""Applying merge decisions inside the import transaction, in bulk (SQLAlchemy Core).

Revisions arrive sorted by (uuid, revision); each assessment's revisions are decided together and
written when the next assessment starts, so memory holds one assessment at a time and rows go to
the database in batches.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from needsassess.store import AssessmentStore
from needsassess.store.audit import audit_row
from needsassess.store.models import ASSESSMENTS, ATTACHMENTS, AUDIT, LINKS, REVISIONS
from needsassess.store.records import DRAFT
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_PACKAGES, SYNC_RECEIVED
from needsassess.store.timefmt import utc_now
from needsassess.sync import package_format as fmt
from needsassess.sync.documents import AnswerChecker, RevisionDocument, parse_document
from needsassess.sync.merge import QUARANTINED, Action, Held, Incoming, Link, apply, decide

BATCH = 1000
_COUNT = {
    Action.NEW: "new",
    Action.FAST_FORWARD: "updated",
    Action.HISTORY: "updated",
    Action.UNCHANGED: "unchanged",
    Action.CONFLICT: "conflicts",
    Action.FORK: "conflicts",
}


def load_held(conn: Connection, uuids: list[str], existing: set[str]) -> dict[str, Held]:
    """What the store holds for ``uuids``: main lines, quarantined hashes, local drafts.

    ``existing`` receives the uuids that have a head row (even a discarded draft).
    """
    held: dict[str, Held] = {}
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
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
    """Decides and writes the revisions of one package within the caller's transaction."""

    def __init__(
        self, store: AssessmentStore, conn: Connection, manifest: fmt.Manifest, file_name: str, file_sha: str
    ) -> None:
        self.store, self.conn, self.manifest = store, conn, manifest
        self.file_name, self.file_sha = file_name, file_sha
        self.now = utc_now()
        self.who = (manifest.officer, manifest.device_id)
        self.existing: set[str] = set()
        self.held = load_held(conn, sorted({a.uuid for a in manifest.assessments}), self.existing)
        self.counts = {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
        self.rows: dict[str, list[dict[str, Any]]] = {
            "revisions": [],
            "links": [],
            "conflicts": [],
            "received": [],
            "audit": [],
            "new_heads": [],
        }
        self.group: list[tuple[RevisionDocument, Action]] = []

    def begin(self, new_forms: Mapping[str, str], staged: Mapping[str, tuple[Path, str]]) -> None:
        """Store new form definitions and the rows of every photo of the package."""
        for member, text in sorted(new_forms.items()):
            self.store.forms.add_text(self.conn, text, member)
        present = set()
        wanted = sorted(staged)
        for start in range(0, len(wanted), 500):
            present |= set(
                self.conn.execute(
                    select(ATTACHMENTS.c.sha256).where(ATTACHMENTS.c.sha256.in_(wanted[start : start + 500]))
                ).scalars()
            )
        sizes = {
            m.name.rsplit("/", 1)[1]: m.size
            for m in self.manifest.members
            if m.name.startswith("attachments/")
        }
        rows = [
            {"sha256": sha, "media_type": media, "size": sizes[sha], "created_at": self.now}
            for sha, (_path, media) in staged.items()
            if sha not in present
        ]
        for start in range(0, len(rows), BATCH):
            self.conn.execute(insert(ATTACHMENTS), rows[start : start + BATCH])

    def merge(self, raw: Any, entry: fmt.AssessmentEntry, checker: AnswerChecker) -> None:
        """Check one revision document and decide what to do with it."""
        doc = parse_document(raw, entry, checker)
        if self.group and self.group[0][0].uuid != doc.uuid:
            self._flush_group()
        held = self.held.get(doc.uuid)
        incoming = Incoming(doc.uuid, doc.revision, doc.content_hash, doc.parent_hash)
        action = decide(held, incoming)
        apply(self.held.setdefault(doc.uuid, Held()), incoming, action)
        self.counts[_COUNT[action]] += 1
        self.group.append((doc, action))

    def _flush_group(self) -> None:
        was_new = self.group[0][0].uuid not in self.existing
        head: RevisionDocument | None = None
        for doc, action in self.group:
            self.rows["received"].append(
                {
                    "package_id": self.manifest.package_id,
                    "uuid": doc.uuid,
                    "revision": doc.revision,
                    "content_hash": doc.content_hash,
                    "outcome": action.value,
                    "device_id": self.manifest.device_id,
                    "officer": self.manifest.officer,
                    "received_at": self.now,
                }
            )
            if action in QUARANTINED:
                self.rows["conflicts"].append(self._conflict_row(doc, action))
            elif action in (Action.NEW, Action.FAST_FORWARD, Action.HISTORY):
                self.rows["revisions"].append(self._revision_row(doc))
                self.rows["links"].extend(
                    {"uuid": doc.uuid, "revision": doc.revision, "sha256": a[0]} for a in doc.attachments
                )
                if action is not Action.HISTORY and (head is None or doc.revision > head.revision):
                    head = doc
        outcomes = ", ".join(f"r{d.revision} {a.value}" for d, a in self.group)
        self.rows["audit"].append(
            audit_row(
                "imported",
                self.group[0][0].uuid,
                None,
                self.now,
                self.who,
                detail=f"package {self.manifest.package_id}: {outcomes}",
            )
        )
        if head is not None:
            if was_new:
                self.rows["new_heads"].append(self._head_row(head, created=True))
            else:
                self.conn.execute(
                    update(ASSESSMENTS)
                    .where(ASSESSMENTS.c.uuid == head.uuid)
                    .values(**self._head_row(head, created=False))
                )
        self.group = []
        if len(self.rows["received"]) >= BATCH:
            self._write_rows()

    def _head_row(self, doc: RevisionDocument, created: bool) -> dict[str, Any]:
        row: dict[str, Any] = {
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
        if created:
            row.update(uuid=doc.uuid, created_at=doc.created_at or self.now, origin_device=doc.device_id[:64])
        return row

    def _revision_row(self, doc: RevisionDocument) -> dict[str, Any]:
        return {
            "uuid": doc.uuid,
            "revision": doc.revision,
            "form_id": doc.form_id,
            "form_version": doc.form_version,
            "document": doc.answers,
            "content_hash": doc.content_hash,
            "parent_hash": doc.parent_hash,
            "title": doc.title,
            "site": doc.site,
            "officer": doc.officer,
            "finalized_at": doc.finalized_at or self.now,
            "device": doc.device_id[:64],
        }

    def _conflict_row(self, doc: RevisionDocument, action: Action) -> dict[str, Any]:
        return {
            "uuid": doc.uuid,
            "revision": doc.revision,
            "kind": action.value,
            "content_hash": doc.content_hash,
            "parent_hash": doc.parent_hash,
            "form_id": doc.form_id,
            "form_version": doc.form_version,
            "document": doc.answers,
            "attachments": [list(a) for a in doc.attachments],
            "title": doc.title,
            "site": doc.site,
            "officer": doc.officer,
            "device_id": doc.device_id,
            "finalized_at": doc.finalized_at,
            "package_id": self.manifest.package_id,
            "received_at": self.now,
            "status": "open",
        }

    def _write_rows(self) -> None:
        # Heads before revisions and links (foreign keys), audit last.
        for key, table in (
            ("new_heads", ASSESSMENTS),
            ("revisions", REVISIONS),
            ("links", LINKS),
            ("conflicts", SYNC_CONFLICTS),
            ("received", SYNC_RECEIVED),
            ("audit", AUDIT),
        ):
            if self.rows[key]:
                self.conn.execute(insert(table), self.rows[key])
                self.rows[key] = []

    def finish(self, staged: Mapping[str, tuple[Path, str]]) -> dict[str, int]:
        """Write what is pending, move the photos into place, record the import; returns the counts."""
        if self.group:
            self._flush_group()
        self._write_rows()
        for sha, (path, _media) in staged.items():
            if path.exists():
                target = self.store.attachment_path(sha)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(path, target)
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
