"""Selects whose choices come from a dataset (a CSV imported with an XLSForm), driven in the real widgets.

The form is built as an ODK team would write it (openpyxl), imported with its CSV files through the command
line, then opened in the entry view: the dataset's rows are the choices, in the form language, and a
choice_filter follows the answer it depends on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QRadioButton

from needsassess.store import open_store
from needsassess.ui.entry import FormEntryView
from tests.ui.entry_helpers import widget_for
from tests.xlsform.village_form import import_village_form, write_village_form


@pytest.fixture
def village_store(tmp_path: Path):
    opened = open_store(import_village_form(tmp_path, wards=12))
    yield opened
    opened.close()


def _view(qtbot, store, language: str) -> FormEntryView:
    record = store.create("village_check")
    view = FormEntryView(store, record.uuid, form_language=language)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    return view


def _radios(widget) -> dict[str, str]:
    return {button.property("choice"): button.text() for button in widget.findChildren(QRadioButton)}


def test_a_select_from_file_lists_the_rows_of_its_dataset_in_the_form_language(qtbot, village_store) -> None:
    view = _view(qtbot, village_store, "ne")
    village = widget_for(view, "village")
    assert _radios(village) == {}  # no district yet: the filter lets no village through
    district = widget_for(view, "district")
    next(b for b in district.findChildren(QRadioButton) if b.property("choice") == "kailali").click()
    qtbot.waitUntil(lambda: bool(_radios(village)))
    assert _radios(village) == {"v1": "खजुरा", "v2": "टीकापुर"}
    next(b for b in village.findChildren(QRadioButton) if b.property("choice") == "v2").click()
    assert view.session.get("village") == "v2"
    next(b for b in district.findChildren(QRadioButton) if b.property("choice") == "bardiya").click()
    qtbot.waitUntil(lambda: set(_radios(village)) == {"v3"})
    assert _radios(village) == {"v3": "गुलरिया"}


def test_a_select_multiple_from_file_offers_check_boxes_of_its_rows(qtbot, village_store) -> None:
    view = _view(qtbot, village_store, "en")
    sources = widget_for(view, "sources")
    boxes = {box.text(): box for box in sources.findChildren(QCheckBox)}
    assert set(boxes) == {"Piped water", "Well"}
    boxes["Well"].click()
    boxes["Piped water"].click()
    assert sorted(view.session.get("sources")) == ["pipe", "well"]


def test_a_search_appearance_reads_its_dataset_and_a_long_list_is_a_searchable_drop_down(qtbot,
                                                                                        village_store) -> None:
    view = _view(qtbot, village_store, "en")
    ward = widget_for(view, "ward")
    combo = ward.findChild(QComboBox)
    assert combo is not None, "twelve wards: a drop-down list, not twelve radio buttons"
    assert [combo.itemText(i) for i in range(1, combo.count())] == [f"Ward {i}" for i in range(1, 13)]
    assert combo.isEditable(), "search(): the officer types to find a row"
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Ward 11")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.session.get("ward") == "w11")


def _import_in_window(qtbot, store, sheet: Path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from needsassess.ui.new_assessment import NewAssessmentDialog
    from needsassess.ui.xlsform_dialog import XLSFormReportDialog

    dialog = NewAssessmentDialog(store, "en")
    qtbot.addWidget(dialog)
    seen: list[XLSFormReportDialog] = []
    monkeypatch.setattr(XLSFormReportDialog, "exec", lambda d: seen.append(d) or int(d.DialogCode.Accepted))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    dialog.import_button.click()
    with qtbot.waitSignal(dialog.import_task.done, timeout=30_000):
        pass
    return dialog, seen[0]


def test_the_window_imports_a_form_with_its_lists_from_the_media_folder(qtbot, store, tmp_path: Path,
                                                                       monkeypatch, switcher) -> None:
    from needsassess.store.datasets import datasets_for

    dialog, report = _import_in_window(qtbot, store, write_village_form(tmp_path), monkeypatch)
    assert report.add_button is not None
    assert {info.name: info.row_count for info in datasets_for(store).list()} == {"villages": 3, "wards": 2,
                                                                                   "water": 2}
    assert dialog.form_list.currentItem().data(Qt.ItemDataRole.UserRole) == "village_check"
    assert dialog.datasets.text() == "villages v1, 3 rows; wards v1, 2 rows; water v1, 2 rows"
    switcher.switch("ne")  # the counts in Devanagari digits, as the Nepali window writes numbers
    dialog._show_datasets(store.forms.latest("village_check"))
    assert "३" in dialog.datasets.text() and "3" not in dialog.datasets.text()
    switcher.switch("en")
    view = _view(qtbot, store, "en")
    assert {box.text() for box in widget_for(view, "sources").findChildren(QCheckBox)} == {"Piped water", "Well"}


def test_the_window_refuses_a_form_whose_list_is_missing_and_says_why(qtbot, store, tmp_path: Path,
                                                                     monkeypatch) -> None:
    sheet = write_village_form(tmp_path)
    (tmp_path / "village_check-media" / "water.csv").unlink()
    _dialog, report = _import_in_window(qtbot, store, sheet, monkeypatch)
    assert report.add_button is None
    whys = [report.table.item(row, 3).text() for row in range(report.table.rowCount())]
    assert "the form reads the list 'water' but water.csv is not in the folder of the form or village_check-media/; " \
           "nothing was imported" in whys
    assert not (Path(store.data_dir) / "forms").exists()


def test_a_select_from_a_50000_row_dataset_opens_and_finds_a_row_by_typing(qtbot, store) -> None:
    """One list model, not 50,000 addItem calls (slow, and fatal with PySide6 6.12 on Python 3.11)."""
    from needsassess.store.datasets import datasets_for

    forms = Path(store.data_dir) / "forms"
    forms.mkdir()
    (forms / "big.yaml").write_text("form_id: big\nversion: '1'\ntitle: {en: Big}\nsurvey:\n"
                                    "  - {type: select_one villages.csv, name: village, label: {en: Village}}\n",
                                    encoding="utf-8")
    store.forms.reload()
    datasets_for(store).add("villages", ("name", "label"), [[f"v{i}", f"Village {i}"] for i in range(50_000)])
    record = store.create("big")
    view = FormEntryView(store, record.uuid, form_language="en")
    qtbot.addWidget(view)
    view.show()
    combo = widget_for(view, "village").findChild(QComboBox)
    assert combo.count() == 50_001 and combo.itemText(50_000) == "Village 49999"
    combo.lineEdit().clear()
    qtbot.keyClicks(combo.lineEdit(), "Village 31337")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.session.get("village") == "v31337")
