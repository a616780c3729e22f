"""Applying merge decisions inside the import transaction, in bulk.

Revisions arrive sorted by (uuid, revision); each assessment's revisions are decided together. What
the store holds is loaded a slice of uuids at a time, and the rows go to the store's bulk writer
(``store.imports.ImportRows``) in batches, so memory does not grow with the package.
"""

from __future__ import annotations

from collections.abc import Callable

from needsassess.store import Transaction
from needsassess.store.imports import HELD_SLICE, HeldRows, ImportRows, PackageInfo
from needsassess.sync import package_format as fmt
from needsassess.sync.documents import RevisionDocument
from needsassess.sync.merge import QUARANTINED, Action, Held, Incoming, Link, apply, decide

_COUNT = {
    Action.NEW: "new",
    Action.FAST_FORWARD: "updated",
    Action.HISTORY: "updated",
    Action.UNCHANGED: "unchanged",
    Action.CONFLICT: "conflicts",
    Action.FORK: "conflicts",
}
_STORED = (Action.NEW, Action.FAST_FORWARD, Action.HISTORY)
_VALUE = {action: action.value for action in Action}  # read twice per revision: an Enum's .value is a property


def _held(rows: HeldRows) -> Held:
    main = {revision: Link(digest, parent) for revision, (digest, parent) in rows.main.items()}
    return Held(main, rows.quarantined, rows.draft_revision)


class MergeWriter:
    """Decides and writes the revisions of one package within the caller's transaction.

    ``merge`` must be called in (uuid, revision) order, as the package stores them. Documents wait
    in ``pending`` until a slice of HELD_SLICE assessments is complete; then what the store holds
    for those is loaded (and on a hub locked) in one go, each revision decided, and rows queued.
    """

    def __init__(self, conn: Transaction, manifest: fmt.Manifest, file_name: str, file_sha: str) -> None:
        m = manifest
        self.manifest = manifest
        self.rows = ImportRows(
            conn,
            PackageInfo(
                m.package_id, file_sha, file_name, m.device_id, m.officer, m.created_at, m.app_version,
                m.format_version,
            ),
        )  # fmt: skip
        self.pending: list[RevisionDocument] = []
        self.pending_uuids = 0
        self.existing: set[str] = set()
        self.held: dict[str, Held] = {}
        self.counts = {"new": 0, "updated": 0, "unchanged": 0, "conflicts": 0}
        self.group: list[tuple[RevisionDocument, Action]] = []

    def merge(self, doc: RevisionDocument) -> None:
        """Take one checked revision; decided with the rest of its slice."""
        new_uuid = not self.pending or self.pending[-1].uuid != doc.uuid
        if new_uuid and self.pending_uuids >= HELD_SLICE:
            self._decide_pending()
        self.pending_uuids += new_uuid
        self.pending.append(doc)

    def _decide_pending(self) -> None:
        uuids = sorted({doc.uuid for doc in self.pending})
        held, self.existing = self.rows.held(uuids)
        self.held = {uuid: _held(rows) for uuid, rows in held.items()}
        for doc in self.pending:
            if self.group and self.group[0][0].uuid != doc.uuid:
                self._flush_group()
            incoming = Incoming(doc.uuid, doc.revision, doc.content_hash, doc.parent_hash)
            known = self.held.get(doc.uuid)
            action = decide(known, incoming)
            if known is None:
                known = self.held[doc.uuid] = Held()
            apply(known, incoming, action)
            self.counts[_COUNT[action]] += 1
            self.group.append((doc, action))
        if self.group:
            self._flush_group()
        self.pending, self.pending_uuids = [], 0

    def _flush_group(self) -> None:
        uuid = self.group[0][0].uuid
        head: RevisionDocument | None = None
        rows = self.rows
        for doc, action in self.group:
            rows.received(doc, _VALUE[action])
            if action in QUARANTINED:
                rows.quarantine(doc, _VALUE[action])
            elif action in _STORED:
                rows.revision(doc)
                if action is not Action.HISTORY and (head is None or doc.revision > head.revision):
                    head = doc
        outcomes = ", ".join([f"r{d.revision} {_VALUE[a]}" for d, a in self.group])
        rows.imported(uuid, f"package {self.manifest.package_id}: {outcomes}")
        if head is not None:
            if uuid not in self.existing:
                rows.new_head(head)
                self.existing.add(uuid)
            else:
                rows.move_head(head)
        self.group = []
        if rows.full():
            rows.write()

    def finish(self, place_photos: Callable[[], None]) -> dict[str, int]:
        """Write what is pending, move the photos into place, record the import; returns the counts."""
        if self.pending:
            self._decide_pending()
        self.rows.write()
        place_photos()
        self.rows.record_package(self.counts)
        return dict(self.counts)
