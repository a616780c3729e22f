"""What an empty data folder shows: what the app is for, and the ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from needsassess.ui.naming import named


class WelcomePanel(QWidget):
    """A calm card in the middle of the window with three buttons."""

    new_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        card = named(QFrame(), "welcome_card")
        card.setMaximumWidth(640)
        self.title = named(QLabel(), "welcome_title")
        self.body = named(QLabel(), "welcome_body")
        self.body.setWordWrap(True)
        self.hint = named(QLabel(), "welcome_hint")
        self.hint.setWordWrap(True)
        self.new_button = named(QPushButton(), "welcome_new")
        self.new_button.setDefault(True)
        self.demo_button = named(QPushButton(), "welcome_demo")
        self.import_button = named(QPushButton(), "welcome_import")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.demo_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inside = QVBoxLayout(card)
        inside.setContentsMargins(32, 28, 32, 28)
        inside.setSpacing(14)
        inside.addWidget(self.title)
        inside.addWidget(self.body)
        inside.addLayout(buttons)
        inside.addWidget(self.hint)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.new_button.clicked.connect(self.new_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    def set_demo_available(self, available: bool) -> None:
        self.demo_button.setVisible(available)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("No assessments yet"))
        self.body.setText(self.tr(
            "Record field needs assessments on this laptop, with or without a connection. "
            "Choose a form, answer it page by page, and every answer is saved as you type. "
            "Finished assessments can be printed as PDF reports and sent to your coordinator "
            "in a package file."
        ))
        self.hint.setText(self.tr(
            "Demo data adds example assessments from several sites, to show how lists and reports look."
        ))
        for button, text in ((self.new_button, self.tr("New assessment")),
                             (self.demo_button, self.tr("Load demo data")),
                             (self.import_button, self.tr("Import a package…"))):
            button.setText(text)
            button.setAccessibleName(text.rstrip("…"))
        self.setAccessibleName(self.tr("Welcome"))
