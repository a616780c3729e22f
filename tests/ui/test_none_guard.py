"""Many Qt calls in a row never exhaust None's reference count (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_a_hundred_thousand_void_calls_leave_none_alive(qapp) -> None:
    import needsassess.ui  # noqa: F401  # installs the guard

    label = QLabel()
    for _ in range(100_000):
        label.setText("x")
    assert sys.getrefcount(None) > 1 << 30  # immortal in effect, as from Python 3.12
