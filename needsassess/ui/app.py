"""Starting the window: application, fonts, the window shell first, then the store and the list.

``run_app`` is what ``needsassess gui`` calls. The person sees the window at once: its menus, status
bar and a calm "Opening your assessments…" line, built from Qt alone. Only after that first paint
is the store imported and opened (SQLAlchemy, the engine, the database: most of a second), the
interface language of the settings installed and the list filled. The pieces are separate
functions so tests and the start-up benchmark build exactly what a person gets.

Nothing heavy is imported at module level here; keep it that way (bench/bench_window.py measures it).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from needsassess import paths
from needsassess.ui.appearance import apply_look
from needsassess.ui.fitting import install_screen_fit
from needsassess.ui.i18n import LanguageSwitcher
from needsassess.ui.icon import application_icon
from needsassess.ui.main_window import MainWindow

if TYPE_CHECKING:
    from needsassess.store import AssessmentStore

log = logging.getLogger(__name__)

APP_NAME = "needsassess"
FALLBACK_OPEN_MS = 400  # open the store anyway if the window is never painted (minimised, hidden)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (the existing one, if any), with fonts and style applied."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("needsassess")
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)  # Wayland/X11 match the window to needsassess.desktop and its icon
    app.setWindowIcon(application_icon())
    apply_look(app)
    install_screen_fit(app)  # no dialog opens larger than a 1024×600 screen
    return app


def open_store_or_explain(data_dir: str | None) -> AssessmentStore | None:
    """The store of the data folder; when it cannot be opened, a message saying why, and the choice of
    another folder (tried in turn) or quitting (None)."""
    from needsassess.store import StoreError, open_store

    folder = paths.data_dir(data_dir)
    while True:
        try:
            return open_store(folder)
        except StoreError as err:
            log.error("cannot open the store in %s: %s", folder, err)
            chosen = _another_folder(folder, err)
        if chosen is None:
            return None
        folder = chosen


def _another_folder(folder: Path, err: Exception) -> Path | None:
    """Ask, after saying why ``folder`` failed: a folder to try instead (Open), or None to quit (Close)."""
    buttons = QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close
    answer = QMessageBox.critical(
        None,
        QApplication.translate("App", "needsassess cannot start"),
        QApplication.translate("App", "The data folder {path} could not be opened.\n\n{reason}").format(
            path=folder, reason=err)
        + "\n\n" + QApplication.translate("App", "Open another data folder, or close to quit."),
        buttons,
        QMessageBox.StandardButton.Open,
    )
    if answer != QMessageBox.StandardButton.Open:
        return None
    start = next((p for p in (folder, *folder.parents) if p.is_dir()), Path.home())
    chosen = QFileDialog.getExistingDirectory(None, QApplication.translate("App", "Choose a data folder"),
                                              str(start))
    return Path(chosen) if chosen else folder  # cancelled: the same folder, so the reason is shown again


@dataclass(frozen=True)
class StartOptions:
    """What ``needsassess gui`` was asked for beyond the data folder.

    ``language`` (``--lang``) becomes the interface and form language of the settings, kept for the
    next start; ``open_uuid`` (``--open``) is opened at its first page once the list is filled.
    """

    language: str | None = None
    open_uuid: str | None = None


def show_shell(switcher: LanguageSwitcher, data_dir: str | None, options: StartOptions | None = None) -> MainWindow:
    """The main window without its store ("Opening your assessments…"), shown.

    In the language asked for on the command line, else the one last used with this data folder, if
    known: the store's setting comes later.
    """
    folder = paths.data_dir(data_dir)
    wanted = options.language if options is not None and options.language else paths.remembered_language(folder)
    if wanted is not None:
        switcher.switch(wanted)
    window = MainWindow(None, switcher, data_dir=folder)
    screen = window.screen().availableGeometry()
    if screen.width() <= 1440 or screen.height() <= 800:
        window.showMaximized()  # a small laptop screen: use all of it
    else:
        window.show()
    return window


def finish_start(window: MainWindow, switcher: LanguageSwitcher, data_dir: str | None,
                 options: StartOptions | None = None) -> AssessmentStore | None:
    """Open the store, install the interface language of its settings and fill the window; with
    ``options``, first save the language asked for, and after the list open the assessment asked for.

    None (after the message box) when the data folder cannot be opened.
    """
    store = open_store_or_explain(data_dir)
    if store is None:
        return None
    from needsassess.store import StoreError

    options = options or StartOptions()
    try:
        if options.language:
            store.settings.interface_language = options.language
            store.settings.form_language = options.language
        language = store.settings.interface_language
    except StoreError as err:
        log.error("cannot read or save the language settings: %s", err)
        language = options.language or "en"
    if language != switcher.language:
        switcher.switch(language)
    paths.remember_language(store.data_dir, switcher.language)
    window.attach_store(store)
    from needsassess.ui.waiting_notice import announce_in

    announce_in(window)  # a save waiting for another program's write lock says so in the status bar
    if options.open_uuid:
        window.open_assessment(options.open_uuid, False)  # a complete one opens read-only
    return store


def start_window(store: AssessmentStore, switcher: LanguageSwitcher) -> MainWindow:
    """A complete window on an open store, shown (for tests and scripts that open the store first)."""
    from needsassess.store import StoreError

    try:
        language = store.settings.interface_language
    except StoreError:
        language = "en"
    switcher.switch(language)
    window = MainWindow(store, switcher)
    window.show()
    return window


@dataclass
class _Outcome:
    """What the deferred start-up did, read when the event loop ends."""

    store: AssessmentStore | None = None
    code: int = 0
    started: bool = False


def run_app(data_dir: str | None, options: StartOptions | None = None) -> int:
    """Run the window until it is closed; 1 when the data folder cannot be opened."""
    app = create_application()
    switcher = LanguageSwitcher(app)
    window = show_shell(switcher, data_dir, options)
    outcome = _Outcome()

    def open_now() -> None:
        if outcome.started or not window.isVisible():
            return
        outcome.started = True
        store = finish_start(window, switcher, data_dir, options)
        if store is None:
            outcome.code = 1
            window.close()
            return
        outcome.store = store
        # After the list is painted, so it is visible behind the question.
        QTimer.singleShot(0, window.offer_unclean_drafts)
        from needsassess.ui.database_check import check_in_background

        QTimer.singleShot(0, window, lambda: check_in_background(store, window))

    # After the first paint of the shell, so the person sees the window before the store opens.
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_now))
    QTimer.singleShot(FALLBACK_OPEN_MS, window, open_now)  # bound to the window: dropped with it
    try:
        code = int(app.exec())
        return outcome.code or code
    finally:
        from needsassess.ui.tasks import Task

        # Background jobs (flags, map, reports) stop before the store they read is closed; what they
        # would still report is dropped, so no signal reaches a window that is gone.
        if not Task.shutdown():
            log.warning("a background job was still running at quit")
        store = outcome.store
        if store is not None:
            store.close()
        from needsassess.waiting import announce_waits

        announce_waits(None)
        window.deleteLater()
