"""The coordinator's review of one assessment: a state and a comment, kept apart from the answers.

The officer's answers are never edited here; the review is its own record (``sync.review``), so
it travels and conflicts separately from them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.sync.review import REVIEW_STATES
from needsassess.ui.naming import named


class ReviewDialog(QDialog):
    """Choose the review state and write a comment; read them with ``status()`` and ``comment()``."""

    def __init__(self, title: str, state: str, comment: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review_dialog")
        self.setWindowTitle(self.tr("Review"))
        self.intro = QLabel(self.tr("Review of “{title}”. The officer's answers are not changed; the review "
                                    "is kept beside them.").format(title=title))
        self.intro.setWordWrap(True)
        texts = {"received": self.tr("Received (not reviewed yet)"), "approved": self.tr("Approved"),
                 "needs_follow_up": self.tr("Needs follow-up"), "rejected": self.tr("Rejected")}
        self.group = QButtonGroup(self)
        self.buttons_by_state: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for index, key in enumerate(REVIEW_STATES):
            button = named(QRadioButton(texts[key]), f"review_{key}")
            button.setAccessibleName(texts[key])
            self.group.addButton(button, index)
            self.buttons_by_state[key] = button
            layout.addWidget(button)
        self.buttons_by_state.get(state, self.buttons_by_state["received"]).setChecked(True)
        self.comment_label = QLabel(self.tr("&Comment (what to follow up, why rejected):"))
        self.comment_box = named(QPlainTextEdit(comment), "review_comment")
        self.comment_box.setAccessibleName(self.tr("Review comment"))
        self.comment_box.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment_box)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.comment_box, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save review"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 380)

    def status(self) -> str:
        return REVIEW_STATES[max(self.group.checkedId(), 0)]

    def set_status(self, state: str) -> None:
        self.buttons_by_state[state].setChecked(True)

    def comment(self) -> str:
        return self.comment_box.toPlainText().strip()
