"""What the start page's buttons do: reopen, discard, PDF report, export, import, demo data, and the
coordinator's review, conflicts and tables.

Each action asks what it needs (a reason, a confirmation, a file name), calls the core, and tells
the page through ``changed`` that the list must be read again. Long ones run on a worker thread
with a progress dialog that can be cancelled. Errors from the core (``UserError``) are shown as one
message box; a second error while one is open is put in the status bar instead, never a pop-up storm.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from needsassess.errors import UserError
from needsassess.store import AssessmentStore, AssessmentSummary, StoreError
from needsassess.store.records import RETURNED
from needsassess.ui import services
from needsassess.ui.i18n import error_text, shown_title
from needsassess.ui.import_summary import describe_export
from needsassess.ui.tasks import CancelledFn, ProgressFn, Task, run_with_progress

if TYPE_CHECKING:  # the sync package is imported when an export or import runs, not at start-up
    from needsassess.reports import ReportResult
    from needsassess.sync.exporter import ExportResult
    from needsassess.sync.field_send import SendResult
    from needsassess.sync.importer import ImportResult

R = TypeVar("R")


def _documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _safe_file_name(text: str) -> str:
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in text).strip()
    return " ".join(kept.split())[:80] or "report"


log = logging.getLogger(__name__)

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
        # What to start once the running task has reported back (e.g. a re-import after accepting a key).
        self._follow_up: Callable[[], None] | None = None
        self.last_send_text = ""  # what the last field package held (shown, and read by tests)

    # -- messages ----------------------------------------------------------------------------
    def show_error(self, error: str | BaseException) -> None:
        """One box; a lasting condition of the folder (damage, read-only) only once per window."""
        from needsassess.ui.database_check import damage_error, suspect_damage
        from needsassess.ui.error_reports import condition_of, warn_once

        if condition_of(error) == "damaged" and isinstance(error, UserError):
            # A read found damaged pages: writes are refused from now on (the background check
            # confirms or clears it), and the one message told is that verdict, with its advice.
            suspect_damage(self._store, str(error.params.get("detail", "")))
            error = damage_error(self._store) or error
        text = error if isinstance(error, str) else error_text(error)
        top = self._widget.window()
        if top.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide) and top.isHidden():
            # A closed window (re-reading its texts after a language switch, its store gone) tells
            # nobody: a message box over it would be modal over nothing. The log keeps it.
            log.info("not shown, its window is closed: %s", text.splitlines()[0] if text else "")
            return
        if self._error_open:
            self.message.emit(text.splitlines()[0])
            return
        self._error_open = True
        try:
            warn_once(self._widget, self.tr("needsassess"), error, self.message.emit)
        finally:
            self._error_open = False

    # -- one assessment ----------------------------------------------------------------------
    def _digits(self) -> str | None:
        """The Nepali digits setting (None when the settings cannot be read: the language's default)."""
        try:
            return self._store.settings.digits
        except StoreError:
            return None

    def _title(self, record: AssessmentSummary) -> str:
        """The title as the window shows it (its date in Bikram Sambat and the digits setting in Nepali)."""
        return shown_title(record.title, self._digits())

    def reopen(self, record: AssessmentSummary) -> None:
        question = self.tr("Why is “{title}” reopened? The reason is kept in its history.")
        if record.status == RETURNED:  # the reason answers the coordinator's return and travels with the fix
            question = self.tr("The coordinator returned “{title}”. What will you check or correct? Your "
                               "answer is sent back with the fix.")
        title = self._title(record) if record.title else record.uuid
        reason, ok = QInputDialog.getText(
            self._widget, self.tr("Reopen assessment"), question.format(title=title),
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
            self.show_error(error_text(err))
            return
        self.changed.emit()
        self.message.emit(self.tr("Reopened: {title}").format(title=self._title(record)))
        self.reopened.emit(record.uuid)

    def discard(self, record: AssessmentSummary) -> None:
        answer = QMessageBox.question(
            self._widget, self.tr("Discard draft"),
            self.tr("Discard the draft “{title}”? Its answers will no longer be listed.").format(
                title=self._title(record) if record.title else self.tr("(no title yet)")),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Discard:
            return
        try:
            self._store.discard(record.uuid)
        except StoreError as err:
            self.show_error(error_text(err))
            return
        self.changed.emit()
        self.message.emit(self.tr("Draft discarded: {title}").format(title=self._title(record)))

    # -- long operations ---------------------------------------------------------------------
    def _run(self, title: str, label: str, work: Callable[[ProgressFn, CancelledFn], R],
             on_finished: Callable[[R], None]) -> None:
        if self.task is not None:
            self.message.emit(self.tr("Please wait: another operation is still running."))
            return

        def finished(result: R) -> None:
            self.changed.emit()
            on_finished(result)

        def cancelled() -> None:
            self.changed.emit()
            self.message.emit(self.tr("Cancelled."))

        self.task = run_with_progress(self._widget, title, label, work, finished, self.show_error, cancelled)
        self.task.done.connect(self._task_done)

    def _task_done(self) -> None:
        # ``done`` is emitted after ``finished`` from the same worker, so it arrives after the result
        # was handled: only now may a follow-up task start.
        self.task = None
        follow_up, self._follow_up = self._follow_up, None
        if follow_up is not None:
            follow_up()

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

        def work(progress: ProgressFn, cancelled: CancelledFn) -> ReportResult | None:
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

        def work(progress: ProgressFn, cancelled: CancelledFn) -> ExportResult:
            return services.export_package(self._store, target, False, progress, cancelled)

        def done(result: ExportResult) -> None:
            text = describe_export(result, target)
            self.message.emit(text)
            if result.encrypted_for:
                QMessageBox.information(self._widget, self.tr("Export"), text + "\n\n" + self.tr(
                    "Encrypted for {name}: only that coordinator can read it.").format(name=result.encrypted_for))
            else:
                QMessageBox.warning(self._widget, self.tr("Export"), text + "\n\n" + self.tr(
                    "Not encrypted: anyone who finds this file can read the households' answers. Load your "
                    "coordinator's key in Settings to encrypt packages."))

        self._run(self.tr("Export"), self.tr("Writing the package…"), work, done)

    def import_packages(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self._widget, self.tr("Import packages"), str(_documents_dir()),
            self.tr("Package files (*.napkg)"))
        if not paths:
            return
        self.run_import([Path(p) for p in paths])

    def run_import(self, chosen: list[Path], accept_signer: bool = False,
                   earlier: list[ImportResult] | None = None) -> None:
        """Import ``chosen``; packages held back for an unknown signer are offered for acceptance."""
        def work(progress: ProgressFn, cancelled: CancelledFn) -> list[ImportResult]:
            return services.import_packages(self._store, chosen, progress, cancelled, accept_signer=accept_signer)

        def done(results: list[ImportResult]) -> None:
            merged = _merge_results(earlier, results)
            accepted = [] if accept_signer else [r.path for r in results if r.held and self._accept_signer(r)]
            if accepted:  # started from _task_done, once this task has reported back
                self._follow_up = lambda: self.run_import(accepted, accept_signer=True, earlier=merged)
                return
            self.show_import_results(merged)

        self._run(self.tr("Import"), self.tr("Checking and importing the packages…"), work, done)

    def _accept_signer(self, result: ImportResult) -> bool:
        """Ask whether to trust the key that signed a held-back package (the answer is audited)."""
        who = result.officer or self.tr("an unnamed officer")
        fingerprint = result.signer_fingerprint or self.tr("(the package is not signed)")
        answer = QMessageBox.question(
            self._widget, self.tr("Accept this officer's key?"),
            self.tr("{file} was sent by {who}, signed with a key this folder does not know.\n\n"
                    "Fingerprint: {fingerprint}\n\nAccept this officer's key? Accept only after the officer "
                    "has read you the same fingerprint (Settings on their laptop), by phone or in person. "
                    "Your choice is recorded.").format(file=Path(result.path).name, who=who,
                                                       fingerprint=fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_import_results(self, results: list[ImportResult]) -> None:
        from needsassess.ui.import_result_dialog import ImportResultDialog

        dialog = ImportResultDialog(results, self._widget, digits=self._digits())
        self.message.emit(dialog.summary_line())
        dialog.exec()

    # -- the coordinator ---------------------------------------------------------------------
    def review(self, record: AssessmentSummary) -> None:
        from needsassess.sync.review import review_state, review_thread, set_review
        from needsassess.ui.review_dialog import ReviewDialog
        from needsassess.ui.review_thread import question_labels

        try:
            state, _comment = review_state(self._store, record.uuid)
            thread = review_thread(self._store, record.uuid)
            form = self._store.forms.get(record.form_id, record.form_version)
            labels = question_labels(form, self._store.settings.form_language)
        except StoreError as err:
            self.show_error(error_text(err))
            return
        dialog = ReviewDialog(record.title or record.uuid, state, "", self._widget, questions=labels,
                              thread=thread)
        if dialog.exec() != ReviewDialog.DialogCode.Accepted:
            return
        try:
            set_review(self._store, record.uuid, dialog.status(), dialog.comment(), question=dialog.question())
        except UserError as err:
            self.show_error(error_text(err))
            return
        self.changed.emit()
        self.message.emit(self.tr("Review saved: {title}").format(title=record.title))

    def send_to_officers(self) -> None:
        """Coordinator → Send to officers…: choose officers and contents, save the field package."""
        from needsassess.crypto.keys import coordinator_key
        from needsassess.errors.field_codes import FieldCode
        from needsassess.store import field as field_rows
        from needsassess.sync.trust import enrolled_keys
        from needsassess.ui.send_dialog import Officer, SendDialog, describe_send

        if coordinator_key(self._store.data_dir) is None:  # an officer's laptop: say so before any choice
            self.show_error(error_text(UserError(FieldCode.SEND_NO_KEY)))
            return
        try:
            keys = enrolled_keys(self._store)
            with self._store.read("list the enrolled keys") as conn:
                officers = [Officer(k.fingerprint, k.officer, k.device_id,
                                    field_rows.field_key(conn, k.fingerprint) is not None) for k in keys]
                retired = field_rows.retired_forms(conn)
                follow_ups = field_rows.follow_ups(conn)
            lang = self._store.settings.form_language
            forms = [(f.form_id, f.title_in(lang)) for f in self._store.forms.all_latest()]
        except StoreError as err:
            self.show_error(error_text(err))
            return
        dialog = SendDialog(officers, forms, retired, len(follow_ups), self._widget)
        if dialog.exec() != SendDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        default = _documents_dir() / f"needsassess-field-{date.today():%Y-%m-%d}.napkg"
        path, _ = QFileDialog.getSaveFileName(self._widget, self.tr("Save field package"), str(default),
                                              self.tr("Package files (*.napkg)"))
        if not path:
            return
        target = Path(path).with_suffix(".napkg")
        names = {o.fingerprint: o.officer for o in officers}

        def work(progress: ProgressFn, cancelled: CancelledFn) -> SendResult:
            return services.send_field_package(self._store, target, choice, progress, cancelled)

        def done(result: SendResult) -> None:
            titles = {}
            for uuid in result.not_addressed:
                try:
                    titles[uuid] = self._store.get(uuid).title
                except StoreError:
                    titles[uuid] = uuid
            text = describe_send(result, titles, names)
            self.last_send_text = text
            self.message.emit(text.splitlines()[0])
            QMessageBox.information(self._widget, self.tr("Send to officers"), text)

        self._run(self.tr("Send to officers"), self.tr("Writing the field package…"), work, done)

    def show_conflicts(self) -> None:
        from needsassess.ui.conflicts_window import ConflictsWindow

        window = ConflictsWindow(self._store, self._widget)
        window.resolved.connect(self.changed)
        window.show()
        self.conflicts_window = window

    def export_tables(self) -> None:
        default = _documents_dir() / f"needsassess-tables-{date.today():%Y-%m-%d}.xlsx"
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV files in a new folder (*)")
        geojson = self.tr("Points, lines and areas for QGIS or ArcGIS (*.geojson)")
        path, chosen_filter = QFileDialog.getSaveFileName(
            self._widget, self.tr("Export tables for analysis"), str(default), f"{xlsx};;{csv};;{geojson}")
        if not path:
            return
        target = Path(path)
        if chosen_filter == xlsx and target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        elif chosen_filter == csv and target.suffix.lower() == ".xlsx":
            target = target.with_suffix("")
        elif chosen_filter == geojson and target.suffix.lower() != ".geojson":
            target = target.with_suffix(".geojson")
        lang = self._store.settings.form_language

        def work(progress: ProgressFn, cancelled: CancelledFn) -> list[Path]:
            return services.export_tables(self._store, target, None, lang, progress, cancelled)

        def done(written: list[Path]) -> None:
            files = list(written or [])
            text = self.tr("{count} tables saved to {path}").format(count=len(files), path=target)
            self.message.emit(text)
            QMessageBox.information(self._widget, self.tr("Export tables"), text)

        self._run(self.tr("Export tables"), self.tr("Writing the tables…"), work, done)

    def load_demo(self) -> None:
        def work(progress: ProgressFn, cancelled: CancelledFn) -> list[str]:
            return services.load_demo(self._store, progress, cancelled)

        self._run(self.tr("Demo data"), self.tr("Adding demo assessments…"), work,
                  lambda _r: self.message.emit(self.tr("Demo assessments added.")))


def _merge_results(earlier: list[ImportResult] | None, later: list[ImportResult]) -> list[ImportResult]:
    """The first import's results, with those of packages imported again replacing theirs."""
    if not earlier:
        return list(later)
    again = {Path(r.path): r for r in later}
    return [again.get(Path(r.path), r) for r in earlier]
