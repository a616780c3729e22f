"""Totals over many assessments, computed one assessment at a time.

A summary may cover tens of thousands of assessments; they are read page by page from the store and
folded in here, keeping only counts, the latest indicator values of each site, priority counts and one
short line per assessment for the list at the end. Nothing here holds a whole answers document.

"Key figures" of a form are its labelled calculations outside repeats; "priorities" are its
select questions whose name contains ``priorit`` (every shipped form ends with such a question).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from needsassess.engine.model import Form, QType, Question
from needsassess.reports.subject import SummaryItem


def key_figures(form: Form) -> list[Question]:
    return [q for q in form.questions() if q.type is QType.CALCULATE and q.label is not None and not q.repeats]


def priority_questions(form: Form) -> list[Question]:
    return [
        q
        for q in form.questions()
        if q.type in (QType.SELECT_ONE, QType.SELECT_MULTIPLE) and "priorit" in q.name and not q.repeats
    ]


@dataclass(frozen=True)
class ListedAssessment:
    """One line of the "assessments included" list."""

    form_id: str
    status: str
    site: str
    date: str
    revision: int
    uuid: str


@dataclass
class SiteLatest:
    order: tuple[str, str]  # (visit date, uuid): the latest visit wins, ties broken stably
    values: dict[str, float]


@dataclass
class FormSummary:
    """Everything the summary prints for one form."""

    form: Form | None
    count: int = 0
    by_site: Counter[str] = field(default_factory=Counter)
    latest: dict[str, SiteLatest] = field(default_factory=dict)
    priorities: Counter[tuple[str, str]] = field(default_factory=Counter)  # (question, choice) -> times

    def site_values(self, name: str) -> list[tuple[str, float]]:
        """(site, value) of an indicator from each site's latest assessment, sites in name order."""
        return [(site, latest.values[name]) for site, latest in sorted(self.latest.items()) if name in latest.values]


@dataclass
class Aggregate:
    """Counts by form, site and status; per-form figures; the included list."""

    forms: dict[str, FormSummary] = field(default_factory=dict)
    by_status: Counter[str] = field(default_factory=Counter)
    by_site: Counter[str] = field(default_factory=Counter)
    listed: list[ListedAssessment] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.by_status.values())


class Aggregator:
    """Folds :class:`SummaryItem` objects into an :class:`Aggregate`, one at a time."""

    def __init__(self, form_lookup: Callable[[str, str], Form | None]) -> None:
        self._lookup = form_lookup
        self._forms: dict[tuple[str, str], Form | None] = {}
        self._plans: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
        self.result = Aggregate()

    def _form(self, form_id: str, version: str) -> tuple[Form | None, list[str], list[str]]:
        key = (form_id, version)
        if key not in self._forms:
            form = self._lookup(form_id, version)
            self._forms[key] = form
            self._plans[key] = (
                ([q.name for q in key_figures(form)], [q.name for q in priority_questions(form)])
                if form is not None
                else ([], [])
            )
        return self._forms[key], *self._plans[key]

    def add_all(self, items: Iterable[SummaryItem]) -> Aggregate:
        for item in items:
            self.add(item)
        return self.result

    def add(self, item: SummaryItem) -> None:
        form, figures, priorities = self._form(item.form_id, item.form_version)
        result = self.result
        summary = result.forms.get(item.form_id)
        if summary is None:
            summary = result.forms[item.form_id] = FormSummary(form)
        elif form is not None and (summary.form is None or form.version > summary.form.version):
            summary.form = form  # label with the newest definition seen
        site = item.site or "—"
        summary.count += 1
        summary.by_site[site] += 1
        result.by_status[item.status] += 1
        result.by_site[site] += 1
        answers = item.answers
        visit = str(answers.get("visit_date") or item.updated_at or "")[:10]
        order = (visit, item.uuid)
        current = summary.latest.get(site)
        if current is None or order > current.order:
            values = {
                n: float(v)
                for n in figures
                if isinstance(v := answers.get(n), (int, float)) and not isinstance(v, bool)
            }
            summary.latest[site] = SiteLatest(order, values)
        for name in priorities:
            chosen = answers.get(name)
            for choice in chosen if isinstance(chosen, list) else [chosen] if chosen else []:
                summary.priorities[(name, str(choice))] += 1
        result.listed.append(ListedAssessment(item.form_id, item.status, site, visit, item.revision, item.uuid))
