"""Every reason the XLSForm importer gives, for forms shaped as ODK and KoboToolbox teams write them and for
broken workbooks, has a stable code and its text in English, Nepali and Uzbek, with no English left in the
Nepali or Uzbek text once the report's values (sheet, column, type and list names, the workbook's own
words) are taken out. The command line prints the code and the Nepali text with ``--lang ne``.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.engine.includes import form_files
from needsassess.errors import Catalogue, Phrase, lookup
from needsassess.errors.core import Worded
from needsassess.errors.xlsform_codes import LanguageName
from needsassess.paths import forms_dir
from needsassess.xlsform import XLSFormError, export_xlsform, import_xlsform
from needsassess.xlsform.report import Entry
from tests.xlsform.village_form import write_book, write_village_form

FIXTURES = Path(__file__).parent / "fixtures"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
CODE = re.compile(r"NA-[A-Z]+-\d{3}\Z")
# Names that read the same in every language: products, formats, XLSForm's own words and functions.
TECHNICAL = {"XLSForm", "pyxform", "ODK", "Collect", "KoboToolbox", "OpenStreetMap", "CSV", "SIM", "XPath",
             "needsassess", "datasets", "import", "search", "pulldata", "instance", "root", "item", "field",
             "value", "name", "label", "type", "text", "integer", "select_one", "LIST", "list_name", "choices",
             "survey", "loop", "other", "max-pixels", "data", "itemsets", "audit", "allow_choice_duplicates",
             "or_other",
             "operator"}  # Uzbek writes it the same

H = ["type", "name", "label::English (en)", "label::Nepali (ne)", "label::Tetun", "hint::English (en)", "relevant",
     "constraint", "calculation", "default", "appearance", "parameters", "repeat_count", "choice_filter",
     "guidance_hint", "media::image"]


def _row(type_: str, name: str = "", en: str = "", **cells: str) -> list[str]:
    values = {"type": type_, "name": name, "label::English (en)": en or name.replace("_", " "), **cells}
    return [values.get(column, "") for column in H]


def field_survey(tmp_path: Path) -> Path:
    """A household survey as a KoboToolbox team writes it: metadata, media, old habits, server settings."""
    path = tmp_path / "Household survey 2026.xlsx"
    write_book(path, {
        "survey": [
            H,
            _row("start", "start"), _row("end", "end"), _row("today", "today"), _row("deviceid", "deviceid"),
            _row("audit", "audit"), _row("simserial", "sim"), _row("phonenumber", "phone"),
            _row("email", "email"), _row("start-geopoint", "where_started"),
            _row("begin_group", "hh", "Household", **{"label::Nepali (ne)": "घरधुरी"}),
            _row("text", "head-name", "Head of household", **{"label::Tetun": "Xefe"}),
            _row("integer", "members", "Members", constraint=". > 0 and . < /data/hh/max"),
            _row("select_one yn or_other", "water", "Safe water?"),
            _row("dateTime", "visited", "Visited"),
            _row("audio", "voice", "Voice note"),
            _row("video", "clip", "Video"),
            _row("file", "doc", "Document"),
            _row("rank yn", "priorities", "Priorities"),
            _row("range", "score", "Score", parameters="start=1 end=5 step=1"),
            _row("hidden", "secret", "Secret"),
            _row("text", "village", "Village", appearance="search('villages')"),
            _row("integer", "adults", "Adults", calculation="${members} - 1"),
            _row("decimal", "area", "Area", default="${members} * 2"),
            _row("text", "lookup", "Lookup", calculation="instance('yn')/root/item[name = 'yes']/label",
                 **{"guidance_hint": "Ask the head", "media::image": "head.png"}),
            _row("text", "odd", "Odd", relevant="${members} == 2"),
            _row("end_group"),
            _row("begin_repeat", "people", "People", repeat_count="${members}"),
            _row("text", "person", "Person"),
            _row("end_repeat"),
            _row("begin_group", "empty", "Nothing to ask"),
            _row("audio", "only_audio", "Only audio"),
            _row("end_group"),
            _row("begin_loop over rooms", "per_room", "Each room"),
            _row("integer", "count", "How many"),
            _row("end_loop"),
            _row("begin_repeat", "videos", "Videos"),
            _row("video", "one_video", "A video"),
            _row("end_repeat"),
            _row("select_one_from_file places.geojson", "place", "Place"),
            [*_row("text", "hinted")[:2], "", "", "", "Written by the officer"],
            _row("note", "thanks", "Thank you"),
        ],
        "choices": [["list_name", "name", "label::English (en)", "media::image"],
                    ["yn", "yes", "Yes", "yes.png"], ["yn", "no", "No", ""], ["yn", "yes", "Yes again", ""],
                    ["rooms", "kitchen", "Kitchen", ""], ["rooms", "bedroom", "Bedroom", ""]],
        "settings": [["form_title", "form_id", "version", "submission_url", "public_key", "instance_name",
                      "allow_choice_duplicates"],
                     ["Household survey", "household survey 2026", "3", "https://kobo.example.org/submission",
                      "MIIBIjAN", "concat(${head-name}, '/', /data/hh/members)", "yes"]],
    })
    return path


def household_xls(tmp_path: Path) -> Path:
    return FIXTURES / "household.xls"


def village_form(tmp_path: Path) -> Path:
    return write_village_form(tmp_path)


def _broken(rows: list[list[str]], **other: list[list[str]]) -> Callable[[Path], Path]:
    def make(tmp_path: Path) -> Path:
        path = tmp_path / "broken.xlsx"
        write_book(path, {"survey": rows, **other})
        return path

    return make


def wrong_sheets(tmp_path: Path) -> Path:
    path = tmp_path / "questions.xlsx"
    write_book(path, {"questions": [["type", "name", "label"], ["text", "a", "A"]],
                      "options": [["list_name", "name", "label"]]})
    return path


def not_a_workbook(tmp_path: Path) -> Path:
    path = tmp_path / "form.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    return path


def huge_used_range_with_an_unknown_type(tmp_path: Path) -> Path:
    import openpyxl

    path = tmp_path / "wide.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "survey"
    sheet.append(["type", "name", "label"])
    sheet.append(["text", "a", "A"])
    sheet.append([])
    sheet.append([])
    sheet.append(["txet", "b", "B"])  # row 5, after two blank rows
    sheet.cell(row=20_000, column=3_000, value=" ")
    book.save(path)
    return path


H3 = ["type", "name", "label"]
FORMS: dict[str, Callable[[Path], Path]] = {
    "field_survey": field_survey,
    "household_xls": household_xls,
    "village_form": village_form,
    "wrong_sheets": wrong_sheets,
    "not_a_workbook": not_a_workbook,
    "huge_used_range": huge_used_range_with_an_unknown_type,
    "no_type_column": _broken([["name", "label"], ["a", "A"]]),
    "no_choices_sheet": _broken([H3, ["select_one yn", "a", "A"]]),
    "unknown_list": _broken([H3, ["select_one yn", "a", "A"]], choices=[["list_name", "name", "label"],
                                                                        ["ny", "y", "Y"]]),
    "unclosed_repeat": _broken([H3, ["begin_repeat", "r", "R"], ["text", "a", "A"]]),
    "stray_end": _broken([H3, ["text", "a", "A"], [], ["end_group", "", ""]]),
    "duplicate_choice": _broken([H3, ["select_one yn", "a", "A"]], choices=[["list_name", "name", "label"],
                                                                            ["yn", "y", "Y"], ["yn", "y", "N"]]),
    "duplicate_name": _broken([H3, ["text", "a", "A"], ["integer", "a", "B"]]),
    "no_type": _broken([H3, ["", "a", "A"]]),
    "no_name": _broken([H3, ["text", "", "A"]]),
    "unknown_reference": _broken([[*H3, "relevant"], ["text", "a", "A", "${b} = 1"]]),
    "no_label": _broken([H3, ["text", "a", ""]]),
    "empty_survey": _broken([H3]),
    "engine_refusal": _broken([[*H3, "default"], ["select_one yn", "a", "A", "maybe"]],
                              choices=[["list_name", "name", "label"], ["yn", "yes", "Yes"]]),
}


def _report(path: Path) -> tuple[list[Entry], XLSFormError | None]:
    try:
        return import_xlsform(path).report.entries, None
    except XLSFormError as err:
        return err.report.entries, err


def _values(entry: Entry) -> set[str]:
    """What an entry shows as written in the workbook: its plain values (nested ones too), sheet and column."""
    found = {entry.sheet, entry.column or ""}
    params = [entry.params]
    while params:
        for value in params.pop().values():
            if isinstance(value, Phrase):
                params.append(value.params)
            elif isinstance(value, LanguageName):
                found.add(value.code)  # a language we have no name for is named by its code
            elif not isinstance(value, Worded | Catalogue):
                found.add(str(value))
    return found


def _english_left(text: str, entry: Entry) -> set[str]:
    for value in sorted(_values(entry), key=len, reverse=True):
        if value:
            text = text.replace(value, " ")
    english = set(re.findall(r"[A-Za-z][\w-]{2,}", entry.text("en"), re.ASCII))
    return {w for w in re.findall(r"[A-Za-z][\w-]{2,}", text, re.ASCII) if w in english} - TECHNICAL


def _check(entry: Entry) -> None:
    assert CODE.match(entry.code) and lookup(entry.code) is entry.reason, entry
    english, nepali, uzbek = entry.text("en"), entry.text("ne"), entry.text("uz")
    for text in (english, nepali, uzbek, entry.line("ne"), entry.line("uz")):
        assert text.strip() and not re.search(r"\{\w+\}", text.replace("${", "")), (entry.code, text)
    assert DEVANAGARI.search(nepali), (entry.code, nepali)
    assert nepali != english and uzbek != english, (entry.code, english)
    assert _english_left(nepali, entry) == set(), (entry.code, nepali)
    assert _english_left(uzbek, entry) == set(), (entry.code, uzbek)
    assert DEVANAGARI.search(entry.level_text("ne")) and entry.level_text("uz") != entry.level_text("en")


@pytest.mark.parametrize("name", FORMS)
def test_every_reason_has_a_code_and_its_text_in_three_languages(tmp_path: Path, name: str) -> None:
    entries, error = _report(FORMS[name](tmp_path))
    for entry in entries:
        _check(entry)
    if error is not None:
        assert error.code and DEVANAGARI.search(error.text("ne")) and error.text("uz") != error.text("en")
        assert error.entry is not None and error.entry.name != "PYXFORM_REFUSES", error.text("en")


def test_the_set_of_forms_covers_most_reasons(tmp_path: Path) -> None:
    codes: set[str] = set()
    for name, make in FORMS.items():
        folder = tmp_path / name
        folder.mkdir()
        codes |= {entry.code for entry in _report(make(folder))[0]}
    assert len(codes) >= 38, sorted(codes)  # of the 90 codes, many are values of others (a type's reason)


def test_the_field_survey_report_is_located_row_by_row(tmp_path: Path) -> None:
    lines = import_xlsform(field_survey(tmp_path)).report.lines("en")
    expected = [
        "dropped [NA-XLSFORM-620]: survey row 7, column 'type': 'simserial': laptops have no SIM card",
        "approximated [NA-XLSFORM-619]: survey row 12, column 'name': 'head-name' becomes 'head_name'",
        "dropped [NA-XLSFORM-633]: survey row 13, column 'constraint': uses an absolute path",
        "approximated [NA-XLSFORM-623]: survey row 14, column 'type': 'or_other' becomes a choice 'other'",
        "approximated [NA-XLSFORM-621]: survey row 15, column 'type': 'dateTime' becomes date",
        "dropped [NA-XLSFORM-630]: survey row 25, column 'guidance_hint': not shown in this app",
        "dropped [NA-XLSFORM-625]: survey row 31, column 'type': the group has no question",
        "dropped [NA-XLSFORM-626]: survey row 37, column 'type': the repeat has no question",
        "approximated [NA-XLSFORM-624]: survey row 34, column 'type': a loop over a choice list becomes a repeat",
        "approximated [NA-XLSFORM-617]: survey row 41, column 'label': no label: the hint or the name is shown",
        "dropped [NA-XLSFORM-612]: settings row 2, column 'submission_url': only used by servers",
        "approximated [NA-XLSFORM-613]: settings row 2, column 'form_id': 'household survey 2026' is written "
        "'household_survey_2026'",
        "approximated [NA-XLSFORM-614]: choices, column 'name': list 'yn': the choice 'yes' appears again",
        "note [NA-XLSFORM-618]: survey: ",
    ]
    for line in expected:
        assert any(found.startswith(line) for found in lines), (line, lines)


def test_blank_rows_and_a_huge_used_range_keep_the_row_number(tmp_path: Path) -> None:
    entries, error = _report(huge_used_range_with_an_unknown_type(tmp_path))
    assert error is not None
    assert [(e.code, e.sheet, e.row, e.column) for e in entries] == [("NA-XLSFORM-684", "survey", 5, "type")]
    assert entries[0].line("ne") == ("त्रुटि [NA-XLSFORM-684]: survey पङ्क्ति 5, स्तम्भ 'type': 'txet' XLSForm को "
                                     "प्रश्नको प्रकार होइन; हिज्जे सच्याउनुहोस् (text, integer, select_one LIST, …)")
    assert entries[0].line("uz").startswith("xato [NA-XLSFORM-684]: survey 5-qator, 'type' ustuni: 'txet' XLSForm "
                                            "savol turi emas")


@pytest.mark.parametrize("maker", [field_survey, household_xls], ids=["field_survey", "household_xls"])
def test_the_shipped_forms_round_trip_with_coded_reasons(tmp_path: Path, maker: Callable[[Path], Path]) -> None:
    for path in [maker(tmp_path), *_exported(tmp_path)]:
        for entry in _report(path)[0]:
            _check(entry)


def _exported(tmp_path: Path) -> list[Path]:
    from needsassess.engine import load_form

    out = []
    for source in form_files(forms_dir()):
        form = load_form(source)
        target = tmp_path / f"{form.form_id}.xlsx"
        export_xlsform(form, target)
        out.append(target)
    return out


def test_the_cli_prints_codes_and_nepali_with_lang_ne(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    form = field_survey(tmp_path)
    (tmp_path / "places.csv").write_text("id,title\np1,Ward office\n", encoding="utf-8")  # its list, as CSV
    assert main(["--data-dir", str(data), "forms", "import", "--lang", "ne", str(form)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-2].startswith("डेटासेट places v1: 1 पङ्क्ति"), out
    out = out[:-2] + out[-1:]
    report, imported = out[:-1], out[-1]
    assert len(report) >= 30
    for line in report:
        level, _code = re.match(r"(.+?) \[(NA-XLSFORM-\d{3})\]: ", line).groups()  # type: ignore[union-attr]
        assert level in ("त्रुटि", "अनुमानित", "हटाइएको", "टिप्पणी"), line
        assert DEVANAGARI.search(line.split("]: ", 1)[1]), line
    assert "हटाइएको [NA-XLSFORM-620]: survey पङ्क्ति 7, स्तम्भ 'type': 'simserial' प्रकार: ल्यापटपमा सिम कार्ड " \
           "हुँदैन" in report
    assert imported.startswith("household_survey_2026 3 आयात गरियो: ") and "प्रश्न" in imported


def test_a_broken_workbook_is_refused_in_nepali_with_where(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    path = FORMS["unclosed_repeat"](tmp_path)
    assert main(["--data-dir", str(data), "forms", "import", "--lang", "ne", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("needsassess: error [NA-XLSFORM-579]: broken.xlsx आयात गर्न सकिँदैन: 1 समस्या\n")
    assert "त्रुटि [NA-XLSFORM-679]: survey पङ्क्ति 2, स्तम्भ 'type': 'begin_repeat' 'r' कहिल्यै बन्द हुँदैन; यसको " \
           "अन्तिम प्रश्नपछि 'end_repeat' पङ्क्ति थप्नुहोस्" in err
    assert not (data / "forms").exists()


def test_an_existing_form_is_refused_in_uzbek(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    path = village_form(tmp_path)
    assert main(["--data-dir", str(data), "forms", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "forms", "import", "--lang", "uz", str(path)]) == 1
    err = capsys.readouterr().err
    assert "error [NA-XLSFORM-690]: " in err and "allaqachon mavjud; hech narsa yozilmadi" in err


def test_a_list_that_is_no_csv_is_refused_in_the_chosen_language(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    path = write_village_form(tmp_path)
    (tmp_path / "village_check-media" / "water.csv").write_bytes(b"name,label\n\xff\xfe broken\n")
    assert main(["--data-dir", str(tmp_path / "data"), "forms", "import", "--lang", "ne", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("needsassess: error [NA-DATASET-") and DEVANAGARI.search(err), err
