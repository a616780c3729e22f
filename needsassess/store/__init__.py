"""The store: SQLite (or PostgreSQL for a hub) through SQLAlchemy 2, Alembic migrations, ``AssessmentStore``. No Qt.

See docs/storage.md for the schema, the guarantees and how to add a migration.
"""

# Every table in one metadata (the model checks and Alembic compare all of them).
from needsassess.store import sync_models, trust_models  # noqa: F401  # registration only
from needsassess.store.connection import Transaction
from needsassess.store.errors import FinalizeRefused, StoreError
from needsassess.store.hashing import canonical_json, content_hash
from needsassess.store.opening import open_store
from needsassess.store.records import (
    COMPLETE,
    DISCARDED,
    DRAFT,
    AssessmentRecord,
    AssessmentSummary,
    AttachmentInfo,
    AuditEntry,
    ListQuery,
    ReceivedFilter,
    ReviewRecord,
)
from needsassess.store.store import AssessmentStore

__all__ = [
    "COMPLETE",
    "DISCARDED",
    "DRAFT",
    "AssessmentRecord",
    "AssessmentStore",
    "AssessmentSummary",
    "AttachmentInfo",
    "AuditEntry",
    "FinalizeRefused",
    "ListQuery",
    "ReceivedFilter",
    "ReviewRecord",
    "StoreError",
    "Transaction",
    "canonical_json",
    "content_hash",
    "open_store",
]
