"""XLSForm's ``audit`` type turns paradata on for the form; export writes it back; pyxform accepts it."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from needsassess.engine.loader import load_form_text
from needsassess.xlsform import export_xlsform, import_xlsform
from tests.xlsform.test_pyxform_reference import pyxform_accepts, sheet_book

PARAMETERS = ("location-priority=balanced location-min-interval=60 location-max-age=120 track-changes=true "
              "identify-user=true track-changes-reasons=on-form-edit")


def _book(tmp_path: Path, audit: list[str] | None) -> Path:
    rows = [["type", "name", "label", "parameters"], ["text", "village", "Village", ""],
            ["integer", "households", "Households", ""]]
    if audit is not None:
        rows.insert(1, audit)
    return sheet_book(tmp_path / "form.xlsx", {"survey": rows, "settings": [["form_id"], ["audited"]]})


def test_an_audit_row_turns_paradata_on_and_reports_each_parameter(tmp_path: Path) -> None:
    path = _book(tmp_path, ["audit", "audit", "", PARAMETERS])
    assert pyxform_accepts(path)
    result = import_xlsform(path)
    assert result.form.settings.paradata is True
    assert "audit" not in result.form.elements  # a form-level switch, not a question
    lines = result.report.lines()
    assert any(line.startswith("note [NA-XLSFORM-668]") and "paradata (time per page and question" in line for line in lines)
    approximated = [line for line in lines if line.startswith("approximated [") and "'parameters'" in line]
    for parameter in ("location-priority", "location-min-interval", "location-max-age", "identify-user",
                      "track-changes", "track-changes-reasons"):
        assert any(f"'{parameter}'" in line for line in approximated), parameter
    assert "प्याराडाटा" in "\n".join(result.report.lines("ne"))
    assert "joylashuvni yozmaydi" in "\n".join(result.report.lines("uz"))


def test_a_form_without_audit_records_no_paradata_setting(tmp_path: Path) -> None:
    result = import_xlsform(_book(tmp_path, None))
    assert result.form.settings.paradata is False
    assert not any("paradata" in line for line in result.report.lines())


def test_export_writes_an_audit_row_that_pyxform_accepts_and_imports_back(tmp_path: Path) -> None:
    form = import_xlsform(_book(tmp_path, ["audit", "audit", "", "track-changes=true"])).form
    out = tmp_path / "out.xlsx"
    export_xlsform(form, out)
    survey = openpyxl.load_workbook(out)["survey"]
    types = [row[0] for row in survey.iter_rows(values_only=True)]
    assert types.count("audit") == 1
    assert pyxform_accepts(out)
    assert import_xlsform(out).form.settings.paradata is True


def test_export_of_a_form_without_paradata_has_no_audit_row(tmp_path: Path) -> None:
    form = load_form_text('form_id: plain\nversion: "1"\ntitle: {en: Plain}\n'
                          "survey:\n  - {type: text, name: a, label: {en: A}}\n")
    assert form.settings.paradata is False
    out = tmp_path / "plain.xlsx"
    export_xlsform(form, out)
    assert "audit" not in [row[0] for row in openpyxl.load_workbook(out)["survey"].iter_rows(values_only=True)]
    assert pyxform_accepts(out)


def test_the_yaml_setting_must_be_true_or_false() -> None:
    import pytest

    from needsassess.engine.errors import FormLoadError

    with pytest.raises(FormLoadError) as caught:
        load_form_text('form_id: p\nversion: "1"\ntitle: {en: P}\nsettings: {paradata: "yes"}\n'
                       "survey:\n  - {type: text, name: a, label: {en: A}}\n")
    assert "paradata is true or false" in str(caught.value)
