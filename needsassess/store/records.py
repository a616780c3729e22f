"""What the store hands out: plain frozen records, detached from the database.

The window and the CLI read these; they never see SQLAlchemy objects, so nothing can lazily hit the
database from the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

DRAFT, COMPLETE, DISCARDED = "draft", "complete", "discarded"
# An officer's complete assessment that a coordinator sent back for follow-up (field packages).
RETURNED = "returned"
# The list columns' sizes (models.py); packages allow no more (sync/documents.py), and PostgreSQL
# refuses longer text where SQLite would keep it, so the store keeps titles and sites within them.
TITLE_MAX, SITE_MAX = 300, 200


def list_title(session: SessionLike) -> str:
    return session.title()[:TITLE_MAX]


def list_site(session: SessionLike) -> str:
    return session.site()[:SITE_MAX]


STATUSES = (DRAFT, COMPLETE, DISCARDED, RETURNED)
SORT_COLUMNS = ("updated_at", "created_at", "finalized_at", "title", "site", "officer", "form_id", "status")


class ProblemLike(Protocol):
    """What the store reads from a session's problem (``engine.Problem``)."""

    @property
    def name(self) -> str: ...


class SessionLike(Protocol):
    """The part of ``engine.FormSession`` the store relies on."""

    def document(self) -> dict[str, Any]: ...
    def final_document(self) -> dict[str, Any]: ...
    def problems(self) -> Sequence[Any]: ...
    def title(self) -> str: ...
    def site(self) -> str: ...


class ChangeLike(Protocol):
    """The part of ``engine.Change`` the audit records."""

    @property
    def name(self) -> str: ...
    @property
    def instance(self) -> tuple[int, ...]: ...
    @property
    def old(self) -> Any: ...
    @property
    def new(self) -> Any: ...


@dataclass(frozen=True)
class AttachmentInfo:
    sha256: str
    media_type: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {"sha256": self.sha256, "media_type": self.media_type, "size": self.size}


@dataclass(frozen=True)
class AssessmentSummary:
    """One row of the list: everything but the answers."""

    uuid: str
    form_id: str
    form_version: str
    status: str
    revision: int
    content_hash: str | None
    parent_hash: str | None
    title: str
    site: str
    officer: str
    created_at: str
    updated_at: str
    finalized_at: str | None
    origin_device: str

    def to_json(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _SUMMARY_FIELDS}


_SUMMARY_FIELDS = (
    "uuid",
    "form_id",
    "form_version",
    "status",
    "revision",
    "content_hash",
    "parent_hash",
    "title",
    "site",
    "officer",
    "created_at",
    "updated_at",
    "finalized_at",
    "origin_device",
)


@dataclass(frozen=True)
class AssessmentRecord(AssessmentSummary):
    """One revision with its answers (the draft document, or the final document once complete)."""

    answers: Mapping[str, Any] = field(default_factory=dict)
    attachments: tuple[AttachmentInfo, ...] = ()

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data["answers"] = dict(self.answers)
        data["attachments"] = [a.to_json() for a in self.attachments]
        return data


@dataclass(frozen=True)
class AuditEntry:
    id: int
    uuid: str | None
    revision: int | None
    event: str  # created, answer_changed, finalized, reopened, discarded, exported, imported, reviewed
    question: str | None
    instance: tuple[int, ...] | None
    old: Any
    new: Any
    detail: str | None
    at: str
    officer: str
    device: str


@dataclass(frozen=True)
class ReviewRecord:
    uuid: str
    revision: int
    status: str
    comment: str
    reviewer: str
    at: str
    question: str | None = None  # the question a comment is about; None: the whole assessment

    def to_json(self) -> dict[str, Any]:
        """One comment as ``show --json`` prints it (``review.comments``)."""
        return {"question": self.question, "text": self.comment, "by": self.reviewer, "at": self.at,
                "state": self.status, "revision": self.revision}


@dataclass(frozen=True)
class ReceivedFilter:
    """Only assessments received in an import matching every given field (``ListQuery.received``).

    One received revision must match them all: ``package_id``, the sending ``device_id`` and
    ``officer``, and ``since`` (a stored UTC ISO time; received at or after it). All empty means
    "received in any import". The database answers it (an EXISTS on ``sync_received``), so the
    coordinator's filters page like any other filter whatever the number of assessments.
    """

    package_id: str | None = None
    device_id: str | None = None
    officer: str | None = None
    since: str | None = None


@dataclass(frozen=True)
class ListQuery:
    """Filter, sort and page for ``AssessmentStore.list`` / ``count``.

    ``status=None`` means drafts and complete ones (discarded are shown only when asked for);
    ``text`` matches anywhere in the title, ignoring case; ``received`` keeps only assessments
    received in matching imports (``None``: no such restriction); ``row_state`` keeps only those
    in that coordinator's state (``store.row_states``: new, updated, conflict; ``"any"``: any of them).
    """

    form_id: str | None = None
    status: str | None = None
    site: str | None = None
    officer: str | None = None
    text: str | None = None
    order_by: str = "updated_at"
    descending: bool = True
    offset: int = 0
    limit: int | None = 100
    received: ReceivedFilter | None = None
    row_state: str | None = None
