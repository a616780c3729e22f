"""Data-quality flags shown in the entry window when a coordinator reads a complete assessment.

A flag that names a question ("Photo of the water: no photo attached") is shown beside that
question, as a small amber note under its title; a flag of the whole assessment (same answers as
another, too fast) or of a question the page does not show (an unlabelled calculation) is shown in
a band at the top. The flags are computed in the background (``ui.quality_flags.FlagsLoader``, the
same computation as the list's), so the assessment opens at once and the notes appear when ready.
Pages are built when first shown: each is decorated as it is built (``FormEntryView.page_built``).
Notes are read-only and never touch the answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from needsassess.engine import QType
from needsassess.engine.model import Form
from needsassess.ui.entry.page import WIDGETS, FormPage
from needsassess.ui.entry.question_widgets import QuestionWidget
from needsassess.ui.i18n import current_language
from needsassess.ui.naming import named
from needsassess.ui.quality_flags import FlagMap, FlagsLoader, reasons

if TYPE_CHECKING:
    from needsassess.analysis.quality import Flag
    from needsassess.ui.entry.form_view import FormEntryView

NOTE_STYLE = ("QLabel { background: #fff4e0; color: #5d3a00; border-left: 3px solid #e08a00;"
              " padding: 3px 6px; }")
DECORATED = "flag_notes_done"  # a page property: its notes are already there


def shown_beside(form: Form, name: str | None) -> bool:
    """Whether the question ``name`` has a widget on a page (so its flags go beside it)."""
    if name is None:
        return False
    try:
        question = form.question(name)
    except KeyError:
        return False
    return question.type in WIDGETS and not (question.type is QType.CALCULATE and question.label is None)


class FlagNotes(QObject):
    """Puts the flags of ``view``'s assessment beside its questions and in a band at the top."""

    def __init__(self, view: FormEntryView, loader: FlagsLoader | None = None) -> None:
        super().__init__(view)
        self._view = view
        self.flags: list[Flag] = []
        self.banner = named(QLabel(view), "flag_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(NOTE_STYLE)
        self.banner.hide()
        layout = view.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(2, self.banner)  # under the header and the message bar
        self.loader = loader or FlagsLoader(view.store, self)
        self.loader.ready.connect(self._show)
        view.page_built.connect(self._decorate)
        view.installEventFilter(self)
        self.loader.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.LanguageChange:
            self._show_banner()  # the pages are rebuilt (and decorated again) by the view itself
        return False

    def _show(self, flags: FlagMap) -> None:
        self.flags = list(flags.get(self._view.uuid, ()))
        self._show_banner()
        for index in range(self._view.stack.count()):
            page = self._view.stack.widget(index)
            if isinstance(page, FormPage):
                self._decorate(page)

    def _show_banner(self) -> None:
        form = self._view.session.form
        whole = [f for f in self.flags if not shown_beside(form, f.question)]
        if whole:
            title = self.tr("Data-quality flags of this assessment:")
            self.banner.setText(f"{title}\n{reasons(whole, current_language())}")
        self.banner.setVisible(bool(whole))

    def _decorate(self, page: QWidget) -> None:
        if not self.flags or not isinstance(page, FormPage) or page.property(DECORATED):
            return
        page.setProperty(DECORATED, True)
        for widget in page.question_widgets():
            mine = [f for f in self.flags if f.question == widget.question.name]
            if mine:
                add_note(widget, mine)


def add_note(widget: QuestionWidget, flags: Sequence[Flag]) -> QLabel:
    """A small coloured note with the reasons, under the question's title."""
    note = named(QLabel(reasons(flags, current_language()), widget), "flag_note")
    note.setWordWrap(True)
    note.setStyleSheet(NOTE_STYLE)
    note.setAccessibleName(QCoreApplication.translate("FlagNotes", "Data-quality flag"))
    widget.column.insertWidget(1, note)
    return note
