"""What an import did, one row per package: counts, refusal, and who signed it.

The coordinator reads here which packages brought new, updated or conflicting assessments, which
were refused and why, and whose key signed each one (enrolled or not), before looking at the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.ui.i18n import error_text
from needsassess.ui.naming import named

if TYPE_CHECKING:  # the sync package is imported when an import runs, not at start-up
    from needsassess.sync.importer import ImportResult

REFUSED_COLOUR = QColor("#fde8e8")
CONFLICT_COLOUR = QColor("#fff4d6")


class ImportResultDialog(QDialog):
    """A table of ``ImportResult`` (see ``needsassess.sync.importer``)."""

    def __init__(self, results: list[ImportResult], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_result_dialog")
        self.setWindowTitle(self.tr("Import finished"))
        self._results = list(results)
        self.summary = named(QLabel(), "import_summary")
        self.summary.setWordWrap(True)
        self.table = named(QTableWidget(len(self._results), 8), "import_results")
        self.table.setAccessibleName(self.tr("Packages imported"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Package"), self.tr("New"), self.tr("Updated"), self.tr("Unchanged"), self.tr("Conflicts"),
            self.tr("Outcome"), self.tr("Signed by"), self.tr("Key")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        for row, result in enumerate(self._results):
            self._fill_row(row, result)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.summary.setText(self.summary_line())
        self.resize(1080, 220 + 40 * min(len(self._results), 10))

    def summary_line(self) -> str:
        ok = [r for r in self._results if not r.refused]
        return self.tr("{done} of {total} packages imported: {new} new, {updated} updated, {unchanged} unchanged, "
                       "{conflicts} in conflict.").format(
            done=len(ok), total=len(self._results), new=sum(r.new for r in ok),
            updated=sum(r.updated for r in ok), unchanged=sum(r.unchanged for r in ok),
            conflicts=sum(r.conflicts for r in ok))

    def outcome(self, result: ImportResult) -> str:
        if result.held:
            return self.tr("Held back: the signer's key is not accepted here. {reason}").format(reason=result.held)
        if result.refused:
            return self.tr("Refused, nothing changed: {reason}").format(
                reason=error_text(result.error) if result.error else result.refused)
        if result.already_imported:
            return self.tr("Already imported")
        if result.encrypted_for:
            return self.tr("Imported (was encrypted for {name})").format(name=result.encrypted_for)
        return self.tr("Imported")

    def _signer(self, result: ImportResult) -> tuple[str, str]:
        if not result.signer_fingerprint:
            return (result.officer or "", self.tr("Not signed"))
        if result.signer_accepted_now:
            state = self.tr("accepted now")
        elif result.signer_enrolled:
            state = self.tr("enrolled")
        else:
            state = self.tr("NOT enrolled")
        return (result.officer or "", f"{result.signer_fingerprint} ({state})")

    def _fill_row(self, row: int, result: ImportResult) -> None:
        refused = bool(result.refused)
        counts = ["", "", "", ""] if refused else [str(result.new), str(result.updated), str(result.unchanged),
                                                    str(result.conflicts)]
        officer, key = self._signer(result)
        cells = [Path(result.path).name, *counts, self.outcome(result), officer, key]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if column in (1, 2, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if refused:
                item.setBackground(REFUSED_COLOUR)
            elif result.conflicts and column == 4:
                item.setBackground(CONFLICT_COLOUR)
            self.table.setItem(row, column, item)
