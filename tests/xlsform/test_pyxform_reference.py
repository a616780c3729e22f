"""pyxform is the reference: the forms it converts import (with a located report), the ones it refuses are
refused; the spellings and types real ODK/Kobo forms use; form media (CSV lists) and the CLI around them."""

from __future__ import annotations

import io
import os
import random
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsassess.cli import main
from needsassess.engine import FormSession, SessionContext, load_form
from needsassess.engine.datasets import DatasetTable, MemoryDatasets
from needsassess.xlsform import XLSFormError, import_xlsform
from needsassess.xlsform.types import APPROXIMATED, DROPPED, KEPT, PARADATA_TYPES, SELECTS

FIXTURES = Path(__file__).parent / "fixtures"


def sheet_book(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for row in rows:
            ws.append(row)
    book.save(path)
    return path


def pyxform_accepts(path: Path) -> bool:
    from pyxform.xls2xform import convert

    try:
        convert(xlsform=str(path))
    except Exception:
        return False
    return True


def test_every_pyxform_question_type_is_kept_approximated_or_dropped() -> None:
    from pyxform.question_type_dictionary import QUESTION_TYPE_DICT

    known = {k.lower() for k in (*KEPT, *SELECTS, *APPROXIMATED, *DROPPED, *PARADATA_TYPES)}
    assert {t.lower() for t in QUESTION_TYPE_DICT} <= known


def test_old_xls_with_old_spellings_imports(tmp_path: Path) -> None:
    result = import_xlsform(FIXTURES / "household.xls")
    form = result.form
    assert form.question("building_type").list_name == "building"
    assert form.question("building_other").relevant.source == "${building_type}='other'"  # type: ignore[union-attr]
    assert form.question("site").list_name == "sites.csv" and result.datasets == {"sites", "households"}
    assert form.question("start").type.value == "start" and form.question("device").type.value == "deviceid"
    assert "dropped [NA-XLSFORM-620]: SURVEY row 4, column 'type': 'phonenumber'" in "\n".join(result.report.lines())
    assert form.languages == ("en",)


@pytest.mark.parametrize(("rows", "check"), [
    ([["type", "name", "label"], ["email", "em", ""], ["uri:deviceid", "d", ""], ["start-geopoint", "g", ""],
      ["audit", "", ""], ["simserial", "s", ""], ["subscriberid", "b", ""], ["username", "u", ""],
      ["today", "t", ""], ["end", "e", ""], ["phone number", "p", "Phone"], ["text", "keep", "Keep"]],
     lambda form: {n for n in form.elements if not n.startswith("_page")} == {"d", "u", "t", "e", "p", "keep"}),
    ([["TYPE", "NAME", "LABEL::EN"], ["begin_group", "g", "G"], ["select all that apply from yn", "a", "A"],
      ["select one yn or specify other", "b", "B"], ["end_group", "", ""]],
     lambda form: form.question("a").type.value == "select_multiple" and "b_other" in form.elements),
    ([["type", "name", "label", "hint"], ["", "", "", "Metadata Section"], ["integer", "n", "", "How many?"],
      ["begin group", "fl", "Page", ""], ["text", "x", "", "Where?"], ["end group", "", "", ""]],
     lambda form: form.question("n").label.texts["en"] == "How many?" and form.question("x").label is not None),
])
def test_spellings_and_types_seen_in_real_forms(tmp_path: Path, rows: list[list[Any]], check: Any) -> None:
    choices = [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]
    path = sheet_book(tmp_path / "f.xlsx", {"survey": rows, "choices": choices})
    if any(r[0] == "begin group" and r[1] == "fl" for r in rows):  # a field-list allows label-less questions
        path = sheet_book(tmp_path / "f.xlsx", {"survey": [[*rows[0], "appearance"]] +
                                                [[*r, "field-list" if r[0] == "begin group" else ""] for r in rows[1:]],
                                                "choices": choices})
    assert pyxform_accepts(path)
    assert check(import_xlsform(path).form)


def test_only_sheet_named_otherwise_and_repeated_choice_names(tmp_path: Path) -> None:
    path = sheet_book(tmp_path / "one.xlsx", {"Sheet1": [["type", "name", "label"], ["text", "a", "A"]]})
    assert "a" in import_xlsform(path).form.elements
    path = sheet_book(tmp_path / "dup.xlsx", {
        "survey": [["type", "name", "label"], ["select_one l", "a", "A"]],
        "choices": [["list_name", "name", "label"], ["l", "x", "X"], ["l", "x", "X again"], ["l", "y", "Y"]],
        "settings": [["allow_choice_duplicates"], ["yes"]]})
    result = import_xlsform(path)
    assert result.form.choices["l"].names() == {"x", "y"}
    assert any("appears again" in line for line in result.report.lines())


def test_instance_lookups_read_as_pulldata(tmp_path: Path) -> None:
    path = sheet_book(tmp_path / "i.xlsx", {
        "survey": [["type", "name", "label", "calculation"], ["select_one sites", "s", "Site", ""],
                   ["calculate", "region", "", "instance('sites')/root/item[name = ${s}]/region"]],
        "choices": [["list_name", "name", "label", "region"], ["sites", "k", "Khajura", "west"]]})
    form = import_xlsform(path).form
    assert form.question("region").calculation.source == "pulldata('sites', 'region', 'name', ${s})"  # type: ignore[union-attr]
    session = FormSession(form)
    session.set_answer("s", "k")
    assert session.get("region") == "west"


def _big_table(rows: int) -> DatasetTable:
    return DatasetTable("villages", ("name", "label", "district", "population"),
                        [(f"v{i}", f"Village {i}", f"d{i % 500}", str(i)) for i in range(rows)])


def test_selects_from_a_dataset_filter_through_the_index_and_pulldata_reads_it() -> None:
    from needsassess.engine import load_form_text

    form = load_form_text("""
form_id: ds
version: "1"
title: {en: DS}
survey:
  - {type: text, name: district, label: {en: District}}
  - {type: select_one villages.csv, name: village, label: {en: Village}, choice_filter: "district = ${district}"}
  - {type: calculate, name: pop, calculation: "pulldata('villages', 'population', 'name', ${village})"}
""", "ds.yaml")
    session = FormSession(form, context=SessionContext(datasets=MemoryDatasets({"villages": _big_table(50_000)})))
    session.set_answer("district", "d7")
    allowed = session.allowed_choices("village")
    assert len(allowed) == 100 and allowed[0] == "v7"
    session.set_answer("village", "v507")
    assert session.get("pop") == "507" and session.problems() == []
    assert session.choice_label("village", "v507") == "Village 507"
    session.set_answer("district", "d8")  # v507 no longer fits the filter
    assert [p.kind for p in session.problems()] == ["invalid"]


def test_cli_import_with_media_and_datasets_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    form = tmp_path / "household.xls"
    shutil.copy(FIXTURES / "household.xls", form)
    assert main(["--data-dir", str(data), "forms", "import", str(form)]) == 1  # lists not found
    assert "sites.csv is not in" in capsys.readouterr().err
    media = tmp_path / "household-media"
    media.mkdir()
    (media / "sites.csv").write_bytes(b"\xef\xbb\xbfname,label\nk1,Khajura\n")  # no 'region' column
    shutil.copy(FIXTURES / "households.csv", media)
    assert main(["--data-dir", str(data), "forms", "import", str(form)]) == 1
    assert "the list 'sites' has no column 'region'" in capsys.readouterr().err
    shutil.copy(FIXTURES / "sites.csv", media)
    assert main(["--data-dir", str(data), "forms", "import", str(form)]) == 0
    assert main(["--data-dir", str(data), "forms", "list"]) == 0
    assert "household\t" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "datasets", "list"]) == 0
    assert "sites\tv1\t2 rows" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "forms", "check", str(data / "forms")]) == 0
    answers = tmp_path / "a.json"
    answers.write_text('{"building_type": "house", "site": "k1", "hh": 2}')
    assert main(["--data-dir", str(data), "new", "--form", "household", "--answers", str(answers),
                 "--complete"]) == 0
    uuid = capsys.readouterr().out.split()[-1]
    assert main(["--data-dir", str(data), "show", uuid, "--json"]) == 0
    assert '"head": "Sita"' in capsys.readouterr().out
    (tmp_path / "new.csv").write_text("name,label,region\nk9,Kailali,house\n")
    assert main(["--data-dir", str(data), "datasets", "import", str(tmp_path / "new.csv"), "--name", "sites"]) == 0
    assert main(["--data-dir", str(data), "datasets", "export", "sites", "-o", str(tmp_path / "o.csv")]) == 0
    assert (tmp_path / "o.csv").read_text() == "name,label,region\nk9,Kailali,house\n"
    (tmp_path / "bad.csv").write_bytes(b"name,name\n1,2\n")
    assert main(["--data-dir", str(data), "datasets", "import", str(tmp_path / "bad.csv")]) == 1
    assert "the column 'name' appears twice" in capsys.readouterr().err
    assert load_form(data / "forms" / "household.yaml").form_id == "household"


# -- fuzz: every mutated workbook is an import or a located refusal, never a traceback -------------
SEED_ROWS = [["type", "name", "label", "relevant", "calculation", "choice_filter"],
             ["begin_group", "g", "G", "", "", ""], ["select_one yn", "a", "A", "", "", ""],
             ["integer", "n", "N", "${a} = 'yes'", "", ""], ["calculate", "c", "", "", "${n} * 2", ""],
             ["end_group", "", "", "", "", ""], ["begin repeat", "r", "R", "", "", ""],
             ["text", "t", "T", "", "", ""], ["end repeat", "", "", "", "", ""]]
CELLS = st.sampled_from(["", "text", "integer", "select_one yn", "select_one nope", "begin group", "end group",
                         "end repeat", "begin repeat", "${n}", "${zz}", "pulldata('x','a','b',${n})", "a", "n",
                         "=1+", "’yes’", "calculate", "geotrace", "audio", "email", "1", "x y z", "../n",
                         "instance('yn')/root/item[name = ${a}]/label", "\u0000", "label::Klingon", "note"])
LONG = os.environ.get("NEEDSASSESS_LONG") == "1"


@settings(max_examples=400 if LONG else 25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=st.lists(st.tuples(st.integers(0, 9), st.integers(0, 6), CELLS), max_size=8),
       sheet_name=st.sampled_from(["survey", "SURVEY", "Sheet1", "questions"]), corrupt=st.integers(0, 3))
def test_fuzz_workbooks_import_or_are_refused(tmp_path: Path, edits: list[tuple[int, int, str]], sheet_name: str,
                                              corrupt: int) -> None:
    rows = [[*r, ""] for r in SEED_ROWS] + [[""] * 7]
    for r, c, value in edits:
        rows[r][c] = value.replace("\u0000", "")
    buffer = io.BytesIO()
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet_name
    for row in rows:
        ws.append(row)
    choices = book.create_sheet("choices")
    for row in [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]]:
        choices.append(row)
    book.save(buffer)
    raw = buffer.getvalue()
    if corrupt == 1:  # flip bytes inside the zip
        rng = random.Random(len(edits))
        data = bytearray(raw)
        for _ in range(5):
            data[rng.randrange(len(data))] ^= 0xFF
        raw = bytes(data)
    elif corrupt == 2:  # a member renamed away
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w") as dst:
            for info in src.infolist():
                dst.writestr(info.filename.replace("sheet1", "sheetX"), src.read(info))
        raw = out.getvalue()
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(raw)
    try:
        import_xlsform(path)
    except XLSFormError as err:
        assert str(err).strip()
