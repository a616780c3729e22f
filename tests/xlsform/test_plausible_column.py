"""The ``plausible`` range travels in XLSForm as our own column, which pyxform passes by."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from needsassess.engine import load_form
from needsassess.paths import forms_dir
from needsassess.xlsform import export_xlsform, import_xlsform
from needsassess.xlsform.exporter import plausible_text


def _column(path: Path, name: str) -> dict[str, object]:
    sheet = openpyxl.load_workbook(path)["survey"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    at, named = header.index(name), header.index("name")
    return {row[named]: row[at] for row in rows[1:] if row[at] not in (None, "")}


def test_shipped_ranges_are_written_and_read_back(tmp_path: Path) -> None:
    from pyxform import xls2xform

    form = load_form(forms_dir() / "waste_management.yaml")
    target = tmp_path / "waste.xlsx"
    export_xlsform(form, target)
    written = _column(target, "plausible")
    assert written["kg_per_person"] == "0.1..3" and written["household_size"] == "2..12"
    again = import_xlsform(target).form
    assert again.question("kg_per_person").plausible == (0.1, 3)
    assert "<h:html" in xls2xform.convert(xlsform=str(target)).xform


@pytest.mark.parametrize(("bounds", "text"), [((0.1, 3.0), "0.1..3"), ((None, 5.0), "..5"), ((0.2, None), "0.2.."),
                                             ((0.2, 3000000.0), "0.2..3000000")])
def test_open_sides_and_large_numbers(bounds: tuple[float | None, float | None], text: str) -> None:
    assert plausible_text(bounds) == text


def test_a_bad_range_or_one_on_text_is_left_out_with_a_reason(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "plausible"])
    sheet.append(["decimal", "kg", "Kg", "3..1"])
    sheet.append(["text", "note_text", "Note", "0..3"])
    sheet.append(["integer", "size", "Size", "..30"])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["tiny", "1"])
    book.save(tmp_path / "tiny.xlsx")
    result = import_xlsform(tmp_path / "tiny.xlsx")
    assert result.form.question("size").plausible == (None, 30)
    assert result.form.question("kg").plausible is None and result.form.question("note_text").plausible is None
    dropped = [e for e in result.report.entries if e.column == "plausible"]
    assert [e.code for e in dropped] == ["NA-FORM-880", "NA-FORM-880"]
    assert "low..high" in dropped[0].text("en") and "न्यून..उच्च" in dropped[0].text("ne")
    assert "past..yuqori" in dropped[0].text("uz")
