"""A form with a repeat at the top level (outside any group) reports like any other: `needsassess report`
prints the repeat as its own section, one table row per item."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from needsassess.cli import main
from needsassess.engine import FormSession
from needsassess.store import ListQuery, open_store
from needsassess.store.bulk import create_many

FORM = """\
form_id: top_repeat
version: "1"
default_language: en
title: {en: Households, ne: घरधुरी, uz: Xonadonlar}
survey:
  - {type: text, name: settlement, label: {en: Settlement, ne: बस्ती, uz: Aholi punkti}}
  - type: repeat
    name: household
    label: {en: Household, ne: घरधुरी, uz: Xonadon}
    children:
      - {type: text, name: head, label: {en: Head of household, ne: घरमूली, uz: Xonadon boshligʻi}}
      - {type: integer, name: members, label: {en: Members, ne: सदस्य, uz: Aʼzolar}}
  - {type: calculate, name: total, calculation: "sum(${members})", label: {en: Total members, ne: जम्मा, uz: Jami}}
"""


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, str]:
    data = tmp_path / "data"
    (data / "forms").mkdir(parents=True)
    (data / "forms" / "top_repeat.yaml").write_text(FORM, encoding="utf-8")
    with open_store(data) as store:
        session = FormSession(store.forms.latest("top_repeat"))
        session.set_answer("settlement", "Khajura")
        for index, (head, members) in enumerate((("Ramkumari", 4), ("Dilbahadur", 7))):
            session.add_instance("household")
            session.set_answer("head", head, (index,))
            session.set_answer("members", members, (index,))
        uuid = create_many(store, "top_repeat", [session], complete=True)[0]
        assert store.list(ListQuery(limit=None))[0].uuid == uuid
    return data, uuid


@pytest.mark.parametrize("lang", ["en", "ne", "uz"])
def test_report_of_a_form_with_a_top_level_repeat(folder: tuple[Path, str], tmp_path: Path, lang: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data, uuid = folder
    out = tmp_path / f"report-{lang}.pdf"
    assert main(["--data-dir", str(data), "report", uuid, "-o", str(out), "--lang", lang]) == 0
    assert "repeat position" not in capsys.readouterr().err
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Ramkumari" in text and "Dilbahadur" in text
    if lang == "en":
        assert "Household" in text and "Head of household" in text


def test_summary_of_a_form_with_a_top_level_repeat(folder: tuple[Path, str], tmp_path: Path) -> None:
    data, _uuid = folder
    out = tmp_path / "summary.pdf"
    assert main(["--data-dir", str(data), "summary", "-o", str(out), "--form", "top_repeat"]) == 0
    assert "Households" in "\n".join(page.extract_text() for page in PdfReader(out).pages)
