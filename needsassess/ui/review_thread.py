"""The review thread in words: who wrote what, when, about which question, in which state.

Shared by the coordinator's review dialog and the officer's returned assessment, so both read the
same conversation the same way. Question names become their labels in the form language; times are
local ``YYYY-MM-DD HH:MM`` (unambiguous in every interface language).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from needsassess.ui.i18n import shown_time

if TYPE_CHECKING:
    from needsassess.engine.model import Form
    from needsassess.store import ReviewRecord


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewThread", text)


def state_text(state: str) -> str:
    """A review state in the interface language."""
    return {"received": _tr("Received"), "approved": _tr("Approved"), "needs_follow_up": _tr("Needs follow-up"),
            "rejected": _tr("Rejected"), "resubmitted": _tr("Resubmitted after a return")}.get(state, state)


def question_labels(form: Form, language: str) -> dict[str, str]:
    """Every question's label in ``language`` (the form's default where it has none), by name."""
    labels: dict[str, str] = {}
    for question in form.questions():
        text = question.label.get(language, form.default_language) if question.label is not None else ""
        labels[question.name] = " ".join(str(text).split()) or question.name
    return labels


def about_text(record: ReviewRecord, labels: Mapping[str, str]) -> str:
    """What a comment is about: "the whole assessment" or the question's label."""
    if not record.question:
        return _tr("the whole assessment")
    return labels.get(record.question, record.question)


def entry_heading(record: ReviewRecord, labels: Mapping[str, str]) -> str:
    """"{who}, {when} · {state} · on {about}" for one row of the thread."""
    return _tr("{who}, {when} · {state} · on {about}").format(
        who=record.reviewer or _tr("(no name)"), when=shown_time(record.at), state=state_text(record.status),
        about=about_text(record, labels))


def thread_html(thread: Sequence[ReviewRecord], labels: Mapping[str, str]) -> str:
    """The whole thread as simple rich text, oldest first (for a read-only text view)."""
    from html import escape

    if not thread:
        return "<p><i>{}</i></p>".format(escape(_tr("No review yet.")))
    parts = []
    for record in thread:
        head = escape(entry_heading(record, labels))
        body = escape(record.comment).replace("\n", "<br>") if record.comment else ""
        parts.append(f"<p><b>{head}</b>" + (f"<br>{body}" if body else "") + "</p>")
    return "".join(parts)
