"""Importing an XLSForm from the New assessment dialog: the report first, then the choice to add it.

The spreadsheet is read on a worker thread (``xlsform.import_xlsform``). The person then sees what
was kept, approximated, dropped or refused, row by row, before anything is written; "Add this
form" writes ``<data folder>/forms/<form_id>.yaml`` (``xlsform.install``) and reloads the catalog.
"""

from __future__ import annotations

import html
from collections import Counter

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import Form
from needsassess.errors import UserError
from needsassess.ui.i18n import current_language
from needsassess.ui.naming import named
from needsassess.xlsform.report import ImportReport

LEVEL_COLOURS = {"error": QColor("#fde8e8"), "dropped": QColor("#fff1c2"), "approximated": QColor("#eef5fb")}


class XLSFormReportDialog(QDialog):
    """The import report; accepted means "Add this form". Without a form (refused) only Close."""

    def __init__(self, file_name: str, report: ImportReport, form: Form | None = None, lang: str = "en",
                 parent: QWidget | None = None, refusal: UserError | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("xlsform_report")
        self.setWindowTitle(self.tr("Import XLSForm"))
        self.form = form
        self.report = report
        self.add_button: QPushButton | None
        counts = Counter(entry.level for entry in report.entries)
        self.summary = named(QLabel(), "xlsform_summary")
        self.summary.setWordWrap(True)
        if form is not None:
            questions = sum(1 for q in form.questions() if q.is_input)
            head = self.tr("<b>{title}</b> ({form_id}, version {version}) from {file}: {questions} questions on "
                           "{pages} pages, languages {languages}.").format(
                title=form.title_in(lang), form_id=form.form_id, version=form.version, file=file_name,
                questions=questions, pages=len(form.pages()), languages=", ".join(form.languages))
        elif refusal is not None and not report.errors:  # the file itself (not a workbook, too large): say why
            head = f"<b>{html.escape(refusal.body(current_language()))}</b>"
        else:
            head = self.tr("<b>{file} cannot be imported.</b> Correct the rows marked as errors in the "
                           "spreadsheet, then import it again.").format(file=file_name)
        self.summary.setText(head + "<br>" + self.tr(
            "Approximated: {approximated} · dropped: {dropped} · errors: {errors} · notes: {notes}. "
            "Everything else was kept as it is.").format(
            approximated=counts["approximated"], dropped=counts["dropped"], errors=counts["error"],
            notes=counts["note"]))
        self.table = named(QTableWidget(len(report.entries), 4), "xlsform_entries")
        self.table.setAccessibleName(self.tr("Import report"))
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Where"), self.tr("Column"),
                                              self.tr("Why")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        levels = {"error": self.tr("error"), "approximated": self.tr("approximated"), "dropped": self.tr("dropped"),
                  "note": self.tr("note")}
        for row, entry in enumerate(report.entries):
            where = entry.sheet + (" " + self.tr("row {row}").format(row=entry.row) if entry.row else "")
            why = entry.text(current_language())
            for column, text in enumerate((levels.get(entry.level, entry.level), where, entry.column or "", why)):
                item = QTableWidgetItem(text)
                item.setToolTip(f"[{entry.code}] {why}" if column == 3 else text)  # the code, for a call or a search
                if entry.level in LEVEL_COLOURS:
                    item.setBackground(LEVEL_COLOURS[entry.level])
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.buttons = QDialogButtonBox()
        if form is not None:
            self.add_button = self.buttons.addButton(self.tr("Add this form"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.add_button.setDefault(True)
            self.add_button.setAccessibleName(self.tr("Add this form"))
            cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        else:
            self.add_button = None
            cancel = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(cancel.text())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
