"""Backups in Settings: when the last automatic backup was made, how long they are kept, a second folder.

The app copies its database into the data folder's ``backups/`` on the first start of each day and
before every import (``needsassess.store.backups``); this box shows the latest copy's time, so an
officer can see it works, and "Back up now" makes one at once (also to the chosen folder, a USB
stick, when one is set). The number of days and the folder are saved with the other settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from needsassess.errors import UserError
from needsassess.store import AssessmentStore
from needsassess.store.backups import last_backup, make_backup
from needsassess.store.settings import BACKUP_KEEP_DAYS
from needsassess.ui.i18n import current_language, error_text
from needsassess.ui.naming import named


class BackupsPanel(QGroupBox):
    """Last backup's time and "Back up now"; days to keep and an extra folder (saved by ``save``)."""

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backups_panel")
        self._store = store
        self._on_server = store.engine.dialect.name != "sqlite"
        self.last = named(QLabel(), "last_backup")
        self.last.setWordWrap(True)
        self.now_button = named(QPushButton(), "back_up_now")
        self.now_button.clicked.connect(self.back_up_now)
        self.keep_days = named(QSpinBox(), "backup_keep_days")
        self.keep_days.setRange(*BACKUP_KEEP_DAYS)
        self.keep_days.setValue(store.settings.backup_keep_days)
        self.folder = named(QLineEdit(store.settings.backup_folder), "backup_folder")
        self.choose_button = named(QPushButton(), "choose_backup_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        for button in (self.now_button, self.choose_button):
            button.setAutoDefault(False)  # Enter in Settings saves the settings, nothing else
        self._labels = [QLabel(), QLabel(), QLabel()]
        last_row, keep_row = QHBoxLayout(), QHBoxLayout()
        last_row.addWidget(self.last, 1)
        last_row.addWidget(self.now_button)
        keep_row.addWidget(self.keep_days)
        keep_row.addWidget(self._labels[2])
        keep_row.addWidget(self.folder, 1)
        keep_row.addWidget(self.choose_button)
        form = QFormLayout(self)
        form.addRow(self._labels[0], last_row)
        form.addRow(self._labels[1], keep_row)
        for widget in (self.now_button, self.keep_days, self.folder, self.choose_button):
            widget.setEnabled(not self._on_server)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Backups"))
        self._labels[0].setText(self.tr("Last backup:"))
        self._labels[1].setText(self.tr("Keep for (days):"))
        self._labels[2].setText(self.tr("Also copy to:"))
        self.now_button.setText(self.tr("Back up now"))
        self.choose_button.setText(self.tr("Choose…"))
        self.folder.setPlaceholderText(self.tr("A USB stick or another folder (optional)"))
        self.keep_days.setAccessibleName(self.tr("Days to keep backups"))
        self.folder.setAccessibleName(self.tr("Folder to copy backups to"))
        self.refresh()

    def refresh(self) -> None:
        from needsassess.locale.dates import format_datetime

        if self._on_server:
            self.last.setText(self.tr("This is a PostgreSQL hub: back it up with pg_dump."))
            return
        newest = last_backup(self._store.data_dir)
        if newest is None:
            self.last.setText(self.tr("None yet"))
            return
        when = format_datetime(newest.made_at.astimezone(), current_language())
        self.last.setText(self.tr("{when} (in the data folder's “backups” folder)").format(when=when))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder to copy backups to"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def save(self) -> None:
        """Keep the days and the folder (called by the Settings dialog; StoreError goes to it)."""
        if self._on_server:
            return
        self._store.settings.backup_keep_days = self.keep_days.value()
        self._store.settings.backup_folder = self.folder.text()

    def back_up_now(self) -> None:
        try:
            self.save()
            result = make_backup(self._store)
        except UserError as err:
            QMessageBox.warning(self, self.tr("Backups"), error_text(err))
            return
        self.refresh()
        if result.extra_problem:
            QMessageBox.warning(self, self.tr("Backups"), self.tr(
                "The backup was made in the data folder, but not copied to {folder}.").format(
                folder=result.extra_problem))
