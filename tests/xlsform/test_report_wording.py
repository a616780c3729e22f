"""The XLSForm import report reads in the interface language: every sentence the importer says has Nepali
and Uzbek text; the window's report and the command line (in the data folder's language) show them."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.locale.uzbek import wrong_apostrophes
from needsassess.xlsform import import_xlsform
from needsassess.xlsform.mapping import _CONSEQUENCE
from needsassess.xlsform.types import APPROXIMATED, DROPPED
from needsassess.xlsform.wording import SENTENCES
from tests.xlsform.village_form import write_book

XLSFORM = Path(__file__).resolve().parents[2] / "needsassess" / "xlsform"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def _said_templates() -> set[str]:
    """Every literal template given to say() in the importer, and the reasons it passes through say()."""
    found: set[str] = set()
    for path in XLSFORM.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "say"
                    and node.args and isinstance(node.args[0], ast.Constant)):
                found.add(node.args[0].value)
    found |= {why for _kind, why in APPROXIMATED.values()} | set(DROPPED.values()) | set(_CONSEQUENCE.values())
    return found | {"left out", "the group has no question this app can ask",
                    "the repeat has no question this app can ask"}


def _fields(template: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(template) if f)


def test_every_sentence_has_nepali_and_uzbek_with_the_same_placeholders() -> None:
    used = _said_templates()
    assert len(used) > 40
    assert sorted(used - set(SENTENCES)) == []
    for english, (nepali, uzbek) in SENTENCES.items():
        assert _fields(nepali) == _fields(english) == _fields(uzbek), english
        assert DEVANAGARI.search(nepali) or not re.sub(r"\{[^}]*\}|pyxform|[:' ]", "", nepali), english
        assert wrong_apostrophes(uzbek) == [], uzbek


def _approximating_form(tmp_path: Path) -> Path:
    path = tmp_path / "old.xlsx"
    write_book(path, {"survey": [["type", "name", "label"], ["datetime", "visited", "Visited"],
                                 ["audio", "voice", "Say it"], ["text", "note_q", "Note"]],
                      "settings": [["form_id", "submission_url"], ["old form", "https://example.org"]]})
    return path


def test_the_report_reads_in_nepali_and_uzbek(tmp_path: Path) -> None:
    report = import_xlsform(_approximating_form(tmp_path)).report
    english = report.lines("en")
    assert "approximated: survey row 2, column 'type': 'datetime' becomes date: the time of day is not asked; " \
           "the date is kept" in english
    nepali = report.lines("ne")
    assert "अनुमानित: survey पङ्क्ति 2, स्तम्भ 'type': 'datetime' date बन्छ: दिनको समय सोधिँदैन; मिति राखिन्छ" \
        in nepali
    assert "tashlab ketilgan: survey 3-qator, 'type' ustuni: 'audio': dala noutbuklarida ovoz yozish imkoni yoʻq" \
        in report.lines("uz")
    assert [str(e) for e in report.entries] == english


def test_the_cli_prints_the_report_in_the_data_folders_language(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess import paths

    data = tmp_path / "data"
    data.mkdir()
    paths.remember_language(data, "uz")
    assert main(["--data-dir", str(data), "forms", "import", str(_approximating_form(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "taxminiy: settings 2-qator, 'form_id' ustuni: 'old form' 'old_form' deb yozildi" in out
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
