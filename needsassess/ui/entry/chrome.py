"""The parts of the entry view around the pages: the header, the message bar and the page list.

The header keeps the form title, the site and the autosave state in sight on every page; the
message bar tells about a store failure without a pop-up; the page list shows each page's state
with an icon and a colour, so a problem on page 7 is visible from page 2.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.ui.entry.style import HEADER_STYLE, MESSAGE_STYLE, PAGE_LIST_STYLE, style_label
from needsassess.ui.fitting import ElidedLabel

STATE_COLOURS = {
    "untouched": "#9e9e9e",
    "in_progress": "#ef8f00",
    "complete": "#2e7d32",
    "problems": "#c62828",
    "review": "#1565c0",
}
_ICONS: dict[str, QIcon] = {}


def state_icon(state: str) -> QIcon:
    """A small round icon per page state (drawn once; no image files to ship)."""
    if state not in _ICONS:
        pixmap = QPixmap(QSize(16, 16))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(STATE_COLOURS[state])
        painter.setPen(QPen(colour, 2))
        if state == "untouched":
            painter.drawEllipse(3, 3, 10, 10)
        elif state == "in_progress":
            painter.drawEllipse(3, 3, 10, 10)
            painter.setBrush(colour)
            painter.drawPie(3, 3, 10, 10, 90 * 16, 180 * 16)
        elif state == "problems":
            painter.setBrush(colour)
            painter.drawEllipse(2, 2, 12, 12)
            painter.setPen(QPen(QColor("white"), 2))
            painter.drawLine(8, 5, 8, 9)
            painter.drawPoint(8, 11)
        else:
            painter.setBrush(colour)
            painter.drawEllipse(2, 2, 12, 12)
            if state == "complete":
                painter.setPen(QPen(QColor("white"), 2))
                painter.drawPolyline([QPoint(5, 8), QPoint(7, 10), QPoint(11, 5)])
        painter.end()
        _ICONS[state] = QIcon(pixmap)
    return _ICONS[state]


class Header(QFrame):
    """Form title, site and the autosave state."""

    back_to_list = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        self.setStyleSheet(HEADER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.back_button = QToolButton(self)
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.back_button.clicked.connect(self.back_to_list)
        layout.addWidget(self.back_button)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.title = ElidedLabel(self)  # a long title or site is cut with "…" (whole in the tooltip)
        style_label(self.title, "formTitle")
        self.site = ElidedLabel(self)
        style_label(self.site, "hint")
        texts.addWidget(self.title)
        texts.addWidget(self.site)
        layout.addLayout(texts, 1)
        self.saved = QLabel(self)
        style_label(self.saved, "savedState")
        self.saved.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.saved)


class MessageBar(QFrame):
    """A store failure, shown in the view (never a pop-up) until the next save succeeds."""

    retry = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet(MESSAGE_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text, 1)
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry)
        layout.addWidget(self.retry_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self.hide()

    def show_message(self, text: str, *, can_retry: bool) -> None:
        self.text.setText(text)
        self.retry_button.setVisible(can_retry)
        self.show()


class PageList(QListWidget):
    """The pages, each with its state; the last entry is the review page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageList")
        self.setStyleSheet(PAGE_LIST_STYLE)
        self.setIconSize(QSize(16, 16))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setFixedWidth(240)

    def set_pages(self, labels: list[str], review_label: str) -> None:
        current = max(self.currentRow(), 0)
        self.blockSignals(True)
        self.clear()
        for label in labels:
            QListWidgetItem(state_icon("untouched"), label, self)
        QListWidgetItem(state_icon("review"), review_label, self)
        self.setCurrentRow(min(current, self.count() - 1))
        self.blockSignals(False)

    def set_state(self, row: int, state: str, tooltip: str, visible: bool) -> None:
        item = self.item(row)
        if item.data(Qt.ItemDataRole.UserRole) != state:
            item.setIcon(state_icon(state))
            item.setData(Qt.ItemDataRole.UserRole, state)
        item.setToolTip(tooltip)
        item.setHidden(not visible)
