"""The XLSForm import report reads in the interface language: every reason the importer gives is a catalogue
entry (``errors.xlsform_codes``) with Nepali and Uzbek text; the window's report and the command line (in
the data folder's language) show them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.errors.xlsform_codes import XLSFormReason
from needsassess.locale.uzbek import wrong_apostrophes
from needsassess.xlsform import import_xlsform
from tests.xlsform.village_form import write_book

XLSFORM = Path(__file__).resolve().parents[2] / "needsassess" / "xlsform"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def test_every_reason_has_nepali_and_uzbek() -> None:
    assert len(XLSFormReason) > 60
    for entry in XLSFormReason:
        nepali, uzbek = entry.template("ne"), entry.template("uz")
        assert DEVANAGARI.search(nepali) or not re.sub(r"\{[^}]*\}|[:' \[\],.;]", "", nepali), entry
        assert wrong_apostrophes(uzbek) == [], uzbek
        assert 600 <= int(entry.code.rsplit("-", 1)[1]) <= 699


def test_the_importer_gives_no_finished_text_to_the_report() -> None:
    """Every report.add / self.add in the importer names a catalogue entry, never a string."""
    calls = 0
    for path in XLSFORM.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add" \
                    and len(node.args) >= 4:
                calls += 1
                reason = node.args[-1]
                assert not isinstance(reason, ast.Constant | ast.JoinedStr | ast.BinOp), (path.name, node.lineno)
    assert calls >= 25


def _approximating_form(tmp_path: Path) -> Path:
    path = tmp_path / "old.xlsx"
    write_book(path, {"survey": [["type", "name", "label"], ["datetime", "visited", "Visited"],
                                 ["audio", "voice", "Say it"], ["text", "note_q", "Note"]],
                      "settings": [["form_id", "submission_url"], ["old form", "https://example.org"]]})
    return path


def test_the_report_reads_in_nepali_and_uzbek(tmp_path: Path) -> None:
    report = import_xlsform(_approximating_form(tmp_path)).report
    english = report.lines("en")
    assert "approximated [NA-XLSFORM-621]: survey row 2, column 'type': 'datetime' becomes date: the time of day " \
           "is not asked; the date is kept" in english
    nepali = report.lines("ne")
    assert "अनुमानित [NA-XLSFORM-621]: survey पङ्क्ति 2, स्तम्भ 'type': 'datetime' date बन्छ: दिनको समय " \
           "सोधिँदैन; मिति राखिन्छ" in nepali
    assert "tashlab ketilgan [NA-XLSFORM-620]: survey 3-qator, 'type' ustuni: 'audio' turi: dala noutbuklarida " \
           "ovoz yozish imkoni yoʻq" in report.lines("uz")
    assert [str(e) for e in report.entries] == english


def test_the_cli_prints_the_report_in_the_data_folders_language(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess import paths

    data = tmp_path / "data"
    data.mkdir()
    paths.remember_language(data, "uz")
    assert main(["--data-dir", str(data), "forms", "import", str(_approximating_form(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "taxminiy [NA-XLSFORM-613]: settings 2-qator, 'form_id' ustuni: 'old form' 'old_form' deb yozildi" in out
    assert "'submission_url' ustuni: faqat serverlar yoki ODK Collect ishlatadi; bu yerda kerak emas" in out


def test_a_missing_list_is_said_in_the_data_folders_language(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess import paths

    data = tmp_path / "data"
    data.mkdir()
    paths.remember_language(data, "ne")
    form = tmp_path / "sites.xlsx"
    write_book(form, {"survey": [["type", "name", "label"], ["select_one_from_file sites.csv", "site", "Site"]]})
    assert main(["--data-dir", str(data), "forms", "import", str(form)]) == 1
    err = capsys.readouterr().err
    assert "error [NA-XLSFORM-581]: फारमले सूची 'sites' पढ्छ तर sites.csv फारमको फोल्डर वा sites-media/ मा छैन" in err
