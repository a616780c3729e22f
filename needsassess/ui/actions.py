"""What the start page's buttons do: reopen, discard, PDF report, export, import, demo data.

Each action asks what it needs (a reason, a confirmation, a file name), calls the core, and tells
the page through ``changed`` that the list must be read again. Long ones run on a worker thread
with a progress dialog that can be cancelled. Errors from the core (``UserError``) are shown as one
message box; a second error while one is open is put in the status bar instead, never a pop-up storm.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from needsassess.store import AssessmentStore, AssessmentSummary, StoreError
from needsassess.ui import services
from needsassess.ui.import_summary import describe_export, describe_import
from needsassess.ui.tasks import Task, run_with_progress


def _documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _safe_file_name(text: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in text).strip()
    return " ".join(kept.split())[:80] or "report"


class ListActions(QObject):
    """The actions on assessments, with ``parent`` as the owner of every dialog."""

    changed = Signal()
    message = Signal(str)
    reopened = Signal(str)  # uuid of the new draft revision

    def __init__(self, store: AssessmentStore, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._widget = parent
        self._error_open = False
        self.task: Task | None = None  # the running long operation, if any

    # -- messages ----------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        if self._error_open:
            self.message.emit(text.splitlines()[0])
            return
        self._error_open = True
        try:
            QMessageBox.warning(self._widget, self.tr("needsassess"), text)
        finally:
            self._error_open = False

    # -- one assessment ----------------------------------------------------------------------
    def reopen(self, record: AssessmentSummary) -> None:
        reason, ok = QInputDialog.getText(
            self._widget, self.tr("Reopen assessment"),
            self.tr("Why is “{title}” reopened? The reason is kept in its history.").format(
                title=record.title or record.uuid),
            QLineEdit.EchoMode.Normal,
        )
        if not ok:
            return
        if not reason.strip():
            self.show_error(self.tr("The assessment was not reopened: write a reason, then try again."))
            return
        try:
            self._store.reopen(record.uuid, reason.strip())
        except StoreError as err:
            self.show_error(str(err))
            return
        self.changed.emit()
        self.message.emit(self.tr("Reopened: {title}").format(title=record.title))
        self.reopened.emit(record.uuid)

    def discard(self, record: AssessmentSummary) -> None:
        answer = QMessageBox.question(
            self._widget, self.tr("Discard draft"),
            self.tr("Discard the draft “{title}”? Its answers will no longer be listed.").format(
                title=record.title or self.tr("(no title yet)")),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            self._store.discard(record.uuid)
        except StoreError as err:
            self.show_error(str(err))
            return
        self.changed.emit()
        self.message.emit(self.tr("Draft discarded: {title}").format(title=record.title))

    # -- long operations ---------------------------------------------------------------------
    def _run(self, title: str, label: str, work, on_finished) -> None:
        if self.task is not None:
            self.message.emit(self.tr("Please wait: another operation is still running."))
            return

        def finished(result: Any) -> None:
            self.changed.emit()
            on_finished(result)

        def cancelled() -> None:
            self.changed.emit()
            self.message.emit(self.tr("Cancelled."))

        self.task = run_with_progress(self._widget, title, label, work, finished, self.show_error, cancelled)
        self.task.done.connect(self._task_done)

    def _task_done(self) -> None:
        self.task = None

    def report(self, records: list[AssessmentSummary]) -> None:
        name = _safe_file_name(records[0].title if len(records) == 1 else self.tr("Assessments"))
        path, _ = QFileDialog.getSaveFileName(
            self._widget, self.tr("Save PDF report"), str(_documents_dir() / f"{name}.pdf"),
            self.tr("PDF files (*.pdf)"))
        if not path:
            return
        target = Path(path).with_suffix(".pdf")
        uuids = [r.uuid for r in records]
        settings = self._store.settings
        lang, paper = settings.form_language, settings.paper_size

        def work(progress, cancelled):
            return services.write_report(self._store, uuids, target, lang, paper, progress, cancelled)

        self._run(self.tr("PDF report"), self.tr("Writing the report…"), work,
                  lambda _r: self.message.emit(self.tr("Report saved to {path}").format(path=target)))

    def export_package(self) -> None:
        default = _documents_dir() / f"needsassess-{date.today():%Y-%m-%d}.napkg"
        path, _ = QFileDialog.getSaveFileName(
            self._widget, self.tr("Export complete assessments"), str(default),
            self.tr("Package files (*.napkg)"))
        if not path:
            return
        target = Path(path).with_suffix(".napkg")

        def work(progress, cancelled):
            return services.export_package(self._store, target, False, progress, cancelled)

        def done(result: Any) -> None:
            text = describe_export(result, target)
            self.message.emit(text)
            QMessageBox.information(self._widget, self.tr("Export"), text)

        self._run(self.tr("Export"), self.tr("Writing the package…"), work, done)

    def import_packages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._widget, self.tr("Import packages"), str(_documents_dir()),
            self.tr("Package files (*.napkg)"))
        if not paths:
            return
        chosen = [Path(p) for p in paths]

        def work(progress, cancelled):
            return services.import_packages(self._store, chosen, progress, cancelled)

        def done(result: Any) -> None:
            QMessageBox.information(self._widget, self.tr("Import"), describe_import(result, chosen))

        self._run(self.tr("Import"), self.tr("Checking and importing the packages…"), work, done)

    def load_demo(self) -> None:
        def work(progress, cancelled):
            return services.load_demo(self._store, progress, cancelled)

        self._run(self.tr("Demo data"), self.tr("Adding demo assessments…"), work,
                  lambda _r: self.message.emit(self.tr("Demo assessments added.")))
