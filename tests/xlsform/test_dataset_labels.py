"""Reports and tables for analysis print the label of a dataset's row for a select from a file, not its name.

The form and its CSV lists are imported through the command line; an assessment is made with ``new``; the
PDF is read back and the tables' ``_label`` columns checked.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from needsassess.cli import main
from tests.xlsform.village_form import import_village_form


def _pdf_text(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def assessment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, str]:
    data = import_village_form(tmp_path)
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"district": "kailali", "village": "v2", "sources": ["well", "pipe"],
                                   "ward": "w2"}), encoding="utf-8")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "new", "--form", "village_check", "--answers", str(answers),
                 "--complete"]) == 0
    return data, capsys.readouterr().out.split()[-1]


def test_the_report_prints_the_rows_labels(tmp_path: Path, assessment: tuple[Path, str]) -> None:
    data, uuid = assessment
    pdf = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data), "report", uuid, "-o", str(pdf), "--lang", "en"]) == 0
    text = _pdf_text(pdf)
    assert "Tikapur" in text and "Well, Piped water" in text and "Ward 2" in text
    assert "v2" not in text.split() and "w2" not in text.split()


def test_the_report_in_nepali_prints_the_nepali_label_column(tmp_path: Path, assessment: tuple[Path, str]) -> None:
    data, uuid = assessment
    pdf = tmp_path / "report.pdf"
    assert main(["--data-dir", str(data), "report", uuid, "-o", str(pdf), "--lang", "ne"]) == 0
    text = _pdf_text(pdf)
    assert unicodedata.normalize("NFKC", "टीकापुर") in text and "Tikapur" not in text


def test_the_tables_label_columns_hold_the_rows_labels(tmp_path: Path, assessment: tuple[Path, str]) -> None:
    data, _uuid = assessment
    assert main(["--data-dir", str(data), "tables", "-o", str(tmp_path / "tables"), "--lang", "ne"]) == 0
    with (tmp_path / "tables" / "village_check.csv").open(encoding="utf-8-sig") as handle:
        row = next(csv.DictReader(handle))
    assert (row["village"], row["village_label"]) == ("v2", "टीकापुर")
    assert (row["sources"], row["sources_label"]) == ("well pipe", "Well; Piped water")
    assert (row["ward"], row["ward_label"]) == ("w2", "Ward 2")


def test_the_summary_names_priorities_chosen_from_a_dataset_by_their_labels(tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from tests.xlsform.village_form import write_book

    write_book(tmp_path / "needs.xlsx", {
        "survey": [["type", "name", "label"], ["select_multiple_from_file needs.csv", "priorities", "Priorities"]],
        "settings": [["form_id", "version"], ["needs", "1"]]})
    (tmp_path / "needs.csv").write_text("name,label\nwater,Clean drinking water\nroads,Road repair\n",
                                        encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "forms", "import", str(tmp_path / "needs.xlsx")]) == 0
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps([{"priorities": ["water"]}, {"priorities": ["water", "roads"]}]))
    assert main(["--data-dir", str(data), "new", "--form", "needs", "--answers", str(answers), "--complete"]) == 0
    capsys.readouterr()
    pdf = tmp_path / "summary.pdf"
    assert main(["--data-dir", str(data), "summary", "-o", str(pdf), "--form", "needs"]) == 0
    text = _pdf_text(pdf)
    assert "Clean drinking water" in text and "Road repair" in text


@pytest.mark.parametrize(("parameters", "expected"), [("", {"value": "id", "label": "title"}),
                                                      ("value=code", {"value": "code", "label": "title"})])
def test_a_geojson_list_reads_pyxforms_id_and_title_columns(tmp_path: Path, parameters: str,
                                                           expected: dict[str, str]) -> None:
    from needsassess.xlsform import import_xlsform
    from tests.xlsform.village_form import write_book

    write_book(tmp_path / "geo.xlsx", {"survey": [["type", "name", "label", "parameters"],
                                                  ["select_one_from_file wells.geojson", "well", "Well", parameters]]})
    question = import_xlsform(tmp_path / "geo.xlsx").form.question("well")
    assert (question.list_name, dict(question.parameters)) == ("wells.csv", expected)
