"""The key figures the review page shows before locking: the same figures, worded the same way, as
the report's key-figures box (``reports.cover.key_figures``).

Every labelled calculation outside repeats that is relevant, its value through the reports'
``AnswerText`` (money with its currency, numbers in the window's conventions), and "—" for a
calculation that reads an input not answered yet (``reports.values.missing_input``), never a 0 that
is not a finding.
"""

from __future__ import annotations

from dataclasses import dataclass

from needsassess.engine import FormSession, QType
from needsassess.locale import NO_VALUE, Conventions


@dataclass(frozen=True)
class KeyFigure:
    name: str
    label: str  # in the form language
    value: str  # "—" when there is nothing to show yet


def key_figures(session: FormSession, language: str, conv: Conventions) -> list[KeyFigure]:
    """The key figures of a draft, labels in ``language`` (the form's), numbers in ``conv``."""
    # The reports' wording, imported when the review page is first shown (ReportLab is heavy).
    from needsassess.reports.values import AnswerText, missing_input

    form = session.form
    text = AnswerText(form, language, conv)
    answers = session.document()
    figures: list[KeyFigure] = []
    for question in form.questions():
        if question.type is not QType.CALCULATE or question.label is None or question.repeats:
            continue
        if not session.relevant(question.name):
            continue
        value = None
        if not missing_input(question, form, answers, session, draft=True):
            value = text.text(question, session.get(question.name), answers)
        figures.append(KeyFigure(question.name, session.label(question, language), value or NO_VALUE))
    return figures
