"""The summary of an assessment's paradata: active time, time per page and question, changes.

Pure functions over the events the store keeps (store/paradata.py), so the CLI, the window and the
quality flags read the same figures. Rules (docs/quality.md):

- Time runs between consecutive events of one sitting (from "opened" to "closed"); a gap longer
  than ``idle_s`` (2 minutes by default) is a pause and counts nothing, and no time runs between a
  "closed" and the next "opened".
- A gap counts for the page and the question that were current when it began (the page of the last
  "page_entered", the question of the last "focused" or "changed"); "page_left" ends both.
- An answer changed *after first entry* is a "changed" event on a question that was already
  changed in an earlier sitting or an earlier revision (a later revision is a reopened one).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from needsassess.errors.paradata_codes import ParadataText
from needsassess.locale.numbers import format_number
from needsassess.store import AssessmentStore
from needsassess.store import paradata as paradata_rows
from needsassess.store.paradata import ParadataEvent

IDLE_S = 120.0


@dataclass(frozen=True)
class ParadataSummary:
    """What the events of one assessment add up to."""

    active_s: float = 0.0
    page_s: Mapping[str, float] = field(default_factory=dict)
    question_s: Mapping[str, float] = field(default_factory=dict)
    pages_visited: tuple[str, ...] = ()  # in the order first entered
    changes_after_first_entry: int = 0
    reasons: tuple[str, ...] = ()  # given on reopening (the audit's "reopened" events)
    events: int = 0

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "active_seconds": round(self.active_s, 1),
            "pages_visited": list(self.pages_visited),
            "seconds_per_page": {k: round(v, 1) for k, v in self.page_s.items()},
            "seconds_per_question": {k: round(v, 1) for k, v in self.question_s.items()},
            "changes_after_first_entry": self.changes_after_first_entry,
            "reopen_reasons": list(self.reasons),
            "events": self.events,
            "text": self.text(language),
        }

    def text(self, language: str) -> str:
        """One line for a person (en/ne/uz), with the reasons given on reopening when there are any."""
        if not self.events:
            return ParadataText.NONE.render(language)
        line = ParadataText.SUMMARY.render(
            language,
            {
                "minutes": format_number(round(self.active_s / 60, 1), language),
                "pages": format_number(len(self.pages_visited), language),
                "changes": format_number(self.changes_after_first_entry, language),
            },
        )
        if self.reasons:
            line += " " + ParadataText.REASONS.render(language, {"reasons": "; ".join(self.reasons)})
        return line


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def summarise(
    revisions: Mapping[int, Sequence[ParadataEvent]], reasons: Sequence[str] = (), idle_s: float = IDLE_S
) -> ParadataSummary:
    """The summary of one assessment from its events per revision (oldest revision first)."""
    active = 0.0
    page_s: dict[str, float] = {}
    question_s: dict[str, float] = {}
    pages: dict[str, None] = {}
    changed_before: set[str] = set()  # changed in an earlier sitting or revision
    after_first = count = 0
    for _revision, events in sorted(revisions.items()):
        this_sitting: set[str] = set()
        page: str | None = None
        question: str | None = None
        count += len(events)
        for event, following in itertools.zip_longest(events, events[1:]):
            if event.event == "opened":
                changed_before |= this_sitting
                this_sitting = set()
                page = question = None
            elif event.event == "page_entered":
                page, question = event.page, None
                if event.page:
                    pages.setdefault(event.page)
            elif event.event == "page_left":
                page = question = None
            elif event.event in ("focused", "changed"):
                question = event.question
                page = event.page or page
                if event.event == "changed" and event.question:
                    if event.question in changed_before:
                        after_first += 1
                    this_sitting.add(event.question)
            if following is None or event.event == "closed" or following.event == "opened":
                continue
            gap = (_time(following.at) - _time(event.at)).total_seconds()
            if gap < 0 or gap > idle_s:
                continue  # a pause (or a clock set back): not active time
            active += gap
            if page:
                page_s[page] = page_s.get(page, 0.0) + gap
            if question:
                question_s[question] = question_s.get(question, 0.0) + gap
        changed_before |= this_sitting
    return ParadataSummary(active, page_s, question_s, tuple(pages), after_first, tuple(reasons), count)


def active_seconds(events: Sequence[ParadataEvent], idle_s: float = IDLE_S) -> float:
    """Active time of one revision's (or one assessment's, in order) events."""
    return summarise({1: events}, idle_s=idle_s).active_s


def assessment_summary(store: AssessmentStore, uuid: str, idle_s: float = IDLE_S) -> ParadataSummary:
    """The summary of one stored assessment: every revision's events, and the reasons it was reopened."""
    per_revision: dict[int, list[ParadataEvent]] = {}
    with store.read("read the paradata") as conn:
        for (_uuid, revision), found in paradata_rows.events_of(
            conn, [(uuid, r) for r in range(1, store.get(uuid).revision + 1)]
        ).items():
            per_revision[revision] = found
    reasons = [e.detail for e in store.audit(uuid) if e.event == "reopened" and e.detail]
    return summarise(per_revision, reasons, idle_s)
