"""Paradata and stored quality flags.

- ``paradata_events``: the entry window's (and the CLI's) events of one revision of an assessment:
  opened, closed, page entered and left, question focused, answer changed, saved. Append-only: the
  store inserts and reads them, never updates or deletes them; packages carry them with their
  revision.
- ``quality_flags``: the quality flags of a complete revision as last computed (docs/quality.md),
  one row per flag, replaced whole when the flags are computed again.

Both tables are new, so every row already stored is untouched.

Revision ID: 0601_paradata_flags
Revises: 0501
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0601_paradata_flags"
down_revision: str | None = "0501"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UUID, _TIME = 36, 27


def upgrade() -> None:
    op.create_table(
        "paradata_events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(_UUID), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("at", sa.String(_TIME), nullable=False),
        sa.Column("event", sa.String(20), nullable=False),
        sa.Column("page", sa.String(200), nullable=True),
        sa.Column("question", sa.String(200), nullable=True),
    )
    op.create_index("ix_paradata_uuid", "paradata_events", ["uuid", "revision", "id"])
    op.create_table(
        "quality_flags",
        sa.Column("uuid", sa.String(_UUID), primary_key=True),
        sa.Column("revision", sa.Integer, primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("flag", sa.String(40), nullable=False),
        sa.Column("code", sa.String(20), nullable=False),
        sa.Column("question", sa.String(200), nullable=True),
        sa.Column("params", sa.JSON, nullable=False),
        sa.Column("computed_at", sa.String(_TIME), nullable=False),
    )
    op.create_index("ix_quality_flags_flag", "quality_flags", ["flag"])


def downgrade() -> None:
    op.drop_index("ix_quality_flags_flag", "quality_flags")
    op.drop_table("quality_flags")
    op.drop_index("ix_paradata_uuid", "paradata_events")
    op.drop_table("paradata_events")
