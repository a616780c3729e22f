"""Slimmer heads: a complete assessment's head refers to its revision's document instead of a copy.

``assessments.answers`` becomes nullable; NULL means "the document of the revision this head
shows" (``revisions.document`` of the same uuid and revision), which the store reads through an
outer join. Every complete head whose content hash is its revision's loses its copy here (a head
that shows another version, chosen when a conflict was resolved, keeps its own). Two indexes no
query uses are dropped: ``ix_revisions_hash`` and ``ix_sync_received_uuid``. An import then writes
each document once and maintains two indexes fewer (docs/benchmarks.md).

It joins the three lines (store ``0002``, sync ``0102``, crypto ``0202``): it changes tables of the
first two.

Revision ID: 0301
Revises: 0002, 0102, 0202
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0301"
down_revision: str | Sequence[str] | None = ("0002", "0102", "0202")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SAME_AS_REVISION = """
    status = 'complete' AND EXISTS (
        SELECT 1 FROM revisions r
        WHERE r.uuid = assessments.uuid AND r.revision = assessments.revision
          AND r.content_hash = assessments.content_hash)
"""


def upgrade() -> None:
    with op.batch_alter_table("assessments") as batch:
        batch.alter_column("answers", existing_type=sa.JSON(), nullable=True)
    op.execute(f"UPDATE assessments SET answers = NULL WHERE {_SAME_AS_REVISION}")
    op.drop_index("ix_revisions_hash", table_name="revisions")
    op.drop_index("ix_sync_received_uuid", table_name="sync_received")


def downgrade() -> None:
    op.create_index("ix_sync_received_uuid", "sync_received", ["uuid"])
    op.create_index("ix_revisions_hash", "revisions", ["content_hash"])
    op.execute(
        "UPDATE assessments SET answers = (SELECT r.document FROM revisions r "
        "WHERE r.uuid = assessments.uuid AND r.revision = assessments.revision) WHERE answers IS NULL"
    )
    with op.batch_alter_table("assessments") as batch:
        batch.alter_column("answers", existing_type=sa.JSON(), nullable=False)
