"""The first lines of an assessment report: the cover block, the key figures, and at the end the
signature and stamp lines.

The cover reads the site and visit questions shared by every shipped form (country, region, district,
municipality, ward, settlement, gps, visit_date, officer, people_met, women_met, men_met); a form
without one of them simply has a shorter cover. Those questions are then left out of the sections, so
nothing is printed twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from needsassess.engine.model import QType, Question
from needsassess.locale import Conventions
from needsassess.reports.formatting import format_date, format_datetime, format_number
from needsassess.reports.subject import ReportSubject
from needsassess.reports.text import KEY_SHADE, RULE, SHADE, TextKit
from needsassess.reports.values import AnswerText, is_empty, missing_input
from needsassess.reports.wording import word

SITE_FIELDS = ("country", "region", "district", "municipality", "ward", "settlement", "gps")
VISIT_FIELDS = ("visit_date", "officer", "people_met", "women_met", "men_met")
COVER_FIELDS = frozenset(SITE_FIELDS + VISIT_FIELDS + ("person_name", "person_role", "person_role_other"))


class CoverBuilder:
    """Builds the cover block, key figures and signature lines of one assessment."""

    def __init__(
        self, kit: TextKit, subject: ReportSubject, lang: str, width: float, conv: Conventions | None = None
    ) -> None:
        self.kit = kit
        self.subject = subject
        self.lang = lang
        self.width = width
        self.conv = conv or Conventions.for_language(lang)
        self.answers: Mapping[str, Any] = subject.answers
        self.text = AnswerText(subject.form, lang, self.conv, subject.datasets)

    def _question(self, name: str) -> Question | None:
        element = self.subject.form.elements.get(name)
        return element if isinstance(element, Question) else None

    def _field(self, name: str) -> tuple[str, str] | None:
        """(label, answer) of a cover question, under the short fixed wording (the form's labels are
        written for the officer: "Settlement / village / neighbourhood")."""
        question = self._question(name)
        value = self.answers.get(name)
        label = word(name, self.lang)
        if question is None:
            return None if is_empty(value) else (label, self.text.scalar(value))
        shown = self.text.text(question, value, self.answers)
        return label, shown if shown is not None else word("no_answer", self.lang)

    def officer(self) -> str:
        """The one officer name of the assessment: the form's answer, else the recorded officer."""
        return str(self.answers.get("officer") or self.subject.officer or "").strip()

    def cover(self) -> list[Flowable]:
        kit, lang, subject = self.kit, self.lang, self.subject
        title = subject.form.title_in(lang)
        place = ", ".join(str(self.answers[n]) for n in ("settlement", "municipality") if self.answers.get(n))
        out: list[Flowable] = [kit.para(title, "title")]
        if place:
            out.append(kit.para(place, "subtitle"))
        left = [f for f in (self._field(n) for n in SITE_FIELDS) if f is not None]
        right = self._visit_rows()
        out.append(self._two_column(left, right))
        people = self._people()
        if people:
            out += [
                Spacer(1, 2 * mm),
                kit.rich([(word("people_met", lang) + ": ", True), (people, False)], "small"),
            ]
        return out

    def _visit_rows(self) -> list[tuple[str, str]]:
        lang, subject = self.lang, self.subject
        rows: list[tuple[str, str]] = []
        found = self._field("visit_date")
        if found is not None:
            rows.append(found)
        rows.append((word("officer", lang), self.officer() or word("no_answer", lang)))
        status = word("status_complete" if subject.status == "complete" else "status_draft", lang)
        rows.append((word("status", lang), word("status_line", lang, status=status, revision=subject.revision)))
        for key, stamp in (
            ("created", subject.created_at),
            ("updated", subject.updated_at),
            ("finalized", subject.finalized_at),
        ):
            if stamp:
                rows.append((word(key, lang), format_datetime(stamp, self.conv)))
        women, men = self.answers.get("women_met"), self.answers.get("men_met")
        if women is not None or men is not None:
            women_text, men_text = (format_number(n, self.conv) if isinstance(n, int) else "—" for n in (women, men))
            rows.append((word("people_met", lang), word("women_men", lang, women=women_text, men=men_text)))
        return rows

    def _people(self) -> str:
        """ "Name (role); Name (role)" for the people_met repeat."""
        people = self.answers.get("people_met")
        role_q = self._question("person_role")
        if not isinstance(people, list):
            return ""
        parts = []
        for person in people:
            if not isinstance(person, Mapping) or not person.get("person_name"):
                continue
            role = person.get("person_role_other") or (
                self.text.text(role_q, person.get("person_role")) if role_q is not None else person.get("person_role")
            )
            parts.append(f"{person['person_name']} ({role})" if role else str(person["person_name"]))
        return "; ".join(parts)

    def _two_column(self, left: list[tuple[str, str]], right: list[tuple[str, str]]) -> Table:
        kit = self.kit
        rows = []
        for i in range(max(len(left), len(right))):
            row: list[Any] = []
            for side in (left, right):
                if i < len(side):
                    row += [kit.para(side[i][0], "keylabel"), kit.para(side[i][1], "cell")]
                else:
                    row += ["", ""]
            rows.append(row)
        w = self.width
        table = Table(rows, colWidths=[w * 0.14, w * 0.36, w * 0.16, w * 0.34])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                    ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                    ("LINEAFTER", (1, 0), (1, -1), 0.5, RULE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ]
            )
        )
        return table

    def key_figures(self) -> list[Flowable]:
        """Every labelled calculation outside repeats, three to a row, in a shaded box."""
        cells: list[list[Flowable]] = []
        for question in self.subject.form.questions():
            if question.type is not QType.CALCULATE or question.label is None or question.repeats:
                continue
            if not self.subject.rules().relevant(question.name):
                continue
            value = None
            if not missing_input(
                question, self.subject.form, self.answers, self.subject.rules(), draft=self.subject.is_draft
            ):
                value = self.text.text(question, self.answers.get(question.name), self.answers)
            cells.append(
                [
                    self.kit.para(value or word("no_answer", self.lang), "keyvalue"),
                    self.kit.para(self.text.label(question), "keylabel"),
                ]
            )
        if not cells:
            return []
        per_row = 3
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [[] for _ in range(per_row - len(rows[-1]))]
        table = Table(rows, colWidths=[self.width / per_row] * per_row)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), KEY_SHADE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        return [self.kit.para(word("key_figures", self.lang), "h1"), table]

    def signatures(self) -> Flowable:
        """Signature lines for the officer and the local authority, with room for a stamp."""
        kit, lang = self.kit, self.lang
        officer = self.officer()
        visit = format_date(self.answers.get("visit_date"), self.conv) if self.answers.get("visit_date") else ""

        def line(label: str, value: str = "") -> list[Any]:
            return [kit.para(label, "keylabel"), kit.para(value, "cell")]

        left = [
            line(word("name", lang), officer),
            line(word("signature", lang)),
            line(word("date", lang), visit),
        ]
        right = [
            line(word("name", lang)),
            line(word("position", lang)),
            line(word("signature", lang)),
            line(word("date", lang)),
        ]
        w = self.width
        rows = [[kit.para(word("officer", lang), "h2"), "", kit.para(word("local_authority", lang), "h2"), ""]]
        for i in range(4):
            rows.append((left[i] if i < 3 else ["", ""]) + right[i])
        rows.append(["", "", "", ""])  # a gap, so the stamp box does not look like the date line
        rows.append(["", "", kit.para(word("stamp", lang), "keylabel"), ""])
        table = Table(
            rows,
            colWidths=[w * 0.13, w * 0.33, w * 0.15, w * 0.39],
            rowHeights=[None, 11 * mm, 11 * mm, 11 * mm, 11 * mm, 4 * mm, 26 * mm],
        )
        style: list[tuple[Any, ...]] = [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, -1), (-1, -1), "TOP"),
            ("SPAN", (0, 0), (1, 0)),
            ("SPAN", (2, 0), (3, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ]
        for col in (1, 3):
            for row in range(1, 5):
                if not (col == 1 and row == 4):
                    style.append(("LINEBELOW", (col, row), (col, row), 0.6, RULE))
        style.append(("BOX", (3, 6), (3, 6), 0.6, RULE))
        table.setStyle(TableStyle(style))
        return KeepTogether([kit.para(word("signatures", lang), "h1"), table])
