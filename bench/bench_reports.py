"""Report benchmarks: one assessment (60 answers, 3 photos), a summary over 10,000 assessments, pages/s,
and a summary of 1,000 sites with its maps (one per country) against the same sites without locations.

Run from the project folder: ``.venv/bin/python bench/bench_reports.py``. Targets (DESIGN.md): one
assessment under 0.5 s; the summary under 10 s and under 500 MB peak. The baseline column is bare
ReportLab (one Helvetica paragraph per page, no shaping, no fonts embedded).
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from needsassess.engine.model import Form, Group, QType, Question
from needsassess.reports import ReportOptions, ReportSubject, SummaryItem, render_report, render_summary
from tests.reports.report_samples import build_form, sample_answers, t

KINDS = (QType.INTEGER, QType.DECIMAL, QType.TEXT, QType.SELECT_ONE, QType.DATE)


def sixty_question_form() -> Form:
    """The sample form plus five pages of ten questions each: about 60 answers, 3 photos."""
    base = build_form()
    pages = []
    for p in range(5):
        children = tuple(
            Question(
                f"q{p}_{i}",
                KINDS[i % len(KINDS)],
                t(f"Question {p}.{i} about the site", f"प्रश्न {p}.{i}", f"Savol {p}.{i}"),
                list_name="yesno",
            )
            for i in range(10)
        )
        pages.append(Group(f"page{p}", t(f"Part {p}", f"भाग {p}", f"Qism {p}"), children))
    survey = (*base.survey, *pages)
    form = Form(base.form_id, base.version, base.title, "en", base.languages, survey, base.choices)
    elements = {e.name: e for e in form.walk()}
    return Form(
        form.form_id,
        form.version,
        form.title,
        "en",
        form.languages,
        survey,
        form.choices,
        elements=MappingProxyType(elements),
    )


def phone_photos(folder: Path) -> dict[str, Path]:
    """Three 12-megapixel JPEGs with noise (about the size of a phone photo)."""
    photos = {}
    for i in range(3):
        path = folder / f"photo{i}.jpg"
        noise = Image.effect_noise((4000, 3000), 60).convert("RGB")
        noise.save(path, "JPEG", quality=90)
        photos[f"{i:02d}" + "ab" * 31] = path
    return photos


def one_assessment(folder: Path, photos: dict[str, Path]) -> ReportSubject:
    form = sixty_question_form()
    answers: dict[str, Any] = sample_answers(list(photos) or ["00" * 32] * 3)
    for p in range(5):
        for i in range(10):
            kind = KINDS[i % len(KINDS)]
            answers[f"q{p}_{i}"] = {
                QType.INTEGER: 120 + i,
                QType.DECIMAL: 3.25 * i,
                QType.TEXT: "Observed on site",
                QType.SELECT_ONE: "yes",
                QType.DATE: "2026-03-12",
            }[kind]
    return ReportSubject(
        form=form,
        answers=answers,
        uuid="3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
        revision=1,
        status="complete",
        content_hash="a" * 64,
        photo_path=photos.get,
    )


def summary_stream(count: int) -> Iterator[SummaryItem]:
    rnd = random.Random(7)
    sites = [f"Settlement {i}" for i in range(60)] + [f"बस्ती {i}" for i in range(20)]
    template = sample_answers(["00" * 32] * 3)
    for i in range(count):
        answers = dict(template)
        answers["daily_tonnes"] = round(rnd.uniform(0.1, 40), 3)
        answers["visit_date"] = f"2026-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        yield SummaryItem(
            uuid=f"{i:08x}-7d4e-4b8a-9c21-5e6f7a8b9c0d",
            form_id="waste_test",
            form_version="1",
            status="complete",
            revision=1,
            site=rnd.choice(sites),
            answers=answers,
        )


def mapped_sites(count: int, located: bool = True) -> Iterator[SummaryItem]:
    """One assessment per site, ``count`` sites spread over three countries (three maps)."""
    rnd = random.Random(11)
    centres = {"nepal": (28.1, 81.6), "uzbekistan": (39.77, 64.42), "sierra_leone": (8.64, -10.97)}
    template = sample_answers(["00" * 32] * 3)
    for i in range(count):
        country = list(centres)[i % 3]
        lat, lon = centres[country]
        answers = dict(template, daily_tonnes=round(rnd.uniform(0.1, 40), 3), country=country)
        answers["gps"] = {"lat": lat + rnd.uniform(-0.4, 0.4), "lon": lon + rnd.uniform(-0.4, 0.4)} if located else None
        yield SummaryItem(uuid=f"{i:08x}-7d4e-4b8a-9c21-5e6f7a8b9c0d", form_id="waste_test", form_version="1",
                          status="complete", revision=1, site=f"Site {i:04d}", answers=answers)


def baseline_pages(path: Path, pages: int) -> float:
    style = getSampleStyleSheet()["BodyText"]
    story: list[Any] = []
    for i in range(pages):
        story += [Paragraph(f"Page {i} " + "text " * 200, style), PageBreak()]
    start = time.perf_counter()
    SimpleDocTemplate(str(path)).build(story)
    return pages / (time.perf_counter() - start)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = phone_photos(folder)
        subject = one_assessment(folder, photos)
        render_report([subject], folder / "warm.pdf")  # fonts registered once per process
        times = []
        for _ in range(5):
            start = time.perf_counter()
            result = render_report([subject], folder / "one.pdf")
            times.append(time.perf_counter() - start)
        one = statistics.median(times)
        print(
            f"one assessment (60 answers, 3 photos, {result.pages} pages): median {one:.3f} s "
            f"(target < 0.5 s)  PDF {result.path.stat().st_size / 1e6:.1f} MB"
        )

        subjects = [one_assessment(folder, {}) for _ in range(20)]
        start = time.perf_counter()
        many = render_report(subjects, folder / "many.pdf", ReportOptions(lang="ne"))
        rate = many.pages / (time.perf_counter() - start)
        base = baseline_pages(folder / "base.pdf", many.pages)
        print(f"pages per second (20 assessments, Nepali, no photos): {rate:.0f}   baseline bare ReportLab: {base:.0f}")

        form = build_form()
        start = time.perf_counter()
        summary = render_summary(summary_stream(10_000), lambda f, v: form, folder / "summary.pdf")
        took = time.perf_counter() - start
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"summary of 10,000 assessments ({summary.pages} pages): {took:.2f} s (target < 10 s), "
            f"process peak RSS {peak_mb:.0f} MB (target < 500 MB)"
        )

        timings = {}
        for located in (True, False):
            start = time.perf_counter()
            done = render_summary(mapped_sites(1_000, located), lambda f, v: form, folder / f"sites-{located}.pdf")
            timings[located] = (time.perf_counter() - start, done.pages)
        (with_map, pages_map), (without, pages_plain) = timings[True], timings[False]
        print(
            f"summary of 1,000 sites in 3 countries with their maps and legends: {with_map:.2f} s, {pages_map} pages; "
            f"without locations (no maps) {without:.2f} s, {pages_plain} pages: "
            f"the maps cost {with_map - without:.2f} s"
        )


if __name__ == "__main__":
    main()
