"""Summary reports over 0, 1 and many assessments."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from needsassess.reports import ReportOptions, Selection, SummaryItem, render_summary
from needsassess.reports.aggregate import Aggregator
from tests.reports.report_samples import build_form, sample_answers

FORM = build_form()


def lookup(form_id: str, version: str) -> object:
    return FORM if form_id == FORM.form_id else None


def items(count: int, sites: tuple[str, ...] = ("Khajura Bazaar", "खजुरा टोल", "Koidu")) -> list[SummaryItem]:
    out = []
    for i in range(count):
        answers = sample_answers(["00" * 32] * 3)
        answers["daily_tonnes"] = float(i + 1)
        answers["visit_date"] = f"2026-{1 + i // 28:02d}-{1 + i % 28:02d}"  # later items visit later
        out.append(
            SummaryItem(
                uuid=f"{i:08d}-0000-4000-8000-000000000000",
                form_id=FORM.form_id,
                form_version="1",
                status="complete",
                revision=1,
                site=sites[i % len(sites)],
                answers=answers,
            )
        )
    return out


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_summary_of_nothing_says_so(tmp_path: Path) -> None:
    result = render_summary([], lookup, tmp_path / "s.pdf")  # type: ignore[arg-type]
    assert result.pages == 1 and result.clean
    text = text_of(result.path)
    assert "Summary of assessments" in text and "0 assessments" in text
    assert "No completed assessment matches this selection" in text


def test_summary_of_one(tmp_path: Path) -> None:
    result = render_summary(items(1), lookup, tmp_path / "s.pdf", selection=Selection(site="Khajura Bazaar"))  # type: ignore[arg-type]
    assert result.clean
    text = text_of(result.path)
    for expected in (
        "1 assessments",
        "Khajura Bazaar",
        "Solid waste needs assessment",
        "Daily waste (tonnes)",
        "Total",
        "00000000-0000-4000-8000-000000000000",
        "Page 1 of",
    ):
        assert expected in text, expected


def test_summary_of_many_has_totals_charts_and_every_uuid(tmp_path: Path) -> None:
    many = items(120)
    result = render_summary(many, lookup, tmp_path / "s.pdf", ReportOptions(lang="en"))  # type: ignore[arg-type]
    assert result.clean, result.glyph_problems
    text = text_of(result.path)
    assert all(item.uuid in text for item in many)
    assert "Daily waste (tonnes) by site" in text
    # The latest assessment per site counts: i = 117, 118, 119 -> 118 + 119 + 120 tonnes.
    assert "357" in text
    pages = PdfReader(result.path).pages
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1].extract_text()


def test_summary_in_nepali_and_uzbek_is_clean(tmp_path: Path) -> None:
    for lang in ("ne", "uz"):
        result = render_summary(items(10), lookup, tmp_path / f"{lang}.pdf", ReportOptions(lang=lang))  # type: ignore[arg-type]
        assert result.clean, (lang, result.glyph_problems)
    assert "Baholashlar xulosasi" in text_of(tmp_path / "uz.pdf")


def test_aggregator_counts_and_keeps_latest_per_site() -> None:
    data = Aggregator(lookup).add_all(items(9))  # type: ignore[arg-type]
    summary = data.forms[FORM.form_id]
    assert data.total == 9 and summary.count == 9
    assert data.by_site == {"Khajura Bazaar": 3, "खजुरा टोल": 3, "Koidu": 3}
    assert dict(summary.site_values("daily_tonnes")) == {"Khajura Bazaar": 7.0, "खजुरा टोल": 8.0, "Koidu": 9.0}


def test_an_indicator_marked_mean_has_an_average_but_no_total(tmp_path: Path) -> None:
    import dataclasses
    from types import MappingProxyType

    question = FORM.question("daily_tonnes")
    marked = dataclasses.replace(question, parameters=MappingProxyType({"summary": "mean"}))
    elements = dict(FORM.elements)
    elements["daily_tonnes"] = marked

    def swap(element):  # type: ignore[no-untyped-def]
        if element is question:
            return marked
        if hasattr(element, "children"):
            return dataclasses.replace(element, children=tuple(swap(c) for c in element.children))
        return element

    form = dataclasses.replace(FORM, survey=tuple(swap(e) for e in FORM.survey),
                               elements=MappingProxyType(elements))
    result = render_summary(items(3), lambda f, v: form, tmp_path / "m.pdf")  # type: ignore[arg-type]
    text = text_of(result.path)
    # sites get 1, 2 and 3 tonnes: no "Total 6", an average of 2
    lines = [line.strip() for line in text.splitlines()]
    total = lines.index("Total")
    assert lines[total + 1] == "—", lines[total - 2: total + 4]
    assert lines[lines.index("Average per site") + 1] == "2", lines[total: total + 4]
