"""Keys in Settings: this laptop's fingerprint, and the coordinator key exports are encrypted to.

The fingerprint is shown in a fixed-width font, in groups of four, so an officer can read it out
over the phone to the coordinator who enrols the key. Loading the coordinator's public key (a file
or pasted text) makes every export encrypted for that coordinator; "Forget" stops it. All of it goes
through ``needsassess.crypto.api``; errors there are ``UserError`` messages shown as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from needsassess.errors import UserError
from needsassess.store import AssessmentStore
from needsassess.ui.i18n import error_text
from needsassess.ui.naming import named


def monospace_label(name: str) -> QLabel:
    label = named(QLabel(), name)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(font.StyleHint.Monospace)  # where no font is called "monospace", Qt still finds one
    font.setFixedPitch(True)
    font.setPointSize(font.pointSize() + 1)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class KeysPanel(QGroupBox):
    """Device fingerprint, coordinator key (load from file, paste, forget), own public key file."""

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_panel")
        self._store = store
        self._data_dir = Path(store.data_dir)
        self.fingerprint = monospace_label("device_fingerprint")
        self.coordinator = named(QLabel(), "coordinator_key")
        self.coordinator.setWordWrap(True)
        self.coordinator.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_button = named(QPushButton(), "load_coordinator_key")
        self.paste_button = named(QPushButton(), "paste_coordinator_key")
        self.forget_button = named(QPushButton(), "forget_coordinator_key")
        self.save_public = named(QPushButton(), "save_public_key")
        self.load_button.clicked.connect(self.load_from_file)
        self.paste_button.clicked.connect(self.load_from_paste)
        self.forget_button.clicked.connect(self.forget)
        self.save_public.clicked.connect(self.save_public_key)
        self._labels = [QLabel(), QLabel()]
        # The fingerprint is read out over the phone: never cut, so the button goes on the line below
        # (beside it, a long Nepali or Uzbek button text covered the last groups).
        self.fingerprint.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        public_row = QHBoxLayout()
        public_row.addWidget(self.save_public)
        public_row.addStretch(1)
        for button in (self.save_public, self.load_button, self.paste_button, self.forget_button):
            button.setAutoDefault(False)  # Enter in Settings saves the settings, nothing else
        buttons = QHBoxLayout()
        for button in (self.load_button, self.paste_button, self.forget_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self._labels[0], self.fingerprint)
        form.addRow("", public_row)
        form.addRow(self._labels[1], self.coordinator)
        form.addRow("", buttons)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Keys"))
        self._labels[0].setText(self.tr("This laptop's key:"))
        self._labels[1].setText(self.tr("Coordinator key:"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint of this laptop's key"))
        self.fingerprint.setToolTip(self.tr("Read this out to your coordinator, group by group, so they can "
                                            "check the packages you send"))
        for button, text, name in (
                (self.load_button, self.tr("Load coordinator key…"), self.tr("Load the coordinator key from a file")),
                (self.paste_button, self.tr("Paste key…"), self.tr("Paste the coordinator key as text")),
                (self.forget_button, self.tr("Forget"), self.tr("Forget the coordinator key")),
                (self.save_public, self.tr("Save my public key…"), self.tr("Save this laptop's public key file"))):
            button.setText(text)
            button.setAccessibleName(name)
        self.refresh()

    def refresh(self) -> None:
        from needsassess.crypto.api import coordinator_info
        from needsassess.sync.identity import signing_key

        try:  # a lost key of a folder that signed before is shown as lost, never silently remade
            self.fingerprint.setText(signing_key(self._store, remember=False).fingerprint)
        except UserError as err:
            self.fingerprint.setText(error_text(err))
        try:
            info = coordinator_info(self._data_dir)
        except UserError as err:
            info = None
            self.coordinator.setText(error_text(err))
        else:
            if info is None:
                self.coordinator.setText(self.tr("None loaded: packages you export are not encrypted."))
            else:
                self.coordinator.setText(self.tr("{name}<br><tt>{fingerprint}</tt><br>Packages you export are "
                                                 "encrypted for this coordinator.").format(
                    name=info.name, fingerprint=info.fingerprint))
        self.forget_button.setEnabled(info is not None)
        self.coordinator.setAccessibleName(self.tr("Coordinator key"))

    def _load(self, source: Path | str) -> None:
        from needsassess.crypto.api import load_coordinator_key

        try:
            info = load_coordinator_key(self._data_dir, source)
        except UserError as err:
            QMessageBox.warning(self, self.tr("Coordinator key"), error_text(err))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Coordinator key"), self.tr(
            "Loaded the key of {name}.\n\nFingerprint: {fingerprint}\n\nCheck this fingerprint with your "
            "coordinator by phone or in person before you send packages.").format(
            name=info.name, fingerprint=info.fingerprint))

    def load_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load coordinator key"), str(Path.home()),
                                              self.tr("Public key files (*.pub *.txt);;All files (*)"))
        if path:
            self._load(Path(path))

    def load_from_paste(self) -> None:
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Paste coordinator key"), self.tr(
            "Paste the whole key, from “needsassess public key” to the fingerprint line:"))
        if ok and text.strip():
            self._load(text)

    def forget(self) -> None:
        from needsassess.crypto.api import forget_coordinator_key

        answer = QMessageBox.question(self, self.tr("Forget coordinator key"), self.tr(
            "Forget the coordinator key? Packages you export afterwards will not be encrypted."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            forget_coordinator_key(self._data_dir)
        except UserError as err:
            QMessageBox.warning(self, self.tr("Coordinator key"), error_text(err))
        self.refresh()

    def save_public_key(self) -> None:
        from needsassess.sync.enrolment import write_device_public_key

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save my public key"),
                                              str(Path.home() / "needsassess-officer.pub"),
                                              self.tr("Public key files (*.pub)"))
        if not path:
            return
        try:
            info = write_device_public_key(self._store, Path(path))
        except (UserError, OSError) as err:
            QMessageBox.warning(self, self.tr("Save my public key"), error_text(err))
            return
        QMessageBox.information(self, self.tr("Save my public key"), self.tr(
            "Saved to {path}. Give this file to your coordinator, and read them the fingerprint:\n{fingerprint}"
        ).format(path=path, fingerprint=info.fingerprint))
