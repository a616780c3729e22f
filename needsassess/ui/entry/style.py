"""The entry view's look, in one style sheet keyed by object names (set once on the view)."""

from __future__ import annotations

ENTRY_STYLE = """
QLabel#pageTitle { font-size: 15pt; font-weight: 600; margin: 2px 0 6px 0; }
QLabel#question { font-weight: 600; }
QLabel#hint { color: #5f6368; font-size: 8.5pt; }
QLabel#problem { color: #b71c1c; font-weight: 600; }
QLabel#note { background: #eef4fb; border-radius: 4px; padding: 6px; }
QLabel#calculated { font-size: 11pt; font-weight: 600; color: #1b5e20; }
QFrame#section { border-left: 3px solid #c5cae9; margin-top: 6px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #283593; margin-top: 6px; }
QFrame#instance { border: 1px solid #d0d4da; border-radius: 6px; background: #fafbfc; }
QLabel#instanceTitle { font-weight: 600; color: #283593; }
QLabel#thumbnail { border: 1px dashed #9e9e9e; color: #757575; background: #fafafa; }
QFrame#header { background: #f3f5f8; border-bottom: 1px solid #d6d9de; }
QLabel#formTitle { font-size: 12pt; font-weight: 600; }
QLabel#savedState { color: #2e7d32; font-weight: 600; }
QFrame#messageBar { background: #fff4e5; border-bottom: 1px solid #ef8f00; }
QListWidget#pageList { border: none; border-right: 1px solid #d6d9de; background: #f8f9fb; }
QListWidget#pageList::item { padding: 5px 4px; }
QListWidget#pageList::item:selected { background: #dfe7f5; color: black; }
QPushButton#problemLink { text-align: left; color: #0d47a1; border: none; padding: 3px 2px; }
QPushButton#problemLink:hover, QPushButton#problemLink:focus { text-decoration: underline; }
QPushButton#finalize { padding: 6px 18px; font-weight: 600; }
"""
