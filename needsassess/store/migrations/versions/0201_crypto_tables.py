"""Signed packages: enrolled officer keys and packages held back until their signer is accepted.

A branch of its own (label ``crypto``) on top of the first schema, like sync's; the store upgrades
to every head.

Revision ID: 0201
Revises: 0001
Create Date: 2026-05-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0201"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = ("crypto",)
depends_on: str | Sequence[str] | None = None

_FP, _HASH, _TIME = 40, 64, 27


def upgrade() -> None:
    op.create_table(
        "crypto_keys",
        sa.Column("fingerprint", sa.String(_FP), primary_key=True),
        sa.Column("algorithm", sa.String(16), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("enrolled_at", sa.String(_TIME), nullable=False),
        sa.Column("enrolled_by", sa.String(200), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
    )
    op.create_table(
        "crypto_held",
        sa.Column("file_sha256", sa.String(_HASH), primary_key=True),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("package_id", sa.String(36), nullable=False),
        sa.Column("signer", sa.String(_FP), nullable=True),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("held_at", sa.String(_TIME), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("crypto_held")
    op.drop_table("crypto_keys")
