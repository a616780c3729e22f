"""The entry view's look: fonts and palettes set per role, style sheets only on the few chrome parts.

A style sheet on the view would cascade to every widget of a page and make Qt polish each one
through the style-sheet engine: on a 60-question page that alone costs about a third of the
opening time. Fonts and palettes give the same look for the question labels at almost no cost.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QWidget

COLOURS = {
    "hint": "#5f6368",
    "problem": "#b71c1c",
    "calculated": "#1b5e20",
    "sectionTitle": "#283593",
    "instanceTitle": "#283593",
    "note": "#1a1a1a",
}
# Point-size change and weight per label role.
FONTS = {
    "pageTitle": (5, QFont.Weight.DemiBold),
    "question": (0, QFont.Weight.DemiBold),
    "hint": (-1, QFont.Weight.Normal),
    "problem": (0, QFont.Weight.DemiBold),
    "calculated": (1, QFont.Weight.DemiBold),
    "sectionTitle": (2, QFont.Weight.DemiBold),
    "instanceTitle": (0, QFont.Weight.DemiBold),
    "formTitle": (2, QFont.Weight.DemiBold),
    "savedState": (0, QFont.Weight.DemiBold),
}
_FONT_CACHE: dict[tuple[str, str], QFont] = {}


def style_label(label: QLabel, role: str) -> None:
    """Give ``label`` the font and colour of its role (its object name is set too, for tests and tools)."""
    label.setObjectName(role)
    if role in FONTS:
        base = label.font()
        key = (role, base.toString())
        font = _FONT_CACHE.get(key)
        if font is None:
            delta, weight = FONTS[role]
            font = QFont(base)
            if base.pointSizeF() > 0:
                font.setPointSizeF(max(base.pointSizeF() + delta, 7.0))
            font.setWeight(weight)
            _FONT_CACHE[key] = font
        label.setFont(font)
    if role in COLOURS:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(COLOURS[role]))
        label.setPalette(palette)
    if role == "note":
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#eef4fb"))
        label.setPalette(palette)
        label.setAutoFillBackground(True)
        label.setMargin(6)


def style_panel(frame: QFrame, background: str = "#fafbfc") -> None:
    """A light framed panel (repeat instances) without a style sheet."""
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    palette = frame.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    frame.setPalette(palette)
    frame.setAutoFillBackground(True)


def set_background(widget: QWidget, colour: str) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


# Style sheets for the chrome only (header, message bar, page list, review links): few widgets.
HEADER_STYLE = "QFrame#header { background: #f3f5f8; border-bottom: 1px solid #d6d9de; }"
MESSAGE_STYLE = "QFrame#messageBar { background: #fff4e5; border-bottom: 1px solid #ef8f00; }"
PAGE_LIST_STYLE = """
QListWidget#pageList { border: none; border-right: 1px solid #d6d9de; background: #f8f9fb; }
QListWidget#pageList::item { padding: 5px 4px; }
QListWidget#pageList::item:selected { background: #dfe7f5; color: black; }
"""
REVIEW_STYLE = """
QLabel#problemLink:focus, QLabel#pageLink:focus { background: #e3ecfa; }
QFrame#finalizeBar { border-top: 1px solid #d6d9de; background: #f3f5f8; }
QFrame#keyFigures { background: #eef4ea; border: 1px solid #c8dcc0; border-radius: 4px; }
QPushButton#finalize { padding: 8px 22px; font-weight: 600; color: white; background: #1565c0;
                       border: 1px solid #0d47a1; border-radius: 4px; }
QPushButton#finalize:hover, QPushButton#finalize:focus { background: #0d47a1; }
QPushButton#finalize:disabled { color: #eceff1; background: #90a4ae; border-color: #90a4ae; }
"""
