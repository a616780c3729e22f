"""The main window: the start page or one open assessment, a menu, and a status bar.

The window owns no data: the store is opened by ``app.run_app`` and handed in. Opening an
assessment swaps the start page for a ``FormEntryView``; leaving it comes back to the list, read
again from the store. Before the window closes, text still waiting for its autosave pause is flushed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from needsassess.store import COMPLETE, DRAFT, AssessmentStore, ListQuery, StoreError
from needsassess.ui.entry_loader import make_entry_view
from needsassess.ui.i18n import LanguageSwitcher
from needsassess.ui.new_assessment import NewAssessmentDialog
from needsassess.ui.resume_dialog import ResumeDialog
from needsassess.ui.settings_dialog import SettingsDialog
from needsassess.ui.start_page import StartPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, store: AssessmentStore, switcher: LanguageSwitcher | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.store = store
        self._switcher = switcher
        self.form_language = self._setting("form_language", "en")
        self.entry: QWidget | None = None
        self._entry_uuid: tuple[str, bool] | None = None
        self.start_page = StartPage(store, self.form_language, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self._make_menus()
        self._make_status_bar()
        self.start_page.open_requested.connect(self.open_assessment)
        self.start_page.new_requested.connect(self.new_assessment)
        self.start_page.message.connect(self.show_message)
        self.start_page.changed.connect(self.update_counts)
        self.retranslate_ui()
        self.update_counts()
        self.resize(1280, 720)

    def _setting(self, name: str, default: str) -> str:
        try:
            return str(getattr(self.store.settings, name))
        except StoreError:
            return default

    # -- building ----------------------------------------------------------------------------
    def _make_menus(self) -> None:
        actions = self.start_page.list_actions
        self.new_action = QAction(self, shortcut=QKeySequence.StandardKey.New, triggered=self.new_assessment)
        self.import_action = QAction(self, triggered=actions.import_packages)
        self.export_action = QAction(self, triggered=actions.export_package)
        self.demo_action = QAction(self, triggered=actions.load_demo)
        self.settings_action = QAction(self, shortcut=QKeySequence("Ctrl+,"), triggered=self.open_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.about_action = QAction(self, triggered=self.show_about)
        self.file_menu = self.menuBar().addMenu("")
        for action in (self.new_action, None, self.import_action, self.export_action, self.demo_action, None,
                       self.settings_action, None, self.quit_action):
            if action is None:
                self.file_menu.addSeparator()
            else:
                self.file_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _make_status_bar(self) -> None:
        self.folder_label = QLabel(objectName="folder_label")
        self.counts_label = QLabel(objectName="counts_label")
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
        self.help_menu.setTitle(self.tr("&Help"))
        for action, text in ((self.new_action, self.tr("&New assessment…")),
                             (self.import_action, self.tr("&Import packages…")),
                             (self.export_action, self.tr("&Export complete assessments…")),
                             (self.demo_action, self.tr("Load &demo data")),
                             (self.settings_action, self.tr("&Settings…")),
                             (self.quit_action, self.tr("&Quit")),
                             (self.about_action, self.tr("&About needsassess"))):
            action.setText(text)
        self.folder_label.setText(self.tr("Data folder: {path}").format(path=self.store.data_dir))
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.counts_label.setAccessibleName(self.tr("Number of assessments"))
        self.update_counts()

    def update_counts(self) -> None:
        from needsassess.ui import services

        try:
            drafts = self.store.count(ListQuery(status=DRAFT, limit=None))
            complete = self.store.count(ListQuery(status=COMPLETE, limit=None))
        except StoreError as err:
            self.show_message(str(err).splitlines()[0])
            return
        self.counts_label.setText(self.tr("{drafts} drafts · {complete} complete").format(
            drafts=drafts, complete=complete))
        self.demo_action.setEnabled(services.demo_available())
        self.import_action.setEnabled(services.import_available())
        self.export_action.setEnabled(services.export_available())

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # -- assessments -------------------------------------------------------------------------
    def new_assessment(self) -> None:
        if self.entry is not None:
            return
        dialog = NewAssessmentDialog(self.store, self.form_language, self)
        if dialog.exec() == NewAssessmentDialog.DialogCode.Accepted and dialog.created_uuid:
            self.start_page.reload()
            self.update_counts()
            self.open_assessment(dialog.created_uuid, False)

    def open_assessment(self, uuid: str, read_only: bool) -> None:
        """Show one assessment in place of the list."""
        self.close_entry(refresh=False)
        try:
            view = make_entry_view(self.store, uuid, self.form_language, read_only, self)
        except StoreError as err:
            QMessageBox.warning(self, self.tr("needsassess"), str(err))
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
        self.stack.setCurrentWidget(self.start_page)
        self.new_action.setEnabled(True)
        if refresh:
            self.start_page.reload()
            self.update_counts()
            self.start_page.table.setFocus()

    def _on_finalized(self, uuid: str) -> None:
        self.show_message(self.tr("Assessment finalized."))
        self.start_page.reload()
        self.update_counts()

    # -- settings, unclean exit, about -------------------------------------------------------
    def open_settings(self) -> None:
        dialog = SettingsDialog(self.store, self)
        dialog.applied.connect(self.apply_settings)
        dialog.exec()

    def apply_settings(self) -> None:
        """Use the saved settings now: interface language, form language (reopening the form)."""
        if self._switcher is not None:
            self._switcher.switch(self._setting("interface_language", "en"))
        language = self._setting("form_language", "en")
        if language != self.form_language:
            self.form_language = language
            self.start_page.set_form_language(language)
            if self._entry_uuid is not None:
                uuid, read_only = self._entry_uuid
                self.open_assessment(uuid, read_only)

    def offer_unclean_drafts(self) -> None:
        """After a crash: list the drafts that were being edited and open the one chosen."""
        try:
            drafts = self.store.unclean_drafts()
        except StoreError as err:
            self.show_message(str(err).splitlines()[0])
            return
        self.store.forget_unclean()
        if not drafts:
            return
        dialog = ResumeDialog(drafts, self)
        if dialog.exec() == ResumeDialog.DialogCode.Accepted and dialog.chosen_uuid:
            self.open_assessment(dialog.chosen_uuid, False)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About needsassess"), self.tr(
            "needsassess records field needs assessments offline, prints reports in English, Nepali and "
            "Uzbek, and exchanges assessments as package files.\n\nData folder: {path}").format(
                path=self.store.data_dir))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.entry is not None:
            self.entry.save_pending()
        super().closeEvent(event)
