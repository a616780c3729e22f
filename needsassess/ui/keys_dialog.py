"""Keys… (the coordinator's menu): the coordinator key pair, officers' enrolled keys, backups.

A coordinator makes one key pair here and hands the public file to officers (their exports are then
encrypted for it). Officers' device keys are enrolled from a package (on import) or from a public key
file here, and revoked here when a laptop is lost or stolen (revoked keys stay listed, greyed, with
their reason). Private keys can be backed up to a file protected by a passphrase, and restored on a
new laptop. Everything goes through ``needsassess.crypto.api`` and
``needsassess.crypto.backup``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.errors import UserError
from needsassess.ui.i18n import error_text, shown_time
from needsassess.ui.keys_panel import monospace_label

if TYPE_CHECKING:
    from needsassess.store import AssessmentStore
    from needsassess.sync.enrolment import EnrolledKey, RevokedKey


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _button(name: str) -> QPushButton:
    button = QPushButton()
    button.setObjectName(name)
    return button


class KeysDialog(QDialog):
    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keys_dialog")
        self._store = store
        self._data_dir = Path(store.data_dir)
        self.own_heading, self.enrolled_heading, self.revoked_heading = QLabel(), QLabel(), QLabel()
        self._keys: list[EnrolledKey] = []
        self.own = monospace_label("own_coordinator_key")
        self.own.setWordWrap(True)
        self.create_button = _button("create_coordinator_key")
        self.create_button.clicked.connect(self.create_key)
        self.table = _table("enrolled_keys", 4)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Revoked keys: a section of their own, greyed, the reason as every cell's tooltip.
        self.revoked = _table("revoked_keys", 5)
        self.revoked.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.revoke_button = _button("revoke_key")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.enrol_button = _button("enrol_key_file")
        self.enrol_button.clicked.connect(self.enrol_file)
        self.held = QLabel()
        self.held.setObjectName("held_packages")
        self.held.setWordWrap(True)
        self.backup_button = _button("backup_keys")
        self.restore_button = _button("restore_keys")
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        for button in (self.create_button, self.enrol_button, self.revoke_button, self.backup_button,
                       self.restore_button):
            button.setAutoDefault(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own, 1)
        own_row.addWidget(self.create_button)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addWidget(self.revoke_button)
        enrol_row.addStretch(1)
        enrol_row.addWidget(self.backup_button)
        enrol_row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own_heading)
        layout.addLayout(own_row)
        layout.addSpacing(8)
        layout.addWidget(self.enrolled_heading)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.held)
        layout.addWidget(self.revoked_heading)
        layout.addWidget(self.revoked, 1)
        layout.addLayout(enrol_row)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(900, 520)

    def _digits(self) -> str:
        """The Nepali digits setting, for times shown here (Bikram Sambat dates in Nepali)."""
        try:
            return self._store.settings.digits
        except UserError:  # the store's errors are the catalogue's
            return "devanagari"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Keys"))
        self.own_heading.setText(self.tr("<b>Your coordinator key</b> (officers encrypt their packages for it)"))
        self.enrolled_heading.setText(self.tr("<b>Officers' keys enrolled here</b> (packages they sign are "
                                              "imported without asking)"))
        self.table.setHorizontalHeaderLabels([self.tr("Officer"), self.tr("Device"), self.tr("Fingerprint"),
                                              self.tr("Enrolled")])
        self.table.setAccessibleName(self.tr("Enrolled keys"))
        self.revoked_heading.setText(self.tr("<b>Revoked keys</b> (packages they sign are refused)"))
        self.revoked.setHorizontalHeaderLabels([self.tr("Officer"), self.tr("Device"), self.tr("Fingerprint"),
                                                self.tr("Revoked"), self.tr("Reason")])
        self.revoked.setAccessibleName(self.tr("Revoked keys"))
        self.revoke_button.setToolTip(self.tr("The selected officer's laptop was lost or stolen: refuse every "
                                              "package signed by its key from now on"))
        for button, text in ((self.create_button, self.tr("Create coordinator key…")),
                             (self.enrol_button, self.tr("Enrol key from file…")),
                             (self.revoke_button, self.tr("Revoke…")),
                             (self.backup_button, self.tr("Back up keys…")),
                             (self.restore_button, self.tr("Restore keys…"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.own.setAccessibleName(self.tr("Your coordinator key"))
        self.refresh()

    def refresh(self) -> None:
        from needsassess.crypto.api import own_coordinator_info
        from needsassess.sync.enrolment import enrolled_keys, held_packages, revoked_keys

        try:
            own = own_coordinator_info(self._data_dir)
            keys = enrolled_keys(self._store)
            held = held_packages(self._store)
            revoked = revoked_keys(self._store)
        except UserError as err:
            QMessageBox.warning(self, self.tr("Keys"), error_text(err))
            own, keys, held, revoked = None, [], [], []
        self._keys = keys
        self.own.setText(self.tr("None yet. Create one if you collect packages from officers.") if own is None
                         else f"{own.name}\n{own.fingerprint}")
        self.create_button.setEnabled(own is None)
        self.table.setRowCount(len(keys))
        for row, key in enumerate(keys):
            for column, text in enumerate((key.officer, key.device_id[:8], key.fingerprint,
                                           shown_time(key.enrolled_at, self._digits()))):
                item = QTableWidgetItem(text)
                item.setToolTip(key.source if column == 3 else text)
                self.table.setItem(row, column, item)
        self._show_revoked(revoked)
        self._selection_changed()
        self.held.setText(self.tr("Packages held back for an unknown signer: {names}. Import them again and "
                                  "accept the officer's key after checking its fingerprint.").format(
            names=", ".join(h.file_name for h in held)) if held else "")
        self.held.setVisible(bool(held))

    def _show_revoked(self, revoked: list[RevokedKey]) -> None:
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        self.revoked.setRowCount(len(revoked))
        for row, key in enumerate(revoked):
            when = shown_time(key.revoked_at, self._digits())
            if key.revoked_by:
                when = self.tr("{when} by {name}").format(when=when, name=key.revoked_by)
            for column, text in enumerate((key.officer or self.tr("(not enrolled here)"), key.device_id[:8],
                                           key.fingerprint, when, key.reason)):
                item = QTableWidgetItem(text)
                item.setForeground(grey)
                item.setToolTip(self.tr("Revoked: {reason}").format(reason=key.reason))
                self.revoked.setItem(row, column, item)
        self.revoked_heading.setVisible(bool(revoked))
        self.revoked.setVisible(bool(revoked))

    def _selected_key(self) -> EnrolledKey | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if len(rows) != 1:
            return None
        row = rows.pop()
        return self._keys[row] if row < len(self._keys) else None

    def _selection_changed(self) -> None:
        self.revoke_button.setEnabled(self._selected_key() is not None)

    def revoke_selected(self) -> None:
        """Ask why, confirm naming the officer and fingerprint, then revoke (final, audited)."""
        from needsassess.sync.enrolment import revoke

        key = self._selected_key()
        if key is None:
            return
        title = self.tr("Revoke key")
        name = key.officer or self.tr("(no name)")
        reason, ok = QInputDialog.getText(self, title, self.tr(
            "Why is the key of {name} revoked (for example: laptop stolen)? The reason is kept and shown "
            "whenever one of its packages is refused.").format(name=name), QLineEdit.EchoMode.Normal)
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, title, self.tr("Nothing was revoked: give the reason."))
            return
        answer = QMessageBox.question(self, title, self.tr(
            "Revoke the key of {name}?\n\nFingerprint: {fingerprint}\n\nEvery package signed by this key will be "
            "refused from now on, even if you accept it. This is final: the officer needs a new key on a new "
            "device, enrolled afresh. Packages imported before stay.").format(
            name=name, fingerprint=key.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            revoke(self._store, key.fingerprint, reason)
        except UserError as err:
            QMessageBox.warning(self, title, error_text(err))
        self.refresh()

    def create_key(self) -> None:
        from needsassess.crypto.api import create_coordinator_key

        name, ok = QInputDialog.getText(self, self.tr("Create coordinator key"), self.tr(
            "Name shown to officers (your office or your name):"), QLineEdit.EchoMode.Normal)
        if not ok or not name.strip():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the public key for officers"),
                                              str(Path.home() / "coordinator.pub"), self.tr("Public key files (*.pub)"))
        if not path:
            return
        try:
            info = create_coordinator_key(self._data_dir, name.strip(), Path(path))
        except (UserError, OSError) as err:
            QMessageBox.warning(self, self.tr("Create coordinator key"), error_text(err))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Create coordinator key"), self.tr(
            "Key created. Give {path} to your officers and read them the fingerprint:\n{fingerprint}\n\n"
            "Back up your keys now (Back up keys…): without the private key, packages encrypted for it "
            "cannot be opened.").format(path=path, fingerprint=info.fingerprint))

    def enrol_file(self) -> None:
        from needsassess.sync.enrolment import enrol_key_file

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Enrol an officer's key"), str(Path.home()),
                                              self.tr("Public key files (*.pub *.txt);;All files (*)"))
        if not path:
            return
        try:
            info = enrol_key_file(self._store, Path(path))
        except (UserError, OSError) as err:
            QMessageBox.warning(self, self.tr("Enrol key"), error_text(err))
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Enrol key"), self.tr(
            "Enrolled the key of {name}.\nFingerprint: {fingerprint}").format(
            name=info.name, fingerprint=info.fingerprint))

    def _passphrase(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, prompt, QLineEdit.EchoMode.Password)
        return text if ok and text else None

    def backup(self) -> None:
        from needsassess.crypto.backup import write_backup
        from needsassess.sync.identity import signing_key

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Back up keys"),
                                              str(Path.home() / "needsassess-keys.backup"),
                                              self.tr("Key backups (*.backup)"))
        if not path:
            return
        title = self.tr("Back up keys")
        first = self._passphrase(title, self.tr("Passphrase for the backup (a few words; without it the "
                                                "backup cannot be opened):"))
        if first is None:
            return
        if self._passphrase(title, self.tr("The same passphrase again:")) != first:
            QMessageBox.warning(self, title, self.tr("The two passphrases differ; nothing was written."))
            return
        try:
            signing_key(self._store, remember=False)  # a lost key is refused, not remade and backed up
            held = write_backup(self._data_dir, Path(path), first)
        except (UserError, OSError) as err:
            QMessageBox.warning(self, title, error_text(err))
            return
        QMessageBox.information(self, title, self.tr("Saved to {path}: {what}. Keep it apart from this laptop."
                                                     ).format(path=path, what=", ".join(held)))

    def restore(self) -> None:
        from needsassess.crypto.backup import read_backup, restore_backup

        title = self.tr("Restore keys")
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()), self.tr("Key backups (*.backup)"))
        if not path:
            return
        passphrase = self._passphrase(title, self.tr("Passphrase of the backup:"))
        if passphrase is None:
            return
        try:
            read_backup(Path(path), passphrase)  # a wrong passphrase or a damaged file: say so and stop
        except (UserError, OSError) as err:
            QMessageBox.warning(self, title, error_text(err))
            return
        try:
            restore_backup(self._data_dir, Path(path), passphrase)
        except UserError as err:  # different keys are here already: replace only when asked
            answer = QMessageBox.question(self, title, self.tr(
                "{reason}\n\nReplace the keys of this data folder with those of the backup? The current "
                "key files are kept aside, renamed.").format(reason=error_text(err)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
            try:
                restore_backup(self._data_dir, Path(path), passphrase, replace=True)
            except UserError as again:
                QMessageBox.warning(self, title, error_text(again))
                return
        self.refresh()
        QMessageBox.information(self, title, self.tr("The keys were restored."))
