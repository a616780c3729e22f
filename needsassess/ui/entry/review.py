"""The review page, the last before finalizing: laid out like the form's pages, it shows the key
figures to check before locking, every missing or wrong answer as a link to its question (under a
link to its page), and the Finalize button.

Finalize is enabled only when the session has no problems; the store checks again and refuses
(``FinalizeRefused``) if anything slipped through, so the button is a convenience, not the guard.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import Problem
from needsassess.engine.model import Element
from needsassess.locale import format_number
from needsassess.ui.entry.context import EntryContext
from needsassess.ui.entry.key_figures import key_figures
from needsassess.ui.entry.page import PAGE_WIDTH
from needsassess.ui.entry.style import REVIEW_STYLE, style_label

MAX_LINKS = 200  # a fresh form can have many missing answers; the first ones are enough to act on
FIGURES_PER_ROW = 2  # Nepali and Uzbek labels are long: two figures side by side fit at 1024 px


class Link(QLabel):
    """A link that wraps (long Nepali and Uzbek labels never widen the page), reachable with Tab and
    followed with Enter or a click; ``plain`` is its text, ``click()`` follows it."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(f'<a href="#" style="color:#0d47a1; text-decoration:none">{html.escape(text)}</a>', parent)
        self.plain = text
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(text)
        self.linkActivated.connect(lambda _href: self.clicked.emit())

    def click(self) -> None:
        self.clicked.emit()


class ReviewPage(QWidget):
    jump = Signal(str, object)  # question name, instance
    finalize_requested = Signal()

    def __init__(self, ctx: EntryContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.finalized = False
        self.returned = False  # sent back by the coordinator: the summary says to reopen it
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget(self.scroller)
        outer.setObjectName("page")
        body = QWidget(outer)
        body.setMaximumWidth(PAGE_WIDTH)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 12, 24, 24)  # as FormPage
        layout.setSpacing(6)
        self.title = QLabel(body)
        style_label(self.title, "pageTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.figures_title = QLabel(body)
        style_label(self.figures_title, "sectionTitle")
        self.figures = QFrame(body)
        self.figures.setObjectName("keyFigures")
        self.figures_grid = QGridLayout(self.figures)
        self.figures_grid.setContentsMargins(10, 8, 10, 8)
        self.figures_grid.setHorizontalSpacing(18)
        self.problems_title = QLabel(body)
        style_label(self.problems_title, "sectionTitle")
        self.links = QWidget(body)
        self.links_layout = QVBoxLayout(self.links)
        self.links_layout.setContentsMargins(0, 0, 0, 8)
        self.links_layout.setSpacing(2)
        # Finalize stays in sight below the scrolled figures and links, on a 600-pixel-high screen too.
        bar = QFrame(self)
        bar.setObjectName("finalizeBar")
        self.finalize_note = QLabel(bar)
        self.finalize_note.setWordWrap(True)
        style_label(self.finalize_note, "hint")
        self.finalize_button = QPushButton(bar)
        self.finalize_button.setObjectName("finalize")
        self.finalize_button.setDefault(True)
        self.finalize_button.clicked.connect(self.finalize_requested)
        action_row = QHBoxLayout(bar)
        action_row.setContentsMargins(24, 8, 24, 8)
        action_row.addWidget(self.finalize_note, 1)
        action_row.addWidget(self.finalize_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for widget in (self.title, self.summary, self.problems_title, self.links, self.figures_title, self.figures):
            layout.addWidget(widget)
        layout.addStretch(1)
        centre = QHBoxLayout(outer)  # centred like FormPage: up to PAGE_WIDTH, the rest either side
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(body, 100)
        centre.addStretch(1)
        self.scroller.setWidget(outer)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(0)
        page.addWidget(self.scroller, 1)
        page.addWidget(bar)
        self.setStyleSheet(REVIEW_STYLE)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Review and finalize"))
        self.figures_title.setText(self.tr("Key figures to check"))
        self.problems_title.setText(self.tr("Still to answer or correct"))
        self.finalize_button.setText(self.tr("Finalize the assessment"))
        self.finalize_button.setToolTip(self.tr("Lock the answers; a change after this needs a reopen with a reason."))
        self.refresh()

    def refresh(self) -> None:
        """Re-read figures and problems (when the page is shown and after each change while shown)."""
        session = self.ctx.session
        problems = list(session.problems())
        editable = not self.finalized and not self.ctx.read_only
        states = session.page_states()
        conv = self.ctx.conventions
        answered = self.tr("{answered} of {total} questions answered.").format(
            answered=format_number(sum(p.answered for p in states), conv),
            total=format_number(sum(p.total for p in states), conv))
        if not editable and self.returned and not self.finalized:
            self.summary.setText(" ".join((
                self.tr("The coordinator returned this assessment for correction."),
                self.tr("To correct it, reopen it from the list of assessments, then finalize it again."))))
        elif not editable:
            self.summary.setText(" ".join((
                self.tr("This assessment is finalized and its answers can no longer be changed here."),
                self.tr("To correct it, reopen it from the list of assessments."))))
        elif problems:
            self.summary.setText(" ".join((answered, self.tr("Answer or correct the questions listed below "
                                                              "before finalizing; select one to go to it."))))
        else:
            self.summary.setText(" ".join((answered, self.tr("Nothing is missing: check the key figures, "
                                                              "then finalize to lock the assessment."))))
        self._show_figures()
        self._clear(self.links)
        self.problems_title.setVisible(editable and bool(problems))
        if editable:
            self._list(problems)
        self.finalize_button.setVisible(editable)
        self.finalize_button.setEnabled(not problems)
        self.finalize_note.setVisible(editable)
        self.finalize_note.setText(
            self.tr("Finalize becomes possible once nothing listed above is missing.") if problems
            else self.tr("After finalizing, the answers are locked and the assessment is ready to export."))

    @staticmethod
    def _clear(container: QWidget) -> None:
        for child in container.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            child.hide()
            child.deleteLater()

    def _show_figures(self) -> None:
        self._clear(self.figures)
        figures = key_figures(self.ctx.session, self.ctx.language, self.ctx.conventions)
        self.figures_title.setVisible(bool(figures))
        self.figures.setVisible(bool(figures))
        for number, figure in enumerate(figures):
            value = QLabel(figure.value, self.figures)
            style_label(value, "calculated")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = QLabel(figure.label, self.figures)
            style_label(label, "hint")
            label.setWordWrap(True)
            row, column = divmod(number, FIGURES_PER_ROW)
            self.figures_grid.addWidget(value, row * 2, column)
            self.figures_grid.addWidget(label, row * 2 + 1, column, Qt.AlignmentFlag.AlignTop)
        for column in range(FIGURES_PER_ROW):
            self.figures_grid.setColumnStretch(column, 1)

    def _list(self, problems: list[Problem]) -> None:
        current_page: str | None = None
        for problem in problems[:MAX_LINKS]:
            element = self.ctx.form.elements[problem.name]
            page = element.parents[0] if element.parents else problem.name
            if page != current_page:
                current_page = page
                heading = Link(self.ctx.label(self.ctx.form.elements[page]), self.links)
                style_label(heading, "sectionTitle")
                heading.setObjectName("pageLink")
                heading.setToolTip(self.tr("Go to this page"))
                heading.clicked.connect(lambda _=False, p=problem: self.jump.emit(p.name, tuple(p.instance)))
                self.links_layout.addWidget(heading)
            link = Link(self.describe_problem(problem), self.links)
            link.setObjectName("problemLink")
            link.setContentsMargins(12, 1, 0, 1)
            link.clicked.connect(lambda _=False, p=problem: self.jump.emit(p.name, tuple(p.instance)))
            self.links_layout.addWidget(link)
        if len(problems) > MAX_LINKS:
            more = QLabel(self.tr("…and {count} more.").format(
                count=format_number(len(problems) - MAX_LINKS, self.ctx.conventions)), self.links)
            self.links_layout.addWidget(more)

    def describe_problem(self, problem: Problem) -> str:
        """ "Households met (Household 2) — An answer is required.": the label in the form language."""
        element: Element = self.ctx.form.elements[problem.name]
        label = self.ctx.label(element) or element.name
        if problem.instance:
            repeat = self.ctx.form.elements[element.repeats[-1]]
            number = problem.instance[-1] + 1
            where = self.tr("{name} {number}").format(name=self.ctx.label(repeat),
                                                      number=format_number(number, self.ctx.conventions))
            label = f"{label} ({where})"
        message = problem.text(self.ctx.language, self.ctx.form.default_language)
        return f"{label} — {message}"
