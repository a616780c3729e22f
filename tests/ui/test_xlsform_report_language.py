"""The window's XLSForm import report shows the importer's sentences in the interface language."""

from __future__ import annotations

from pathlib import Path

from needsassess.xlsform import import_xlsform
from tests.xlsform.test_report_wording import DEVANAGARI, _approximating_form


def test_the_window_report_is_in_the_interface_language(qtbot, switcher, tmp_path: Path) -> None:
    from needsassess.ui.xlsform_dialog import XLSFormReportDialog

    result = import_xlsform(_approximating_form(tmp_path))
    assert switcher.switch("ne")
    dialog = XLSFormReportDialog("old.xlsx", result.report, result.form, "ne")
    qtbot.addWidget(dialog)
    whys = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert "'audio' प्रकार: फिल्डका ल्यापटपमा आवाज रेकर्ड गर्ने सुविधा छैन" in whys
    tip = dialog.table.item(whys.index("'audio' प्रकार: फिल्डका ल्यापटपमा आवाज रेकर्ड गर्ने सुविधा छैन"), 3).toolTip()
    assert tip.startswith("[NA-XLSFORM-620] ")  # the code, to read out on a call or to search for
    assert all(DEVANAGARI.search(why) for why in whys), whys


def test_a_file_that_is_no_workbook_says_why_in_the_interface_language(qtbot, switcher, tmp_path: Path) -> None:
    """No row to point at: the dialog's summary is the catalogue's refusal, in Uzbek."""
    import pytest

    from needsassess.ui.xlsform_dialog import XLSFormReportDialog
    from needsassess.xlsform import XLSFormError

    path = tmp_path / "notes.xlsx"
    path.write_text("not a spreadsheet", encoding="utf-8")
    with pytest.raises(XLSFormError) as info:
        import_xlsform(path)
    assert switcher.switch("uz")
    dialog = XLSFormReportDialog(path.name, info.value.report, None, "uz", refusal=info.value)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert "notes.xlsx na .xlsx, na .xls ish kitobi" in dialog.summary.text()
