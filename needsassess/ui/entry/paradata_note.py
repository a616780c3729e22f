"""The paradata summary of a complete assessment, shown to the coordinator who opens it to read.

One line under the header: active time, pages visited, answers changed after first entry and the
reasons given on reopening (``analysis.paradata``; the figures' words come from the error
catalogue in en/ne/uz, the title from the .ts files). Reading the events of one assessment is one
small query, done when the view opens.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout

from needsassess.errors import UserError
from needsassess.ui.i18n import current_language
from needsassess.ui.naming import named

if TYPE_CHECKING:
    from needsassess.analysis.paradata import ParadataSummary
    from needsassess.ui.entry.form_view import FormEntryView

log = logging.getLogger(__name__)
STYLE = "QLabel { background: #eef3fb; color: #1d3557; border-left: 3px solid #4a78c2; padding: 3px 6px; }"


class ParadataNote(QObject):
    """A label in ``view`` with the summary of its assessment's paradata."""

    def __init__(self, view: FormEntryView) -> None:
        super().__init__(view)
        from needsassess.analysis.paradata import ParadataSummary, assessment_summary

        self._view = view
        self.label = named(QLabel(view), "paradata_summary")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(STYLE)
        try:
            self.summary: ParadataSummary = assessment_summary(view.store, view.uuid)
        except UserError as err:  # the database cannot be read now: the assessment still opens
            log.warning("paradata summary: %s", err)
            self.summary = ParadataSummary()
        layout = view.layout()
        if isinstance(layout, QVBoxLayout):
            layout.insertWidget(2, self.label)  # under the header and the message bar
        view.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt may still deliver an event while Python tears this object down.
        if watched is getattr(self, "_view", None) and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        title = self.tr("Time spent entering:")
        self.label.setText(f"{title} {self.summary.text(current_language())}")
