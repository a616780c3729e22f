"""Package sync bookkeeping: imports, revisions received, conflicts and forks, exports.

A branch of its own (label ``sync``) on top of the first schema, so it does not depend on the order
in which the store's own migrations are added; the store upgrades to every head.

Revision ID: 0101
Revises: 0001
Create Date: 2026-05-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0101"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("sync",)
depends_on: str | Sequence[str] | None = None

_UUID, _HASH, _TIME = 36, 64, 27


def upgrade() -> None:
    op.create_table(
        "sync_packages",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("package_id", sa.String(_UUID), nullable=False),
        sa.Column("file_sha256", sa.String(_HASH), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(64), nullable=False),
        sa.Column("app_version", sa.String(64), nullable=False),
        sa.Column("format_version", sa.String(16), nullable=False),
        sa.Column("imported_at", sa.String(_TIME), nullable=False),
        sa.Column("new_count", sa.Integer(), nullable=False),
        sa.Column("updated_count", sa.Integer(), nullable=False),
        sa.Column("unchanged_count", sa.Integer(), nullable=False),
        sa.Column("conflict_count", sa.Integer(), nullable=False),
    )
    op.create_index("ix_sync_packages_file", "sync_packages", ["file_sha256"])
    op.create_index("ix_sync_packages_id", "sync_packages", ["package_id"])
    op.create_table(
        "sync_received",
        sa.Column("package_id", sa.String(_UUID), primary_key=True),
        sa.Column("uuid", sa.String(_UUID), primary_key=True),
        sa.Column("revision", sa.Integer(), primary_key=True),
        sa.Column("content_hash", sa.String(_HASH), primary_key=True),
        sa.Column("outcome", sa.String(12), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("received_at", sa.String(_TIME), nullable=False),
    )
    op.create_index("ix_sync_received_uuid", "sync_received", ["uuid"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(_UUID), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(12), nullable=False),
        sa.Column("content_hash", sa.String(_HASH), nullable=False),
        sa.Column("parent_hash", sa.String(_HASH), nullable=True),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.String(50), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("finalized_at", sa.String(64), nullable=False),
        sa.Column("package_id", sa.String(_UUID), nullable=False),
        sa.Column("received_at", sa.String(_TIME), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("chosen_hash", sa.String(_HASH), nullable=True),
        sa.Column("resolved_at", sa.String(_TIME), nullable=True),
        sa.Column("resolved_by", sa.String(200), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.UniqueConstraint("uuid", "content_hash"),
    )
    op.create_index("ix_sync_conflicts_status", "sync_conflicts", ["status"])
    op.create_table(
        "sync_exports",
        sa.Column("uuid", sa.String(_UUID), primary_key=True),
        sa.Column("revision", sa.Integer(), primary_key=True),
        sa.Column("package_id", sa.String(_UUID), primary_key=True),
        sa.Column("content_hash", sa.String(_HASH), nullable=False),
        sa.Column("exported_at", sa.String(_TIME), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    for table in ("sync_exports", "sync_conflicts", "sync_received", "sync_packages"):
        op.drop_table(table)
