"""The coordinator's comments in an opened assessment: at the top, and beside their questions.

When a coordinator returns an assessment for follow-up (a field package), its review thread comes
with it. Opening it shows a band under the header: the state, the comments on the whole assessment,
and a link per commented question that jumps to it; on the form's pages each commented question
carries its comments under its label, so the officer reads the remark where the answer is. The
officer's own reasons (a reopened return) are part of the thread and read the same way. Installed
by ``ui.entry_loader`` on every entry view; an assessment without comments shows nothing extra.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.store import StoreError
from needsassess.ui.entry.page import FormPage
from needsassess.ui.review_thread import entry_heading, state_text

if TYPE_CHECKING:
    from needsassess.store import ReviewRecord
    from needsassess.ui.entry.form_view import FormEntryView
    from needsassess.ui.entry.question_widgets import QuestionWidget

BAND_STYLE = ("QFrame#returnComments { background: #f3e5f5; border-bottom: 1px solid #ce93d8; }"
              " QLabel { color: #2b1a33; }")
NOTE_STYLE = ("QLabel { background: #f3e5f5; border-left: 3px solid #8e24aa; padding: 4px 8px;"
              " color: #2b1a33; }")
MARK = "na_return_comments"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReturnComments", text)


def _entry_html(records: Sequence[ReviewRecord], labels: dict[str, str]) -> str:
    parts = []
    for record in records:
        head = escape(entry_heading(record, labels))
        parts.append(f"<b>{head}</b><br>{escape(record.comment).replace(chr(10), '<br>')}")
    return "<br>".join(parts)


class _FitScroll(QScrollArea):
    """As tall as its wrapped text at the present width, at most ``MAX_HEIGHT`` (then it scrolls), so a
    600-pixel screen keeps room for the form."""

    MAX_HEIGHT = 96

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        body = self.widget()
        width = self.viewport().width() if self.isVisible() else self.width()
        height = body.heightForWidth(width) if body is not None and body.hasHeightForWidth() else -1
        if height < 0 and body is not None:
            height = body.sizeHint().height()
        return QSize(super().sizeHint().width(), min(self.MAX_HEIGHT, max(height, 0) + 2))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.height() != self.sizeHint().height():
            self.updateGeometry()


class ReturnComments(QObject):
    """The band and the notes beside questions for one ``FormEntryView``.

    Every text of the band (the state line, the button, the comments' headings and the question links)
    is set again when the interface language changes (Qt's ``LanguageChange`` reaching the band) and
    when the form language changes (the links and notes name questions by their labels).
    """

    def __init__(self, view: FormEntryView, thread: Sequence[ReviewRecord], status: str) -> None:
        super().__init__(view)
        self.view = view
        self.review_thread, self.status = list(thread), status
        self.comments = [r for r in thread if r.comment]
        form = view.session.form
        self.by_question: dict[str, list[ReviewRecord]] = {}
        for record in self.comments:
            if record.question and record.question in form.elements:
                self.by_question.setdefault(record.question, []).append(record)
        self.general_records = [r for r in self.comments if not r.question or r.question not in self.by_question]
        self._read_labels()
        self.band = self._band()
        self.band.installEventFilter(self)
        self.retranslate()
        layout = view.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(2, self.band)  # under the header and the message bar
        view.stack.currentChanged.connect(self.annotate)
        self.annotate()

    def _read_labels(self) -> None:
        """The questions' labels in the form language now in use."""
        self.labels_language = self.view.ctx.language
        self.labels = {name: " ".join(self.view.ctx.label(element).split()) or name
                       for name, element in self.view.session.form.elements.items()}

    def _band(self) -> QFrame:
        band = QFrame(self.view)
        band.setObjectName("returnComments")
        band.setStyleSheet(BAND_STYLE)
        outer = QVBoxLayout(band)
        outer.setContentsMargins(12, 6, 12, 6)
        outer.setSpacing(2)
        self.title = QLabel(band)
        self.title.setWordWrap(True)
        self.toggle = QToolButton(band)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.toggled.connect(self._shown)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(head)
        body = QWidget(band)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(4)
        self.general: QLabel | None = None
        self.links: QLabel | None = None
        if self.general_records:
            self.general = QLabel(body)
            self.general.setObjectName("return_general_comments")
            self.general.setWordWrap(True)
            self.general.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            body_layout.addWidget(self.general)
        if self.by_question:
            self.links = QLabel(body)
            self.links.setObjectName("return_question_links")
            self.links.setWordWrap(True)
            self.links.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                               | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
            self.links.linkActivated.connect(lambda name: self.view.jump_to(name, ()))
            body_layout.addWidget(self.links)
        self.scroll = _FitScroll(band)
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        outer.addWidget(self.scroll)
        return band

    def _title_text(self) -> str:
        state = self.review_thread[-1].status if self.review_thread else ""
        if self.status == "returned":
            return _tr("Returned by the coordinator: {state}. Reopen it from the list to correct it.").format(
                state=state_text("needs_follow_up"))
        if self.status == "draft" and any(r.status == "needs_follow_up" for r in self.review_thread):
            return _tr("Returned by the coordinator: correct the answers below, then finalize.")
        return _tr("Review comments ({state})").format(state=state_text(state))

    def retranslate(self) -> None:
        """Every text of the band in the interface language, questions named in the form language."""
        if self.labels_language != self.view.ctx.language:
            self._read_labels()
        self.title.setText(f"<b>{escape(self._title_text())}</b>")
        self.toggle.setText(_tr("Hide comments") if self.toggle.isChecked() else _tr("Show comments"))
        self.toggle.setAccessibleName(_tr("Show or hide the coordinator's comments"))
        if self.general is not None:
            self.general.setText(_entry_html(self.general_records, self.labels))
        if self.links is not None:
            links = ", ".join(f'<a href="{escape(name)}">{escape(self.labels.get(name, name))}</a>'
                              for name in self.by_question)
            self.links.setText(escape(_tr("Comments on questions: {links}")).format(links=links))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.band and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _shown(self, shown: bool) -> None:
        self.scroll.setVisible(shown)
        self.toggle.setText(_tr("Hide comments") if shown else _tr("Show comments"))

    def annotate(self, _index: int = -1) -> None:
        """Put each commented question's comments under its label, on the page now shown."""
        if self.labels_language != self.view.ctx.language:  # the form language changed: pages were rebuilt
            self.retranslate()
        page = self.view.current_page()
        if not isinstance(page, FormPage):
            return
        for widget in page.question_widgets():
            records = self.by_question.get(widget.question.name)
            if records and not widget.property(MARK):
                self._note(widget, records)

    def _note(self, widget: QuestionWidget, records: Sequence[ReviewRecord]) -> None:
        note = QLabel(_entry_html(records, self.labels), widget)
        note.setObjectName("return_comment_note")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note.setAccessibleName(_tr("The coordinator's comment"))
        widget.column.insertWidget(1, note)  # right under the question's label
        widget.setProperty(MARK, True)


def attach_return_comments(view: FormEntryView) -> ReturnComments | None:
    """Show the review thread in ``view`` when it has comments; None otherwise (or if unreadable)."""
    try:
        thread = view.store.reviews(view.uuid)
        status = view.store.get(view.uuid).status
    except StoreError:
        return None
    if not any(r.comment for r in thread):
        return None
    return ReturnComments(view, thread, status)
