"""Tables kept by package sync: imports done, revisions received, conflicts/forks, exports.

They sit beside the store's own tables (same metadata) and are created by the migration
``0101_sync_tables``. The officer's answers are never changed by these: a conflicting or forked
revision waits here, whole, until a coordinator chooses which version stands.
"""

from __future__ import annotations

from sqlalchemy import JSON, Column, Index, Integer, String, Table, Text, UniqueConstraint

from needsassess.store.models import HASH_LEN, METADATA, TIME_LEN, UUID_LEN

# One successful import of a package file (a re-import of the same file is recognised by hash).
SYNC_PACKAGES = Table(
    "sync_packages",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("package_id", String(UUID_LEN), nullable=False),
    Column("file_sha256", String(HASH_LEN), nullable=False),
    Column("file_name", String(300), default="", nullable=False),
    Column("device_id", String(200), default="", nullable=False),
    Column("officer", String(200), default="", nullable=False),
    Column("created_at", String(64), default="", nullable=False),
    Column("app_version", String(64), default="", nullable=False),
    Column("format_version", String(16), default="", nullable=False),
    Column("imported_at", String(TIME_LEN), nullable=False),
    Column("new_count", Integer, default=0, nullable=False),
    Column("updated_count", Integer, default=0, nullable=False),
    Column("unchanged_count", Integer, default=0, nullable=False),
    Column("conflict_count", Integer, default=0, nullable=False),
    Index("ix_sync_packages_file", "file_sha256"),
    Index("ix_sync_packages_id", "package_id"),
)


# Which revision came in which package, and what the merge did with it.
SYNC_RECEIVED = Table(
    "sync_received",
    METADATA,
    Column("package_id", String(UUID_LEN), primary_key=True),
    Column("uuid", String(UUID_LEN), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("content_hash", String(HASH_LEN), primary_key=True),
    Column("outcome", String(12), nullable=False),  # new, updated, unchanged, conflict, fork
    Column("device_id", String(200), default="", nullable=False),
    Column("officer", String(200), default="", nullable=False),
    Column("received_at", String(TIME_LEN), nullable=False),
    # (ix_sync_received_uuid dropped by 0301: the filters select by the other fields.)
    # Migration 0102: they serve the coordinator's "imported" filters (queries.received_clause).
    Index("ix_sync_received_at", "received_at", "uuid"),
    Index("ix_sync_received_officer", "officer", "received_at", "uuid"),
    Index("ix_sync_received_device", "device_id", "received_at", "uuid"),
)


# A received revision that could not join the assessment's history: kept whole for review.
SYNC_CONFLICTS = Table(
    "sync_conflicts",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(UUID_LEN), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("kind", String(12), nullable=False),  # conflict (same revision) or fork (other branch)
    Column("content_hash", String(HASH_LEN), nullable=False),
    Column("parent_hash", String(HASH_LEN)),
    Column("form_id", String(100), nullable=False),
    Column("form_version", String(50), nullable=False),
    Column("document", JSON, nullable=False),  # the revision document exactly as received
    Column("attachments", JSON, nullable=False),
    Column("title", String(300), default="", nullable=False),
    Column("site", String(200), default="", nullable=False),
    Column("officer", String(200), default="", nullable=False),
    Column("device_id", String(200), default="", nullable=False),
    Column("finalized_at", String(64), default="", nullable=False),
    Column("package_id", String(UUID_LEN), nullable=False),
    Column("received_at", String(TIME_LEN), nullable=False),
    Column("status", String(12), default="open", nullable=False),  # open, resolved
    Column("chosen_hash", String(HASH_LEN)),
    Column("resolved_at", String(TIME_LEN)),
    Column("resolved_by", String(200)),
    Column("comment", Text),
    UniqueConstraint("uuid", "content_hash"),
    Index("ix_sync_conflicts_status", "status"),
)


# A revision written into a complete package file.
SYNC_EXPORTS = Table(
    "sync_exports",
    METADATA,
    Column("uuid", String(UUID_LEN), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("package_id", String(UUID_LEN), primary_key=True),
    Column("content_hash", String(HASH_LEN), nullable=False),
    Column("exported_at", String(TIME_LEN), nullable=False),
    Column("path", Text, default="", nullable=False),
)
