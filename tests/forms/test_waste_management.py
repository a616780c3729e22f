"""The shipped waste_management form: it loads, its demo answers pass, its indicators equal the
arithmetic done by hand, skip logic and checks catch what a field officer gets wrong, and every text
is in English, Nepali and Uzbek."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from needsassess.engine import Form, FormSession, load_form
from needsassess.paths import forms_dir

DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers" / "waste_management.json"
PAGES = ["site", "people", "population_page", "generation", "collection", "disposal", "facilities",
         "recycling", "hazardous", "finance", "priorities_page"]
SITES = ["khajura", "bukhara", "koidu", "only_required"]


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form(forms_dir() / "waste_management.yaml")


def demo(site: str) -> dict[str, Any]:
    data: list[dict[str, Any]] = json.loads(DEMO.read_text(encoding="utf-8"))
    assert len(data) == len(SITES)
    return data[SITES.index(site)]


def test_form_loads_with_its_pages(form: Form) -> None:
    assert form.form_id == "waste_management"
    assert [page.name for page in form.pages()] == PAGES
    assert len([q for q in form.questions() if q.is_input]) >= 40


@pytest.mark.parametrize("site", SITES)
def test_demo_answers_have_no_problems(form: Form, site: str) -> None:
    session = FormSession.from_answers(form, demo(site))
    assert session.problems() == []


# Indicators worked out by hand from the demo answers.
EXPECTED: dict[str, dict[str, Any]] = {
    "khajura": {
        "people_total": 14 + 9,
        "daily_tonnes": 1.74,  # 1240 households × 1.4 kg ÷ 1000 = 1.736
        "yearly_tonnes": 633.6,  # 1240 × 1.4 × 365 ÷ 1000 = 633.64
        "share_served": 25.0,  # 310 ÷ 1240 × 100
        "kg_per_person": 0.28,  # 1736 kg ÷ 6210 people = 0.2795
        "peak_daily_tonnes": 2.78,  # 1.74 × 1.6 = 2.784
        "organic_tonnes_day": 1.08,  # 1.74 × 62 % = 1.0788
        "sites_count": 2,
        "sites_near_water": 1,  # the dump 40 m from the canal; the compost site is 600 m away
        "sites_burning": 1,
        "budget_per_tonne": 577,  # 1,500,000 ÷ 2,600 t the municipality collects = 576.9 (one scale on both sides)
    },
    "bukhara": {
        "people_total": 8 + 11,
        "daily_tonnes": 4.71,  # 2140 × 2.2 ÷ 1000 = 4.708
        "yearly_tonnes": 1718.4,  # 2140 × 2.2 × 365 ÷ 1000 = 1718.42
        "share_served": 92.5,  # 1980 ÷ 2140 × 100 = 92.52
        "sites_count": 2,
        "sites_near_water": 1,  # the pile 5 m from the canal
        "sites_burning": 1,
        "budget_per_tonne": 73846,  # 4,800,000,000 ÷ 65,000 t for Bukhara city = 73,846.2
    },
    "koidu": {
        "people_total": 12 + 17,
        "daily_tonnes": 5.44,  # 3400 × 1.6 ÷ 1000
        "yearly_tonnes": 1985.6,  # 5.44 × 365
        "share_served": 24.1,  # 820 ÷ 3400 × 100 = 24.12
        "peak_daily_tonnes": 6.53,  # 5.44 × 1.2 = 6.528
        "sites_count": 3,
        "sites_near_water": 1,  # 15 m; the others are 120 m and 300 m away
        "sites_burning": 2,
        "budget_per_tonne": 94,  # 850,000 ÷ 9,000 t = 94.4
    },
    "only_required": {
        "people_total": 0,  # nobody recorded: both counts empty count as 0
        "daily_tonnes": 0.04,  # 45 × 0.8 ÷ 1000 = 0.036
        "yearly_tonnes": 13.1,  # 45 × 0.8 × 365 ÷ 1000 = 13.14
        "share_served": 0,  # no collection service
        "sites_count": 0,
    },
}


@pytest.mark.parametrize("site", SITES)
def test_indicators_equal_the_hand_arithmetic(form: Form, site: str) -> None:
    session = FormSession.from_answers(form, demo(site))
    for name, expected in EXPECTED[site].items():
        assert session.get(name) == pytest.approx(expected), name
    assert {name: session.final_document()[name] for name in EXPECTED[site]} == pytest.approx(EXPECTED[site])


def test_indicators_are_shown_with_labels(form: Form) -> None:
    for name in ("daily_tonnes", "yearly_tonnes", "share_served", "people_total"):
        assert form.question(name).label is not None, name


def test_other_role_is_asked_only_when_other_is_chosen(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    session.add_instance("people_met")
    assert not session.relevant("person_role_other", (0,))
    session.set_answer("person_role", "farmer", instance=(0,))
    assert not session.relevant("person_role_other", (0,))
    session.set_answer("person_role", "other", instance=(0,))
    assert session.relevant("person_role_other", (0,))


def test_collection_details_only_when_there_is_a_service(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    session.set_answer("households", 200)
    session.set_answer("collection_exists", "no")
    assert not session.relevant("collection_details")
    assert not session.relevant("households_collected")
    assert session.get("share_served") == 0
    session.set_answer("collection_exists", "yes")
    assert session.relevant("households_collected")
    assert session.required("households_collected")
    session.set_answer("households_collected", 50)
    assert session.get("share_served") == pytest.approx(25.0)


def test_dumpsites_repeat_only_when_sites_are_known(form: Form) -> None:
    session = FormSession.from_answers(form, demo("koidu"))
    assert session.instance_count("dumpsite") == 3
    session.set_answer("sites_known", "no")
    assert not session.relevant("dumpsite")
    assert "dumpsite" not in session.final_document()


@pytest.mark.parametrize(
    ("name", "value", "instance"),
    [
        ("households", -5, ()),
        ("kg_per_household", 0, ()),
        ("women_met", 501, ()),
        ("visit_date", "2099-01-01", ()),
        ("visit_date", "2019-12-31", ()),
        ("households_collected", 5000, ()),  # more than the 1240 households
        ("share_other", 40, ()),  # the five shares would add up to 125 %
        ("distance_to_water", -1, (0,)),
    ],
)
def test_implausible_answers_give_a_constraint_problem(form: Form, name: str, value: Any,
                                                        instance: tuple[int, ...]) -> None:
    session = FormSession.from_answers(form, demo("khajura"))
    session.set_answer(name, value, instance=instance)
    problem = session.problem(name, instance)
    assert problem is not None and problem.kind == "constraint", (name, value)
    assert problem.message.get("en") != problem.message.get("uz")  # the form's own message, translated


def test_more_than_three_priorities_is_refused(form: Form) -> None:
    session = FormSession.from_answers(form, demo("khajura"))
    session.set_answer("priorities", ["collection", "bins", "vehicles", "recycling"])
    problem = session.problem("priorities")
    assert problem is not None and problem.kind == "constraint"


def test_main_disposal_must_be_one_of_the_practices_ticked(form: Form) -> None:
    session = FormSession.from_answers(form, demo("bukhara"))
    session.set_answer("main_disposal", "biogas")
    problem = session.problem("main_disposal")
    assert problem is not None and problem.kind == "constraint"


def test_missing_required_answer_is_reported(form: Form) -> None:
    answers = dict(demo("only_required"))
    del answers["households"]
    problems = FormSession.from_answers(form, answers).problems()
    assert [(p.name, p.kind) for p in problems] == [("households", "required")]


def test_final_document_drops_answers_that_no_longer_apply(form: Form) -> None:
    session = FormSession.from_answers(form, demo("khajura"))
    assert session.document()["burning_households_pct"] == 45
    session.set_answer("disposal_practices", ["landfill", "composting"])
    session.set_answer("main_disposal", "landfill")
    session.set_answer("waste_pickers", "no")
    final = session.final_document()
    for dropped in ("burning_households_pct", "waterway_names", "picker_count", "picker_women"):
        assert dropped not in final, dropped
        assert dropped in session.document(), dropped  # the draft keeps them
    assert final["composting_households"] == 180


def test_currency_is_required_once_an_amount_is_given(form: Form) -> None:
    session = FormSession.from_answers(form, demo("only_required"))
    assert not session.required("currency")
    session.set_answer("annual_budget", 250000)
    assert session.required("currency")
    problem = session.problem("currency")
    assert problem is not None and problem.kind == "required"


