"""Object names for widgets, given where the widget is made (tests and style sheets find them by name).

Qt accepts every property as a constructor keyword (``named(QLabel(), "x")``), but PySide6's type
stubs list only each class's own properties, not inherited ones such as ``objectName``. ``named``
sets the name through the typed setter and hands the widget back with its own type.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

Q = TypeVar("Q", bound=QObject)


def named(obj: Q, name: str) -> Q:
    """``obj`` with its object name set to ``name``."""
    obj.setObjectName(name)
    return obj
