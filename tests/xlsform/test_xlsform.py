"""XLSForm import and export: supported columns, located reports, round trips, hostile files."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from needsassess.cli import main
from needsassess.engine import Form, FormSession, load_form
from needsassess.engine.includes import form_files
from needsassess.errors.xlsform_codes import XLSFormReason
from needsassess.paths import forms_dir
from needsassess.xlsform import XLSFormError, export_xlsform, import_xlsform

SURVEY_HEADER = ["type", "name", "label::English (en)", "label::Nepali (ne)", "hint::English (en)", "required",
                 "relevant", "constraint", "constraint_message::English (en)", "calculation", "default",
                 "choice_filter", "appearance", "read_only", "repeat_count"]


def workbook(path: Path, survey: list[dict[str, Any]], choices: list[dict[str, Any]] | None = None,
             settings: dict[str, Any] | None = None, header: list[str] = SURVEY_HEADER) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(header)
    for row in survey:
        sheet.append([row.get(c) for c in header])
    if choices is not None:
        cs = book.create_sheet("choices")
        columns = sorted({k for c in choices for k in c}, key=lambda k: (k != "list_name", k != "name", k))
        cs.append(columns)
        for choice in choices:
            cs.append([choice.get(c) for c in columns])
    if settings is not None:
        ss = book.create_sheet("settings")
        ss.append(list(settings))
        ss.append(list(settings.values()))
    book.save(path)
    return path


def q(type_: str, name: str, en: str = "", ne: str = "", **columns: Any) -> dict[str, Any]:
    return {"type": type_, "name": name, "label::English (en)": en or name, "label::Nepali (ne)": ne or f"{name} ने",
            **columns}


HOUSEHOLD = [
    q("begin_group", "site", "Site", "स्थल"),
    q("text", "village", "Village", "गाउँ", required="yes", **{"hint::English (en)": "As people call it"}),
    q("select_one country", "country", "Country", "देश"),
    q("select_one district", "district", "District", "जिल्ला", choice_filter="country = ${country}"),
    q("date", "visit", "Visit", "भ्रमण", default="today()", constraint=". <= today()",
      **{"constraint_message::English (en)": "Not in the future"}),
    {"type": "end_group"},
    q("begin repeat", "member", "Members", "सदस्य", repeat_count="${size}"),
    q("integer", "age", "Age", "उमेर", constraint=". >= 0 and . <= 120"),
    q("select_one yn or_other", "works", "Works?", "काम?"),
    {"type": "end repeat"},
    q("integer", "size", "Household size", "परिवार संख्या"),
    q("calculate", "adults", calculation="count(${member})"),
    q("select_multiple water", "water", "Water", "पानी", appearance="minimal"),
    q("note", "thanks", "Thank you", "धन्यवाद", read_only="yes"),
    {"type": "start", "name": "start"},
]
CHOICES = [
    {"list_name": "country", "name": "np", "label::English (en)": "Nepal", "label::Nepali (ne)": "नेपाल"},
    {"list_name": "district", "name": "banke", "label::English (en)": "Banke", "label::Nepali (ne)": "बाँके",
     "country": "np"},
    {"list_name": "yn", "name": "yes", "label::English (en)": "Yes", "label::Nepali (ne)": "हो"},
    {"list_name": "yn", "name": "no", "label::English (en)": "No", "label::Nepali (ne)": "होइन"},
    {"list_name": "water", "name": "well", "label::English (en)": "Well", "label::Nepali (ne)": "इनार"},
    {"list_name": "water", "name": "tap", "label::English (en)": "Tap", "label::Nepali (ne)": "धारा"},
]
SETTINGS = {"form_title": "Household WASH", "form_id": "wash_hh", "version": "2026-03",
            "default_language": "English (en)", "instance_name": "concat(${village}, ' ', ${visit})"}


def test_import_keeps_every_supported_column(tmp_path: Path) -> None:
    result = import_xlsform(workbook(tmp_path / "wash.xlsx", HOUSEHOLD, CHOICES, SETTINGS))
    form = result.form
    assert (form.form_id, form.version, form.default_language, form.languages) == \
        ("wash_hh", "2026-03", "en", ("en", "ne"))
    village = form.question("village")
    assert village.label.texts == {"en": "Village", "ne": "गाउँ"}
    assert village.required is not None and village.hint is not None and village.hint.texts["en"] == "As people call it"
    assert form.question("district").choice_filter.source == "country = ${country}"  # type: ignore[union-attr]
    assert form.question("visit").default == "today()"
    assert form.question("visit").constraint_message.texts["en"] == "Not in the future"  # type: ignore[union-attr]
    assert form.repeat("member").repeat_count.source == "${size}"  # type: ignore[union-attr]
    assert form.question("water").appearance == "minimal" and form.question("thanks").read_only
    assert form.question("works").list_name == "yn"
    assert form.question("works_other").relevant.source == "selected(${works}, 'other')"  # type: ignore[union-attr]
    assert "other" in form.choices["yn"].names()
    assert form.settings.instance_name is not None
    assert any("or_other" in line and "row 10" in line for line in result.report.lines())
    session = FormSession(form)
    session.set_answer("size", 2)
    assert session.instance_count("member") == 2 and session.get("adults") == 2


def test_language_column_spellings(tmp_path: Path) -> None:
    header = ["type", "name", "label::English", "label::ne", "label::Uzbek (uz)"]
    path = workbook(tmp_path / "l.xlsx", [{"type": "text", "name": "a", "label::English": "A", "label::ne": "क",
                                          "label::Uzbek (uz)": "A uz"}], header=header,
                    settings={"form_id": "l", "default_language": "English"})
    form = import_xlsform(path).form
    assert form.question("a").label.texts == {"en": "A", "ne": "क", "uz": "A uz"}  # type: ignore[union-attr]


def test_unknown_language_is_kept_under_a_made_up_code(tmp_path: Path) -> None:
    header = ["type", "name", "label::English (en)", "label::Klingon"]
    path = workbook(tmp_path / "k.xlsx", [{"type": "text", "name": "a", "label::English (en)": "A",
                                          "label::Klingon": "qaH"}], header=header)
    result = import_xlsform(path)
    assert result.form.question("a").label.texts["und-Klingon"] == "qaH"  # type: ignore[union-attr]
    assert any("language 'Klingon' is stored as 'und-Klingon'" in line for line in result.report.lines())


@pytest.mark.parametrize(("row", "expected"), [
    (q("dateTime", "when"), "approximated [NA-XLSFORM-621]: survey row 2, column 'type': 'dateTime' becomes date"),
    (q("audio", "voice"), "dropped [NA-XLSFORM-620]: survey row 2, column 'type': 'audio': sound recording"),
    (q("video", "clip"), "dropped [NA-XLSFORM-620]: survey row 2, column 'type': 'video'"),
    (q("text", "s", appearance="search('villages')"),
     "dropped [NA-XLSFORM-632]: survey row 2, column 'appearance': search()"),
    (q("range", "score", parameters="start=1 end=5"), "'range' becomes decimal"),
    ({"type": "simserial", "name": "sim"},
     "dropped [NA-XLSFORM-620]: survey row 2, column 'type': 'simserial': laptops have no SIM"),
    (q("text", "p", relevant="/data/x = 1"),
     "dropped [NA-XLSFORM-633]: survey row 2, column 'relevant': uses an absolute path"),
    (q("text", "p", relevant="${keep} == 1"),
     "dropped [NA-XLSFORM-633]: survey row 2, column 'relevant': '==' is not an operator here: write '=' "
     "(character 9)"),
    (q("text", "p", relevant="${keep} ! 1"),
     "dropped [NA-XLSFORM-633]: survey row 2, column 'relevant': the expression cannot be read at character 9 "
     "('!' is not an operator"),
    (q("text", "p", relevant="yes"), "dropped [NA-XLSFORM-633]: survey row 2, column 'relevant': 'yes' alone is "
                                     "not a value"),
])
def test_unsupported_features_are_reported_row_by_row(tmp_path: Path, row: dict[str, Any], expected: str) -> None:
    header = [*SURVEY_HEADER, "parameters"]
    path = workbook(tmp_path / "u.xlsx", [row, q("text", "keep")], header=header)
    result = import_xlsform(path)
    assert any(expected in line for line in result.report.lines()), result.report.lines()
    assert "keep" in result.form.elements


@pytest.mark.parametrize(("row", "expected"), [
    (q("wibble", "p"), "error [NA-XLSFORM-684]: survey row 3, column 'type': 'wibble' is not an XLSForm question type"),
    ({"type": "text", "label::English (en)": "no name"}, "error [NA-XLSFORM-681]: survey row 3, column 'name': "),
    ({"type": "end_group"}, "error [NA-XLSFORM-678]: survey row 3, column 'type': 'end_group' closes a group"),
    (q("begin_group", "g"), "error [NA-XLSFORM-679]: survey row 3, column 'type': 'begin_group' 'g' is never closed"),
    (q("integer", "y", relevant="${z} > 1"), "error [NA-XLSFORM-685]: survey row 3, column 'relevant': ${z} names "
                                             "no question"),
])
def test_rows_pyxform_refuses_stop_the_import_with_our_located_reason(tmp_path: Path, row: dict[str, Any],
                                                                      expected: str) -> None:
    """pyxform's refusals (English) are read as catalogue entries: located, coded, in every language."""
    path = workbook(tmp_path / "r.xlsx", [q("integer", "x"), row])
    with pytest.raises(XLSFormError) as info:
        import_xlsform(path)
    assert expected in str(info.value)
    (entry,) = info.value.report.entries
    assert entry.text("ne") != entry.text("en") != entry.text("uz")


def test_a_refusal_pyxform_words_we_do_not_know_keeps_its_words_framed(tmp_path: Path) -> None:
    path = workbook(tmp_path / "r.xlsx", [q("integer", "x"), q("integer", "y", constraint="${x")])
    with pytest.raises(XLSFormError) as info:
        import_xlsform(path)
    assert "pyxform" in str(info.value)
    assert all(entry.code.startswith("NA-XLSFORM-") for entry in info.value.report.entries)


def test_engine_refusals_are_dropped_with_their_row(tmp_path: Path) -> None:
    """pyxform accepts a default that is not a choice; the question is kept and the default dropped."""
    path = workbook(tmp_path / "d.xlsx", [q("select_one yn", "x", default="maybe")], CHOICES)
    result = import_xlsform(path)
    assert result.form.question("x").default is None
    assert any(line.startswith("dropped [NA-XLSFORM-616]: survey row 2, column 'default'")
               for line in result.report.lines())


@pytest.mark.parametrize("maker", ["text", "empty_zip", "no_survey", "empty_sheet", "wide", "formula"])
def test_hostile_spreadsheets(tmp_path: Path, maker: str) -> None:
    path = tmp_path / "h.xlsx"
    if maker == "text":
        path.write_text("type,name\ntext,a\n")
    elif maker == "empty_zip":
        with zipfile.ZipFile(path, "w"):
            pass
    else:
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = "questions" if maker == "no_survey" else "survey"
        if maker in ("no_survey", "wide"):
            book.create_sheet("choices")
        if maker == "wide":  # a used range of thousands of empty cells: only content counts
            sheet.append(["type", "name", "label"])
            sheet.append(["text", "a", "A"])
            sheet.cell(row=30_000, column=5_000, value=None).value = " "
        elif maker == "formula":
            sheet.append(["type", "name", "label"])
            sheet.append(["text", "a", "=CONCAT(\"A\",\"B\")"])
        book.save(path)
    if maker == "wide":
        assert "a" in import_xlsform(path).form.elements
        return
    with pytest.raises(XLSFormError) as info:
        import_xlsform(path)
    message = str(info.value)
    expected = {"text": "neither an .xlsx nor an .xls workbook", "empty_zip": "not an Excel workbook",
                "no_survey": "[NA-XLSFORM-675]: h.xlsx: there is no sheet named 'survey' (the sheets are: questions, "
                             "choices)",
                "empty_sheet": "[NA-XLSFORM-688]: survey: the survey sheet is empty",
                # a formula never computed (written by a program) reads empty: the label is missing
                "formula": "cannot be imported"}[maker]
    assert expected in message


def _same_form(a: Form, b: Form) -> None:
    assert dataclasses.replace(a, source=None) == dataclasses.replace(b, source=None)


@pytest.mark.parametrize("path", form_files(forms_dir()), ids=lambda p: p.stem)
def test_shipped_forms_round_trip_and_pyxform_accepts_them(tmp_path: Path, path: Path) -> None:
    from pyxform import xls2xform

    form = load_form(path)
    target = tmp_path / f"{form.form_id}.xlsx"
    export_xlsform(form, target)
    result = import_xlsform(target)
    notes = (XLSFormReason.LANGUAGE_COLUMN_MISSING, XLSFormReason.MAX_PIXELS)  # pyxform's advice for ODK Collect
    assert [e for e in result.report.entries if e.reason not in notes] == []
    _same_form(form, result.form)
    converted = xls2xform.convert(xlsform=str(target))
    assert "<h:html" in converted.xform and form.form_id in converted.xform


def test_cli_import_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = workbook(tmp_path / "wash.xlsx", HOUSEHOLD, CHOICES, SETTINGS)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "forms", "import", str(source)]) == 0
    out = capsys.readouterr().out
    assert "imported wash_hh 2026-03" in out and (data / "forms" / "wash_hh.yaml").exists()
    assert main(["--data-dir", str(data), "forms", "import", str(source)]) == 1  # exists: not replaced
    answers = tmp_path / "answers.json"
    answers.write_text('{"village": "Khajura", "country": "np", "size": 1, "member": [{"age": 40}]}')
    capsys.readouterr()
    assert main(["--data-dir", str(data), "new", "--form", "wash_hh", "--answers", str(answers), "--complete"]) == 0
    assert len(capsys.readouterr().out.split()) == 1  # one uuid: the imported form is usable at once
    assert main(["--data-dir", str(data), "forms", "export", "wash_hh", "-o", str(tmp_path / "out.xlsx")]) == 0
    _same_form(load_form(data / "forms" / "wash_hh.yaml"), import_xlsform(tmp_path / "out.xlsx").form)
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 broken")
    assert main(["forms", "import", str(tmp_path / "bad.xlsx")]) == 1
    assert "neither an .xlsx nor an .xls workbook" in capsys.readouterr().err


def test_geotrace_and_geoshape_with_area_and_distance_round_trip(tmp_path: Path) -> None:
    """Lines and areas are real types both ways; pyxform accepts the export with its functions."""
    from pyxform import xls2xform

    rows = [q("geotrace", "stream", "Stream", "खोला"), q("geoshape", "pit", "Pit", "खाल्डो"),
            q("calculate", "pit_area", calculation="area(${pit})"),
            q("calculate", "stream_m", calculation="distance(${stream})")]
    result = import_xlsform(workbook(tmp_path / "g.xlsx", rows, settings={"form_id": "geo"}))
    form = result.form
    assert form.question("stream").type.value == "geotrace"  # type: ignore[union-attr]
    assert form.question("pit").type.value == "geoshape"  # type: ignore[union-attr]
    assert not [line for line in result.report.lines() if "approximated" in line]
    session = FormSession(form)
    session.set_answer("pit", "0 0;0 0.001;0.001 0.001;0.001 0")
    assert 12_000 < session.get("pit_area") < 12_400  # 111.3 m x 110.6 m
    target = tmp_path / "out.xlsx"
    export_xlsform(form, target)
    _same_form(form, import_xlsform(target).form)
    xform = xls2xform.convert(xlsform=str(target)).xform
    assert 'type="geotrace"' in xform and 'type="geoshape"' in xform
    assert "area( /data/pit )" in xform and "distance( /data/stream )" in xform
