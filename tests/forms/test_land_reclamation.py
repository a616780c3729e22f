"""The shipped land_reclamation form: it loads, its demo answers pass, its indicators add up by hand,
its skip logic and checks catch what a field officer gets wrong, and every text is in en, ne and uz."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from needsassess.engine import Form, FormSession, Group, load_form
from needsassess.paths import forms_dir
from tests.forms.geo_reference import shape_m2

FORM = forms_dir() / "land_reclamation.yaml"
DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers" / "land_reclamation.json"
PAGES = ["site", "people", "land", "pits_page", "soil", "heaps_erosion", "contamination", "vegetation", "tenure",
         "hazards", "interventions", "summary"]


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form(FORM)


def demo_sets() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(DEMO.read_text(encoding="utf-8"))
    return data


def demo(index: int) -> dict[str, Any]:
    return demo_sets()[index]


def test_form_loads_with_its_pages(form: Form) -> None:
    assert form.form_id == "land_reclamation"
    assert [page.name for page in form.pages()] == PAGES
    assert len([q for q in form.questions() if q.is_input]) >= 40


@pytest.mark.parametrize("index", [0, 1, 2, 3], ids=["koidu", "khajura", "bukhara", "only_required"])
def test_demo_answers_have_no_problems(form: Form, index: int) -> None:
    session = FormSession.from_answers(form, demo(index))
    assert session.problems() == []


def pit_areas(index: int) -> list[float]:
    """Each demo pit's area as the form rounds it: the outline's geodesic area, or length × width."""
    pits = demo(index).get("pit", [])
    return [round(shape_m2(p["pit_outline"]) if p["pit_measured"] == "outline"
                  else p["pit_length_m"] * p["pit_width_m"], 1) for p in pits]


# Indicators worked out by hand from the demo answers (an outline's area from geographiclib).
EXPECTED: dict[str, dict[str, float]] = {
    "koidu": {
        "pit_count": 4,
        "pit_area_total_m2": round(sum(pit_areas(0)), 1),  # three outlines and a 20 m × 15 m pit: 470.8
        "open_water_pits": 2,  # pit 1 (water, no fence), pit 2 (water, partial fence); pit 4 is fully fenced
        "pits_near_homes": 2,  # 40 m and 80 m
        "degraded_share_pct": round(100 * 9.0 / 12.5, 1),  # 72.0
        "intervention_area_total_ha": round(0.02 + 0.03 + 7.5 + 1.2, 2),  # 8.75
        "labour_total_days": 240 + 120 + 600 + 150,
        "cost_total": 30000 + 25000 + 95000 + 12000,
    },
    "khajura": {
        "pit_count": 2,
        "pit_area_total_m2": round(sum(pit_areas(1)), 1),  # an outline and a 15 m × 10 m pit: 735.2
        "open_water_pits": 1,
        "pits_near_homes": 1,
        "degraded_share_pct": round(100 * 2.1 / 3.2, 1),  # 65.6
        "intervention_area_total_ha": round(0.06 + 1.5 + 0.5, 2),
        "labour_total_days": 90 + 200 + 60,
        "cost_total": 350000 + 420000 + 150000,
    },
    "bukhara": {
        "pit_count": 3,
        "pit_area_total_m2": round(sum(pit_areas(2)), 1),  # two outlines and a 40 m × 25 m pit: 11,218.8
        "open_water_pits": 1,  # the partly fenced water-filled pit
        "pits_near_homes": 1,  # 90 m
        "degraded_share_pct": round(100 * 15 / 18, 1),  # 83.3
        "intervention_area_total_ha": 3 + 6 + 6 + 0.5,
        "labour_total_days": 300 + 400 + 900 + 40,
        "cost_total": 120_000_000 + 300_000_000 + 260_000_000 + 35_000_000,
    },
    "only_required": {
        "pit_count": 0, "pit_area_total_m2": 0, "open_water_pits": 0, "pits_near_homes": 0,
        "degraded_share_pct": 0, "intervention_area_total_ha": 0, "labour_total_days": 0, "cost_total": 0,
    },
}


@pytest.mark.parametrize(("index", "site"), list(enumerate(EXPECTED)))
def test_indicators_match_hand_arithmetic(form: Form, index: int, site: str) -> None:
    document = FormSession.from_answers(form, demo(index)).final_document()
    got = {name: document[name] for name in EXPECTED[site]}
    assert got == pytest.approx(EXPECTED[site])


def test_pit_area_is_shown_inside_each_pit(form: Form) -> None:
    pits = FormSession.from_answers(form, demo(0)).final_document()["pit"]
    assert [pit["pit_area_m2"] for pit in pits] == pit_areas(0) == [92.9, 58.6, 19.3, 300]
    exact = [shape_m2(p["pit_outline"]) if p["pit_measured"] == "outline" else p["pit_length_m"] * p["pit_width_m"]
             for p in demo(0)["pit"]]
    volumes = [round(a * p["pit_depth_m"], 1) for a, p in zip(exact, demo(0)["pit"], strict=True)]
    assert [pit["pit_volume_m3"] for pit in pits] == volumes == [557.5, 263.9, 58.0, 2400]  # area unrounded × depth


def test_other_use_is_asked_only_when_other_is_ticked(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    assert not session.relevant("land_use_other")
    session.set_answer("land_use_history", ["agriculture", "other"])
    assert session.relevant("land_use_other")
    problem = session.problem("land_use_other")
    assert problem is not None and problem.kind == "required"


def test_mining_questions_follow_the_land_use(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    session.set_answer("land_use_history", ["agriculture"])
    assert not session.relevant("mining_status")
    session.set_answer("land_use_history", ["artisanal_mining"])
    assert session.relevant("mining_status") and not session.relevant("mining_stopped_year")
    session.set_answer("mining_status", "stopped")
    assert session.relevant("mining_stopped_year")


def test_pit_details_are_not_asked_without_pits(form: Form) -> None:
    session = FormSession.from_answers(form, demo(0))
    session.set_answer("pits_present", "no")
    assert not session.relevant("pit")
    assert not session.relevant("pit_depth_m", (0,))
    assert session.problems() == []
    assert session.get("pit_count") == 0 and session.get("open_water_pits") == 0


def test_final_document_drops_answers_that_no_longer_apply(form: Form) -> None:
    answers = demo(0)
    session = FormSession.from_answers(form, answers)
    session.set_answer("pits_present", "no")
    session.set_answer("gullies_present", "no")
    draft, final = session.document(), session.final_document()
    assert len(draft["pit"]) == 4 and draft["gully_count"] == 6  # the draft keeps everything
    assert not final.get("pit")
    assert "gully_count" not in final and "gully_max_depth_m" not in final
    assert final["site_name"] == answers["site_name"]


@pytest.mark.parametrize(
    ("name", "value", "instance"),
    [
        ("pit_depth_m", -2.0, (0,)),  # a negative depth
        ("pit_distance_homes_m", -5.0, (1,)),
        ("degraded_area_ha", 20.0, ()),  # more than the 12.5 ha site
        ("mining_stopped_year", 2999, ()),  # in the future
        ("vegetation_cover_pct", 120, ()),
        ("hazards_seen", ["none", "drowning"], ()),  # "none" with a hazard
    ],
)
def test_impossible_answers_fail_their_constraint(form: Form, name: str, value: Any,
                                                  instance: tuple[int, ...]) -> None:
    session = FormSession.from_answers(form, demo(0))
    session.set_answer(name, value, instance=instance)
    problem = session.problem(name, instance)
    assert problem is not None and problem.kind == "constraint"
    message = form.question(name).constraint_message
    assert message is not None and problem.text("ne") == message.get("ne")


def test_a_missing_required_answer_is_reported(form: Form) -> None:
    answers = demo(3)
    del answers["site_area_value"]
    problems = FormSession.from_answers(form, answers).problems()
    assert [(p.name, p.kind) for p in problems] == [("site_area_value", "required")]


def test_pages_and_indicators_have_labels(form: Form) -> None:
    assert all(isinstance(page, Group) and page.label is not None for page in form.pages())
    indicators = {q.name for q in form.questions() if q.type == "calculate" and q.label is not None}
    wanted = {"pit_count", "pit_area_total_m2", "open_water_pits", "degraded_share_pct", "cost_total"}
    assert wanted <= indicators


