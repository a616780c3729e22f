"""The coordinator's review of one assessment: a state and a comment, kept apart from the answers.

The officer's answers are never edited here; the review is its own record (``sync.review``), so
it travels and conflicts separately from them. A comment is about the whole assessment or about one
question, chosen by its label in the form language; the thread so far (who, when, which question,
which state, the officer's reasons after a return) is shown beside it. Fits 1024 × 600.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from needsassess.sync.review import REVIEW_STATES
from needsassess.ui.naming import named
from needsassess.ui.review_thread import thread_html

if TYPE_CHECKING:
    from needsassess.store import ReviewRecord


class ReviewDialog(QDialog):
    """Choose the review state, the question and a comment; read them with ``status()``,
    ``question()`` and ``comment()``.

    ``questions``: question name → label in the form language, in form order; ``thread``: the
    review rows so far (shown, read-only).
    """

    def __init__(self, title: str, state: str, comment: str, parent: QWidget | None = None, *,
                 questions: Mapping[str, str] | None = None, thread: Sequence[ReviewRecord] = ()) -> None:
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
        left = QVBoxLayout()
        for index, key in enumerate(REVIEW_STATES):
            button = named(QRadioButton(texts[key]), f"review_{key}")
            button.setAccessibleName(texts[key])
            self.group.addButton(button, index)
            self.buttons_by_state[key] = button
            left.addWidget(button)
        self.buttons_by_state.get(state, self.buttons_by_state["received"]).setChecked(True)
        self.question_label = QLabel(self.tr("&About:"))
        self.question_box = named(QComboBox(), "review_question")
        self.question_box.setAccessibleName(self.tr("What the comment is about"))
        self.question_box.addItem(self.tr("The whole assessment"), None)
        for name, label in (questions or {}).items():
            self.question_box.addItem(label, name)
            self.question_box.setItemData(self.question_box.count() - 1, f"{label}\n({name})",
                                          Qt.ItemDataRole.ToolTipRole)  # the label may be elided
        self.question_box.setMinimumContentsLength(24)
        self.question_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question_label.setBuddy(self.question_box)
        about = QHBoxLayout()
        about.addWidget(self.question_label)
        about.addWidget(self.question_box, 1)
        left.addLayout(about)
        self.comment_label = QLabel(self.tr("&Comment (what to follow up, why rejected):"))
        self.comment_label.setWordWrap(True)
        self.comment_box = named(QPlainTextEdit(comment), "review_comment")
        self.comment_box.setAccessibleName(self.tr("Review comment"))
        self.comment_box.setTabChangesFocus(True)
        self.comment_label.setBuddy(self.comment_box)
        left.addWidget(self.comment_label)
        left.addWidget(self.comment_box, 1)
        right = QVBoxLayout()
        self.thread_label = QLabel(self.tr("Review so far"))
        self.thread_view = named(QTextBrowser(), "review_thread")
        self.thread_view.setAccessibleName(self.tr("Review so far"))
        self.thread_view.setHtml(thread_html(thread, questions or {}))
        self.thread_label.setBuddy(self.thread_view)
        right.addWidget(self.thread_label)
        right.addWidget(self.thread_view, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save review"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(860, 480)

    def status(self) -> str:
        return REVIEW_STATES[max(self.group.checkedId(), 0)]

    def set_status(self, state: str) -> None:
        self.buttons_by_state[state].setChecked(True)

    def question(self) -> str | None:
        """The question the comment is about; None for the whole assessment."""
        data = self.question_box.currentData()
        return str(data) if data else None

    def set_question(self, name: str | None) -> None:
        self.question_box.setCurrentIndex(max(self.question_box.findData(name), 0) if name else 0)

    def comment(self) -> str:
        return self.comment_box.toPlainText().strip()
