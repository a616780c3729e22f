"""Revoked officer keys: a lost or stolen device's key, whose packages are refused from then on.

On the ``crypto`` line, after ``0201``. A revocation is final, so the row is never deleted by the
app; the key's enrolment row goes when it is revoked.

Revision ID: 0202
Revises: 0201
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0202"
down_revision: str | None = "0201"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FP, _TIME = 40, 27


def upgrade() -> None:
    op.create_table(
        "crypto_revoked",
        sa.Column("fingerprint", sa.String(_FP), primary_key=True),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("revoked_at", sa.String(_TIME), nullable=False),
        sa.Column("revoked_by", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("crypto_revoked")
