"""The officer's import results for a field package say what it brought, in words and in the
interface's digits, never 0/0/0/0 (it carries no officer's assessments)."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.sync.field_import import FieldImport
from needsassess.sync.importer import ImportResult

NE_DIGITS = set("०१२३४५६७८९")


def _field_result(name: str = "down.napkg", sequence: int = 3) -> ImportResult:
    done = FieldImport(coordinator="Koidu office", sequence=sequence,
                       forms=["waste_management 2026.2", "energy 2026.1"], retired=["green_city"],
                       datasets=["wards"], returned=2)
    return ImportResult(path=Path(name), field=done, signer_fingerprint="AB" * 20)


def _dialog(qtbot, results, digits=None):
    from needsassess.ui.import_result_dialog import COUNT_COLUMNS, ImportResultDialog

    dialog = ImportResultDialog(results, None, digits=digits)
    qtbot.addWidget(dialog)
    cells = [dialog.table.item(0, c).text() for c in COUNT_COLUMNS]
    return dialog, cells


def test_a_field_package_row_lists_what_it_brought(qtbot) -> None:
    dialog, cells = _dialog(qtbot, [_field_result()])
    assert "0" not in cells
    assert cells[0] == "Field package: form versions: 2, lists: 1, returned assessments: 2, retired forms: 1"
    assert all(dialog.table.isColumnHidden(c) for c in (2, 3, 4))  # no assessment counts at all
    assert dialog.table.horizontalHeaderItem(1).text() == "What it brought"
    assert "Field package 3 from Koidu office." in dialog.summary_line()


def test_nothing_new_is_said_in_words(qtbot) -> None:
    empty = ImportResult(path=Path("again.napkg"), field=FieldImport(coordinator="Koidu office", sequence=4))
    cells = _dialog(qtbot, [empty])[1]
    assert cells[0] == "Field package: nothing new for this laptop"


def test_several_field_packages_give_no_assessment_counts(qtbot) -> None:
    dialog, _cells = _dialog(qtbot, [_field_result(), _field_result("second.napkg", 4)])
    line = dialog.summary_line()
    assert line.startswith("2 of 2 packages imported.") and "new" not in line and "conflict" not in line
    assert "form versions: 2" in line


@pytest.mark.parametrize(("digits", "devanagari"), [("devanagari", True), ("latin", False)])
def test_nepali_counts_follow_the_digits_setting(qtbot, switcher, digits, devanagari) -> None:
    switcher.switch("ne")
    dialog, cells = _dialog(qtbot, [_field_result(sequence=7)], digits)
    assert "Field package" not in cells[0] and "form versions" not in cells[0]
    assert bool(NE_DIGITS & set(cells[0])) is devanagari
    assert ("२" in cells[0]) is devanagari and ("2" in cells[0]) is not devanagari
    assert bool(NE_DIGITS & set(dialog.summary_line())) is devanagari  # the package number too


def test_beside_an_officers_package_the_field_row_spans_the_counts(qtbot) -> None:
    from needsassess.ui.import_result_dialog import ImportResultDialog

    ordinary = ImportResult(path=Path("sita.napkg"), new=2)
    dialog = ImportResultDialog([ordinary, _field_result()], None)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == "2" and dialog.table.columnSpan(1, 1) == 4
    assert dialog.table.item(1, 1).text().startswith("Field package: form versions: 2")
    assert "2 new" in dialog.summary_line()
