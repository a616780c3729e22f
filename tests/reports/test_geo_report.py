"""Lines and areas in the assessment report: measured text, a drawing with scale bar and north arrow."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from needsassess.engine import FormSession, load_form_text
from needsassess.reports import ReportOptions, ReportSubject, render_report
from needsassess.reports.geodraw import local_metres, outline_drawing, round_length

FORM = """\
form_id: geo_report
version: "1"
default_language: en
title: {en: Pits and streams, ne: खाल्डा र खोला, uz: Chuqurlar va soylar}
survey:
  - type: group
    name: site
    label: {en: Site, ne: स्थल, uz: Joy}
    children:
      - {type: text, name: settlement, label: {en: Settlement, ne: बस्ती, uz: Aholi punkti}}
      - {type: geotrace, name: stream, label: {en: Stream, ne: खोला, uz: Soy}}
      - {type: geoshape, name: pit, label: {en: Pit outline, ne: खाल्डोको सीमारेखा, uz: Chuqur chegarasi}}
"""


def subject() -> ReportSubject:
    form = load_form_text(FORM, "geo_report.yaml")
    session = FormSession(form)
    session.set_answer("settlement", "Khajura")
    session.set_answer("stream", "27.7 85.3;27.705 85.302;27.71 85.3")
    session.set_answer("pit", "0 0;0 0.001;0.001 0.001;0.001 0")
    return ReportSubject(form=form, answers=session.document(), uuid="3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
                         revision=1, status="complete", content_hash="9" * 64, officer="Sita",
                         created_at="2026-03-12T09:14:00", updated_at="2026-03-12T11:40:00",
                         finalized_at="2026-03-12T11:41:00")


def text_of(path: Path) -> str:
    return "\n".join(unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(path).pages)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["4 points · area 1.23 ha · perimeter 444 m", "3 points · length 1,", "Scale bar: 200 m",
            "Scale bar: 20 m"]),
    ("ne", ["बिन्दु", "क्षेत्रफल", "मापन पट्टी"]),
    ("uz", ["4 ta nuqta · maydon 1,23 ga · perimetr 444 m", "Masshtab chizigʻi: 20 m"]),
])
def test_report_prints_measures_and_a_drawing(tmp_path: Path, lang: str, expected: list[str]) -> None:
    result = render_report([subject()], tmp_path / f"{lang}.pdf", ReportOptions(lang=lang))
    assert result.clean, (result.missing_glyphs, result.glyph_problems)
    text = text_of(result.path)
    for part in expected:
        assert part in text, (part, text)
    assert text.count("N\n") + text.count("\nN") >= 2  # a north arrow with each drawing


def test_drawing_keeps_proportions_and_a_round_scale() -> None:
    assert [round_length(x) for x in (0.4, 3, 17, 260, 7300)] == [1, 2, 10, 200, 5000]
    square = [{"lat": 0.0, "lon": 0.0}, {"lat": 0.0, "lon": 0.001}, {"lat": 0.001, "lon": 0.001},
              {"lat": 0.001, "lon": 0.0}]
    flat = local_metres(square)
    assert abs(flat[1][0] - 111.3) < 0.2 and abs(flat[3][1] - 111.3) < 0.2
    drawing, bar = outline_drawing(square, True, 250)
    assert bar == 20 and drawing.width == 250


REPEATED = """\
form_id: geo_repeat
version: "1"
default_language: en
title: {en: Pits}
survey:
  - type: group
    name: site
    label: {en: Site}
    children:
      - type: repeat
        name: pits
        label: {en: Pits}
        children:
          - {type: geoshape, name: pit, label: {en: Pit outline}}
          - {type: decimal, name: depth, label: {en: Depth}}
"""


def test_in_a_repeat_table_the_measure_is_printed_without_a_drawing(tmp_path: Path) -> None:
    form = load_form_text(REPEATED, "geo_repeat.yaml")
    session = FormSession(form)
    session.add_instance("pits")
    session.set_answer("pit", "0 0;0 0.001;0.001 0.001;0.001 0", (0,))
    session.set_answer("depth", 2, (0,))
    base = subject()
    base.form, base.answers = form, session.document()
    result = render_report([base], tmp_path / "r.pdf")
    text = text_of(result.path)
    assert "4 points · area 1.23 ha · perimeter 444 m" in text
    # no drawing in the table: the one scale bar is the site map's, which draws the pit of the repeat
    assert text.count("Scale bar") == 1 and "Lines and areas: Pit outline" in text
