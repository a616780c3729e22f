"""What an import did: a headline, one line per package, and the details of the chosen package on demand.

The coordinator reads at a glance how many assessments are new, updated, unchanged or in conflict
in each package, and which packages were refused or held back, each with its reason in one short
sentence of the interface language (``ui.import_summary``). Rows stay one line high (long text is
elided, whole in the tooltip and, for the selected package, in a line under the table); a mark
before the result says imported, refused or held back. The first package with a problem is
selected. The whole message (with its advice, such as the command that accepts a held-back sender's key), the
sender and the signing key are under "Details", for the selected package. Fits a 1024 × 600 screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.ui import import_summary as words
from needsassess.ui.naming import named

if TYPE_CHECKING:  # the sync package is imported when an import runs, not at start-up
    from needsassess.sync.importer import ImportResult

REFUSED_COLOUR = QColor("#fde8e8")
CONFLICT_COLOUR = QColor("#fff4d6")
COUNT_COLUMNS = (1, 2, 3, 4)
RESULT_COLUMN = 6


class ImportResultDialog(QDialog):
    """A table of ``ImportResult`` (see ``needsassess.sync.importer``) and their details."""

    def __init__(self, results: list[ImportResult], parent: QWidget | None = None,
                 digits: str | None = None) -> None:
        super().__init__(parent)
        self._digits = digits  # the Nepali digits setting, for the counts
        self.setObjectName("import_result_dialog")
        self.setWindowTitle(self.tr("Import finished"))
        self._results = list(results)
        self.summary = named(QLabel(), "import_summary")
        self.summary.setWordWrap(True)
        bold = QFont(self.summary.font())
        bold.setBold(True)
        self.summary.setFont(bold)
        self.table = named(QTableWidget(len(self._results), 7), "import_results")
        self.table.setAccessibleName(self.tr("Packages imported"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Package"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts"),
            self.tr("Key"), self.tr("Result")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Only field packages (an officer's laptop): no assessment counts at all; one column says what
        # each brought. Mixed with officers' packages, a field package's row spans the four counts.
        self._field_only = bool(self._results) and all(r.field is not None for r in self._results)
        for row, result in enumerate(self._results):
            self._fill_row(row, result)
        if self._field_only:
            self.table.setHorizontalHeaderItem(COUNT_COLUMNS[0], QTableWidgetItem(self.tr("What it brought")))
            for column in COUNT_COLUMNS[1:]:
                self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(RESULT_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, min(220, max(120, self.table.sizeHintForColumn(0))))
        if self._field_only:  # the contents are elided (whole in the tooltip), the result keeps its room
            header.setSectionResizeMode(COUNT_COLUMNS[0], QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(COUNT_COLUMNS[0], min(300, self.table.sizeHintForColumn(COUNT_COLUMNS[0])))
        self.details_button = named(QPushButton(self.tr("Details")), "import_details_button")
        self.details_button.setCheckable(True)
        self.details_button.setToolTip(self.tr("The whole message, the sender and the signing key of the "
                                               "selected package"))
        self.reason = named(QLabel(), "import_reason")  # the selected package's result, whole
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = named(QPlainTextEdit(), "import_details")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details of the selected package"))
        self.details.setVisible(False)
        self.details_button.toggled.connect(self._show_details)
        self.table.currentCellChanged.connect(lambda *_cells: self._update_details())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.details_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.reason)
        layout.addWidget(self.details, 1)
        layout.addLayout(bottom)
        self.summary.setText(self.summary_line())
        self._select_first_problem()
        self._fit_screen()

    def _fit_screen(self, extra: int = 0) -> None:
        """Wide enough for the reasons, never wider or taller than the screen (1024 × 600 laptops)."""
        width, height = 960, 230 + 32 * min(len(self._results), 8) + extra
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 24), min(height, room.height() - 40)
        self.resize(width, height)

    def summary_line(self) -> str:
        return words.headline(self._results, self._digits)

    def outcome(self, result: ImportResult) -> str:
        return words.outcome_sentence(result, self._digits)

    def _fill_row(self, row: int, result: ImportResult) -> None:
        kind = words.outcome(result)
        imported = kind in (words.IMPORTED, words.ALREADY)
        counts = [words.count(n, self._digits) for n in (result.new, result.updated, result.unchanged,
                                                          result.conflicts)]
        field = result.field is not None and kind == words.IMPORTED
        if field:  # a field package carries forms, lists and returns, not new or updated assessments
            counts = [words.field_contents(result, self._digits), "", "", ""]
            if not self._field_only:
                self.table.setSpan(row, COUNT_COLUMNS[0], 1, len(COUNT_COLUMNS))
        elif result.field is not None or not imported:
            counts = ["", "", "", ""]
        cells = [Path(result.path).name, *counts, words.key_state(result),
                 words.outcome_sentence(result, self._digits)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text if column != RESULT_COLUMN else words.details(result))
            if column in COUNT_COLUMNS and not field:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == RESULT_COLUMN:
                item.setIcon(self._mark(kind))
                if not imported:
                    item.setBackground(REFUSED_COLOUR)
            elif column == 4 and result.conflicts and imported:
                item.setBackground(CONFLICT_COLOUR)
            self.table.setItem(row, column, item)

    def _mark(self, kind: str) -> QIcon:
        pixmap = {words.IMPORTED: QStyle.StandardPixmap.SP_DialogApplyButton,
                  words.ALREADY: QStyle.StandardPixmap.SP_DialogApplyButton,
                  words.HELD: QStyle.StandardPixmap.SP_MessageBoxWarning,
                  words.REFUSED: QStyle.StandardPixmap.SP_MessageBoxCritical}[kind]
        return self.style().standardIcon(pixmap)

    def _select_first_problem(self) -> None:
        problems = [r for r, result in enumerate(self._results)
                    if words.outcome(result) in (words.REFUSED, words.HELD)]
        if self._results:
            self.table.selectRow(problems[0] if problems else 0)
        self._update_details()

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Details"))
        self._update_details()
        if shown:
            self._fit_screen(extra=140)

    def _update_details(self) -> None:
        row = self.table.currentRow()
        result = self._results[row] if 0 <= row < len(self._results) else None
        self.details.setPlainText(words.details(result) if result is not None else "")
        sentence = "" if result is None else words.outcome_sentence(result, self._digits)
        self.reason.setText("" if result is None else f"{Path(result.path).name}: {sentence}")
