"""Settings: officer name, interface and form language, paper size, Nepali digits, and where the data lives.

Everything is saved through the store's settings (they travel with the data folder). The Keys box
(``keys_panel``) shows this laptop's key fingerprint and the coordinator key exports are encrypted to. The window
applies a new interface language at once (see ``i18n.LanguageSwitcher``); this dialog follows the
switch too, so its own texts change while it is still open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from needsassess.store import AssessmentStore, StoreError
from needsassess.ui.i18n import FORM_LANGUAGES, INTERFACE_LANGUAGES, error_text
from needsassess.ui.naming import named

PAPER_SIZES = ("A4", "Letter")


def _choices(name: str, items: dict[str, str], current: str) -> QComboBox:
    combo = named(QComboBox(), name)
    for code, text in items.items():
        combo.addItem(text, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class SettingsDialog(QDialog):
    """Edits ``store.settings``; ``applied`` is emitted once they are saved."""

    applied = Signal()

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self._store = store
        settings = store.settings
        self.officer = named(QLineEdit(settings.officer_name), "officer_name")
        self.interface_language = _choices("interface_language", INTERFACE_LANGUAGES,
                                           settings.interface_language)
        self.form_language = _choices("form_language", FORM_LANGUAGES, settings.form_language)
        self.paper_size = _choices("paper_size", {p: p for p in PAPER_SIZES}, settings.paper_size)
        # Digits of the Nepali interface (numbers and dates in the window); written in themselves.
        self.digits = _choices("digits", {"devanagari": "देवनागरी (१२३)", "latin": "Latin (123)"},
                               settings.digits)
        self.digits_label = QLabel()
        self.digits_label.setBuddy(self.digits)
        self.folder = named(QLineEdit(str(store.data_dir)), "data_folder")
        self.folder.setReadOnly(True)
        self.open_folder = named(QPushButton(), "open_folder")
        self.open_folder.clicked.connect(self.open_data_folder)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._labels = [QLabel() for _ in range(5)]
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        fields = QFormLayout()
        for label, field in zip(self._labels, (self.officer, self.interface_language, self.form_language,
                                               self.paper_size, self.folder), strict=True):
            label.setBuddy(field)
        fields.addRow(self._labels[0], self.officer)
        fields.addRow(self._labels[1], self.interface_language)
        fields.addRow(self._labels[2], self.form_language)
        fields.addRow(self._labels[3], self.paper_size)
        fields.addRow(self.digits_label, self.digits)
        fields.addRow(self._labels[4], folder_row)
        self.note = named(QLabel(), "settings_note")
        self.note.setWordWrap(True)
        from needsassess.ui.keys_panel import KeysPanel

        self.keys = KeysPanel(store, self)
        from needsassess.ui.backups_panel import BackupsPanel

        self.backups = BackupsPanel(store, self)
        # Everything but Save/Cancel scrolls: with the keys and backups sections the dialog is taller
        # than a 1024×600 screen leaves, and the buttons must stay in reach.
        body = QWidget()
        content = QVBoxLayout(body)
        content.setContentsMargins(0, 0, 0, 0)
        content.addLayout(fields)
        content.addWidget(self.note)
        content.addWidget(self.keys)
        content.addWidget(self.backups)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        main = QVBoxLayout(self)
        main.addWidget(scroll, 1)
        main.addWidget(self.buttons)
        self.retranslate_ui()
        self.setMinimumWidth(640)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        texts = (self.tr("&Officer name:"), self.tr("&Interface language:"), self.tr("&Form language:"),
                 self.tr("&Paper size:"), self.tr("Data folder:"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.officer.setAccessibleName(self.tr("Officer name"))
        self.officer.setPlaceholderText(self.tr("Your name, as it should appear on reports"))
        self.interface_language.setAccessibleName(self.tr("Interface language"))
        self.form_language.setAccessibleName(self.tr("Form language"))
        self.paper_size.setAccessibleName(self.tr("Paper size"))
        self.digits_label.setText(self.tr("Nepali &digits:"))
        self.digits.setAccessibleName(self.tr("Digits of the Nepali interface"))
        self.digits.setToolTip(self.tr("How the Nepali interface writes numbers and dates "
                                       "(Devanagari by default)"))
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder.setText(self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.note.setText(self.tr("Database, photos and keys live here; the app copies the database to "
                                  "“backups” daily and before each import."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._store.data_dir)))

    def save(self) -> bool:
        """Write the settings; False (with a message) when the store refused."""
        settings = self._store.settings
        try:
            settings.officer_name = self.officer.text()
            settings.interface_language = self.interface_language.currentData()
            settings.form_language = self.form_language.currentData()
            settings.paper_size = self.paper_size.currentData()
            settings.digits = self.digits.currentData()
            self.backups.save()
        except StoreError as err:
            QMessageBox.warning(self, self.tr("Settings"), error_text(err))
            return False
        self.applied.emit()
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
