"""Answers as a reader reads them: choice labels, written dates, rounded numbers, coordinates.

Document values are the stored JSON (see docs/architecture.md); here they become text in the report
language. An empty answer is ``None`` so that the caller decides between "—" (optional) and "not
answered" (required).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from needsassess.engine.model import Form, QType, Question
from needsassess.reports.formatting import format_date, format_number
from needsassess.reports.wording import word


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


class AnswerText:
    """Turns a question's stored value into report text in one language."""

    def __init__(self, form: Form, lang: str) -> None:
        self.form = form
        self.lang = lang

    def label(self, question: Question) -> str:
        if question.label is None:
            return question.name
        return question.label.get(self.lang, self.form.default_language)

    def choice(self, question: Question, name: Any) -> str:
        """A choice's label in the report language; the stored name if the list lacks it."""
        lists = self.form.choices
        choice_list = lists.get(question.list_name) if question.list_name else None
        found = choice_list.get(str(name)) if choice_list is not None else None
        if found is None:
            return str(name)
        return found.label.get(self.lang, self.form.default_language)

    def text(self, question: Question, value: Any) -> str | None:
        """The value as text, or None when there is no answer."""
        if is_empty(value):
            return None
        kind = question.type
        if kind is QType.SELECT_ONE:
            return self.choice(question, value)
        if kind is QType.SELECT_MULTIPLE:
            names = value if isinstance(value, list) else str(value).split()
            return ", ".join(self.choice(question, n) for n in names)
        if kind in (QType.DATE, QType.TODAY):
            return format_date(value, self.lang)
        if kind is QType.GEOPOINT and isinstance(value, Mapping):
            return self.geopoint(value)
        if kind is QType.ACKNOWLEDGE:
            return word("yes", self.lang)
        return self.scalar(value)

    def scalar(self, value: Any) -> str:
        if isinstance(value, bool):
            return word("yes" if value else "no", self.lang)
        if isinstance(value, (int, float)):
            return format_number(value, self.lang)
        if isinstance(value, list):
            return ", ".join(self.scalar(v) for v in value)
        return str(value)

    def geopoint(self, point: Mapping[str, Any]) -> str:
        """ "27.70123° N, 85.31234° E (±8 m)": five decimals is about a metre, enough to find a site."""
        try:
            lat, lon = float(point["lat"]), float(point["lon"])
        except (KeyError, TypeError, ValueError):
            return str(dict(point))
        text = f"{abs(lat):.5f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.5f}° {'E' if lon >= 0 else 'W'}"
        accuracy = point.get("accuracy")
        if isinstance(accuracy, (int, float)):
            text += f" ({word('accuracy', self.lang, m=format_number(round(accuracy), self.lang))})"
        return text
