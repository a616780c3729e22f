"""Deferred start-up, XLSForm import from the New assessment dialog, and keys in Settings."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from needsassess.store import open_store

try:
    from .conftest import insert_rows
except ImportError:  # tests/ui is not a package
    from conftest import insert_rows  # type: ignore[no-redef]


# -- start-up ---------------------------------------------------------------------------------
def test_the_window_is_shown_before_the_store_opens_then_the_list_fills(qtbot, tmp_path: Path, switcher) -> None:
    from needsassess.ui.app import finish_start, show_shell

    data_dir = tmp_path / "data"
    with open_store(data_dir) as store:
        insert_rows(store, 30)
        store.settings.interface_language = "ne"
    window = show_shell(switcher, str(data_dir))
    qtbot.addWidget(window)
    assert window.start_page is None and window.store is None
    assert window.stack.currentWidget() is window.opening
    assert window.opening.text() == "Opening your assessments…"
    assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
    qtbot.waitUntil(lambda: window.opening._painted, timeout=5000)
    store = finish_start(window, switcher, str(data_dir))
    try:
        page = window.start_page
        assert page is not None and window.stack.currentWidget() is page
        assert window.new_action.isEnabled()
        assert page.model.rowCount() == 30
        assert page.new_button.text() == "नयाँ मूल्याङ्कन"  # the settings' language, installed at start
        assert page.form_filter.count() == 1  # titles come after the list has been painted
        with qtbot.waitSignal(page.forms_loaded, timeout=5000):
            pass
        assert page.form_filter.count() > 1
        titles = {f.title_in("en") for f in store.forms.all_latest()}
        assert {page.model.index(r, 1).data() for r in range(8)} <= titles
    finally:
        window.close()
        store.close()


def test_the_shell_opens_in_the_language_last_used_with_the_data_folder(
    qtbot, tmp_path: Path, switcher
) -> None:
    from needsassess import paths
    from needsassess.ui.app import finish_start, show_shell

    data_dir = tmp_path / "data"
    with open_store(data_dir) as store:
        store.settings.interface_language = "ne"
    first = show_shell(switcher, str(data_dir))  # never started here: English until the store opens
    qtbot.addWidget(first)
    assert first.opening.text() == "Opening your assessments…"
    qtbot.waitUntil(lambda: first.opening._painted, timeout=5000)
    store = finish_start(first, switcher, str(data_dir))
    assert store is not None
    store.close()
    first.close()
    assert paths.remembered_language(data_dir) == "ne"
    switcher.switch("en")
    second = show_shell(switcher, str(data_dir))  # the next start: Nepali from the first paint
    qtbot.addWidget(second)
    assert second.opening.text() == "तपाईंका मूल्याङ्कनहरू खोल्दै…"
    second.close()
    (data_dir / paths.LANGUAGE_FILE).write_text("../../etc\n", encoding="ascii")  # damaged: ignored
    assert paths.remembered_language(data_dir) is None


# -- XLSForm ---------------------------------------------------------------------------------
def _xlsform(path: Path, broken: bool = False) -> Path:
    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Nepali (ne)", "constraint"])
    survey.append(["begin_group", "site", "Site", "स्थल", None])
    survey.append(["text", "village", "Village", "गाउँ", None])
    survey.append(["integer", "people", "People", "मान्छे", ". >= 0" if not broken else "${nobody} > 1"])
    survey.append(["audio", "voice", "Voice note", "आवाज", None])
    survey.append(["end_group", None, None, None, None])
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Village check", "village_check", "1"])
    book.save(path)
    return path


def _new_dialog(qtbot, store):
    from needsassess.ui.new_assessment import NewAssessmentDialog

    dialog = NewAssessmentDialog(store, "en")
    qtbot.addWidget(dialog)
    return dialog


def test_xlsform_import_shows_the_report_then_adds_the_form(qtbot, store, tmp_path: Path, monkeypatch) -> None:
    from needsassess.ui.xlsform_dialog import XLSFormReportDialog

    sheet = _xlsform(tmp_path / "village.xlsx")
    dialog = _new_dialog(qtbot, store)
    before = dialog.form_list.count()
    seen: list[XLSFormReportDialog] = []

    def add(report_dialog: XLSFormReportDialog) -> int:
        seen.append(report_dialog)
        return int(XLSFormReportDialog.DialogCode.Accepted)

    monkeypatch.setattr(XLSFormReportDialog, "exec", add)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    dialog.import_button.click()
    with qtbot.waitSignal(dialog.import_task.done, timeout=30_000):
        pass
    [report] = seen
    levels = [report.table.item(r, 0).text() for r in range(report.table.rowCount())]
    assert "dropped" in levels and report.add_button is not None
    assert "Village check" in report.summary.text()
    assert (Path(store.data_dir) / "forms" / "village_check.yaml").is_file()
    assert dialog.form_list.count() == before + 1
    assert dialog.form_list.currentItem().data(Qt.ItemDataRole.UserRole) == "village_check"
    assert store.forms.latest("village_check").version == "1"


def test_a_refused_xlsform_shows_its_errors_and_adds_nothing(qtbot, store, tmp_path: Path, monkeypatch) -> None:
    from needsassess.ui.xlsform_dialog import XLSFormReportDialog

    sheet = _xlsform(tmp_path / "broken.xlsx", broken=True)
    dialog = _new_dialog(qtbot, store)
    seen: list[XLSFormReportDialog] = []
    monkeypatch.setattr(XLSFormReportDialog, "exec", lambda d: seen.append(d) or 0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    dialog.import_button.click()
    with qtbot.waitSignal(dialog.import_task.done, timeout=30_000):
        pass
    [report] = seen
    assert report.add_button is None and "cannot be imported" in report.summary.text()
    assert any(report.table.item(r, 0).text() == "error" for r in range(report.table.rowCount()))
    assert not (Path(store.data_dir) / "forms").exists()


# -- keys ------------------------------------------------------------------------------------
def test_settings_show_the_fingerprint_and_load_and_forget_the_coordinator_key(qtbot, store, tmp_path: Path,
                                                                              monkeypatch) -> None:
    from needsassess.crypto.api import create_coordinator_key, fingerprint_text
    from needsassess.ui.settings_dialog import SettingsDialog

    public = tmp_path / "office.pub"
    office = create_coordinator_key(tmp_path / "office", "Bukhara office", public)
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    keys = dialog.keys
    assert keys.fingerprint.text() == fingerprint_text(store.data_dir)
    assert keys.fingerprint.font().fixedPitch()
    assert "not encrypted" in keys.coordinator.text() and not keys.forget_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(public), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    keys.load_button.click()
    assert "Bukhara office" in keys.coordinator.text() and office.fingerprint in keys.coordinator.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    keys.forget_button.click()
    assert "not encrypted" in keys.coordinator.text()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: (public.read_text(), True))
    keys.paste_button.click()
    assert "Bukhara office" in keys.coordinator.text()


def test_keys_dialog_creates_enrols_and_backs_up(qtbot, store, tmp_path: Path, monkeypatch) -> None:
    from needsassess.sync.enrolment import write_device_public_key
    from needsassess.ui.keys_dialog import KeysDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    dialog = KeysDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.create_button.isEnabled() and dialog.table.rowCount() == 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Koidu office", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "koidu.pub"), ""))
    dialog.create_button.click()
    assert "Koidu office" in dialog.own.text() and not dialog.create_button.isEnabled()
    assert (tmp_path / "koidu.pub").read_text().startswith("needsassess public key")

    with open_store(tmp_path / "officer") as officer:
        officer.settings.officer_name = "Aminata Sesay"
        write_device_public_key(officer, tmp_path / "aminata.pub")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "aminata.pub"), ""))
    dialog.enrol_button.click()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Aminata Sesay"

    passphrases = iter(["long enough words", "long enough words"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(passphrases), True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "keys.backup"), ""))
    dialog.backup_button.click()
    assert (tmp_path / "keys.backup").is_file() and warnings == []
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong passphrase", True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "keys.backup"), ""))
    dialog.restore_button.click()
    assert warnings and "passphrase is wrong" in warnings[-1]


def test_the_forms_dialog_lists_the_datasets_a_form_reads(qtbot, store) -> None:
    from needsassess.store.datasets import datasets_for

    forms = Path(store.data_dir) / "forms"
    forms.mkdir()
    (forms / "sites_check.yaml").write_text("""
form_id: sites_check
version: "1"
title: {en: Sites check}
survey:
  - {type: select_one sites.csv, name: site, label: {en: Site}}
  - {type: calculate, name: head, calculation: "pulldata('households', 'head', 'hh_id', ${site})"}
""", encoding="utf-8")
    datasets_for(store).add("sites", ("name", "label"), [["k1", "Khajura"], ["k2", "Koidu"]])
    dialog = _new_dialog(qtbot, store)
    row = next(i for i in range(dialog.form_list.count())
               if dialog.form_list.item(i).data(Qt.ItemDataRole.UserRole) == "sites_check")
    dialog.form_list.setCurrentRow(row)
    assert dialog.datasets.text() == "households (missing: import it); sites v1, 2 rows"
    dialog.form_list.setCurrentRow(0 if row else 1)
    assert dialog.datasets.isHidden()


def test_the_keys_window_writes_enrolment_times_in_bikram_sambat_with_nepali_digits(
        qtbot, store, switcher, tmp_path: Path) -> None:
    """Enrolment times follow the Nepali interface like every other time in the window."""
    from needsassess.sync.enrolment import enrol_key_file, write_device_public_key
    from needsassess.ui.keys_dialog import KeysDialog

    with open_store(tmp_path / "officer") as officer:
        officer.settings.officer_name = "Sita Tharu"
        write_device_public_key(officer, tmp_path / "sita.pub")
    enrol_key_file(store, tmp_path / "sita.pub")
    switcher.switch("ne")
    dialog = KeysDialog(store)
    qtbot.addWidget(dialog)
    when = dialog.table.item(0, 3).text()
    assert when and not any(ch in "0123456789" for ch in when), when
    assert any("०" <= ch <= "९" for ch in when) and when.startswith("२०८"), when  # a BS year, 2080s
