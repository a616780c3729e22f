"""Datasets: CSV lists that travel with forms (select_one_from_file, pulldata, instance lookups).

Each import of a list is a new version (name, version); its rows are kept in order. Self-contained:
two new tables, nothing else changed.

Revision ID: 0401
Revises: 0301
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0401"
down_revision: str | None = "0301"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "dataset_versions",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("columns", sa.JSON(), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("stored_at", sa.String(27), nullable=False),
    )
    op.create_table(
        "dataset_rows",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("version", sa.Integer(), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("cells", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["name", "version"], ["dataset_versions.name", "dataset_versions.version"],
                                ondelete="CASCADE"),
    )


def downgrade() -> None:
    op.drop_table("dataset_rows")
    op.drop_table("dataset_versions")
