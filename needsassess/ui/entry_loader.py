"""Building the form-entry view, with a stand-in when the entry package is not part of this build.

The start page and the window depend only on the view's small interface: the signals ``closed()``,
``finalized(str)`` and ``saved(str)``, and ``save_pending()``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from needsassess.store import AssessmentStore
from needsassess.ui.naming import named

log = logging.getLogger(__name__)


class PlaceholderEntryView(QWidget):
    """Says that forms cannot be filled in with this build, and leads back to the list."""

    closed = Signal()
    finalized = Signal(str)
    saved = Signal(str)

    def __init__(self, store: AssessmentStore, uuid: str, *, form_language: str, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_placeholder")
        self.uuid = uuid
        record = store.get(uuid)
        self._title = record.title or uuid
        self.label = named(QLabel(), "placeholder_text")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back = named(QPushButton(), "placeholder_back")
        self.back.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.back, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.retranslate_ui()

    def save_pending(self) -> None:
        """Nothing is typed here, so nothing waits to be saved."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        text = self.tr("“{title}” cannot be opened: form entry is not part of this build.")
        self.label.setText(text.format(title=self._title))
        self.back.setText(self.tr("Back to the list"))
        self.back.setAccessibleName(self.tr("Back to the list"))


def entry_view_class() -> type[QWidget]:
    try:
        from needsassess.ui.entry import FormEntryView
    except ImportError as err:
        if not (isinstance(err, ModuleNotFoundError) and err.name == "needsassess.ui.entry"):
            log.exception("the form-entry view could not be loaded")
        return PlaceholderEntryView
    return FormEntryView


def make_entry_view(store: AssessmentStore, uuid: str, form_language: str, read_only: bool,
                    parent: QWidget | None) -> QWidget:
    view_class = entry_view_class()
    return view_class(store, uuid, form_language=form_language, read_only=read_only, parent=parent)
