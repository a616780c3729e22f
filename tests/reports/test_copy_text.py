"""Nepali text copied or extracted from a report reads as typed (copytext.py, textout.py)."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from needsassess.reports import ReportOptions, render_report
from needsassess.reports.from_store import subject_from_store
from needsassess.reports.text import TextKit
from needsassess.reports.textout import SearchableTextObject
from needsassess.store import ListQuery, open_store

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

# Conjuncts (श्य, ल्य, ङ्क, स्व, स्थ्य, त्र), reph (र्मा, र्मी), i-matra before its consonant (मिति, पालिका).
TYPED = [
    "आवश्यकता",
    "मूल्याङ्कन",
    "सीता शर्मा",
    "भ्रमण मिति",
    "गाउँपालिका",
    "स्वास्थ्यकर्मी",
    "सुनिल खत्री",
    "चाडपर्व",
    "भित्र्याउने",
]


def private_use(text: str) -> set[str]:
    return {f"U+{ord(ch):04X}" for ch in text if unicodedata.category(ch) == "Co"}


@needs_poppler
def test_nepali_report_extracts_as_typed(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        uuids = [row.uuid for row in store.list(ListQuery(form_id="waste_management", status="complete", limit=None))]
        subjects = [subject_from_store(store, uuid) for uuid in uuids]
    subject = next(s for s in subjects if s.answers.get("officer") == "सीता शर्मा")
    result = render_report([subject], tmp_path / "ne.pdf", ReportOptions(lang="ne"))
    assert result.clean
    poppler = subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, text=True, check=True).stdout
    pypdf = "\n".join(page.extract_text() for page in PdfReader(result.path).pages)
    for reader, text in (("pdftotext", poppler), ("pypdf", pypdf)):
        assert not private_use(text), (reader, private_use(text))
        missing = [word for word in TYPED if word not in text]
        assert not missing, (reader, missing)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_searchable_text_draws_what_reportlab_draws(tmp_path: Path) -> None:
    """The text object that writes spans draws the same page as ReportLab's own, justified lines too."""
    kit = TextKit()
    style = ParagraphStyle("j", parent=kit.styles["body"], alignment=TA_JUSTIFY)
    words = " ".join([*TYPED, "Khajura Bazaar", "खजुरा बजार,", "२८ फागुन २०८२ (१२ मार्च २०२६)"])
    story = [Paragraph(kit.markup(words * 4), style), kit.para("प्रति व्यक्ति प्रति दिन फोहोर", "h1")]

    class Searchable(Canvas):  # type: ignore[misc]  # ReportLab is untyped
        def beginText(self, x: float = 0, y: float = 0, direction: object = None) -> SearchableTextObject:
            return SearchableTextObject(self, x, y, direction=direction)

    pages = []
    for name, maker in (("plain", Canvas), ("searchable", Searchable)):
        pdf = tmp_path / f"{name}.pdf"
        SimpleDocTemplate(str(pdf)).build(list(story), canvasmaker=maker)
        subprocess.run(["pdftoppm", "-png", "-r", "100", "-l", "1", str(pdf), str(tmp_path / name)], check=True)
        pages.append(Image.open(next(tmp_path.glob(f"{name}*.png"))).convert("L"))
    assert ImageChops.difference(pages[0], pages[1]).getbbox() is None
    searchable = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "searchable.pdf").pages)
    assert "सीता शर्मा" in searchable and "मूल्याङ्कन" in searchable
