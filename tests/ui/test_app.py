"""Starting the app: a data folder that cannot be opened, and resuming drafts after an unclean exit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from needsassess.store import open_store
from needsassess.ui import app as app_module
from needsassess.ui.main_window import MainWindow
from needsassess.ui.resume_dialog import ResumeDialog

# Typed in a child process that is then killed; Nepali and Uzbek text on purpose.
ANSWERS = {
    "settlement": "खजुरा बजार",
    "municipality": "Buxoro shahri, Gʻijduvon",
    "visit_date": "2026-03-12",
    "households": 1240,
    "kg_per_household": 1.4,
    "women_met": 14,
}

CHILD = """
import sys
from needsassess.store import open_store
store = open_store(sys.argv[1])
record = store.create("waste_management")
session = store.open_session(record.uuid)
for name, value in {answers!r}.items():
    store.save_draft(record.uuid, session, session.set_answer(name, value))
print(record.uuid, flush=True)
sys.stdin.read()  # wait here until killed
"""


def _edit_then_get_killed(data_dir: Path) -> str:
    """A child process saves the answers to a new draft and is killed with SIGKILL; the draft's uuid."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(answers=ANSWERS), str(data_dir)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        uuid = child.stdout.readline().strip()
        assert uuid, child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()
    assert child.returncode == -signal.SIGKILL
    return uuid


def test_killed_while_editing_then_the_next_start_offers_the_draft(qtbot, tmp_path: Path, monkeypatch,
                                                                   switcher) -> None:
    data_dir = tmp_path / "data"
    uuid = _edit_then_get_killed(data_dir)
    offered: list[list[str]] = []

    def choose_first(dialog: ResumeDialog) -> int:
        offered.append([dialog.drafts.item(i).data(256) for i in range(dialog.drafts.count())])
        dialog.accept()
        return int(ResumeDialog.DialogCode.Accepted)

    monkeypatch.setattr(ResumeDialog, "exec", choose_first)
    store = open_store(data_dir)
    try:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        window.offer_unclean_drafts()
        assert offered == [[uuid]]
        assert window.entry is not None and window.stack.currentWidget() is window.entry
        session = store.open_session(uuid)
        assert {name: session.get(name) for name in ANSWERS} == ANSWERS
        assert store.unclean_drafts() == []  # offered once only
    finally:
        store.close()


def test_a_clean_exit_offers_nothing(qtbot, tmp_path: Path, monkeypatch, switcher) -> None:
    with open_store(tmp_path / "data") as store:
        store.create("waste_management")

    def must_not_open(_dialog) -> int:
        raise AssertionError("nothing was interrupted, so nothing should be offered")

    monkeypatch.setattr(ResumeDialog, "exec", must_not_open)
    with open_store(tmp_path / "data") as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        window.offer_unclean_drafts()
        assert window.entry is None


def test_a_damaged_database_is_explained_and_exits_1(qtbot, tmp_path: Path, no_popups) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "needsassess.db").write_bytes(b"this is not a database" * 100)
    assert app_module.run_app(str(data_dir)) == 1
    [(kind, text)] = no_popups
    assert kind == "critical" and str(data_dir) in text and "damaged" in text


def test_run_app_shows_the_window_and_returns_when_it_closes(qtbot, tmp_path: Path, switcher) -> None:
    shown: list[MainWindow] = []

    def close_the_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        shown.extend(windows)
        for window in windows:
            window.close()

    QTimer.singleShot(0, close_the_window)
    assert app_module.run_app(str(tmp_path / "data")) == 0
    assert len(shown) == 1
    assert shown[0].windowTitle() == "Needs assessments"
    assert QApplication.font().families()[:2] == ["Noto Sans", "Noto Sans Devanagari"]
    shown[0].deleteLater()


def test_a_data_folder_that_is_a_file_says_why_and_offers_another(qtbot, tmp_path: Path, monkeypatch,
                                                                   switcher) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    other = tmp_path / "other"
    shown: list[str] = []
    answers = [QMessageBox.StandardButton.Open, QMessageBox.StandardButton.Open]

    def critical(_parent, _title, text, buttons, default):
        assert buttons & QMessageBox.StandardButton.Close and default == QMessageBox.StandardButton.Open
        shown.append(text)
        return answers.pop(0)

    asked: list[str] = []

    def choose(_parent, _caption, start):
        asked.append(start)
        return "" if len(asked) == 1 else str(other)  # cancelled once, then another folder

    opened: list[MainWindow] = []

    def close_once_filled() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0]._data_dir == other:
            opened.extend(windows)
            windows[0].close()
        else:
            QTimer.singleShot(20, close_once_filled)

    monkeypatch.setattr(QMessageBox, "critical", critical)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", choose)
    QTimer.singleShot(0, close_once_filled)
    assert app_module.run_app(str(blocker)) == 0
    assert len(shown) == 2 and all(f"{blocker} is a file, not a folder" in text for text in shown)
    assert "Open another data folder, or close to quit." in shown[0]
    assert asked == [str(tmp_path), str(tmp_path)]
    assert opened and (other / "needsassess.db").is_file()
    opened[0].deleteLater()


def test_a_data_folder_that_cannot_be_used_can_be_left(qtbot, tmp_path: Path, no_popups) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    assert app_module.run_app(str(blocker / "data")) == 1
    [(kind, text)] = no_popups
    assert kind == "critical" and f"{blocker} is a file, not a folder" in text
