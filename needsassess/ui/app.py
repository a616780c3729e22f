"""Starting the window: application, fonts, translations, the store, the main window.

``run_app`` is what ``needsassess gui`` calls. The pieces are separate functions so tests and the
start-up benchmark build exactly what a person gets without entering the event loop.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from needsassess import paths
from needsassess.store import AssessmentStore, StoreError, open_store
from needsassess.ui.appearance import apply_look
from needsassess.ui.i18n import LanguageSwitcher
from needsassess.ui.main_window import MainWindow

log = logging.getLogger(__name__)

APP_NAME = "needsassess"


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one, if any), with fonts and style applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("needsassess")
    app.setOrganizationName(APP_NAME)
    apply_look(app)
    return app


def open_store_or_explain(data_dir: str | None) -> AssessmentStore | None:
    """The store of the data folder, or None after a message box saying what went wrong and what to do."""
    folder = paths.data_dir(data_dir)
    try:
        return open_store(folder)
    except StoreError as err:
        log.error("cannot open the store in %s: %s", folder, err)
        QMessageBox.critical(
            None,
            QApplication.translate("App", "needsassess cannot start"),
            QApplication.translate("App", "The data folder {path} could not be opened.\n\n{reason}").format(
                path=folder, reason=err),
        )
        return None


def start_window(store: AssessmentStore, switcher: LanguageSwitcher) -> MainWindow:
    """The interface language from the settings, then the main window, shown."""
    try:
        language = store.settings.interface_language
    except StoreError:
        language = "en"
    switcher.switch(language)
    window = MainWindow(store, switcher)
    screen = window.screen().availableGeometry()
    if screen.width() <= 1440 or screen.height() <= 800:
        window.showMaximized()  # a small laptop screen: use all of it
    else:
        window.show()
    return window


def run_app(data_dir: str | None) -> int:
    """Run the window until it is closed; 1 when the data folder cannot be opened."""
    app = create_application()
    switcher = LanguageSwitcher(app)
    store = open_store_or_explain(data_dir)
    if store is None:
        return 1
    try:
        window = start_window(store, switcher)
        # After the first paint, so the list is visible behind the question.
        QTimer.singleShot(0, window.offer_unclean_drafts)
        return int(app.exec())
    finally:
        store.close()
