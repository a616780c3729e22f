"""Reports of the shipped forms with the demo data, through the store and the command line."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from needsassess.cli import main
from needsassess.reports import ReportOptions, render_report, render_summary
from needsassess.reports.from_store import form_lookup, subject_from_store, summary_items
from needsassess.store import AssessmentStore, ListQuery, open_store


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def first_of_each_form(store: AssessmentStore, status: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for row in store.list(ListQuery(status=status, limit=None)):
        found.setdefault(row.form_id, row.uuid)
    return found


def test_a_report_of_each_shipped_form(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        chosen = first_of_each_form(store, "complete")
        assert len(chosen) == 5, chosen  # the five shipped forms
        for form_id, uuid in chosen.items():
            subject = subject_from_store(store, uuid)
            for lang in ("en", "ne"):
                result = render_report([subject], tmp_path / f"{form_id}-{lang}.pdf", ReportOptions(lang=lang))
                assert result.clean, (form_id, lang, result.missing_glyphs, result.glyph_problems)
            text = text_of(tmp_path / f"{form_id}-en.pdf")
            assert subject.form.title_in("en") in text
            assert uuid in text and str(subject.content_hash) in text
            assert "Draft — not final" not in text
            settlement = str(subject.answers.get("settlement", ""))
            if settlement.isascii():
                assert settlement in text


def test_a_demo_draft_shows_the_watermark(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        uuid = next(iter(first_of_each_form(store, "draft").values()))
        result = render_report([subject_from_store(store, uuid)], tmp_path / "draft.pdf")
    texts = [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(result.path).pages]
    assert all("Draft — not final" in t for t in texts)


def test_summary_of_the_demo_data(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        complete = store.count(ListQuery(status="complete"))
        result = render_summary(summary_items(store), form_lookup(store), tmp_path / "s.pdf")
    assert result.clean, result.glyph_problems
    text = text_of(result.path)
    assert f"{complete} assessments" in text
    assert "Most frequent priorities" in text


def test_cli_report_and_summary(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(demo_dir) as store:
        uuids = list(first_of_each_form(store, "complete").values())[:2]
    out = tmp_path / "two.pdf"
    args = ["--data-dir", str(demo_dir)]
    assert main([*args, "report", *uuids, "-o", str(out), "--lang", "uz", "--paper", "letter"]) == 0
    assert all(u in text_of(out) for u in uuids)
    assert main([*args, "summary", "-o", str(tmp_path / "s.pdf"), "--form", "waste_management"]) == 0
    assert "Wrote" in capsys.readouterr().out


def test_cli_refuses_an_unknown_uuid(demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    code = main(["--data-dir", str(demo_dir), "report", "00000000-0000-4000-8000-000000000000", "-o", str(out)])
    assert code == 1
    assert not out.exists()
    assert "00000000-0000-4000-8000-000000000000" in capsys.readouterr().err


def test_nepali_summary_draws_foreign_currency_amounts_in_devanagari_digits(demo_dir: Path, tmp_path: Path) -> None:
    """The demo's sites spend UZS, SLE and NPR: "UZS ६०,०००" must not be shaped in the Latin font."""
    with open_store(demo_dir) as store:
        result = render_summary(summary_items(store), form_lookup(store), tmp_path / "ne.pdf", ReportOptions(lang="ne"))
    assert result.clean, result.glyph_problems  # the glyph check sees a font change inside a word
    drawn: list[tuple[str, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            drawn.append((str((font or {}).get("/BaseFont", "")), text.strip()))

    for page in PdfReader(result.path).pages:
        page.extract_text(visitor_text=visit)
    codes = [i for i, (_font, text) in enumerate(drawn) if text in ("UZS", "SLE")]
    assert codes, drawn[:20]
    for i in codes:
        font, amount = drawn[i + 1]
        assert "Devanagari" in font and amount[0] in "०१२३४५६७८९", (drawn[i], drawn[i + 1])
