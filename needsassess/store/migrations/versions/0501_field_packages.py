"""Field packages (coordinator -> officers): comments on a question, officers' encryption keys.

- ``reviews.question``: the question a comment is about (NULL: about the whole assessment). Old
  reviews keep NULL, so their meaning is unchanged.
- ``field_keys``: the X25519 public key an officer's device announced in its signed packages (or
  key file), per signing-key fingerprint, so ``send`` can encrypt returned assessments to it.

Revision ID: 0501
Revises: 0401
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0501"
down_revision: str | None = "0401"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FP, _TIME = 40, 27


def upgrade() -> None:
    # ADD COLUMN (nullable, no default) needs no table rebuild on SQLite.
    op.add_column("reviews", sa.Column("question", sa.String(200), nullable=True))
    op.create_table(
        "field_keys",
        sa.Column("fingerprint", sa.String(_FP), primary_key=True),
        sa.Column("encryption_key", sa.String(64), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("device_id", sa.String(200), nullable=False),
        sa.Column("updated_at", sa.String(_TIME), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("field_keys")
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("question")
