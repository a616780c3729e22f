"""The green_city form (Bukhara): indicators by hand, cross-checks, consent, and the whole way through the
window (a page filled), the report (PDF text read back) and the summary."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from needsassess.cli import main
from needsassess.engine import Form, FormSession, load_form
from needsassess.paths import forms_dir
from needsassess.reports import ReportOptions, Selection, render_report, render_summary
from needsassess.reports.from_store import form_lookup, subject_from_store, summary_items
from needsassess.store import ListQuery, open_store
from tests.forms.geo_reference import shape_m2

DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers" / "green_city.json"


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form(forms_dir() / "green_city.yaml")


def demo(index: int) -> dict[str, Any]:
    return json.loads(DEMO.read_text(encoding="utf-8"))[index]


def text_of(path: Path) -> str:
    return unicodedata.normalize("NFKC", "\n".join(p.extract_text() for p in PdfReader(path).pages))


def test_shape(form: Form) -> None:
    assert [p.name for p in form.pages()] == ["site", "people", "greening", "water_heat", "enterprises_page",
                                              "heritage_page"]
    assert len([q for q in form.questions() if q.is_input]) >= 40
    assert {"green_site", "enterprise"} <= set(form.elements)


@pytest.mark.parametrize("index", [0, 1, 2])
def test_demo_answers_have_no_problems(form: Form, index: int) -> None:
    assert FormSession.from_answers(form, demo(index)).problems() == []


def test_indicators_equal_the_hand_arithmetic(form: Form) -> None:
    s = FormSession.from_answers(form, demo(1))  # Gʻijduvon road, the edge of the city
    assert s.get("green_m2_per_person") == pytest.approx(0.8)  # 12,000 m² ÷ 14,200 = 0.85 → 0.8
    sites = demo(1)["green_site"]  # two outlines (geographiclib, 0.01 ha) and 6 ha typed from the register
    areas = [round(shape_m2(g["gs_outline"]) / 10000, 2) if g["gs_measured"] == "outline" else g["gs_area_ha"]
             for g in sites]
    assert areas == [23.67, 12.33, 6]
    assert s.get("candidate_area_ha") == pytest.approx(42.0)
    trees = [round(a * 400) for a in areas]
    assert s.get("seedlings_needed") == sum(trees) == 16800  # 42 ha × 400
    water = sum(round(t * 1.2) for t in trees)
    assert s.get("greening_water_m3_year") == water == 20160  # 16,800 trees × 1.2 m³
    assert s.get("water_gap_m3") == water - 12000  # 8,160: the allotment is 12,000
    assert s.get("shade_cooling_c") == pytest.approx(23.0)  # 64 − 41
    # brick works: (42,000 kWh × 0.5 + 95,000 m³ × 1.9 + 60 t × 2,400 kg) × 12 ÷ 1000
    # = (21,000 + 180,500 + 144,000) × 12 ÷ 1000 = 4,146
    assert s.get("enterprise_co2_t_year") == pytest.approx(4146.0)
    assert s.get("waste_heat_sites") == 1


def test_cross_checks(form: Form) -> None:
    s = FormSession.from_answers(form, demo(1))
    s.set_answer("gs_area_ha", 400, instance=(2,))  # more than the 310 ha assessed (the typed site)
    assert s.problem("gs_area_ha", (2,)) is not None
    s.set_answer("gs_area_ha", 24, instance=(2,))
    assert s.problem("gs_area_ha", (2,)) is None
    s.set_answer("surface_shade_c", 70)  # hotter in the shade than in the sun (64)
    assert s.problem("surface_shade_c") is not None
    s.set_answer("surface_shade_c", 41)
    assert s.problem("surface_shade_c") is None


def test_species_and_water_are_those_of_the_country(form: Form) -> None:
    s = FormSession(form, answers={"consent": "yes", "country": "uzbekistan"})
    s.set_answer("species_surviving", ["saxaul", "elm"])
    assert s.problem("species_surviving") is None
    s.set_answer("species_surviving", ["acacia"])  # a Koidu tree
    assert s.problem("species_surviving") is not None


def test_consent_gates_every_page(form: Form) -> None:
    s = FormSession.from_answers(form, {**demo(0), "consent": "no"})
    assert not s.relevant("greening") and not s.relevant("people")
    final = s.final_document()
    assert "area_assessed_ha" not in final and "enterprise" not in final
    s.set_answer("consent", "yes")
    assert s.relevant("greening")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("green-data")
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


def test_report_and_summary(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        rows = store.list(ListQuery(form_id="green_city", status="complete", limit=None))
        assert rows
        subject = subject_from_store(store, rows[0].uuid)
        report = tmp_path / "green.pdf"
        render_report([subject], report, ReportOptions(lang="en"))
        summary = tmp_path / "summary.pdf"
        render_summary(summary_items(store, form_id="green_city"), form_lookup(store), summary,
                       ReportOptions(lang="en"), Selection(form_id="green_city"))
    text = text_of(report)
    for words in ("Green city assessment", "Trees and green space", "Low-carbon production", "Seedlings needed"):
        assert words in text, words
    assert "Seedlings needed" in text_of(summary)


def test_a_page_is_filled_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    from tests.ui import entry_helpers as h

    store = open_store(tmp_path / "data")
    try:
        view = h.open_view(qtbot, store, "green_city", language="uz")
        page = next(i for i, p in enumerate(view.pages) if p.name == "greening")
        view.show_page(page)
        h.enter(qtbot, view, "area_assessed_ha", 42)
        h.enter(qtbot, view, "residents", 9800)
        h.enter(qtbot, view, "green_space_m2", 31000)
        assert h.widget_for(view, "green_m2_per_person").editor.text() in ("3,2", "3.2")
        view.grab().save(str(tmp_path / "green_uz.png"))
    finally:
        store.close()
