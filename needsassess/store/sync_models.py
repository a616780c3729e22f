"""Tables kept by package sync: imports done, revisions received, conflicts/forks, exports.

They sit beside the store's own tables (same metadata) and are created by the migration
``0101_sync_tables``. The officer's answers are never changed by these: a conflicting or forked
revision waits here, whole, until a coordinator chooses which version stands.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from needsassess.store.models import HASH_LEN, TIME_LEN, UUID_LEN, Base


class SyncPackage(Base):
    """One successful import of a package file (a re-import of the same file is recognised by hash)."""

    __tablename__ = "sync_packages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(UUID_LEN))
    file_sha256: Mapped[str] = mapped_column(String(HASH_LEN))
    file_name: Mapped[str] = mapped_column(String(300), default="")
    device_id: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(64), default="")
    app_version: Mapped[str] = mapped_column(String(64), default="")
    format_version: Mapped[str] = mapped_column(String(16), default="")
    imported_at: Mapped[str] = mapped_column(String(TIME_LEN))
    new_count: Mapped[int] = mapped_column(Integer, default=0)
    updated_count: Mapped[int] = mapped_column(Integer, default=0)
    unchanged_count: Mapped[int] = mapped_column(Integer, default=0)
    conflict_count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        Index("ix_sync_packages_file", "file_sha256"),
        Index("ix_sync_packages_id", "package_id"),
    )


class SyncReceived(Base):
    """Which revision came in which package, and what the merge did with it."""

    __tablename__ = "sync_received"

    package_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(HASH_LEN), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(12))  # new, updated, unchanged, conflict, fork
    device_id: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    received_at: Mapped[str] = mapped_column(String(TIME_LEN))

    __table_args__ = (
        # (ix_sync_received_uuid dropped by 0301: the filters select by the other fields.)
        # Migration 0102: they serve the coordinator's "imported" filters (queries.received_clause).
        Index("ix_sync_received_at", "received_at", "uuid"),
        Index("ix_sync_received_officer", "officer", "received_at", "uuid"),
        Index("ix_sync_received_device", "device_id", "received_at", "uuid"),
    )


class SyncConflict(Base):
    """A received revision that could not join the assessment's history: kept whole for review."""

    __tablename__ = "sync_conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LEN))
    revision: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))  # conflict (same revision) or fork (other branch)
    content_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    parent_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(50))
    document: Mapped[Any] = mapped_column(JSON)  # the revision document exactly as received
    attachments: Mapped[Any] = mapped_column(JSON)
    title: Mapped[str] = mapped_column(String(300), default="")
    site: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    device_id: Mapped[str] = mapped_column(String(200), default="")
    finalized_at: Mapped[str] = mapped_column(String(64), default="")
    package_id: Mapped[str] = mapped_column(String(UUID_LEN))
    received_at: Mapped[str] = mapped_column(String(TIME_LEN))
    status: Mapped[str] = mapped_column(String(12), default="open")  # open, resolved
    chosen_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    resolved_at: Mapped[str | None] = mapped_column(String(TIME_LEN))
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    comment: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (UniqueConstraint("uuid", "content_hash"), Index("ix_sync_conflicts_status", "status"))


class SyncExport(Base):
    """A revision written into a complete package file."""

    __tablename__ = "sync_exports"

    uuid: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    package_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    exported_at: Mapped[str] = mapped_column(String(TIME_LEN))
    path: Mapped[str] = mapped_column(Text, default="")


_TABLES = Base.metadata.tables
SYNC_PACKAGES = _TABLES["sync_packages"]
SYNC_RECEIVED = _TABLES["sync_received"]
SYNC_CONFLICTS = _TABLES["sync_conflicts"]
SYNC_EXPORTS = _TABLES["sync_exports"]
