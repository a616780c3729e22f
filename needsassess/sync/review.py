"""What the coordinator's window needs from sync: packages received, conflicts, reviews.

Conflicts and forks are shown side by side, answer by answer; resolving one records which version
stands (the head shows that version's answers) and writes it in the audit. Neither version's
answers are edited: both stay, whole, in the history and the quarantine.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from needsassess.errors import UserError
from needsassess.errors.field_codes import FieldCode
from needsassess.errors.store_codes import StoreCode
from needsassess.store import AssessmentStore, ReviewRecord, StoreError, ledger
from needsassess.store import field as field_rows
from needsassess.store.conflicts import Conflict
from needsassess.store.conflicts import conflicts as _conflicts
from needsassess.store.conflicts import resolve_conflict as _resolve
from needsassess.store.ledger import PackageRecord
from needsassess.timefmt import utc_now

__all__ = [
    "REVIEW_STATES",
    "AnswerDifference",
    "Conflict",
    "PackageRecord",
    "conflicts",
    "differences",
    "packages",
    "resolve_conflict",
    "review_json",
    "review_state",
    "review_states",
    "review_thread",
    "row_states",
    "set_review",
    "uuids_received",
]

REVIEW_STATES = ("received", "approved", "needs_follow_up", "rejected")


@dataclass(frozen=True)
class AnswerDifference:
    name: str
    stored: Any
    incoming: Any


def packages(store: AssessmentStore) -> list[PackageRecord]:
    """Every import, newest first (for the window's package and import-date filters)."""
    with store.read("list the imported packages") as conn:
        return ledger.packages(conn)


def uuids_received(
    store: AssessmentStore,
    package_id: str | None = None,
    device_id: str | None = None,
    officer: str | None = None,
    since: str | None = None,
) -> set[str]:
    """Assessments that came in packages matching every given filter (times as stored, UTC ISO)."""
    with store.read("filter by package") as conn:
        return ledger.uuids_received(conn, package_id, device_id, officer, since)


def conflicts(
    store: AssessmentStore, include_resolved: bool = False, uuid: str | None = None
) -> list[Conflict]:
    with store.read("list the conflicts") as conn:
        return _conflicts(conn, include_resolved, uuid)


def differences(conflict: Conflict) -> list[AnswerDifference]:
    """The answers that differ between the two versions, in a stable order (repeats as wholes)."""
    names = sorted(set(conflict.stored) | set(conflict.incoming))
    return [
        AnswerDifference(n, conflict.stored.get(n), conflict.incoming.get(n))
        for n in names
        if conflict.stored.get(n) != conflict.incoming.get(n)
    ]


def resolve_conflict(
    store: AssessmentStore, conflict_id: int, keep: str, comment: str = "", reviewer: str | None = None
) -> None:
    """Choose which version stands: ``"stored"`` or ``"incoming"``; recorded in the audit."""
    if keep not in ("stored", "incoming"):
        raise StoreError(StoreCode.CONFLICT_CHOOSE, kind="refused")
    reviewer = store.settings.officer_name if reviewer is None else reviewer
    with store.write("resolve the conflict") as conn:
        _resolve(conn, conflict_id, keep, comment, (reviewer, store.device_id), utc_now())


def set_review(
    store: AssessmentStore, uuid: str, status: str, comment: str = "", reviewer: str | None = None,
    question: str | None = None,
) -> ReviewRecord:
    """Record the coordinator's review state of an assessment, apart from its answers.

    ``question``: the comment is about that question (checked against the assessment's form).
    """
    if status not in REVIEW_STATES:
        raise StoreError(StoreCode.REVIEW_STATE_UNKNOWN, kind="refused", state=status, allowed=", ".join(REVIEW_STATES))
    if question:
        head = store.get(uuid)
        form = store.forms.get(head.form_id, head.form_version)
        if question not in form.elements:
            raise UserError(FieldCode.REVIEW_QUESTION_UNKNOWN, form_id=head.form_id, question=question)
    return store.review(uuid, status, comment, reviewer, question or None)


def review_thread(store: AssessmentStore, uuid: str) -> list[ReviewRecord]:
    """Every review row of an assessment in order: states, comments (``question`` set when about one
    question), "resubmitted" rows carrying the officer's reason. The same on both sides of a return."""
    return store.reviews(uuid)


def review_json(store: AssessmentStore, uuid: str) -> dict[str, Any]:
    """``show --json``'s ``review``: {"state": ..., "comments": [{"question", "text", "by", "at", ...}]}."""
    thread = store.reviews(uuid)
    state = thread[-1].status if thread else "received"
    return {"state": state, "comments": [r.to_json() for r in thread if r.comment]}


def row_states(store: AssessmentStore, uuids: Iterable[str]) -> dict[str, str]:
    """Per assessment, the coordinator list's row state: new, updated, resubmitted, in_conflict or
    returned (``store.field.row_states``; one page in a few queries)."""
    with store.read("read the review states") as conn:
        return field_rows.row_states(conn, list(uuids))


def review_state(store: AssessmentStore, uuid: str) -> tuple[str, str]:
    """(state, comment) of the latest review; ("received", "") when none was made."""
    reviews = store.reviews(uuid)
    return (reviews[-1].status, reviews[-1].comment) if reviews else ("received", "")


def review_states(store: AssessmentStore, uuids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(state, comment) of the latest review of each uuid, in one query (a page of the list).

    Every uuid asked for is in the result; ("received", "") when it has no review yet.
    """
    wanted = list(dict.fromkeys(uuids))
    states = dict.fromkeys(wanted, ("received", ""))
    if not wanted:
        return states
    with store.read("read the review states") as conn:
        states.update(ledger.review_states(conn, wanted))
    return states
