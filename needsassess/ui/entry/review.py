"""The review page: every missing or wrong answer, each a link to its question, and Finalize.

Finalize is enabled only when the session has no problems; the store checks again and refuses
(``FinalizeRefused``) if anything slipped through, so the button is a convenience, not the guard.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from needsassess.engine import Problem
from needsassess.engine.model import Element
from needsassess.ui.entry.context import EntryContext
from needsassess.ui.entry.page import PAGE_WIDTH
from needsassess.ui.entry.style import REVIEW_STYLE, style_label

MAX_LINKS = 200  # a fresh form can have many missing answers; the first ones are enough to act on


class ReviewPage(QScrollArea):
    jump = Signal(str, object)  # question name, instance
    finalize_requested = Signal()

    def __init__(self, ctx: EntryContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.finalized = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("page")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(24, 12, 24, 24)
        self.title = QLabel(body)
        style_label(self.title, "pageTitle")
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.links = QWidget(body)
        self.links.setMaximumWidth(PAGE_WIDTH)
        self.links_layout = QVBoxLayout(self.links)
        self.links_layout.setContentsMargins(0, 8, 0, 8)
        self.links_layout.setSpacing(2)
        self.finalize_button = QPushButton(body)
        self.finalize_button.setObjectName("finalize")
        self.finalize_button.clicked.connect(self.finalize_requested)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.links)
        self.layout_.addWidget(self.finalize_button)
        self.layout_.addStretch(1)
        self.setWidget(body)
        body.setStyleSheet(REVIEW_STYLE)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Review and finalize"))
        self.finalize_button.setText(self.tr("Finalize the assessment"))
        self.refresh()

    def refresh(self) -> None:
        """Re-list the problems (called when the page is shown and after each change while shown)."""
        session = self.ctx.session
        problems = list(session.problems())
        for child in self.links.findChildren(QWidget):
            child.hide()
            child.deleteLater()
        answered = sum(p.answered for p in session.page_states())
        total = sum(p.total for p in session.page_states())
        if self.finalized or self.ctx.read_only:
            self.summary.setText(" ".join((
                self.tr("This assessment is finalized and its answers can no longer be changed here."),
                self.tr("To correct it, reopen it from the list of assessments."))))
        elif problems:
            self.summary.setText(" ".join((
                self.tr("{answered} of {total} questions answered.").format(answered=answered, total=total),
                self.tr("Answer or correct these questions before finalizing."),
                self.tr("Select one to go to it."))))
        else:
            self.summary.setText(" ".join((
                self.tr("{answered} of {total} questions answered.").format(answered=answered, total=total),
                self.tr("Nothing is missing: finalize to lock the assessment."))))
        if not self.finalized and not self.ctx.read_only:
            self._list(problems)
        self.finalize_button.setVisible(not self.ctx.read_only and not self.finalized)
        self.finalize_button.setEnabled(not problems)

    def _list(self, problems: list[Problem]) -> None:
        current_page = None
        for problem in problems[:MAX_LINKS]:
            element = self.ctx.form.elements[problem.name]
            page = element.parents[0] if element.parents else ""
            if page != current_page:
                current_page = page
                heading = QLabel(self.ctx.label(self.ctx.form.elements[page]) if page else "", self.links)
                style_label(heading, "sectionTitle")
                self.links_layout.addWidget(heading)
            link = QPushButton(self._describe(element, problem), self.links)
            link.setObjectName("problemLink")
            link.setFlat(True)
            link.clicked.connect(lambda _=False, p=problem: self.jump.emit(p.name, tuple(p.instance)))
            self.links_layout.addWidget(link)
        if len(problems) > MAX_LINKS:
            more = QLabel(self.tr("…and {count} more.").format(count=len(problems) - MAX_LINKS), self.links)
            self.links_layout.addWidget(more)

    def _describe(self, element: Element, problem: Problem) -> str:
        label = self.ctx.label(element) or element.name
        if problem.instance:
            repeat = self.ctx.form.elements[element.repeats[-1]]
            number = problem.instance[-1] + 1
            where = self.tr("{name} {number}").format(name=self.ctx.label(repeat), number=number)
            label = f"{label} ({where})"
        message = problem.text(self.ctx.language, self.ctx.form.default_language)
        return f"{label} — {message}"
