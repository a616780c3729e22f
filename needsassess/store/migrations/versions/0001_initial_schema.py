"""The first schema: assessments, finalized revisions, attachments, form definitions, audit, reviews,
settings.

Revision ID: 0001
Revises:
Create Date: 2026-05-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_UUID, _HASH, _TIME = 36, 64, 27


def _assessments() -> None:
    op.create_table(
        "assessments",
        sa.Column("uuid", sa.String(_UUID), primary_key=True),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.String(50), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(_HASH), nullable=True),
        sa.Column("parent_hash", sa.String(_HASH), nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("title_lc", sa.String(300), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("created_at", sa.String(_TIME), nullable=False),
        sa.Column("updated_at", sa.String(_TIME), nullable=False),
        sa.Column("finalized_at", sa.String(_TIME), nullable=True),
        sa.Column("origin_device", sa.String(64), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),  # last: list queries never read it
    )
    op.create_index("ix_assessments_updated", "assessments", ["updated_at", "status", "title_lc"])
    op.create_index("ix_assessments_status_updated", "assessments", ["status", "updated_at"])
    op.create_index("ix_assessments_form_updated", "assessments", ["form_id", "updated_at"])
    op.create_index("ix_assessments_site", "assessments", ["site"])
    op.create_index("ix_assessments_officer", "assessments", ["officer"])
    op.create_index("ix_assessments_created", "assessments", ["created_at"])
    op.create_index("ix_assessments_title", "assessments", ["title"])


def _revisions() -> None:
    op.create_table(
        "revisions",
        sa.Column("uuid", sa.String(_UUID), sa.ForeignKey("assessments.uuid"), primary_key=True),
        sa.Column("revision", sa.Integer(), primary_key=True),
        sa.Column("form_id", sa.String(100), nullable=False),
        sa.Column("form_version", sa.String(50), nullable=False),
        sa.Column("content_hash", sa.String(_HASH), nullable=False),
        sa.Column("parent_hash", sa.String(_HASH), nullable=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("site", sa.String(200), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("finalized_at", sa.String(_TIME), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
    )
    op.create_index("ix_revisions_hash", "revisions", ["content_hash"])


def _attachments() -> None:
    op.create_table(
        "attachments",
        sa.Column("sha256", sa.String(_HASH), primary_key=True),
        sa.Column("media_type", sa.String(50), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(_TIME), nullable=False),
    )
    op.create_table(
        "assessment_attachments",
        sa.Column("uuid", sa.String(_UUID), sa.ForeignKey("assessments.uuid"), primary_key=True),
        sa.Column("revision", sa.Integer(), primary_key=True),
        sa.Column("sha256", sa.String(_HASH), sa.ForeignKey("attachments.sha256"), primary_key=True),
    )
    op.create_index("ix_assessment_attachments_sha", "assessment_attachments", ["sha256"])


def _others() -> None:
    op.create_table(
        "form_definitions",
        sa.Column("form_id", sa.String(100), primary_key=True),
        sa.Column("version", sa.String(50), primary_key=True),
        sa.Column("yaml_text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(_HASH), nullable=False),
        sa.Column("stored_at", sa.String(_TIME), nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(_UUID), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.Column("event", sa.String(20), nullable=False),
        sa.Column("question", sa.String(200), nullable=True),
        sa.Column("instance", sa.JSON(), nullable=True),
        sa.Column("old_value", sa.JSON(), nullable=True),
        sa.Column("new_value", sa.JSON(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("at", sa.String(_TIME), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("device", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_uuid", "audit_events", ["uuid", "id"])
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("uuid", sa.String(_UUID), sa.ForeignKey("assessments.uuid"), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(30), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("at", sa.String(_TIME), nullable=False),
    )
    op.create_index("ix_reviews_uuid", "reviews", ["uuid", "id"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )


def upgrade() -> None:
    _assessments()
    _revisions()
    _attachments()
    _others()


def downgrade() -> None:
    for table in (
        "settings",
        "reviews",
        "audit_events",
        "form_definitions",
        "assessment_attachments",
        "attachments",
        "revisions",
        "assessments",
    ):
        op.drop_table(table)
