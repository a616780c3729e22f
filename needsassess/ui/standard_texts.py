"""Qt's own words on our screens: the standard buttons of message boxes and button boxes (Yes, No,
OK, Cancel, Discard, Save, Close…) and the edit menu of text fields (Undo, Copy, Paste…).

Qt looks these up in its own translation contexts (``QPlatformTheme``, ``QLineEdit``,
``QWidgetTextControl``), and Qt ships no Nepali or Uzbek catalogue, so they stayed English in a
Nepali or Uzbek window. Our catalogues carry them instead: the source texts are listed here (marked
for translation in Qt's contexts, exactly as Qt asks for them) and translated in
``resources/translations/needsassess_{ne,uz}.ts``. Every message box and button box of the app, the
static ``QMessageBox.question``/``warning``/``information``/``critical`` ones included, gets its
buttons from here through the one translator the ``LanguageSwitcher`` installs.

``standard_button_text`` is what Qt will show for a button in the current language (for tests, and for
widgets that word a button themselves).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

_B = QMessageBox.StandardButton

# The context and source texts Qt 6 uses in QPlatformTheme::defaultStandardButtonText.
BUTTON_CONTEXT = "QPlatformTheme"
_BUTTONS = (
    (_B.Ok, QT_TRANSLATE_NOOP("QPlatformTheme", "OK")),
    (_B.Save, QT_TRANSLATE_NOOP("QPlatformTheme", "Save")),
    (_B.SaveAll, QT_TRANSLATE_NOOP("QPlatformTheme", "Save All")),
    (_B.Open, QT_TRANSLATE_NOOP("QPlatformTheme", "Open")),
    (_B.Yes, QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes")),
    (_B.YesToAll, QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All")),
    (_B.No, QT_TRANSLATE_NOOP("QPlatformTheme", "&No")),
    (_B.NoToAll, QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All")),
    (_B.Abort, QT_TRANSLATE_NOOP("QPlatformTheme", "Abort")),
    (_B.Retry, QT_TRANSLATE_NOOP("QPlatformTheme", "Retry")),
    (_B.Ignore, QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore")),
    (_B.Close, QT_TRANSLATE_NOOP("QPlatformTheme", "Close")),
    (_B.Cancel, QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel")),
    (_B.Discard, QT_TRANSLATE_NOOP("QPlatformTheme", "Discard")),
    (_B.Help, QT_TRANSLATE_NOOP("QPlatformTheme", "Help")),
    (_B.Apply, QT_TRANSLATE_NOOP("QPlatformTheme", "Apply")),
    (_B.Reset, QT_TRANSLATE_NOOP("QPlatformTheme", "Reset")),
    (_B.RestoreDefaults, QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults")),
)
STANDARD_BUTTONS: dict[QMessageBox.StandardButton, str] = {button: str(text) for button, text in _BUTTONS}

# The right-click menu of one-line fields (QLineEdit) and of text areas and selectable labels
# (QWidgetTextControl): the same words in two contexts.
EDIT_MENU_CONTEXTS = ("QLineEdit", "QWidgetTextControl")
EDIT_MENU: tuple[object, ...] = (
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
)


def standard_button_text(button: QMessageBox.StandardButton) -> str:
    """The text Qt shows on ``button`` in the interface language now installed."""
    return QCoreApplication.translate(BUTTON_CONTEXT, STANDARD_BUTTONS[button])
