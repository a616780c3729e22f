"""Fonts and the look of the window.

Noto Sans (Latin, Cyrillic) and Noto Sans Devanagari ship in resources/fonts and are loaded at
start, so Nepali renders on a laptop that has no Devanagari font installed. The application font
lists both families: Qt takes each character from the first family that has it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from needsassess import paths

log = logging.getLogger(__name__)

FONT_FAMILIES = ["Noto Sans", "Noto Sans Devanagari"]
BASE_POINT_SIZE = 10

# Calm and plain: light surfaces, one accent colour for the main action, roomy table rows. Buttons
# keep a few pixels beside their text: a Devanagari halant (्) reaches past its letter's advance and
# was clipped on a bare tool button ("खाली गर्नुहोस्").
STYLE_SHEET = """
QLabel#page_heading { font-size: 15pt; font-weight: 600; color: #1f2d3d; padding-right: 12px; }
QFrame#welcome_card { background: #ffffff; border: 1px solid #d5dde5; border-radius: 8px; }
QLabel#welcome_title { font-size: 17pt; font-weight: 600; color: #1f2d3d; }
QLabel#welcome_body { font-size: 11pt; color: #34495e; }
QLabel#welcome_hint, QLabel#no_match, QLabel#settings_note { color: #5d6d7e; }
QPushButton { padding: 5px 12px; }
QToolButton { padding: 2px 6px; }
QPushButton:default { background: #2e6da4; color: white; border: 1px solid #285f8f; border-radius: 4px; }
QPushButton:default:hover { background: #285f8f; }
QPushButton:default:disabled { background: #9fb7cc; }
QTableView#assessment_table { background: #ffffff; alternate-background-color: #f4f7fa;
    selection-background-color: #cfe2f3; selection-color: #1f2d3d; border: 1px solid #d5dde5; }
QTableView#assessment_table::item { padding: 0 6px; }
QHeaderView::section { background: #eef2f6; padding: 5px 6px; border: none;
    border-bottom: 1px solid #d5dde5; font-weight: 600; color: #34495e; }
QStatusBar QLabel { color: #4a5a6a; padding: 0 8px; }
"""


def load_fonts() -> list[str]:
    """Register the shipped fonts; the families that loaded (missing files are logged, not fatal)."""
    loaded: list[str] = []
    for path in sorted(paths.fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load the font %s", path)
            continue
        loaded += QFontDatabase.applicationFontFamilies(font_id)
    return sorted(set(loaded))


def apply_look(app: QApplication) -> None:
    """Fonts with a Devanagari fallback, the Fusion style, and the style sheet."""
    load_fonts()
    # Qt tries each listed family for Devanagari and warns that Noto Sans lacks it before it takes
    # Noto Sans Devanagari: expected with a fallback list, so that one category stays quiet.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
