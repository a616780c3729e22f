"""Indexes for the list's "received in an import" filter (``ListQuery.received``).

The filter selects the uuids of ``sync_received`` rows by officer, device and/or receipt time
(``package_id`` already leads the primary key); these covering indexes let the database read just
the matching entries instead of every received row. On the ``sync`` line, after ``0101``.

Revision ID: 0102
Revises: 0101
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0102"
down_revision: str | None = "0101"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# name -> columns; the same indexes are declared beside the query (needsassess/store/queries.py)
INDEXES = {
    "ix_sync_received_at": ["received_at", "uuid"],
    "ix_sync_received_officer": ["officer", "received_at", "uuid"],
    "ix_sync_received_device": ["device_id", "received_at", "uuid"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "sync_received", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="sync_received")
