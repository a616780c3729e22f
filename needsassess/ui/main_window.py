"""The main window: the start page or one open assessment, a menu, and a status bar.

The window owns no data: the store is opened by ``app.run_app`` and handed in, either at once or
with ``attach_store`` after the window was first shown (the shell says "Opening your assessments…"
meanwhile, and the actions that need the store wait). Opening an assessment swaps the start page
for a ``FormEntryView``; leaving it comes back to the list, read again from the store. Before the
window closes, text still waiting for its autosave pause is flushed.

The store, the start page and the dialogs are imported only when the store is attached, so the
shell paints before SQLAlchemy and the engine are loaded.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from needsassess import paths
from needsassess.locale import Conventions, format_number
from needsassess.ui.fitting import ElidedLabel, fit_to_screen
from needsassess.ui.i18n import LanguageSwitcher, current_language, error_text
from needsassess.ui.naming import named

if TYPE_CHECKING:
    from needsassess.store import AssessmentStore
    from needsassess.ui.actions import ListActions
    from needsassess.ui.entry import FormEntryView
    from needsassess.ui.read_only_banner import ReadOnlyBanner
    from needsassess.ui.start_page import StartPage

log = logging.getLogger(__name__)


class OpeningPanel(QLabel):
    """The calm line shown while the store opens; tells the window when it was first painted."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opening_panel")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._painted = False

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()


class MainWindow(QMainWindow):
    first_painted = Signal()  # the shell is on screen (the store may still be opening)
    store_attached = Signal()  # the start page is built and its list filled

    def __init__(self, store: AssessmentStore | None = None, switcher: LanguageSwitcher | None = None,
                 parent: QWidget | None = None, data_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.store: AssessmentStore | None = None
        self._switcher = switcher
        self._data_dir = data_dir
        self.form_language = "en"
        self.entry: FormEntryView | None = None
        self._entry_uuid: tuple[str, bool] | None = None
        self.start_page: StartPage | None = None
        self.read_only_banner: ReadOnlyBanner | None = None
        self.opening = OpeningPanel()
        self.opening.painted.connect(self.first_painted)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)
        self._make_menus()
        self._make_status_bar()
        self.retranslate_ui()
        fit_to_screen(self, 1280, 720)
        if store is not None:
            self.attach_store(store)

    def attach_store(self, store: AssessmentStore) -> None:
        """Build the start page on ``store``, fill it, and enable the actions that need it."""
        from needsassess.ui.start_page import StartPage

        self.store = store
        self._data_dir = store.data_dir
        self.form_language = self._setting("form_language", "en")
        self.start_page = page = StartPage(store, self.form_language, self)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.open_requested.connect(self.open_assessment)
        page.new_requested.connect(self.new_assessment)
        page.message.connect(self.show_message)
        page.changed.connect(self.update_counts)
        for action in self._store_actions:
            action.setEnabled(True)
        from needsassess.ui.read_only_banner import show_read_only

        self.read_only_banner = show_read_only(self)  # a folder that can only be read says so at once
        self.retranslate_ui()
        self.store_attached.emit()
        page.load_form_titles()

    def _setting(self, name: str, default: str) -> str:
        from needsassess.store import StoreError

        if self.store is None:
            return default
        try:
            return str(getattr(self.store.settings, name))
        except StoreError:
            return default

    # -- building ----------------------------------------------------------------------------
    def _make_menus(self) -> None:
        def on_list(pick: Callable[[ListActions], Callable[[], None]]) -> Callable[[], None]:
            def run() -> None:
                if self.start_page is not None:
                    pick(self.start_page.list_actions)()
            return run

        self.new_action = self._action(self.new_assessment, QKeySequence.StandardKey.New)
        self.import_action = self._action(on_list(lambda actions: actions.import_packages))
        self.export_action = self._action(on_list(lambda actions: actions.export_package))
        self.tables_action = self._action(on_list(lambda actions: actions.export_tables))
        self.demo_action = self._action(on_list(lambda actions: actions.load_demo))
        self.conflicts_action = self._action(on_list(lambda actions: actions.show_conflicts))
        self.send_action = self._action(on_list(lambda actions: actions.send_to_officers))
        self.keys_action = self._action(self.open_keys)
        self.settings_action = self._action(self.open_settings, QKeySequence("Ctrl+,"))
        self.quit_action = self._action(self.close, QKeySequence.StandardKey.Quit)
        self.about_action = self._action(self.show_about)
        self._store_actions = (self.new_action, self.import_action, self.export_action, self.tables_action,
                               self.demo_action, self.conflicts_action, self.keys_action, self.settings_action,
                               self.send_action)
        for action in self._store_actions:
            action.setEnabled(False)  # until the store is open
        self.file_menu = self.menuBar().addMenu("")
        for item in (self.new_action, None, self.import_action, self.export_action, self.tables_action,
                     self.demo_action, None, self.settings_action, None, self.quit_action):
            if item is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(item)
        self.coordinator_menu = self.menuBar().addMenu("")
        for action in (self.conflicts_action, self.tables_action, self.send_action, self.keys_action):
            self.coordinator_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _action(self, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
        """A menu action calling ``slot`` (its text is set by ``retranslate_ui``)."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _make_status_bar(self) -> None:
        # A long path is cut in the middle (whole in the tooltip): it must not widen the window.
        self.folder_label = named(ElidedLabel(mode=Qt.TextElideMode.ElideMiddle), "folder_label")
        self.counts_label = named(QLabel(), "counts_label")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.folder_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    # -- texts -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Needs assessments"))
        self.file_menu.setTitle(self.tr("&File"))
        self.coordinator_menu.setTitle(self.tr("&Coordinator"))
        self.help_menu.setTitle(self.tr("&Help"))
        for action, text in ((self.new_action, self.tr("&New assessment…")),
                             (self.import_action, self.tr("&Import packages…")),
                             (self.export_action, self.tr("&Export complete assessments…")),
                             (self.tables_action, self.tr("Export &tables for analysis…")),
                             (self.demo_action, self.tr("Load &demo data")),
                             (self.conflicts_action, self.tr("&Conflicts…")),
                             (self.send_action, self.tr("&Send to officers…")),
                             (self.keys_action, self.tr("&Keys…")),
                             (self.settings_action, self.tr("&Settings…")),
                             (self.quit_action, self.tr("&Quit")),
                             (self.about_action, self.tr("&About needsassess"))):
            action.setText(text)
        self.opening.setText(self.tr("Opening your assessments…"))
        self.opening.setAccessibleName(self.tr("Opening your assessments"))
        folder = self._data_dir if self._data_dir is not None else ""
        self.folder_label.setText(self.tr("Data folder: {path}").format(path=folder))
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.counts_label.setAccessibleName(self.tr("Number of assessments"))
        self.update_counts()

    def update_counts(self) -> None:
        if self.store is None:
            return
        from needsassess.store import COMPLETE, DRAFT, ListQuery, StoreError

        try:
            drafts = self.store.count(ListQuery(status=DRAFT, limit=None))
            complete = self.store.count(ListQuery(status=COMPLETE, limit=None))
        except StoreError as err:
            self.show_message(error_text(err).splitlines()[0])
            return
        conv = self._conventions()
        self.counts_label.setText(self.tr("{drafts} drafts · {complete} complete").format(
            drafts=format_number(drafts, conv), complete=format_number(complete, conv)))

    def _conventions(self) -> Conventions:
        """The interface language's way with numbers, with the Nepali digits setting (as the entry window)."""
        language = current_language()
        return Conventions.for_language(language, self._setting("digits", "devanagari") if language == "ne" else None)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
    # -- assessments -------------------------------------------------------------------------
    def new_assessment(self) -> None:
        from needsassess.ui.new_assessment import NewAssessmentDialog

        if self.entry is not None or self.store is None or self.start_page is None:
            return
        if self.read_only_banner is not None:  # nothing can be saved: the banner says why
            self.show_message(self.read_only_banner.text())
            return
        dialog = NewAssessmentDialog(self.store, self.form_language, self)
        if dialog.exec() == NewAssessmentDialog.DialogCode.Accepted and dialog.created_uuid:
            self.start_page.reload()
            self.update_counts()
            self.open_assessment(dialog.created_uuid, False)

    def open_assessment(self, uuid: str, read_only: bool) -> None:
        """Show one assessment in place of the list."""
        from needsassess.store import StoreError
        from needsassess.ui.entry_loader import make_entry_view

        if self.store is None:
            return
        read_only = read_only or self.read_only_banner is not None
        self.close_entry(refresh=False)
        try:
            view = make_entry_view(self.store, uuid, self.form_language, read_only, self)
        except StoreError as err:
            QMessageBox.warning(self, self.tr("needsassess"), error_text(err))
            return
        view.closed.connect(self.close_entry)
        view.saved.connect(self.show_message)
        view.finalized.connect(self._on_finalized)
        self.entry, self._entry_uuid = view, (uuid, read_only)
        # Ctrl+N belongs to the list; disabled, it cannot clash with the form's own shortcuts.
        self.new_action.setEnabled(False)
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_entry(self, refresh: bool = True) -> None:
        """Flush pending text, drop the entry view and show the list again."""
        view, self.entry, self._entry_uuid = self.entry, None, None
        if view is not None:
            view.save_pending()
            self.stack.removeWidget(view)
            view.deleteLater()
        if self.start_page is None:
            return
        self.stack.setCurrentWidget(self.start_page)
        self.new_action.setEnabled(self.read_only_banner is None)
        if refresh:
            self.start_page.reload()
            self.update_counts()
            self.start_page.table.setFocus()

    def _on_finalized(self, uuid: str) -> None:
        self.show_message(self.tr("Assessment finalized."))
        if self.start_page is not None:
            self.start_page.reload()
        self.update_counts()

    # -- settings, unclean exit, about -------------------------------------------------------
    def open_settings(self) -> None:
        from needsassess.ui.settings_dialog import SettingsDialog

        if self.store is None:
            return
        dialog = SettingsDialog(self.store, self)
        dialog.applied.connect(self.apply_settings)
        dialog.exec()

    def apply_settings(self) -> None:
        """Use the saved settings now: interface language, form language (reopening the form)."""
        if self._switcher is not None:
            self._switcher.switch(self._setting("interface_language", "en"))
            if self._data_dir is not None:
                paths.remember_language(self._data_dir, self._switcher.language)
        if self.entry is not None:
            self.entry.set_digits(self._setting("digits", "devanagari"))
        if self.start_page is not None:
            self.start_page.model.set_digits(self._setting("digits", "devanagari"))
        self.update_counts()  # in the interface language's digits
        language = self._setting("form_language", "en")
        if language != self.form_language:
            self.form_language = language
            if self.start_page is not None:
                self.start_page.set_form_language(language)
            if self._entry_uuid is not None:
                uuid, read_only = self._entry_uuid
                self.open_assessment(uuid, read_only)

    def offer_unclean_drafts(self) -> None:
        """After a crash: list the drafts that were being edited and open the one chosen."""
        from needsassess.store import StoreError
        from needsassess.ui.resume_dialog import ResumeDialog

        if self.store is None:
            return
        try:
            drafts = self.store.unclean_drafts()
        except StoreError as err:
            self.show_message(error_text(err).splitlines()[0])
            return
        self.store.forget_unclean()
        if not drafts:
            return
        dialog = ResumeDialog(drafts, self)
        if dialog.exec() == ResumeDialog.DialogCode.Accepted and dialog.chosen_uuid:
            self.open_assessment(dialog.chosen_uuid, False)

    def open_keys(self) -> None:
        from needsassess.ui.keys_dialog import KeysDialog

        if self.store is None:
            return
        dialog = KeysDialog(self.store, self)
        dialog.exec()

    def show_about(self) -> None:
        from needsassess.ui.about_dialog import AboutDialog

        AboutDialog(self._data_dir, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.entry is not None:
            self.entry.save_pending()
        super().closeEvent(event)
