"""The window's notice that a save waits for another program's write lock (NA-STORE-700).

Another window or command may hold the database's write lock; a save then waits its turn, up to
``busy_timeout`` (10 s). The store announces the wait (``needsassess.waiting``) after 0.3 s. On
the command line that is a line on stderr; in the window, a save on the GUI thread blocks the
event loop, so without a word the window would just freeze. This notice puts the catalogued
message in the status bar and paints it at once (the loop cannot), shows the busy cursor, and
clears both as soon as the loop runs again, i.e. when the save is through. A save running on a
worker thread (an import) posts the same message to the window through a queued signal.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMainWindow

from needsassess.errors.store_codes import StoreCode
from needsassess.ui.i18n import current_language
from needsassess.waiting import announce_waits


class WaitingNotice(QObject):
    """Callable as a ``waiting.WaitNotice``; belongs to (and speaks through) ``window``'s status bar."""

    posted = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._busy = False
        self.posted.connect(self._show_later, Qt.ConnectionType.QueuedConnection)

    def text(self, where: str, seconds: int) -> str:
        return StoreCode.WAITING.render(current_language(), {"where": where, "seconds": seconds})

    def __call__(self, where: str, seconds: int) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self._window):
            return  # its window has been closed: the wait goes on silently, as before a window existed
        text = self.text(where, seconds)
        if QThread.currentThread() is not self.thread():
            self.posted.emit(text)  # from a worker: the window shows it when its loop gets there
            return
        bar = self._window.statusBar()
        bar.showMessage(text)
        bar.repaint()  # the loop is about to be blocked by the wait: paint now
        if not self._busy:
            self._busy = True
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        QTimer.singleShot(0, self, self._done)  # runs once the loop is back: the save is through

    def _show_later(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 10_000)

    def _done(self) -> None:
        if self._busy:
            self._busy = False
            QApplication.restoreOverrideCursor()
        self._window.statusBar().clearMessage()


def announce_in(window: QMainWindow) -> WaitingNotice:
    """From now on, waits for the write lock are told in ``window`` (until ``stop_announcing``)."""
    notice = WaitingNotice(window)
    announce_waits(notice)
    return notice


def stop_announcing() -> None:
    announce_waits(None)
