"""What a mayor relies on: money with its currency and never added across currencies, "—" for what
was not answered, one table per repeat, one officer name; with the shipped forms and demo data."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Table

from needsassess.cli import main
from needsassess.engine import FormSession, load_form
from needsassess.locale import format_number
from needsassess.paths import forms_dir
from needsassess.reports import ReportOptions, ReportSubject, Selection, render_report, render_summary
from needsassess.reports.aggregate import Aggregator
from needsassess.reports.from_store import form_lookup, subject_from_store, summary_items
from needsassess.reports.sections import SectionBuilder
from needsassess.reports.text import TextKit
from needsassess.reports.values import missing_input
from needsassess.store import ListQuery, open_store


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_summary_keeps_currencies_apart(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        data = Aggregator(form_lookup(store)).add_all(summary_items(store, form_id="land_reclamation"))
        summary = data.forms["land_reclamation"]
        groups = summary.by_currency("cost_total")
        assert {"NPR", "UZS", "SLE"} <= set(groups), groups
        mixed = sum(v for pairs in groups.values() for _, v in pairs)
        out = tmp_path / "summary.pdf"
        render_summary(
            summary_items(store, form_id="land_reclamation"), form_lookup(store), out,
            ReportOptions(lang="en"), Selection(form_id="land_reclamation"),
        )  # fmt: skip
    text = text_of(out)
    assert format_number(mixed, "en") not in text  # the sum across currencies is printed nowhere
    for code, pairs in groups.items():
        if code:
            assert f"{code} {format_number(sum(v for _, v in pairs), 'en', decimals=0)}" in text, code


def test_money_in_a_report_carries_its_currency(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        uuid = next(r.uuid for r in store.list(ListQuery(form_id="energy", status="complete", limit=None)))
        subject = subject_from_store(store, uuid)
    code = str(subject.answers["currency"]).upper()
    spend = subject.answers["cooking_spend"]
    out = tmp_path / "energy.pdf"
    render_report([subject], out, ReportOptions(lang="en"))
    assert f"{code} {format_number(spend, 'en', decimals=None if spend % 1 else 0)}" in text_of(out)


def test_calculation_with_an_unanswered_input_prints_a_dash(tmp_path: Path) -> None:
    form = load_form(forms_dir() / "waterways.yaml")
    answers: dict[str, object] = {"country": "nepal", "settlement": "Khajura", "consent": "yes"}
    session = FormSession(form, answers=dict(answers))
    doc = session.document()
    people_total = form.elements["people_total"]
    blocked = form.elements["blocked_share_pct"]
    assert missing_input(people_total, form, doc, session, draft=True)  # type: ignore[arg-type]
    assert missing_input(blocked, form, doc, session, draft=True)  # type: ignore[arg-type]  # no segments
    subject = ReportSubject(form=form, answers=doc, uuid="0" * 8, relevance=session)
    out = tmp_path / "draft.pdf"
    render_report([subject], out, ReportOptions(lang="en"))
    text = text_of(out)
    assert "0 women" not in text and "0%" not in text and "\n0\nTotal people met" not in text
    assert "—\nTotal people met" in text


def test_a_count_over_an_empty_repeat_is_unanswered_only_in_a_draft(tmp_path: Path) -> None:
    """count(${segment}) with no segments: "—" in a draft (not started), 0 once finalized (none)."""
    form = load_form(forms_dir() / "waterways.yaml")
    session = FormSession(form, answers={"country": "nepal", "settlement": "Khajura", "consent": "yes"})
    doc = session.document()
    count = form.elements["segment_count"]
    assert missing_input(count, form, doc, session, draft=True)  # type: ignore[arg-type]
    assert not missing_input(count, form, doc, session, draft=False)  # type: ignore[arg-type]
    texts = {}
    for status in ("draft", "complete"):
        subject = ReportSubject(form=form, answers=doc, uuid="0" * 8, status=status, relevance=session)
        render_report([subject], tmp_path / f"{status}.pdf", ReportOptions(lang="en"))
        texts[status] = text_of(tmp_path / f"{status}.pdf")
    assert "—\nSegments recorded" in texts["draft"] and "\n0\nSegments recorded" not in texts["draft"]
    assert "0\nSegments recorded" in texts["complete"]


def test_a_repeat_not_asked_counts_nothing_even_in_a_draft() -> None:
    """No pits on the site: the pit count and area are 0 in a draft; pits said yes but none added: "—"."""
    form = load_form(forms_dir() / "land_reclamation.yaml")
    count, area = form.elements["pit_count"], form.elements["pit_area_total_m2"]
    for present, missing in (("no", False), ("yes", True)):
        session = FormSession(form, answers={"country": "uzbekistan", "consent": "yes", "pits_present": present})
        doc = session.document()
        assert missing_input(count, form, doc, session, draft=True) is missing, present  # type: ignore[arg-type]
        assert missing_input(area, form, doc, session, draft=True) is missing, present  # type: ignore[arg-type]


def test_a_repeat_is_one_table_without_empty_other_columns(demo_dir: Path) -> None:
    with open_store(demo_dir) as store:
        uuid = next(r.uuid for r in store.list(ListQuery(form_id="waterways", status="complete", limit=None)))
        subject = subject_from_store(store, uuid)
    builder = SectionBuilder(TextKit(), subject, "en", 480.0)
    repeat = subject.form.elements["segment"]
    tables = builder._repeat(repeat, subject.answers, ())  # type: ignore[arg-type]
    assert len(tables) == 1 and isinstance(tables[0], Table)
    header = " ".join(str(getattr(cell, "text", cell)) for cell in tables[0]._cellvalues[0])
    if not any(s.get("seg_other") for s in subject.answers["segment"]):
        assert "specify" not in header.lower()


def test_one_officer_name_in_list_and_answers(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        for row in store.records(ListQuery(limit=None)):
            assert row.officer and row.answers.get("officer") == row.officer, row.uuid
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"country": "nepal", "officer": "Someone else"}), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "new", "--form", "waterways", "--answers", str(answers),
                 "--officer", "Sita Tharu"]) == 0  # fmt: skip
    with open_store(data) as store:
        (record,) = list(store.records(ListQuery(limit=None)))
        assert record.officer == "Sita Tharu" == record.answers["officer"]


def test_nepali_digits_are_one_style_per_document(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        uuid = next(r.uuid for r in store.list(ListQuery(form_id="energy", status="complete", limit=None)))
        subject = subject_from_store(store, uuid)
    paths = {}
    for digits in ("devanagari", "latin"):
        paths[digits] = tmp_path / f"{digits}.pdf"
        render_report([subject], paths[digits], ReportOptions(lang="ne", digits=digits))
    devanagari, latin = text_of(paths["devanagari"]), text_of(paths["latin"])
    pages = len(PdfReader(paths["latin"]).pages)
    assert f" / {pages}" in latin and f" / {format_number(pages, 'ne')}" in devanagari  # "page N of M"
    households = format_number(subject.answers["households"], "ne")
    assert households in devanagari and format_number(subject.answers["households"], "en") in latin
    assert main(["--data-dir", str(demo_dir), "report", uuid, "-o", str(tmp_path / "cli.pdf"),
                 "--lang", "ne", "--digits", "latin"]) == 0  # fmt: skip
    assert households not in text_of(tmp_path / "cli.pdf")
