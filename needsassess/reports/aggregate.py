"""Totals over many assessments, computed one assessment at a time.

A summary may cover tens of thousands of assessments; they are read page by page from the store and
folded in here, keeping only counts, the latest indicator values of each site, priority counts and one
short line per assessment for the list at the end. Nothing here holds a whole answers document.

"Key figures" of a form are its labelled calculations outside repeats; "priorities" are its
select questions whose name contains ``priorit`` (every shipped form ends with such a question).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from needsassess.engine.model import Form, QType, Question, Repeat
from needsassess.reports.subject import Instance, SummaryItem
from needsassess.reports.values import currency_of, is_money, missing_input


class _AskedIfAnswered:
    """Relevance read from a stored document alone, for :func:`missing_input`.

    A completed document lost its non-relevant answers at finalize, so an empty question there was not
    asked; its repeats left without rows mean "none" and their counts stand. A repeat of a draft is
    taken as asked: without rows its figures are not findings yet (the report prints "—" for them).
    """

    def __init__(self, form: Form) -> None:
        self._repeats = frozenset(name for name, e in form.elements.items() if isinstance(e, Repeat))

    def relevant(self, name: str, instance: Instance = ()) -> bool:
        return name in self._repeats

    def required(self, name: str, instance: Instance = ()) -> bool:
        return False


def key_figures(form: Form) -> list[Question]:
    return [q for q in form.questions() if q.type is QType.CALCULATE and q.label is not None and not q.repeats]


def priority_questions(form: Form) -> list[Question]:
    return [
        q
        for q in form.questions()
        if q.type in (QType.SELECT_ONE, QType.SELECT_MULTIPLE) and "priorit" in q.name and not q.repeats
    ]


def site_point_question(form: Form) -> str | None:
    """The question giving a site's location: ``gps``, else the first geopoint outside repeats."""
    points = [q.name for q in form.questions() if q.type is QType.GEOPOINT and not q.repeats]
    return "gps" if "gps" in points else (points[0] if points else None)


def lat_lon(value: object) -> tuple[float, float] | None:
    """(lat, lon) of a geopoint answer, or None when it is not a usable point."""
    if not isinstance(value, Mapping):
        return None
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None  # NaN fails both


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
    currencies: dict[str, str] = field(default_factory=dict)  # money figure -> ISO code of its currency
    location: tuple[float, float] | None = None  # (lat, lon) of the site's GPS point, for the summary's map
    country: str = ""  # the ``country`` answer (a choice name), for one map per country


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

    def currency(self, site: str, name: str) -> str | None:
        """The currency of a money figure at a site ("" when the site did not say); None if not money."""
        latest = self.latest.get(site)
        return latest.currencies.get(name) if latest is not None else None

    def by_currency(self, name: str) -> dict[str, list[tuple[str, float]]]:
        """A money figure's (site, value) pairs grouped by currency: amounts are never added across them."""
        groups: dict[str, list[tuple[str, float]]] = {}
        for site, value in self.site_values(name):
            groups.setdefault(self.currency(site, name) or "", []).append((site, value))
        return dict(sorted(groups.items()))


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
        self._plans: dict[tuple[str, str], tuple[list[Question], list[str]]] = {}
        self._points: dict[tuple[str, str], str | None] = {}  # the site's geopoint question
        self._rules: dict[tuple[str, str], _AskedIfAnswered] = {}
        self.result = Aggregate()

    def _form(self, form_id: str, version: str) -> tuple[Form | None, list[Question], list[str]]:
        key = (form_id, version)
        if key not in self._forms:
            form = self._lookup(form_id, version)
            self._forms[key] = form
            self._plans[key] = (
                (key_figures(form), [q.name for q in priority_questions(form)]) if form is not None else ([], [])
            )
            self._points[key] = site_point_question(form) if form is not None else "gps"
            if form is not None:
                self._rules[key] = _AskedIfAnswered(form)
        return self._forms[key], *self._plans[key]

    def _missing(self, question: Question, form: Form, item: SummaryItem) -> bool:
        rules = self._rules[(item.form_id, item.form_version)]
        return missing_input(question, form, item.answers, rules, draft=item.status != "complete")

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
                q.name: float(v)
                for q in figures
                if isinstance(v := answers.get(q.name), (int, float))
                and not isinstance(v, bool)
                and (form is None or not self._missing(q, form, item))
            }
            currencies = {q.name: currency_of(q, answers) or "" for q in figures if is_money(q)}
            point = self._points[(item.form_id, item.form_version)]
            location = lat_lon(answers.get(point)) if point else None
            country = answers.get("country")
            summary.latest[site] = SiteLatest(
                order, values, currencies, location, country if isinstance(country, str) else ""
            )
        for name in priorities:
            chosen = answers.get(name)
            for choice in chosen if isinstance(chosen, list) else [chosen] if chosen else []:
                summary.priorities[(name, str(choice))] += 1
        result.listed.append(ListedAssessment(item.form_id, item.status, site, visit, item.revision, item.uuid))
