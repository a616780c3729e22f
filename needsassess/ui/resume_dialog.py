"""After an unclean exit (crash, kill, power cut): which drafts were being edited, and resume one.

Every answer was saved as it was made, so nothing is lost; this dialog only helps the officer
find the place again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.store import AssessmentSummary
from needsassess.ui.i18n import shown_time, shown_title
from needsassess.ui.naming import named


class ResumeDialog(QDialog):
    """Lists the interrupted drafts; ``chosen_uuid`` is the one to open (or None for later)."""

    def __init__(self, drafts: list[AssessmentSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resume_dialog")
        self.setWindowTitle(self.tr("Resume your work"))
        self.chosen_uuid: str | None = None
        intro = QLabel(self.tr(
            "The app was not closed properly last time. Every answer was saved. "
            "These drafts were being edited; choose one to continue, or continue later from the list."))
        intro.setWordWrap(True)
        self.drafts = named(QListWidget(), "interrupted_drafts")
        self.drafts.setAccessibleName(self.tr("Interrupted drafts"))
        for draft in drafts:
            title = shown_title(draft.title) if draft.title else self.tr("(no title yet)")
            item = QListWidgetItem(self.tr("{title} — last saved {time}").format(
                title=title, time=shown_time(draft.updated_at)))
            item.setData(Qt.ItemDataRole.UserRole, draft.uuid)
            self.drafts.addItem(item)
        self.drafts.setCurrentRow(0)
        buttons = QDialogButtonBox()
        self.resume_button = buttons.addButton(self.tr("Resume"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.later_button = buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.resume_button.setAccessibleName(self.tr("Resume the selected draft"))
        self.later_button.setAccessibleName(self.tr("Later"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.drafts.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.drafts, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def accept(self) -> None:
        item = self.drafts.currentItem()
        self.chosen_uuid = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        super().accept()
