"""The tables of the store (SQLAlchemy 2 declarative models).

Portable types only (String, Integer, JSON, Text), so a coordinators' hub can run the same schema on
PostgreSQL. Times are ISO-8601 UTC strings (``2026-03-01T08:15:00.000000Z``): they sort as text and
travel unchanged in packages. The schema itself is created and changed only by the Alembic
migrations in ``migrations/versions``; these models must match the latest migration.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, ForeignKeyConstraint, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

UUID_LEN = 36
HASH_LEN = 64
TIME_LEN = 27


class Base(DeclarativeBase):
    pass


class Assessment(Base):
    """The head of one assessment: its current revision (a draft, complete, or discarded)."""

    __tablename__ = "assessments"

    uuid: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(50))
    status: Mapped[str] = mapped_column(String(12))  # draft, complete, discarded
    revision: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))  # set when complete
    parent_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))  # the revision reopened from
    title: Mapped[str] = mapped_column(String(300), default="")
    title_lc: Mapped[str] = mapped_column(String(300), default="")  # lowercased for text search
    site: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[str] = mapped_column(String(TIME_LEN))
    updated_at: Mapped[str] = mapped_column(String(TIME_LEN))
    finalized_at: Mapped[str | None] = mapped_column(String(TIME_LEN))
    origin_device: Mapped[str] = mapped_column(String(64))
    # Last on purpose: SQLite reads a row's columns in order, so list queries never touch the
    # (possibly overflowing) JSON document. NULL (migration 0301) when the head shows a finalized
    # revision unchanged: its document is that revision's (``revisions.document``), not a copy.
    answers: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)

    __table_args__ = (
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


class Revision(Base):
    """A finalized revision: immutable once written (the store never updates or deletes it)."""

    __tablename__ = "revisions"

    uuid: Mapped[str] = mapped_column(ForeignKey("assessments.uuid"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(100))
    form_version: Mapped[str] = mapped_column(String(50))
    content_hash: Mapped[str] = mapped_column(String(HASH_LEN))
    parent_hash: Mapped[str | None] = mapped_column(String(HASH_LEN))
    title: Mapped[str] = mapped_column(String(300), default="")
    site: Mapped[str] = mapped_column(String(200), default="")
    officer: Mapped[str] = mapped_column(String(200), default="")
    finalized_at: Mapped[str] = mapped_column(String(TIME_LEN))
    device: Mapped[str] = mapped_column(String(64))
    document: Mapped[Any] = mapped_column(JSON)  # last, as in assessments

    # No index on content_hash (dropped by 0301): no query looks a revision up by its hash.


class Attachment(Base):
    """A stored file, named by the sha256 of its content under ``attachments/``."""

    __tablename__ = "attachments"

    sha256: Mapped[str] = mapped_column(String(HASH_LEN), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(50))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(TIME_LEN))


class AttachmentData(Base):
    """The bytes of a photo, kept in the database on a PostgreSQL hub (so one backup holds all).

    Field laptops (SQLite) and hubs given an explicit attachments folder keep files instead and
    leave this table empty.
    """

    __tablename__ = "attachment_data"

    sha256: Mapped[str] = mapped_column(ForeignKey("attachments.sha256"), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class AssessmentAttachment(Base):
    """Which revision of which assessment uses which file (a file may be used by many)."""

    __tablename__ = "assessment_attachments"

    uuid: Mapped[str] = mapped_column(ForeignKey("assessments.uuid"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("attachments.sha256"), primary_key=True)

    __table_args__ = (Index("ix_assessment_attachments_sha", "sha256"),)


class FormDefinition(Base):
    """The YAML text of every form version an assessment was made with."""

    __tablename__ = "form_definitions"

    form_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(50), primary_key=True)
    yaml_text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(HASH_LEN))
    stored_at: Mapped[str] = mapped_column(String(TIME_LEN))


class AuditEvent(Base):
    """One thing that happened to an assessment (or to the store, when ``uuid`` is empty)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str | None] = mapped_column(String(UUID_LEN))
    revision: Mapped[int | None] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(20))
    question: Mapped[str | None] = mapped_column(String(200))
    instance: Mapped[Any] = mapped_column(JSON, nullable=True)
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(TIME_LEN))
    officer: Mapped[str] = mapped_column(String(200), default="")
    device: Mapped[str] = mapped_column(String(64), default="")

    __table_args__ = (Index("ix_audit_uuid", "uuid", "id"),)


class Review(Base):
    """A coordinator's review of a revision, kept apart from the officer's answers."""

    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(UUID_LEN))
    revision: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(30))  # approved, needs_follow_up
    comment: Mapped[str] = mapped_column(Text, default="")
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[str] = mapped_column(String(TIME_LEN))
    # The question a comment is about; None: the whole assessment (migration 0501).
    question: Mapped[str | None] = mapped_column(String(200), nullable=True)

    __table_args__ = (
        ForeignKeyConstraint(["uuid"], ["assessments.uuid"]),
        Index("ix_reviews_uuid", "uuid", "id"),
    )


class FieldKey(Base):
    """An officer device's X25519 public key, announced in its signed packages (migration 0501).

    Keyed by the fingerprint of the device's signing key; ``send`` encrypts returned assessments to it.
    """

    __tablename__ = "field_keys"

    fingerprint: Mapped[str] = mapped_column(String(40), primary_key=True)
    encryption_key: Mapped[str] = mapped_column(String(64))  # base64 of the raw X25519 key
    officer: Mapped[str] = mapped_column(String(200))
    device_id: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[str] = mapped_column(String(TIME_LEN))


class Setting(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DatasetVersion(Base):
    """One version of a dataset (a CSV list a form reads: store/datasets.py); rows in dataset_rows."""

    __tablename__ = "dataset_versions"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    columns: Mapped[list[str]] = mapped_column(JSON)
    row_count: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(HASH_LEN))
    source: Mapped[str] = mapped_column(String(300), default="")
    stored_at: Mapped[str] = mapped_column(String(TIME_LEN))


class DatasetRow(Base):
    __tablename__ = "dataset_rows"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    cells: Mapped[list[str]] = mapped_column(JSON)

    __table_args__ = (ForeignKeyConstraint(["name", "version"], ["dataset_versions.name",
                                                                  "dataset_versions.version"],
                                           ondelete="CASCADE"),)


_TABLES = Base.metadata.tables
ASSESSMENTS = _TABLES["assessments"]
REVISIONS = _TABLES["revisions"]
ATTACHMENTS = _TABLES["attachments"]
ATTACHMENT_DATA = _TABLES["attachment_data"]
LINKS = _TABLES["assessment_attachments"]
FORM_DEFINITIONS = _TABLES["form_definitions"]
AUDIT = _TABLES["audit_events"]
REVIEWS = _TABLES["reviews"]
SETTINGS = _TABLES["settings"]
DATASET_VERSIONS = _TABLES["dataset_versions"]
DATASET_ROWS = _TABLES["dataset_rows"]
FIELD_KEYS = _TABLES["field_keys"]
