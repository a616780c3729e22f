"""The tables of the store (SQLAlchemy Core tables).

Portable types only (String, Integer, JSON, Text), so a coordinators' hub can run the same schema on
PostgreSQL. Times are ISO-8601 UTC strings (``2026-03-01T08:15:00.000000Z``): they sort as text and
travel unchanged in packages. The schema itself is created and changed only by the Alembic
migrations in ``migrations/versions``; these models must match the latest migration.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

UUID_LEN = 36
HASH_LEN = 64
TIME_LEN = 27


# Every table of the store, with the migrations' names (Alembic compares them with the database).
METADATA = MetaData()


# The head of one assessment: its current revision (a draft, complete, or discarded).
ASSESSMENTS = Table(
    "assessments",
    METADATA,
    Column("uuid", String(UUID_LEN), primary_key=True),
    Column("form_id", String(100), nullable=False),
    Column("form_version", String(50), nullable=False),
    Column("status", String(12), nullable=False),  # draft, complete, discarded
    Column("revision", Integer, nullable=False),
    Column("content_hash", String(HASH_LEN)),  # set when complete
    Column("parent_hash", String(HASH_LEN)),  # the revision reopened from
    Column("title", String(300), default="", nullable=False),
    Column("title_lc", String(300), default="", nullable=False),  # lowercased for text search
    Column("site", String(200), default="", nullable=False),
    Column("officer", String(200), default="", nullable=False),
    Column("created_at", String(TIME_LEN), nullable=False),
    Column("updated_at", String(TIME_LEN), nullable=False),
    Column("finalized_at", String(TIME_LEN)),
    Column("origin_device", String(64), nullable=False),
    # Last on purpose: SQLite reads a row's columns in order, so list queries never touch the
    # (possibly overflowing) JSON document. NULL (migration 0301) when the head shows a finalized
    # revision unchanged: its document is that revision's (``revisions.document``), not a copy.
    Column("answers", JSON(none_as_null=True), nullable=True),
    # Covering for the default list and its text search: the filter is decided in the index,
    # and only the rows of the page are read from the table.
    Index("ix_assessments_updated", "updated_at", "status", "title_lc"),
    Index("ix_assessments_status_updated", "status", "updated_at"),
    Index("ix_assessments_form_updated", "form_id", "updated_at"),
    Index("ix_assessments_site", "site"),
    Index("ix_assessments_officer", "officer"),
    Index("ix_assessments_created", "created_at"),
    Index("ix_assessments_title", "title"),
)


# A finalized revision: immutable once written (the store never updates or deletes it).
REVISIONS = Table(
    "revisions",
    METADATA,
    Column("uuid", String(UUID_LEN), ForeignKey("assessments.uuid"), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("form_id", String(100), nullable=False),
    Column("form_version", String(50), nullable=False),
    Column("content_hash", String(HASH_LEN), nullable=False),
    Column("parent_hash", String(HASH_LEN)),
    Column("title", String(300), default="", nullable=False),
    Column("site", String(200), default="", nullable=False),
    Column("officer", String(200), default="", nullable=False),
    Column("finalized_at", String(TIME_LEN), nullable=False),
    Column("device", String(64), nullable=False),
    Column("document", JSON, nullable=False),  # last, as in assessments
    # No index on content_hash (dropped by 0301): no query looks a revision up by its hash.
)


# A stored file, named by the sha256 of its content under ``attachments/``.
ATTACHMENTS = Table(
    "attachments",
    METADATA,
    Column("sha256", String(HASH_LEN), primary_key=True),
    Column("media_type", String(50), nullable=False),
    Column("size", Integer, nullable=False),
    Column("created_at", String(TIME_LEN), nullable=False),
)


# The bytes of a photo, kept in the database on a PostgreSQL hub (so one backup holds all).
#
# Field laptops (SQLite) and hubs given an explicit attachments folder keep files instead and
# leave this table empty.
ATTACHMENT_DATA = Table(
    "attachment_data",
    METADATA,
    Column("sha256", String(HASH_LEN), ForeignKey("attachments.sha256"), primary_key=True),
    Column("data", LargeBinary, nullable=False),
)


# Which revision of which assessment uses which file (a file may be used by many).
LINKS = Table(
    "assessment_attachments",
    METADATA,
    Column("uuid", String(UUID_LEN), ForeignKey("assessments.uuid"), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("sha256", String(HASH_LEN), ForeignKey("attachments.sha256"), primary_key=True),
    Index("ix_assessment_attachments_sha", "sha256"),
)


# The YAML text of every form version an assessment was made with.
FORM_DEFINITIONS = Table(
    "form_definitions",
    METADATA,
    Column("form_id", String(100), primary_key=True),
    Column("version", String(50), primary_key=True),
    Column("yaml_text", Text, nullable=False),
    Column("sha256", String(HASH_LEN), nullable=False),
    Column("stored_at", String(TIME_LEN), nullable=False),
)


# One thing that happened to an assessment (or to the store, when ``uuid`` is empty).
AUDIT = Table(
    "audit_events",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(UUID_LEN)),
    Column("revision", Integer),
    Column("event", String(20), nullable=False),
    Column("question", String(200)),
    Column("instance", JSON, nullable=True),
    Column("old_value", JSON, nullable=True),
    Column("new_value", JSON, nullable=True),
    Column("detail", Text),
    Column("at", String(TIME_LEN), nullable=False),
    Column("officer", String(200), default="", nullable=False),
    Column("device", String(64), default="", nullable=False),
    Index("ix_audit_uuid", "uuid", "id"),
)


# A coordinator's review of a revision, kept apart from the officer's answers.
REVIEWS = Table(
    "reviews",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(UUID_LEN), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("status", String(30), nullable=False),  # approved, needs_follow_up
    Column("comment", Text, default="", nullable=False),
    Column("reviewer", String(200), default="", nullable=False),
    Column("at", String(TIME_LEN), nullable=False),
    # The question a comment is about; None: the whole assessment (migration 0501).
    Column("question", String(200), nullable=True),
    ForeignKeyConstraint(["uuid"], ["assessments.uuid"]),
    Index("ix_reviews_uuid", "uuid", "id"),
)


# An officer device's X25519 public key, announced in its signed packages (migration 0501). Keyed by
# the fingerprint of the device's signing key; ``send`` encrypts returned assessments to it.
FIELD_KEYS = Table(
    "field_keys",
    METADATA,
    Column("fingerprint", String(40), primary_key=True),
    Column("encryption_key", String(64), nullable=False),  # base64 of the raw X25519 key
    Column("officer", String(200), nullable=False),
    Column("device_id", String(200), nullable=False),
    Column("updated_at", String(TIME_LEN), nullable=False),
)


SETTINGS = Table(
    "settings",
    METADATA,
    Column("key", String(100), primary_key=True),
    Column("value", Text, nullable=False),
)


# One version of a dataset (a CSV list a form reads: store/datasets.py); rows in dataset_rows.
DATASET_VERSIONS = Table(
    "dataset_versions",
    METADATA,
    Column("name", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("columns", JSON, nullable=False),
    Column("row_count", Integer, nullable=False),
    Column("sha256", String(HASH_LEN), nullable=False),
    Column("source", String(300), default="", nullable=False),
    Column("stored_at", String(TIME_LEN), nullable=False),
)


DATASET_ROWS = Table(
    "dataset_rows",
    METADATA,
    Column("name", String(100), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("cells", JSON, nullable=False),
    ForeignKeyConstraint(
        ["name", "version"], ["dataset_versions.name", "dataset_versions.version"], ondelete="CASCADE"
    ),
)


# What happened while a revision was entered (migration 0601): opened, closed, page entered/left,
# question focused, answer changed, saved. Append-only: the store never updates or deletes a row.
# No foreign key: an import writes the events of a revision in the same transaction as its head.
PARADATA_EVENTS = Table(
    "paradata_events",
    METADATA,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uuid", String(UUID_LEN), nullable=False),
    Column("revision", Integer, nullable=False),
    Column("at", String(TIME_LEN), nullable=False),
    Column("event", String(20), nullable=False),
    Column("page", String(200), nullable=True),
    Column("question", String(200), nullable=True),
    Index("ix_paradata_uuid", "uuid", "revision", "id"),
)


# The quality flags of a complete revision as last computed (migration 0601; docs/quality.md).
QUALITY_FLAGS = Table(
    "quality_flags",
    METADATA,
    Column("uuid", String(UUID_LEN), primary_key=True),
    Column("revision", Integer, primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("flag", String(40), nullable=False),
    Column("code", String(20), nullable=False),
    Column("question", String(200), nullable=True),
    Column("params", JSON, nullable=False),  # the message's values, tagged (analysis/quality.py)
    Column("computed_at", String(TIME_LEN), nullable=False),
    Index("ix_quality_flags_flag", "flag"),
)
