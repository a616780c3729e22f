"""One message box per lasting condition of the data folder, however many reads run into it.

A damaged database fails every read that touches a bad page: the list's count, its pages, the
sites filter, the background check. Each would pop up its own warning with the same advice. So a
window tells a lasting condition (damaged, read-only, disk full) once, in a message box; later
errors of the same condition go to the status bar only. Errors of other kinds (a refused
reopen, a package that is not ours) are each worth a box and are not touched here.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from needsassess.errors import UserError
from needsassess.ui.i18n import error_text

DAMAGED_CODE = "NA-STORE-701"  # writes refused because a check found damage
_KINDS = {"corrupt": "damaged", "read_only": "read_only", "disk_full": "disk_full"}
_told: weakref.WeakKeyDictionary[QWidget, set[str]] = weakref.WeakKeyDictionary()


def condition_of(error: BaseException | str) -> str | None:
    """The lasting condition an error is a symptom of (``damaged``, ``read_only``, ``disk_full``)."""
    if not isinstance(error, UserError):
        return None
    if error.code == DAMAGED_CODE:
        return "damaged"
    return _KINDS.get(str(getattr(error, "kind", "")))


def already_told(widget: QWidget, condition: str) -> bool:
    return condition in _told.get(widget.window(), set())


def mark_told(widget: QWidget, condition: str) -> None:
    _told.setdefault(widget.window(), set()).add(condition)


def warn_once(widget: QWidget, title: str, error: BaseException | str,
              status: Callable[[str], None] | None = None) -> bool:
    """Show ``error`` in a warning unless its window told the same condition already; then put its
    first line in ``status`` (if given). Returns whether a box was shown."""
    text = error_text(error) if isinstance(error, BaseException) else error
    condition = condition_of(error)
    if condition is not None and already_told(widget, condition):
        if status is not None:
            status(text.splitlines()[0])
        return False
    if condition is not None:
        mark_told(widget, condition)
    QMessageBox.warning(widget, title, text)
    return True
