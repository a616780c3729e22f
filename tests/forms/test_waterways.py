"""The shipped waterways form: it loads, its demo answers pass, its indicators add up by hand, its
skip logic and checks catch what a field officer gets wrong, and every text is in en, ne and uz."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from needsassess.engine import Form, FormSession, load_form
from needsassess.paths import forms_dir
from tests.forms.geo_reference import line_m

FORM = forms_dir() / "waterways.yaml"
DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers" / "waterways.json"
PAGES = ["site", "people", "waterway", "segments_page", "flooding", "pollution", "riparian", "water_users",
         "sanitation", "cleanup", "summary"]


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form(FORM)


def demo(index: int) -> dict[str, Any]:
    data: list[dict[str, Any]] = json.loads(DEMO.read_text(encoding="utf-8"))
    return data[index]


def test_form_loads_with_its_pages(form: Form) -> None:
    assert form.form_id == "waterways"
    assert [page.name for page in form.pages()] == PAGES
    assert len([q for q in form.questions() if q.is_input]) >= 40


@pytest.mark.parametrize("index", [0, 1, 2, 3], ids=["koidu", "khajura", "bukhara", "only_required"])
def test_demo_answers_have_no_problems(form: Form, index: int) -> None:
    session = FormSession.from_answers(form, demo(index))
    assert session.problems() == []


def lengths(index: int) -> list[float]:
    """Each demo segment's length as the form takes it: the surveyed line (geographiclib, 0.1 m), or paced."""
    return [round(line_m(s["seg_line"]), 1) if s["seg_measured"] == "line" else s["seg_length_m"]
            for s in demo(index).get("segment", [])]


KOIDU, KHAJURA, BUKHARA = lengths(0), lengths(1), lengths(2)  # lines of ~437 and ~291 m, then 650 m paced; ...

# Indicators worked out by hand from the demo answers.
EXPECTED: dict[str, dict[str, float]] = {
    "koidu": {
        "segment_count": 3,
        "length_assessed_km": round(sum(KOIDU) / 1000, 2),  # 1.38
        "blocked_length_km": round((KOIDU[0] + KOIDU[1]) / 1000, 2),  # the two surveyed segments: 0.73
        "blocked_share_pct": round(100 * (KOIDU[0] + KOIDU[1]) / sum(KOIDU), 1),  # by length: 52.8
        "high_waste_share_pct": round(100 * KOIDU[1] / sum(KOIDU), 1),  # 21.1
        "people_depending": round(420 * 6.2),  # 2,604
        "drinking_share_pct": round(100 * 60 / 420, 1),  # 14.3
        "pollution_signs": 4,  # sewage smell, very muddy, oil film, dead fish (brown is the muddiness, counted once)
    },
    "khajura": {
        "segment_count": 2,
        "length_assessed_km": round(sum(KHAJURA) / 1000, 2),
        "blocked_share_pct": round(100 * KHAJURA[0] / sum(KHAJURA), 1),  # the ~778 m line of 1,978 m: 39.3
        "high_waste_share_pct": 0.0,
        "people_depending": round(350 * 4.6),  # 1,610
        "drinking_share_pct": 0,  # nobody drinks it
        "pollution_signs": 2,  # green colour, algae
    },
    "bukhara": {
        "segment_count": 3,
        "length_assessed_km": round(sum(BUKHARA) / 1000, 2),
        "blocked_share_pct": round(100 * BUKHARA[1] / sum(BUKHARA), 1),  # the second segment, ~683 m: 33.0
        "high_waste_share_pct": round(100 * BUKHARA[1] / sum(BUKHARA), 1),
        "people_depending": round(1200 * 5.1),  # 6,120
        "drinking_share_pct": 0,
        "pollution_signs": 6,  # grey, rotting smell, cloudy, foam, oil film, algae
    },
    "only_required": {
        "segment_count": 0, "length_assessed_km": 0, "blocked_share_pct": 0, "high_waste_share_pct": 0,
        "people_depending": 0, "drinking_share_pct": 0, "pollution_signs": 0,
    },
}


@pytest.mark.parametrize(("index", "site"), list(enumerate(EXPECTED)))
def test_indicators_match_hand_arithmetic(form: Form, index: int, site: str) -> None:
    document = FormSession.from_answers(form, demo(index)).final_document()
    got = {name: document[name] for name in EXPECTED[site]}
    assert got == pytest.approx(EXPECTED[site])


def test_indicators_follow_a_new_segment(form: Form) -> None:
    session = FormSession.from_answers(form, demo(1))
    index = session.add_instance("segment")
    for name, value in [("segment_place", "खेतदेखि पुलसम्म"), ("seg_length_m", 500), ("seg_width_m", 2.0),
                        ("seg_flow", "still"), ("seg_blockage", "full"), ("seg_blockage_cause", ["waste"]),
                        ("seg_waste_load", "high"), ("seg_bank", "eroding")]:
        session.set_answer(name, value, instance=(index,))
    assert session.problems() == []
    total = sum(KHAJURA) + 500  # a surveyed line, 1,200 m paced, and the new 500 m
    assert session.get("length_assessed_km") == round(total / 1000, 2)
    assert session.get("blocked_share_pct") == round(100 * (KHAJURA[0] + 500) / total, 1)
    assert session.get("high_waste_share_pct") == round(100 * 500 / total, 1)


def test_other_source_is_asked_only_when_other_is_ticked(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    assert not session.relevant("pollution_sources_other")
    session.set_answer("pollution_sources", ["households", "other"])
    assert session.relevant("pollution_sources_other")
    problem = session.problem("pollution_sources_other")
    assert problem is not None and problem.kind == "required"


def test_blockage_cause_is_asked_only_for_a_blocked_segment(form: Form) -> None:
    session = FormSession.from_answers(form, demo(0))
    assert not session.relevant("seg_blockage_cause", (2,))  # segment 3 is not blocked
    assert session.relevant("seg_blockage_cause", (1,))
    session.set_answer("seg_blockage", "none", instance=(1,))
    assert not session.relevant("seg_blockage_cause", (1,))
    assert session.get("blocked_share_pct") == round(100 * KOIDU[0] / sum(KOIDU), 1)  # the first line only


def test_flood_questions_follow_the_flood_answer(form: Form) -> None:
    session = FormSession.from_answers(form, demo(0))
    session.set_answer("floods", "no")
    final = session.final_document()
    assert not session.relevant("last_flood_date")
    assert "last_flood_date" not in final and "flood_households" not in final
    assert session.document()["last_flood_date"] == "2026-07-18"  # the draft keeps it
    assert session.problems() == []


def test_final_document_drops_use_details_that_no_longer_apply(form: Form) -> None:
    session = FormSession.from_answers(form, demo(0))
    session.set_answer("water_uses", ["washing", "irrigation"])
    final = session.final_document()
    assert "drinking_households" not in final and "fishing_households" not in final
    assert final["irrigated_area_ha"] == 4.5
    assert final["drinking_share_pct"] == 0


@pytest.mark.parametrize(
    ("name", "value", "instance"),
    [
        ("seg_depth_m", -0.5, (0,)),  # a negative depth
        ("seg_length_m", 0, (2,)),  # the paced segment
        ("last_flood_date", "2099-07-01", ()),  # in the future
        ("drinking_households", 500, ()),  # more than the 420 households that use the water
        ("riparian_cover_pct", 101, ()),
        ("pollution_sources", ["none", "mining"], ()),
    ],
)
def test_impossible_answers_fail_their_constraint(form: Form, name: str, value: Any,
                                                  instance: tuple[int, ...]) -> None:
    session = FormSession.from_answers(form, demo(0))
    session.set_answer(name, value, instance=instance)
    problem = session.problem(name, instance)
    assert problem is not None and problem.kind == "constraint"
    message = form.question(name).constraint_message
    assert message is not None and problem.text("uz") == message.get("uz")


def test_a_missing_required_answer_is_reported(form: Form) -> None:
    answers = demo(3)
    del answers["waterway_name"]
    problems = FormSession.from_answers(form, answers).problems()
    assert [(p.name, p.kind) for p in problems] == [("waterway_name", "required")]


def test_indicators_have_labels(form: Form) -> None:
    indicators = {q.name for q in form.questions() if q.type == "calculate" and q.label is not None}
    assert {"length_assessed_km", "blocked_share_pct", "people_depending", "pollution_signs"} <= indicators


