"""The sync ledger: packages imported, revisions received and exported, latest reviews.

Rows of ``store.sync_models`` read and written for ``needsassess.sync`` (export, import, the
coordinator's review) and for the tables for analysts. Each function runs on the caller's
transaction (``store.read`` / ``store.write``) and returns records, never database rows.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select, tuple_
from sqlalchemy.engine import Connection

from needsassess.store.audit import audit_row, write_audit
from needsassess.store.models import ASSESSMENTS, ATTACHMENTS, AUDIT, REVIEWS, REVISIONS
from needsassess.store.paradata import ParadataEvent, events_of
from needsassess.store.records import AttachmentInfo
from needsassess.store.sync_models import SYNC_EXPORTS, SYNC_PACKAGES, SYNC_RECEIVED

_CHUNK = 500
_R = REVISIONS.c


@dataclass(frozen=True)
class PackageRecord:
    package_id: str
    file_name: str
    device_id: str
    officer: str
    created_at: str
    imported_at: str
    new: int
    updated: int
    unchanged: int
    conflicts: int

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts


@dataclass(frozen=True)
class RevisionRecord:
    """A finalized revision as kept in the history (``document``: its answers)."""

    uuid: str
    revision: int
    form_id: str
    form_version: str
    content_hash: str
    parent_hash: str | None
    title: str
    site: str
    officer: str
    finalized_at: str
    device: str
    document: dict[str, Any]


def _package(r: Any) -> PackageRecord:
    return PackageRecord(
        r.package_id, r.file_name, r.device_id, r.officer, r.created_at, r.imported_at,
        r.new_count, r.updated_count, r.unchanged_count, r.conflict_count,
    )  # fmt: skip


def packages(conn: Connection) -> list[PackageRecord]:
    """Every import, newest first."""
    return [_package(r) for r in conn.execute(select(SYNC_PACKAGES).order_by(SYNC_PACKAGES.c.id.desc()))]


def package_of_file(conn: Connection, file_sha256: str) -> PackageRecord | None:
    """The import of the file with that sha256, None when it was never imported."""
    row = conn.execute(select(SYNC_PACKAGES).where(SYNC_PACKAGES.c.file_sha256 == file_sha256)).first()
    return None if row is None else _package(row)


def uuids_received(
    conn: Connection,
    package_id: str | None = None,
    device_id: str | None = None,
    officer: str | None = None,
    since: str | None = None,
) -> set[str]:
    """Assessments that came in packages matching every given filter (times as stored, UTC ISO)."""
    stmt = select(SYNC_RECEIVED.c.uuid).distinct()
    if package_id:
        stmt = stmt.where(SYNC_RECEIVED.c.package_id == package_id)
    if device_id:
        stmt = stmt.where(SYNC_RECEIVED.c.device_id == device_id)
    if officer:
        stmt = stmt.where(SYNC_RECEIVED.c.officer == officer)
    if since:
        stmt = stmt.where(SYNC_RECEIVED.c.received_at >= since)
    return set(conn.execute(stmt).scalars())


def review_states(conn: Connection, uuids: Sequence[str] | None) -> dict[str, tuple[str, str]]:
    """(state, comment) of the latest review of each uuid that has one (``None``: of every uuid)."""
    stmt = select(REVIEWS.c.uuid, REVIEWS.c.status, REVIEWS.c.comment).order_by(REVIEWS.c.id)
    states: dict[str, tuple[str, str]] = {}
    if uuids is None:
        for row in conn.execute(stmt):
            states[row.uuid] = (row.status, row.comment)  # later reviews replace earlier ones
        return states
    for start in range(0, len(uuids), _CHUNK):
        for row in conn.execute(stmt.where(REVIEWS.c.uuid.in_(uuids[start : start + _CHUNK]))):
            states[row.uuid] = (row.status, row.comment)
    return states


def revision_keys(conn: Connection, uuids: Sequence[str] | None, include_all: bool) -> list[tuple[str, int]]:
    """(uuid, revision) keys of finalized revisions to export, sorted.

    ``uuids``: those assessments; ``include_all``: every revision; neither: those not yet exported.
    Sorted here, not by the database: a PostgreSQL collation may order uuids otherwise, and the
    package's documents must come in Python's (byte) order.
    """
    keys = select(_R.uuid, _R.revision).order_by(_R.uuid, _R.revision)
    if uuids is not None:
        wanted = sorted(set(uuids))
        found: list[tuple[str, int]] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            found.extend((r.uuid, r.revision) for r in conn.execute(keys.where(_R.uuid.in_(chunk))))
        return sorted(found)
    rows = sorted((r.uuid, r.revision) for r in conn.execute(keys))
    if include_all:
        return rows
    done = {(r.uuid, r.revision) for r in conn.execute(select(SYNC_EXPORTS.c.uuid, SYNC_EXPORTS.c.revision))}
    return [key for key in rows if key not in done]


def revisions(conn: Connection, keys: list[tuple[str, int]]) -> Iterator[RevisionRecord]:
    """The revisions of ``keys`` (sorted), a slice at a time."""
    for start in range(0, len(keys), _CHUNK):
        chunk = keys[start : start + _CHUNK]
        stmt = select(REVISIONS).where(tuple_(_R.uuid, _R.revision).in_(chunk))
        for r in sorted(conn.execute(stmt), key=lambda r: (r.uuid, r.revision)):
            yield RevisionRecord(**r._asdict())


def attachment_infos(conn: Connection) -> dict[str, AttachmentInfo]:
    """Every stored photo's media type and size, by sha256."""
    stmt = select(ATTACHMENTS.c.sha256, ATTACHMENTS.c.media_type, ATTACHMENTS.c.size)
    return {sha: AttachmentInfo(sha, media, size) for sha, media, size in conn.execute(stmt)}


def created_times(conn: Connection) -> dict[str, str]:
    """When each assessment was created, by uuid."""
    return {r.uuid: r.created_at for r in conn.execute(select(ASSESSMENTS.c.uuid, ASSESSMENTS.c.created_at))}


def any_exported(conn: Connection) -> bool:
    """Whether this folder has ever written a package (and so signed one with its device key)."""
    return conn.execute(select(SYNC_EXPORTS.c.uuid).limit(1)).first() is not None


def mark_exported(
    conn: Connection,
    keys: Sequence[tuple[str, int]],
    hashes: Sequence[str],
    package_id: str,
    path: str,
    now: str,
    who: tuple[str, str],
) -> None:
    """Record the revisions written into a complete package, with one audit row each."""
    rows = [
        {"uuid": u, "revision": r, "package_id": package_id, "content_hash": digest, "exported_at": now, "path": path}
        for (u, r), digest in zip(keys, hashes, strict=True)
    ]
    for start in range(0, len(rows), 2000):
        conn.execute(insert(SYNC_EXPORTS), rows[start : start + 2000])
    write_audit(conn, [audit_row("exported", u, r, now, who, detail=f"package {package_id}") for u, r in keys])


def paradata_of(conn: Connection, keys: list[tuple[str, int]]) -> dict[tuple[str, int], list[ParadataEvent]]:
    """The paradata events of each revision in ``keys`` that has any (export carries them)."""
    return events_of(conn, keys)


_EDIT_EVENTS = ("created", "answer_changed", "finalized")


def edit_times(conn: Connection) -> dict[str, list[str]]:
    """When the officer entered each assessment made here: the times of its first revision's edits.

    Paradata for the "too fast" quality flag. Only this folder's own audit has them, so assessments
    imported from packages have none and are never judged on speed.
    """
    stmt = (
        select(AUDIT.c.uuid, AUDIT.c.at)
        .where(AUDIT.c.event.in_(_EDIT_EVENTS), AUDIT.c.revision == 1, AUDIT.c.uuid.is_not(None))
        .order_by(AUDIT.c.id)
    )
    times: dict[str, list[str]] = {}
    for row in conn.execute(stmt):
        times.setdefault(row.uuid, []).append(row.at)
    return times
