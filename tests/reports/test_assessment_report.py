"""One-assessment reports from a form built in the test: read back with pypdf, pdffonts and pdftoppm."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from needsassess.reports import ReportError, ReportOptions, ReportSubject, render_report
from needsassess.reports.text import TextKit

Factory = Callable[..., ReportSubject]
needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")


def page_texts(path: Path) -> list[str]:
    return [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(path).pages]


def test_english_report_has_cover_answers_and_footers(subject_factory: Factory, tmp_path: Path) -> None:
    result = render_report([subject_factory()], tmp_path / "r.pdf")
    assert result.clean, (result.missing_glyphs, result.glyph_problems)
    texts = page_texts(result.path)
    assert len(texts) == result.pages >= 2
    everything = "\n".join(texts)
    for expected in (
        "Solid waste needs assessment",
        "Khajura Bazaar",
        "Lumbini Province",
        "Nepal",
        "12 March 2026",
        "Sita Sharma",
        "Complete, revision 2",
        "Key figures",
        "1.67",
        "Daily waste (tonnes)",
        "1,240",
        "Landfill",
        "River bank",
        "see photo 2",
    ):
        assert expected in everything, expected
    # landfill_name and budget are required and empty (after the site map, on the second page)
    assert everything.count("not answered") == 2
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in text
        assert "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d" in text and "revision 2" in text
        assert "9" * 64 in text
        assert "Generated" in text
    assert "Draft — not final" not in everything
    assert "Signatures" in everything and "For the local authority" in everything
    assert "Photo 3: Dumpsite 2 — Photo" in everything


def test_non_relevant_questions_are_left_out(subject_factory: Factory, tmp_path: Path) -> None:
    hidden = render_report([subject_factory(disposal=["landfill"])], tmp_path / "a.pdf")
    shown = render_report([subject_factory(disposal=["open_burning"])], tmp_path / "b.pdf")
    assert "Months with open burning" not in "".join(page_texts(hidden.path))
    assert "Months with open burning" in "".join(page_texts(shown.path))


def test_unlabelled_calculations_and_cover_questions_are_not_repeated(subject_factory: Factory, tmp_path: Path) -> None:
    text = "".join(page_texts(render_report([subject_factory()], tmp_path / "r.pdf").path))
    assert "hidden_calc" not in text and "99" not in text.replace("9" * 64, "")
    assert text.count("Khajura Rural Municipality") == 2  # subtitle and cover table, not a section


def test_draft_has_watermark_on_every_page(subject_factory: Factory, tmp_path: Path) -> None:
    result = render_report([subject_factory(status="draft")], tmp_path / "d.pdf")
    texts = page_texts(result.path)
    assert all("Draft — not final" in t for t in texts)
    assert "Draft, revision 2" in texts[0]


def test_several_assessments_each_start_a_new_page_with_own_numbering(subject_factory: Factory, tmp_path: Path) -> None:
    one = render_report([subject_factory()], tmp_path / "one.pdf")
    both = render_report([subject_factory(), subject_factory(status="draft")], tmp_path / "two.pdf")
    texts = page_texts(both.path)
    assert len(texts) == 2 * one.pages
    starts = [i for i, t in enumerate(texts) if t.lstrip().startswith("Solid waste needs assessment")]
    assert starts == [0, one.pages]
    assert sum(f"Page 1 of {one.pages}" in t for t in texts) == 2
    assert "Draft — not final" not in texts[0] and "Draft — not final" in texts[one.pages]


def test_uzbek_and_letter_paper(subject_factory: Factory, tmp_path: Path) -> None:
    result = render_report([subject_factory()], tmp_path / "uz.pdf", ReportOptions(lang="uz", paper="letter"))
    assert result.clean
    page = PdfReader(result.path).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    text = "".join(page_texts(result.path))
    assert "Qattiq chiqindilar ehtiyojini baholash" in text
    assert "javob berilmagan" in text and "12-mart 2026-yil" in text and "betdan 1-bet" in text


def test_missing_photo_is_said_not_dropped(subject_factory: Factory, tmp_path: Path) -> None:
    subject = subject_factory()
    subject.photo_path = lambda _sha: None
    text = "".join(page_texts(render_report([subject], tmp_path / "p.pdf").path))
    assert text.count("photo file not found") == 3


def test_bad_options_and_folders_are_refused(subject_factory: Factory, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="ru"):
        render_report([subject_factory()], tmp_path / "x.pdf", ReportOptions(lang="ru"))
    with pytest.raises(ReportError, match="does not exist"):
        render_report([subject_factory()], tmp_path / "nowhere" / "x.pdf")
    with pytest.raises(ReportError, match="at least one"):
        render_report([], tmp_path / "x.pdf")
    assert list(tmp_path.glob("*.pdf")) == []


@needs_poppler
def test_nepali_report_embeds_both_fonts_and_renders(subject_factory: Factory, tmp_path: Path) -> None:
    result = render_report([subject_factory()], tmp_path / "ne.pdf", ReportOptions(lang="ne"))
    assert result.clean, result.glyph_problems
    fonts = subprocess.run(["pdffonts", str(result.path)], capture_output=True, text=True, check=True).stdout
    embedded = {line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:] if " yes " in line}
    assert {"NotoSansDevanagari-Regular", "NotoSansDevanagari-Bold", "NotoSans-Regular"} <= embedded
    text = "".join(page_texts(result.path))
    assert "Khajura Bazaar" in text and "3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d" in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(result.path), str(tmp_path / "p")],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("L")
    title_band = page.crop((0, int(page.height * 0.06), page.width, int(page.height * 0.11)))
    assert title_band.getextrema()[0] < 128  # the Devanagari title is drawn, not blank


@needs_poppler
def test_devanagari_is_shaped(tmp_path: Path) -> None:
    """A shaped "कि" puts the vowel sign before the consonant; unshaped it lands after it."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    kit = TextKit()
    images = []
    for shaping in (1, 0):
        style = ParagraphStyle(f"s{shaping}", parent=kit.styles["body"], fontSize=40, leading=50, shaping=shaping)
        pdf = tmp_path / f"s{shaping}.pdf"
        SimpleDocTemplate(str(pdf)).build([Paragraph(kit.markup("कि प्रदेश"), style)])
        subprocess.run(
            ["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / f"s{shaping}")],
            check=True,
        )
        images.append(Image.open(next(tmp_path.glob(f"s{shaping}*.png"))).convert("L"))
    assert ImageChops.difference(images[0], images[1]).getbbox() is not None
