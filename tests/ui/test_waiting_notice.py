"""A save that waits for another program's write lock says so in the window's status bar (NA-STORE-700).

Another connection holds the write lock (BEGIN IMMEDIATE) and lets it go after a second; the
window's save waits, and the status bar shows the catalogued notice, painted before the wait,
with the busy cursor, both gone once the save is through. A save on a worker thread posts it.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from needsassess.store import open_store
from needsassess.waiting import announce_waits
from tests.store.test_reading_without_writing import make_filled


@pytest.fixture(autouse=True)
def _silent_afterwards() -> Iterator[None]:
    yield
    announce_waits(None)


def _hold_write_lock(db: Path, seconds: float) -> threading.Event:
    """Take the write lock now; release it after ``seconds`` (set when released)."""
    holder = sqlite3.connect(db, check_same_thread=False, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        time.sleep(seconds)
        holder.execute("COMMIT")
        holder.close()
        released.set()

    threading.Thread(target=release, daemon=True).start()
    return released


def test_a_save_waiting_for_the_lock_is_told_in_the_status_bar(tmp_path: Path, qtbot, switcher) -> None:
    from needsassess.ui.main_window import MainWindow
    from needsassess.ui.waiting_notice import announce_in

    data_dir, _uuid = make_filled(tmp_path)
    with open_store(data_dir) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        window.show()
        announce_in(window)
        released = _hold_write_lock(data_dir / "needsassess.db", 1.0)
        started = time.monotonic()
        store.settings.officer_name = "Sita"  # on the GUI thread, as the settings dialog saves
        assert time.monotonic() - started > 0.7 and released.is_set()
        message = window.statusBar().currentMessage()
        assert "busy in another needsassess window" in message and "10 seconds" in message
        assert QApplication.overrideCursor() is not None
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)
        assert QApplication.overrideCursor() is None
        assert store.settings.officer_name == "Sita"


def test_a_save_on_a_worker_thread_posts_the_notice_in_the_language_chosen(
    tmp_path: Path, qtbot, switcher
) -> None:
    from needsassess.ui.main_window import MainWindow
    from needsassess.ui.waiting_notice import announce_in

    data_dir, _uuid = make_filled(tmp_path)
    with open_store(data_dir) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        switcher.switch("ne")
        announce_in(window)
        released = _hold_write_lock(data_dir / "needsassess.db", 1.0)
        worker = threading.Thread(target=lambda: setattr(store.settings, "officer_name", "Gita"))
        worker.start()
        qtbot.waitUntil(lambda: "व्यस्त" in window.statusBar().currentMessage(), timeout=5000)
        worker.join(15)
        assert released.is_set() and store.settings.officer_name == "Gita"


def test_without_a_competing_writer_nothing_is_told(tmp_path: Path, qtbot, switcher) -> None:
    from needsassess.ui.main_window import MainWindow
    from needsassess.ui.waiting_notice import announce_in

    data_dir, _uuid = make_filled(tmp_path)
    with open_store(data_dir) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        announce_in(window)
        window.statusBar().clearMessage()
        store.settings.officer_name = "Sita"
        assert window.statusBar().currentMessage() == "" and QApplication.overrideCursor() is None


def test_a_notice_whose_window_is_gone_stays_silent(tmp_path: Path, qtbot, switcher) -> None:
    from needsassess.ui.main_window import MainWindow
    from needsassess.ui.waiting_notice import announce_in
    from needsassess.waiting import notify_waiting

    window = MainWindow(None, switcher)
    announce_in(window)
    window.deleteLater()
    qtbot.wait(10)
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    notify_waiting("somewhere", 10)  # no error: nobody to tell
