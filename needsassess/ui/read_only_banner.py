"""The banner a window shows when its data folder can only be read (a read-only folder, a full disk).

The store opens such a folder for reading and refuses every write at once (``refuse_writes``).
Without a word at start, the officer would find out at the first save, from an error. So the
window says it at once, in one calm line above the list, and the actions that would write (new,
import, export (recorded in the database), demo data, editing a draft, reopen, discard) are
disabled; a draft opens for viewing. The condition counts as told (``error_reports``): a write
that fails anyway says so in the status bar, not in another box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from needsassess.ui.error_reports import mark_told
from needsassess.ui.naming import named

if TYPE_CHECKING:
    from needsassess.store import AssessmentStore
    from needsassess.ui.main_window import MainWindow

KINDS = ("read_only", "disk_full")


def writes_refused(store: AssessmentStore | None) -> str | None:
    """``read_only`` or ``disk_full`` when ``store`` was opened for reading only, else None."""
    if store is None or store.write_refusal is None:
        return None
    kind = store.write_refusal[0]
    return kind if kind in KINDS else None


class ReadOnlyBanner(QLabel):
    """One line, in the interface language, saying why nothing can be saved and what to do."""

    def __init__(self, kind: str, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "read_only_banner")
        self.kind, self.folder = kind, folder
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#read_only_banner { background: #fff3cd; color: #5c4400; padding: 8px;"
                           " border-bottom: 1px solid #e0c36c; }")
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.kind == "disk_full":
            text = self.tr("The disk is full, so nothing can be saved: you can look at and print the assessments. "
                           "Free some space, then start the app again.")
        else:
            text = self.tr("This data folder can only be read ({folder}), so nothing can be saved: you can look at "
                           "and print the assessments. To work, check the folder's permissions or start the app "
                           "with another data folder.").format(folder=self.folder)
        self.setText(text)
        self.setAccessibleName(text)


def show_read_only(window: MainWindow) -> ReadOnlyBanner | None:
    """Above the window's pages, the banner, if its store refuses writes; the writing actions disabled."""
    kind = writes_refused(window.store)
    if kind is None or window.store is None:
        return None
    banner = ReadOnlyBanner(kind, window.store.location)
    pages = window.takeCentralWidget()  # the stack of pages, kept, now below the banner
    assert pages is not None
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(pages, 1)
    window.setCentralWidget(holder)
    for action in (window.new_action, window.import_action, window.export_action, window.demo_action):
        action.setEnabled(False)
    mark_told(window, kind)
    return banner
