"""Making windows fit small laptop screens (1024×600, or 1280×720 at 125 %) in every language.

- ``FlowBox``: a row of buttons that wraps onto a second line when the window is narrow, so a
  long Uzbek or Nepali button text never pushes the window wider than the screen.
- ``ElidedLabel``: one line of text that may be cut with "…" when narrow; the whole text is its
  tooltip (a data folder path, a long title).
- ``fit_to_screen``: a window or dialog opens at the size it asks for, or smaller when the screen
  is smaller.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSizePolicy,
    QWidget,
)

SCREEN_MARGIN = 40  # room for the window frame and title bar around a dialog


class FlowBox(QWidget):
    """Child widgets left to right, wrapping to the next line when narrow; right-aligned if asked.

    A widget that places its children itself rather than a ``QLayout`` subclass: a Python
    ``QLayout.itemAt`` must return None past the last item, and PySide6 then loses a reference to
    None on every call (Python 3.11 aborts with "deallocating None").
    """

    def __init__(self, widgets: list[QWidget], right: bool = False, spacing: int = 6,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._widgets = list(widgets)
        self._right = right
        self._spacing = spacing
        for widget in self._widgets:
            widget.setParent(self)
            widget.installEventFilter(self)  # shown or hidden: lay out again
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _visible(self) -> list[QWidget]:
        return [w for w in self._widgets if not w.isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.updateGeometry()
            self._arrange(self.width(), move=True)
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a child's text (and size hint) changed
            self.updateGeometry()
            self._arrange(self.width(), move=True)
        return super().event(event)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(width, move=False)

    def sizeHint(self) -> QSize:
        shown = self._visible()
        width = sum(w.sizeHint().width() for w in shown) + self._spacing * max(0, len(shown) - 1)
        return QSize(width, max((w.sizeHint().height() for w in shown), default=0))

    def minimumSizeHint(self) -> QSize:
        shown = self._visible()
        width = max((w.minimumSizeHint().width() for w in shown), default=0)
        return QSize(width, self._arrange(max(width, self.width()), move=False))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(self.width(), move=True)

    def _lines(self, width: int) -> list[list[QWidget]]:
        lines: list[list[QWidget]] = [[]]
        used = 0
        for widget in self._visible():
            wanted = widget.sizeHint().width()
            if lines[-1] and used + self._spacing + wanted > width:
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + wanted
            lines[-1].append(widget)
        return [line for line in lines if line]

    def _arrange(self, width: int, move: bool) -> int:
        """Place the children in lines ``width`` wide (when ``move``); the height they take."""
        y = 0
        for line in self._lines(width):
            height = max(w.sizeHint().height() for w in line)
            widths = [min(w.sizeHint().width(), width) for w in line]
            x = width - (sum(widths) + self._spacing * (len(line) - 1)) if self._right else 0
            for widget, wide in zip(line, widths, strict=True):
                if move:
                    widget.setGeometry(QRect(QPoint(x, y), QSize(wide, height)))
                x += wide + self._spacing
            y += height + self._spacing
        return max(0, y - self._spacing)


def flow_widget(widgets: list[QWidget], right: bool = False) -> QWidget:
    """``widgets`` in a ``FlowBox``: on one line when there is room, else on more."""
    return FlowBox(widgets, right=right)


class ElidedLabel(QLabel):
    """One line that is cut with "…" when narrower than its text; the whole text is the tooltip."""

    def __init__(self, parent: QWidget | None = None, minimum_chars: int = 12,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._minimum_chars = minimum_chars
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:  # the whole text, not the cut one shown
        return self._full

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.averageCharWidth() * self._minimum_chars, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, self._mode, max(0, self.width() - 2))
        super().setText(shown)


def available_size(widget: QWidget) -> QSize:
    """The usable size of the screen the widget is on (or the primary screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


class _ScreenClamp(QObject):
    """Shrinks any window or dialog that is about to show larger than its screen's free area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            room = available_size(watched)
            width = min(watched.width(), room.width() - SCREEN_MARGIN // 2)
            height = min(watched.height(), room.height() - SCREEN_MARGIN)
            if (width, height) != (watched.width(), watched.height()):
                watched.resize(max(width, watched.minimumWidth()), max(height, watched.minimumHeight()))
        return False


def install_screen_fit(app: QApplication) -> QObject:
    """Every window of ``app`` opens no larger than the screen (once per application); the filter."""
    clamp = app.findChild(_ScreenClamp, "screen_clamp")
    if clamp is None:
        clamp = _ScreenClamp(app)
        clamp.setObjectName("screen_clamp")
        app.installEventFilter(clamp)
    return clamp


def remove_screen_fit(app: QApplication) -> None:
    """Undo ``install_screen_fit`` (for tests that share one application)."""
    clamp = app.findChild(_ScreenClamp, "screen_clamp")
    if clamp is not None:
        app.removeEventFilter(clamp)
        clamp.setObjectName("")
        clamp.deleteLater()


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height``, or to what the screen leaves free around the window frame."""
    room = available_size(widget)
    widget.resize(max(1, min(width, room.width() - SCREEN_MARGIN)),
                  max(1, min(height, room.height() - SCREEN_MARGIN * 2)))

