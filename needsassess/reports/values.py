"""Answers as a reader reads them: choice labels, written dates, rounded numbers, money, coordinates.

Document values are the stored JSON (see docs/architecture.md); here they become text in the report
language, with the shared formatter of :mod:`needsassess.locale`. An empty answer is ``None`` so that
the caller decides between "—" (optional) and "not answered" (required).

Money: a number question with ``parameters: {currency: NAME}`` is an amount in the currency answered
by question NAME (the choice name, e.g. ``npr``, is the ISO code); it is always printed with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from needsassess.engine import geo
from needsassess.engine.datasets import DatasetSource, dataset_choice
from needsassess.engine.model import Element, Form, QType, Question, Repeat
from needsassess.locale import Conventions, format_date, format_money, format_number
from needsassess.locale.measures import format_area, format_length
from needsassess.reports.subject import Relevance
from needsassess.reports.wording import word


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def currency_of(question: Question, answers: Mapping[str, Any]) -> str | None:
    """The ISO code of the currency an amount question is in; None if it is not money or not answered."""
    name = question.parameters.get("currency")
    if not name:
        return None
    code = answers.get(name)
    return str(code).upper() if isinstance(code, str) and code else None


def is_money(question: Question) -> bool:
    return bool(question.parameters.get("currency"))


def is_year(question: Question) -> bool:
    """An integer that is a calendar year ("mining_stopped_year"): written 2015, never 2,015."""
    return question.type is QType.INTEGER and question.name.endswith("year")


def missing_input(
    question: Question, form: Form, answers: Mapping[str, Any], rules: Relevance, *, draft: bool
) -> bool:
    """Whether a calculation reads an input that was asked but is not answered yet.

    Such a calculation's value (often 0, from ``coalesce``, an ``if`` or ``count``) is not a finding:
    the report prints "—" for it. The inputs:

    - a question outside repeats: asked (relevant) and empty. A question not asked is expected to be
      empty, and the formula's value stands.
    - a repeat, by its name (``count(${pit})``) or through a question in it (``sum(${pit_area_m2})``):
      asked (relevant: "Are there open pits?" answered yes, or no condition) with no rows, in a
      **draft**: the officer has not got to it yet. A finalized assessment with an asked repeat left
      without rows means "none", and a repeat not asked (no pits) counts nothing: in both the
      formula's 0 is printed.
    """
    if question.calculation is None:
        return False
    refs = question.calculation.refs
    return any(_unanswered(form.elements.get(name), question, answers, rules, draft) for name in refs)


def _unanswered(
    element: Element | None, calc: Question, answers: Mapping[str, Any], rules: Relevance, draft: bool
) -> bool:
    """Whether one input of ``calc`` is asked and not answered (the rules of :func:`missing_input`)."""
    if isinstance(element, Question) and element.repeats:
        if element.repeats[:1] == calc.repeats[:1]:
            return False  # a question of the calculation's own row: the row is there
        repeat = element.repeats[0]
    elif isinstance(element, Repeat):
        repeat = element.name
    elif isinstance(element, Question) and element.type is not QType.CALCULATE:
        return is_empty(answers.get(element.name)) and rules.relevant(element.name)
    else:
        return False
    return draft and not answers.get(repeat) and rules.relevant(repeat)


class AnswerText:
    """Turns a question's stored value into report text in one language."""

    def __init__(self, form: Form, lang: str, conv: Conventions | None = None,
                 datasets: DatasetSource | None = None) -> None:
        self.form = form
        self.lang = lang
        self.conv = conv or Conventions.for_language(lang)
        self.datasets = datasets  # the lists that selects from a file read their labels from

    def label(self, question: Question) -> str:
        if question.label is None:
            return question.name
        return question.label.get(self.lang, self.form.default_language)

    def choice(self, question: Question, name: Any) -> str:
        """A choice's label in the report language (from the form's list, or the row of the dataset a
        select from a file reads); the stored name if the list lacks it."""
        lists = self.form.choices
        choice_list = lists.get(question.list_name) if question.list_name else None
        if choice_list is not None:
            found = choice_list.get(str(name))
        else:
            found = dataset_choice(question, self.datasets, str(name))
        if found is None:
            return str(name)
        return found.label.get(self.lang, self.form.default_language)

    def text(self, question: Question, value: Any, root: Mapping[str, Any] | None = None) -> str | None:
        """The value as text, or None when there is no answer. ``root``: the whole document (for currency)."""
        if is_empty(value):
            return None
        kind = question.type
        if kind is QType.SELECT_ONE:
            return self.choice(question, value)
        if kind is QType.SELECT_MULTIPLE:
            names = value if isinstance(value, list) else str(value).split()
            return ", ".join(self.choice(question, n) for n in names)
        if kind in (QType.DATE, QType.TODAY):
            return format_date(value, self.conv)
        if kind is QType.GEOPOINT and isinstance(value, Mapping):
            return self.geopoint(value)
        if kind in (QType.GEOTRACE, QType.GEOSHAPE) and isinstance(value, list):
            return self.outline(value, kind is QType.GEOSHAPE)
        if kind is QType.ACKNOWLEDGE:
            return word("yes", self.lang)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            if is_money(question):
                return self.money(value, currency_of(question, root or {}))
            if is_year(question):
                return format_number(value, self.conv, grouping=False)
        return self.scalar(value)

    def money(self, amount: float, currency: str | None) -> str:
        if currency is None:
            return f"{format_number(amount, self.conv)} ({word('no_currency', self.lang)})"
        return format_money(amount, currency, self.conv)

    def scalar(self, value: Any) -> str:
        if isinstance(value, bool):
            return word("yes" if value else "no", self.lang)
        if isinstance(value, (int, float)):
            return format_number(value, self.conv)
        if isinstance(value, list):
            return ", ".join(self.scalar(v) for v in value)
        return str(value)

    def geopoint(self, point: Mapping[str, Any]) -> str:
        """ "27.70123° N, 85.31234° E (±8 m)": five decimals is about a metre, enough to find a site.

        Coordinates keep Latin digits in every language (they are read into GPS devices and maps).
        """
        try:
            lat, lon = float(point["lat"]), float(point["lon"])
        except (KeyError, TypeError, ValueError):
            return str(dict(point))
        text = f"{abs(lat):.5f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.5f}° {'E' if lon >= 0 else 'W'}"
        accuracy = point.get("accuracy")
        if isinstance(accuracy, (int, float)):
            text += f" ({word('accuracy', self.lang, m=format_number(round(accuracy), self.conv))})"
        return text

    def outline(self, points: list[Any], shape: bool) -> str:
        """ "12 points · length 1,240 m" or "5 points · area 0.42 ha · perimeter 260 m"."""
        try:
            found = geo.measure(points, shape)
        except (KeyError, TypeError, ValueError):
            return str(points)
        count = format_number(found.points, self.conv)
        if found.area_m2 is not None:
            return word("geo_area", self.lang, count=count, area=format_area(found.area_m2, self.conv),
                        length=format_length(found.length_m, self.conv))
        return word("geo_line", self.lang, count=count, length=format_length(found.length_m, self.conv))


__all__ = ["AnswerText", "currency_of", "is_empty", "is_money", "is_year", "missing_input"]
