"""Help → About: which needsassess this is, where its data lives, and the database schema.

The same facts as ``needsassess --version`` (``needsassess.store.about``), so a partner's IT officer can
check a laptop from the window: the version after an upgrade, the data folder to back up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from needsassess.store.about import AboutInfo, about
from needsassess.ui.icon import application_icon
from needsassess.ui.naming import named


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.info: AboutInfo = about(data_dir)
        self.setWindowTitle(self.tr("About needsassess"))
        icon = named(QLabel(), "about_icon")
        icon.setPixmap(application_icon().pixmap(64, 64))
        title = named(QLabel(f"<b>needsassess {self.info.version}</b>"), "about_title")
        summary = named(QLabel(self.tr(
            "needsassess records field needs assessments offline, prints reports in English, Nepali and "
            "Uzbek, and exchanges assessments as package files.")), "about_summary")
        summary.setWordWrap(True)
        facts = QFormLayout()
        self.version_label = self._fact(self.info.version, "about_version")
        self.folder_label = self._fact(str(self.info.data_folder), "about_data_folder")
        self.schema_label = self._fact(self.info.schema, "about_schema")
        facts.addRow(self.tr("Version:"), self.version_label)
        facts.addRow(self.tr("Data folder:"), self.folder_label)
        facts.addRow(self.tr("Database schema:"), self.schema_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (icon, title, summary):
            layout.addWidget(widget)
        layout.addLayout(facts)
        layout.addWidget(buttons)

    @staticmethod
    def _fact(text: str, name: str) -> QLabel:
        label = named(QLabel(text), name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy into a message
        return label
