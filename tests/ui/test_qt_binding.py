"""The Qt binding itself: a window session makes millions of Qt calls, so a leak per call is fatal.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` on every call of a method returning
nothing (``setText``, ``addItem``…); after some thousands the interpreter aborted with "deallocating
None". The lock pins a release without it; this test refuses a binding that has it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QComboBox, QLabel
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_none_alive(qtbot: QtBot) -> None:
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        combo.addItem("a")
        label.setEnabled(True)
    combo.clear()
    assert sys.getrefcount(None) - before > -100, "the Qt binding leaks references to None on every call"
