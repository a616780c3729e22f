"""Starting an assessment: pick a form (title, description, version, languages), then the site.

The site goes straight into the form's site question (the one ``settings.site`` names), so the list
shows it from the first moment; the draft is created through the store before the form opens, so
even an assessment closed at once is there to resume. "Import XLSForm…" under the form list adds a
form from a spreadsheet, after showing its import report (``xlsform_dialog``).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import AnswerError, Form, FormSession, SessionContext
from needsassess.errors import UserError
from needsassess.locale import format_number
from needsassess.store import AssessmentStore, StoreError
from needsassess.store.field import retired_forms
from needsassess.ui.i18n import FORM_LANGUAGES, error_text, interface_conventions
from needsassess.ui.naming import named
from needsassess.ui.tasks import CancelledFn, ProgressFn, Task, run_with_progress

if TYPE_CHECKING:  # the XLSForm reader (openpyxl) is imported when a spreadsheet is chosen
    from needsassess.xlsform import ImportResult, XLSFormError

_SIMPLE_REFERENCE = re.compile(r"^\s*\$\{(\w+)\}\s*$")


def site_question(form: Form) -> str | None:
    """The question that holds the site, when ``settings.site`` is a plain reference to one."""
    expression = form.settings.site
    if expression is None:
        return None
    match = _SIMPLE_REFERENCE.match(expression.source)
    return match.group(1) if match and match.group(1) in form.elements else None


class NewAssessmentDialog(QDialog):
    """Choose a form and a site; on accept ``created_uuid`` is the new draft."""

    def __init__(self, store: AssessmentStore, form_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new_assessment")
        self._store = store
        self._lang = form_language
        self._forms: list[Form] = []
        self.created_uuid: str | None = None
        self.import_task: Task | None = None  # the XLSForm being read, if any
        self.form_list = named(QListWidget(), "form_list")
        self._fill_forms()
        self.import_button = named(QPushButton(), "import_xlsform")
        self.import_button.clicked.connect(self.import_xlsform)
        self.form_list.setMinimumWidth(300)
        self.form_list.setWordWrap(True)
        self.form_list.setSpacing(3)
        self.form_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.title = named(QLabel(), "form_title")
        self.title.setWordWrap(True)
        self.description = named(QLabel(), "form_description")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.version, self.languages = named(QLabel(), "form_version"), named(QLabel(), "form_languages")
        self.datasets = named(QLabel(), "form_datasets")  # the CSV lists the form reads, and their versions
        self.datasets.setWordWrap(True)
        self.site = named(QComboBox(), "site_box")
        self.site.setEditable(True)
        self.site.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.site.addItems(self._known_sites())
        self.site.setCurrentText("")
        buttons = QDialogButtonBox.StandardButton
        self.buttons = QDialogButtonBox(buttons.Ok | buttons.Cancel)
        self._layout()
        self.form_list.currentRowChanged.connect(self._show_form)
        self.form_list.itemActivated.connect(lambda _item: self.site.setFocus())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        if self._forms:
            self.form_list.setCurrentRow(0)
        self.resize(820, 460)

    def _layout(self) -> None:
        details = QFormLayout()
        self.version_label, self.languages_label, self.site_label = QLabel(), QLabel(), QLabel()
        details.addRow(self.version_label, self.version)
        details.addRow(self.languages_label, self.languages)
        self.datasets_label = QLabel()
        details.addRow(self.datasets_label, self.datasets)
        self.site_label.setBuddy(self.site)
        site_row = QFormLayout()
        site_row.addRow(self.site_label, self.site)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.description)
        right.addLayout(details)
        right.addStretch(1)
        right.addLayout(site_row)
        left = QVBoxLayout()
        left.addWidget(self.form_list, 1)
        left.addWidget(self.import_button)
        row = QHBoxLayout()
        row.addLayout(left, 2)
        row.addLayout(right, 3)
        self.intro = QLabel()
        main = QVBoxLayout(self)
        main.addWidget(self.intro)
        main.addLayout(row, 1)
        main.addWidget(self.buttons)

    def _fill_forms(self, select: str | None = None) -> None:
        try:
            self._forms = self._store.forms.all_latest()
            with self._store.read("read the field package state") as conn:
                retired = retired_forms(conn)  # the coordinator retired them: no new assessments
            self._forms = [f for f in self._forms if f.form_id not in retired]
        except StoreError as err:
            QMessageBox.warning(self, self.tr("New assessment"), error_text(err))
            self._forms = []
        self.form_list.blockSignals(True)
        self.form_list.clear()
        for form in self._forms:
            item = QListWidgetItem(form.title_in(self._lang))
            item.setData(Qt.ItemDataRole.UserRole, form.form_id)
            self.form_list.addItem(item)
        self.form_list.blockSignals(False)
        ids = [f.form_id for f in self._forms]
        if select in ids:
            self.form_list.setCurrentRow(ids.index(select))

    # -- XLSForm import ----------------------------------------------------------------------
    def import_xlsform(self) -> None:
        """Choose a spreadsheet, read it off the GUI thread, show the report, add the form if asked."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import XLSForm"), str(Path.home()),
                                              self.tr("XLSForm spreadsheets (*.xlsx *.xls)"))
        if not path or self.import_task is not None:
            return
        chosen = Path(path)

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> ImportResult | XLSFormError:
            import dataclasses

            from needsassess.errors.dataset_codes import XLSFormCode
            from needsassess.xlsform import XLSFormError, import_xlsform
            from needsassess.xlsform.media import read_media

            try:
                result = import_xlsform(chosen)
            except XLSFormError as err:
                return err  # shown with its report, not as a plain message
            # the CSV lists it reads, from beside the spreadsheet or FORM-media/, as `forms import` finds them
            lists = read_media(result.form, result.datasets, chosen, result.report)
            if result.report.errors:
                return XLSFormError(result.report, XLSFormCode.LISTS_UNUSABLE, file=chosen.name)
            return dataclasses.replace(result, lists=lists)

        def failed(message: str) -> None:
            QMessageBox.warning(self, self.tr("Import XLSForm"), message)

        self.import_task = run_with_progress(self, self.tr("Import XLSForm"), self.tr("Reading the spreadsheet…"),
                                             work, lambda result: self._show_import(chosen, result), failed)
        self.import_task.done.connect(self._import_done)

    def _import_done(self) -> None:
        self.import_task = None

    def _show_import(self, path: Path, result: ImportResult | XLSFormError) -> None:
        from needsassess.ui.xlsform_dialog import XLSFormReportDialog
        from needsassess.xlsform import ImportResult, XLSFormError

        imported = result if isinstance(result, ImportResult) else None
        form = imported.form if imported is not None else None
        refusal = result if isinstance(result, XLSFormError) else None
        dialog = XLSFormReportDialog(path.name, result.report, form, self._lang, self, refusal)
        if dialog.exec() != QDialog.DialogCode.Accepted or imported is None:
            return
        self.add_imported_form(imported)

    def add_imported_form(self, result: ImportResult) -> bool:
        """Write the form into the data folder's forms and show it in the list, selected."""
        from needsassess.xlsform.install import FormExists, install_form

        folder = Path(self._store.data_dir) / "forms"
        try:
            install_form(result, folder)
        except FormExists as err:
            answer = QMessageBox.question(
                self, self.tr("Import XLSForm"),
                self.tr("A form with the id “{form_id}” was imported before ({path}). Replace it? Assessments "
                        "already made keep the version they were made with.").format(
                    form_id=result.form.form_id, path=err.target),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return False
            install_form(result, folder, replace=True)
        except (UserError, OSError) as err:
            QMessageBox.warning(self, self.tr("Import XLSForm"), error_text(err))
            return False
        if result.lists:
            from needsassess.store.datasets import datasets_for

            datasets = datasets_for(self._store)
            try:
                for item in result.lists:  # a new version of a list only when its content changed
                    datasets.add(item.name, item.columns, item.rows, source=item.source.name)
            except UserError as err:
                QMessageBox.warning(self, self.tr("Import XLSForm"), error_text(err))
        self._store.forms.reload()
        self._fill_forms(select=result.form.form_id)
        self._show_form(self.form_list.currentRow())
        return True

    def _known_sites(self) -> list[str]:
        try:
            return self._store.sites()
        except StoreError:
            return []

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New assessment"))
        self.intro.setText(self.tr("Choose the form to fill in, then the site you are assessing."))
        self.version_label.setText(self.tr("Version:"))
        self.languages_label.setText(self.tr("Languages:"))
        self.datasets_label.setText(self.tr("Lists:"))
        self.site_label.setText(self.tr("&Site:"))
        self.form_list.setAccessibleName(self.tr("Forms"))
        self.site.setAccessibleName(self.tr("Site"))
        line = self.site.lineEdit()
        if line is not None:  # an editable combo box always has its line
            line.setPlaceholderText(self.tr("Settlement or site name"))
        self.import_button.setText(self.tr("Import XLSForm…"))
        self.import_button.setAccessibleName(self.tr("Import XLSForm"))
        self.import_button.setToolTip(self.tr("Add a form from an XLSForm spreadsheet (ODK, KoboToolbox, "
                                              "SurveyCTO); you see the import report first"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_form(self.form_list.currentRow())

    def selected_form(self) -> Form | None:
        row = self.form_list.currentRow()
        return self._forms[row] if 0 <= row < len(self._forms) else None

    def _show_form(self, row: int) -> None:
        form = self._forms[row] if 0 <= row < len(self._forms) else None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(form is not None)
        if form is None:
            self.title.setText(self.tr("No forms are installed."))
            return
        self.title.setText(f"<b style='font-size:13pt'>{form.title_in(self._lang)}</b>")
        text = form.description.get(self._lang, form.default_language) if form.description else ""
        self.description.setText(text)
        self.version.setText(form.version)
        self.languages.setText(", ".join(FORM_LANGUAGES.get(code, code) for code in form.languages))
        self._show_datasets(form)
        has_site = site_question(form) is not None
        self.site.setVisible(has_site)
        self.site_label.setVisible(has_site)

    def _show_datasets(self, form: Form) -> None:
        from needsassess.store.datasets import datasets_for
        from needsassess.xlsform.media import datasets_used

        names = datasets_used(form)
        stored = {info.name: info for info in datasets_for(self._store).list()} if names else {}
        try:  # the counts in the interface's digits (Nepali: the digits setting)
            conv = interface_conventions(self._store.settings.digits)
        except StoreError:
            conv = interface_conventions()
        texts = [self.tr("{name} v{version}, {rows} rows").format(
                     name=n, version=format_number(stored[n].version, conv), rows=format_number(stored[n].row_count,
                                                                                                   conv))
                 if n in stored else self.tr("{name} (missing: import it)").format(name=n) for n in names]
        self.datasets.setText("; ".join(texts))
        self.datasets.setVisible(bool(names))
        self.datasets_label.setVisible(bool(names))

    def accept(self) -> None:
        form = self.selected_form()
        if form is None:
            return
        try:
            self.created_uuid = self._create(form)
        except (UserError, AnswerError) as err:
            QMessageBox.warning(self, self.tr("New assessment"), error_text(err))
            return
        super().accept()

    def _create(self, form: Form) -> str:
        from needsassess.store.datasets import datasets_for

        context = SessionContext(officer=self._store.settings.officer_name, device_id=self._store.device_id,
                                 datasets=datasets_for(self._store))
        session = FormSession(form, context=context, language=self._lang)
        question, site = site_question(form), self.site.currentText().strip()
        if question and site:
            session.set_answer(question, site)
        return self._store.create(form.form_id, session).uuid
