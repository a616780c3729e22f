"""The application icon, from the shipped SVG (window, taskbar, dialogs)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from needsassess import resources


def application_icon() -> QIcon:
    """The icon; ResourceMissing (an installation fault) when the file is not installed."""
    return QIcon(str(resources.icon_path()))
