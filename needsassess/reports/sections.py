"""The body of an assessment report: one section per page of the form, in form order.

Questions become two-column tables (question, answer); a repeat becomes a table with one row per
instance, or, when it has too many columns to read across, one small table per instance. Non-relevant
questions are left out; an empty required answer says "not answered" so that a reader sees what was
not assessed; photos are referred to by number and printed together at the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.platypus import Flowable, Table, TableStyle

from needsassess.engine.model import Element, Group, QType, Question, Repeat
from needsassess.locale import Conventions
from needsassess.reports.aggregate import key_figures
from needsassess.reports.cover import COVER_FIELDS
from needsassess.reports.geodraw import outline_block
from needsassess.reports.subject import Instance, ReportSubject
from needsassess.reports.text import RULE, SHADE, TextKit
from needsassess.reports.values import AnswerText, is_empty, missing_input
from needsassess.reports.wording import word

_SKIPPED = frozenset({QType.NOTE, QType.START, QType.END, QType.TODAY, QType.DEVICEID, QType.USERNAME})
MAX_REPEAT_COLUMNS = 6
TURNED_MAX_INSTANCES = 4


@dataclass(frozen=True)
class Photo:
    number: int
    sha256: str
    caption: str


def printed(question: Question) -> bool:
    """Whether a question has a printed answer (not a note, metadata, or an unlabelled calculation)."""
    if question.type in _SKIPPED:
        return False
    return not (question.type is QType.CALCULATE and question.label is None)


class SectionBuilder:
    """Walks the form and the answers into tables; collects the photos it refers to."""

    def __init__(
        self, kit: TextKit, subject: ReportSubject, lang: str, width: float, conv: Conventions | None = None
    ) -> None:
        self.kit = kit
        self.subject = subject
        self.lang = lang
        self.width = width
        self.rules = subject.rules()
        self.text = AnswerText(subject.form, lang, conv, subject.datasets)
        # The key figures are printed in their box under the cover; a page that lists them again
        # (the forms' "Summary" page) would repeat them.
        self.key_figures = frozenset(q.name for q in key_figures(subject.form))
        self.photos: list[Photo] = []
        self._where: list[str] = []  # labels of the repeats being printed, for photo captions

    def sections(self) -> list[Flowable]:
        out: list[Flowable] = []
        for page in self.subject.form.pages():
            if isinstance(page, Repeat):  # a repeat at the top level (outside any group) is a page of its own
                self._where.append(self._label(page))
                body = self._repeat(page, self.subject.answers, ())
                self._where.pop()
            else:
                body = self._group_body(page, self.subject.answers, ())
            if body:
                out.append(self.kit.para(self._label(page), "h1"))
                out += body
        return out

    def _label(self, element: Element) -> str:
        if element.label is None:
            return element.name
        return element.label.get(self.lang, self.subject.form.default_language)

    def _group_body(self, group: Group, answers: Mapping[str, Any], instance: Instance) -> list[Flowable]:
        """Tables for a group's children; nested groups and repeats get their own sub-headings."""
        out: list[Flowable] = []
        rows: list[list[Any]] = []
        for child in group.children:
            if isinstance(child, (Repeat, Group)):
                if rows:
                    out.append(self._qa_table(rows))
                    rows = []
                out += self._nested(child, answers, instance)
            elif child.name not in COVER_FIELDS and child.name not in self.key_figures and printed(child):
                row = self._qa_row(child, answers, instance)
                if row is not None:
                    rows.append(row)
        if rows:
            out.append(self._qa_table(rows))
        return out

    def _nested(self, child: Group, answers: Mapping[str, Any], instance: Instance) -> list[Flowable]:
        if child.name in COVER_FIELDS:
            return []
        if isinstance(child, Repeat):
            self._where.append(self._label(child))
            body = self._repeat(child, answers, instance)
            self._where.pop()
        else:
            body = self._group_body(child, answers, instance)
        return [self.kit.para(self._label(child), "h2"), *body] if body else []

    def _qa_row(self, question: Question, answers: Mapping[str, Any], instance: Instance) -> list[Any] | None:
        if not self.rules.relevant(question.name, instance):
            return None
        return [self.kit.para(self.text.label(question), "label"), self._answer(question, answers, instance)]

    def _answer(self, question: Question, answers: Mapping[str, Any], instance: Instance) -> Any:
        value = answers.get(question.name)
        if question.type is QType.IMAGE and not is_empty(value):
            number = len(self.photos) + 1
            where = [f"{label} {i + 1}" for label, i in zip(self._where, instance, strict=False)]
            caption = " — ".join([*where, self.text.label(question)])
            self.photos.append(Photo(number, str(value), caption))
            return self.kit.para(word("see_photo", self.lang, n=number), "cell")
        if question.type is QType.CALCULATE and missing_input(
            question, self.subject.form, answers, self.rules, draft=self.subject.is_draft
        ):
            return self.kit.para(word("no_answer", self.lang), "cell")
        shown = self.text.text(question, value, self.subject.answers)
        if shown is not None and question.type in (QType.GEOTRACE, QType.GEOSHAPE) and isinstance(value, list):
            return [self.kit.para(shown, "cell"),
                    outline_block(self.kit, value, question.type is QType.GEOSHAPE, self.width * 0.55 - 12,
                                  self.text.conv, self.lang)]
        if shown is not None:
            bold = question.type is QType.CALCULATE
            return self.kit.para(shown, "cell", bold=bold)
        if self.rules.required(question.name, instance):
            return self.kit.para(word("not_answered", self.lang), "missing")
        return self.kit.para(word("no_answer", self.lang), "cell")

    def _qa_table(self, rows: list[list[Any]]) -> Table:
        table = Table(rows, colWidths=[self.width * 0.45, self.width * 0.55], repeatRows=0)
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        return table

    def _repeat(self, repeat: Repeat, answers: Mapping[str, Any], instance: Instance) -> list[Flowable]:
        """One table for a repeat: a row per instance, or, when it has more columns than fit across
        and few instances, a column per instance (the table turned). Columns nobody answered and
        nobody had to answer ("other, specify" when no one chose "other") are left out."""
        items = answers.get(repeat.name)
        items = [i for i in items if isinstance(i, Mapping)] if isinstance(items, list) else []
        if not items:
            return [self.kit.para(word("no_instances", self.lang), "muted")]
        if any(isinstance(e, Repeat) for e in repeat.walk()):
            return self._repeat_blocks(repeat, items, instance)
        columns = [
            q
            for q in repeat.walk()
            if isinstance(q, Question) and printed(q) and self._column_needed(q, items, instance)
        ]
        if not columns:
            return []
        if len(columns) > MAX_REPEAT_COLUMNS and len(items) <= TURNED_MAX_INSTANCES:
            return [self._turned_table(columns, items, instance)]
        return [self._repeat_table(columns, items, instance)]

    def _column_needed(self, question: Question, items: list[Mapping[str, Any]], instance: Instance) -> bool:
        for index, item in enumerate(items):
            inner = (*instance, index)
            if not is_empty(item.get(question.name)) or self.rules.required(question.name, inner):
                return self.rules.relevant(question.name, inner) or not is_empty(item.get(question.name))
        return False

    def _cell(self, question: Question, item: Mapping[str, Any], inner: Instance) -> Any:
        if not self.rules.relevant(question.name, inner):
            return ""
        if question.type in (QType.GEOTRACE, QType.GEOSHAPE) and not is_empty(item.get(question.name)):
            return self.kit.para(self.text.text(question, item.get(question.name)) or "", "cell")  # no room to draw
        return self._answer(question, item, inner)

    def _repeat_table(self, columns: list[Question], items: list[Mapping[str, Any]], instance: Instance) -> Table:
        wide = len(columns) > MAX_REPEAT_COLUMNS  # narrower columns, smaller type, text wraps
        head, body = ("th", "small") if wide else ("th", "cell")
        header = [self.kit.para("#", head)] + [self.kit.para(self.text.label(q), head) for q in columns]
        rows: list[list[Any]] = [header]
        for index, item in enumerate(items):
            inner = (*instance, index)
            rows.append([self.kit.para(str(index + 1), body)] + [self._cell(q, item, inner) for q in columns])
        first = self.width * 0.05
        widths = [first] + [(self.width - first) / len(columns)] * len(columns)
        return self._styled(Table(rows, colWidths=widths, repeatRows=1), header_row=True)

    def _turned_table(self, columns: list[Question], items: list[Mapping[str, Any]], instance: Instance) -> Table:
        """Questions down, instances across: a wide repeat with few instances reads like a form."""
        header = [self.kit.para("", "th")] + [self.kit.para(str(i + 1), "th") for i in range(len(items))]
        rows: list[list[Any]] = [header]
        for question in columns:
            cells = [self._cell(question, item, (*instance, i)) for i, item in enumerate(items)]
            rows.append([self.kit.para(self.text.label(question), "label"), *cells])
        first = self.width * 0.34
        widths = [first] + [(self.width - first) / len(items)] * len(items)
        return self._styled(Table(rows, colWidths=widths, repeatRows=1), header_row=True)

    @staticmethod
    def _styled(table: Table, header_row: bool) -> Table:
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]
        if header_row:
            style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
        table.setStyle(TableStyle(style))
        return table

    def _repeat_blocks(self, repeat: Repeat, items: list[Mapping[str, Any]], instance: Instance) -> list[Flowable]:
        """One labelled block per instance, for repeats too wide for one table."""
        out: list[Flowable] = []
        for index, item in enumerate(items):
            body = self._group_body(repeat, item, (*instance, index))
            title = word("item_n", self.lang, label=self._label(repeat), n=index + 1)
            out += [self.kit.para(title, "h2"), *body]
        return out
