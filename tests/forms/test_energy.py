"""The shipped energy form: it loads, its demo answers pass, its solar and biogas indicators equal the
arithmetic done by hand with the factors the form states, skip logic and checks catch what a field
officer gets wrong, and every text is in English, Nepali and Uzbek."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from needsassess.engine import Form, FormSession, load_form
from needsassess.paths import forms_dir

DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers" / "energy.json"
PAGES = ["site", "people", "households_page", "grid", "cooking", "lighting", "solar", "biogas", "productive",
         "irrigation", "willingness", "priorities_page"]
SITES = ["khajura", "bukhara", "koidu", "only_required"]

# The standard figures stated to the officer in the form's biogas note.
DUNG_KG = {"cattle": 10, "buffalo": 15, "pigs": 2.5, "poultry": 0.1}
GAS_PER_KG_DUNG = {"cattle": 0.036, "buffalo": 0.036, "pigs": 0.06, "poultry": 0.07}  # BSP-Nepal; FAO/CMS
GAS_PER_KG_FOOD = 0.08
BURNER_M3_PER_HOUR = 0.35


@pytest.fixture(scope="module")
def form() -> Form:
    return load_form(forms_dir() / "energy.yaml")


def demo(site: str) -> dict[str, Any]:
    data: list[dict[str, Any]] = json.loads(DEMO.read_text(encoding="utf-8"))
    assert len(data) == len(SITES)
    return data[SITES.index(site)]


def test_form_loads_with_its_pages(form: Form) -> None:
    assert form.form_id == "energy"
    assert [page.name for page in form.pages()] == PAGES
    assert len([q for q in form.questions() if q.is_input]) >= 40


def test_biogas_note_states_the_factors_used(form: Form) -> None:
    note = form.question("biogas_factors_note").label
    assert note is not None
    english = note.get("en")
    for figure in ("10 kg", "15 kg", "2.5 kg", "0.1 kg", "0.036 m³", "0.06 m³", "0.07 m³", "0.08 m³", "0.35 m³"):
        assert figure in english, figure


@pytest.mark.parametrize("site", SITES)
def test_demo_answers_have_no_problems(form: Form, site: str) -> None:
    session = FormSession.from_answers(form, demo(site))
    assert session.problems() == []


EXPECTED: dict[str, dict[str, Any]] = {
    "khajura": {
        "people_total": 23,
        "grid_share": 84.7,  # 1050 ÷ 1240 × 100 = 84.68
        "cooking_spend": 500,  # the main fuel (firewood) only; LPG users' spend is not added to it
        "energy_spend_share_pct": 3.9,  # (600 bill + 500 firewood) ÷ 28,000 income × 100 = 3.93
        "solar_kw": 116.0,  # (450 m² roof ÷ 10 + 2000 m² land ÷ 20) × 0.8 partial shade = 145 × 0.8
        "solar_kwh_day": 464,  # 116 kW × 4 kWh
        "solar_kwh_day_worst": 325,  # 116 kW × 2.8 kWh in Nepal's worst month = 324.8
        "dung_kg_day": 12965.0,  # 620×10 + 410×15 + 150×2.5 + 2400×0.1 = 6200 + 6150 + 375 + 240
        # ((6200 + 6150) × 0.036 + 375 × 0.06 + 240 × 0.07) × 0.6 collected + 300 kg food × 0.08
        # = (444.6 + 22.5 + 16.8) × 0.6 + 24 = 290.34 + 24 = 314.34
        "biogas_m3_day": 314.34,
        "cooking_hours_day": 898.1,  # 314.34 ÷ 0.35 = 898.11
        "biogas_households": 290,  # min(898.11 ÷ 3 = 299, 290 households with 2 cattle and water)
        "diesel_co2_t_season": 64.3,  # 24,000 l × 2.68 kg ÷ 1000 = 64.32
        "machine_entries": 3,
        "fossil_machines": 40,  # the 40 diesel pumps; the mills and the cold store are on the grid
    },
    "bukhara": {
        "grid_share": 100.0,
        "cooking_spend": 60000,
        "solar_kw": 570.0,  # 3200 ÷ 10 + 5000 ÷ 20 = 320 + 250, no shade
        "solar_kwh_day_worst": 1140,  # 570 × 2.0 kWh in December
        "dung_kg_day": 0.0,  # no livestock in the historic centre
        "biogas_m3_day": 116.0,  # 1450 kg food waste × 0.08
        "cooking_hours_day": 331.4,  # 116 ÷ 0.35 = 331.43
        "biogas_households": 0,  # no household has 2 cattle: the food waste gas is not household cooking
        "fossil_machines": 0,
    },
    "koidu": {
        "grid_share": 17.6,  # 600 ÷ 3400 × 100 = 17.65
        "cooking_spend": 250,  # the main fuel (charcoal) only
        "solar_kw": 1150.0,  # 1500 ÷ 10 + 20000 ÷ 20 = 150 + 1000
        "dung_kg_day": 1450.0,  # 40×10 + 300×2.5 + 3000×0.1 = 400 + 750 + 300
        # (400 × 0.036 + 750 × 0.06 + 300 × 0.07) × 0.3 collected + 2000 × 0.08 = 80.4 × 0.3 + 160 = 184.12
        "biogas_m3_day": 184.12,
        "cooking_hours_day": 526.1,  # 184.12 ÷ 0.35 = 526.06
        "biogas_households": 5,  # min(175, 5 households with 2 cattle and water)
        "machine_entries": 4,
        "fossil_machines": 6 + 8 + 10 + 15,
    },
    "only_required": {
        "people_total": 0,
        "grid_share": 0,  # no grid
        "dung_kg_day": 0,  # no animals recorded
        "biogas_m3_day": 0,
        "biogas_households": 0,
        "machine_entries": 0,
    },
}


@pytest.mark.parametrize("site", SITES)
def test_indicators_equal_the_hand_arithmetic(form: Form, site: str) -> None:
    session = FormSession.from_answers(form, demo(site))
    for name, expected in EXPECTED[site].items():
        assert session.get(name) == pytest.approx(expected), name
    final = session.final_document()
    assert {name: final[name] for name in EXPECTED[site]} == pytest.approx(EXPECTED[site])


@pytest.mark.parametrize("site", ["khajura", "bukhara", "koidu"])
def test_biogas_chain_follows_the_stated_factors(form: Form, site: str) -> None:
    answers = demo(site)
    session = FormSession.from_answers(form, answers)
    dung = sum(answers.get(animal, 0) * kg for animal, kg in DUNG_KG.items())
    share = answers.get("stall_fed_share_pct", 50) / 100
    gas = sum(answers.get(a, 0) * kg * GAS_PER_KG_DUNG[a] for a, kg in DUNG_KG.items()) * share \
        + answers.get("food_waste_kg", 0) * GAS_PER_KG_FOOD
    assert session.get("dung_kg_day") == pytest.approx(dung, abs=0.05)
    assert session.get("biogas_m3_day") == pytest.approx(gas, abs=0.005)
    assert session.get("cooking_hours_day") == pytest.approx(gas / BURNER_M3_PER_HOUR, abs=0.05)


def test_biogas_counts_empty_animal_counts_as_zero(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    session.set_answer("cattle", 12)
    session.set_answer("stall_fed_share_pct", 70)
    assert session.get("dung_kg_day") == pytest.approx(120.0)
    assert session.get("biogas_m3_day") == pytest.approx(3.02)  # 12 cattle × 10 kg × 0.7 stall-fed × 0.036 = 3.024
    assert session.get("cooking_hours_day") == pytest.approx(8.6)  # 3.024 ÷ 0.35 = 8.64
    assert session.get("biogas_households") == 0  # nobody passed the feasibility check


def test_biogas_households_are_capped_by_the_feasibility_check(form: Form) -> None:
    """50 households, 500 cattle: the old count said 190 could cook; only those with cattle and water can."""
    session = FormSession(form, answers={"consent": "yes", "households": 50, "cattle": 500,
                                         "stall_fed_share_pct": 100})
    # 500 × 10 × 0.036 = 180 m³ → 180 ÷ 0.35 ÷ 3 = 171 households' worth of gas
    session.set_answer("water_for_biogas", "no")
    assert session.get("biogas_households") == 0  # no water: no plant works
    session.set_answer("water_for_biogas", "yes")
    session.set_answer("households_two_cattle", 30)
    session.set_answer("households_two_cattle_water", 20)
    assert session.get("biogas_households") == 20  # min(171, 20)
    session.set_answer("households_two_cattle", 60)  # more than the 50 households
    assert session.problem("households_two_cattle") is not None
    session.set_answer("households_two_cattle", 10)  # fewer than those with water: refused
    assert session.problem("households_two_cattle_water") is not None


def test_the_solar_yield_of_the_worst_month_is_given(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes", "country": "uzbekistan", "roof_area_m2": 100,
                                         "land_area_m2": 200})
    assert session.get("solar_kw") == pytest.approx(20.0)  # 100 ÷ 10 roof + 200 ÷ 20 open land
    assert session.get("solar_kwh_day") == 80  # 20 × 4
    assert session.get("solar_kwh_day_worst") == 40  # 20 × 2.0 in December


def test_cooking_hours_are_summed_across_sites_not_averaged(form: Form) -> None:
    assert form.question("cooking_hours_day").parameters.get("summary") is None


def test_seasons_are_those_of_the_country(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes", "country": "uzbekistan", "grid_access": "most"})
    session.set_answer("worst_season", "rainy")
    problem = session.problem("worst_season")
    assert problem is not None and problem.kind == "invalid"
    session.set_answer("worst_season", "winter")
    assert session.problem("worst_season") is None


def test_grid_details_only_where_there_is_a_grid(form: Form) -> None:
    session = FormSession.from_answers(form, demo("khajura"))
    assert session.relevant("supply_hours")
    assert not session.relevant("grid_distance_km")
    session.set_answer("grid_access", "none")
    assert not session.relevant("grid_details")
    assert not session.relevant("households_grid")
    assert session.relevant("grid_distance_km")
    final = session.final_document()
    assert "supply_hours" not in final and "households_grid" not in final
    assert final["grid_share"] == 0


def test_fuel_details_follow_the_fuels_ticked(form: Form) -> None:
    session = FormSession.from_answers(form, demo("khajura"))
    assert session.relevant("firewood_kg_week")
    assert not session.relevant("charcoal_kg_week")
    assert not session.relevant("fuel_other")
    session.set_answer("cooking_fuels", ["firewood", "other"])
    assert session.relevant("fuel_other")
    assert not session.relevant("lpg_spend")
    assert session.get("cooking_spend") == pytest.approx(500)  # the LPG spend no longer counts
    assert "lpg_spend" not in session.final_document()


def test_other_machine_is_asked_only_for_other(form: Form) -> None:
    session = FormSession.from_answers(form, demo("koidu"))
    assert not session.relevant("use_type_other", (0,))
    assert session.relevant("use_type_other", (3,))
    assert session.final_document()["productive_use"][3]["use_type_other"].startswith("Pumps")


@pytest.mark.parametrize(
    ("name", "value", "instance"),
    [
        ("cattle", -1, ()),
        ("supply_hours", 25, ()),
        ("households_grid", 5000, ()),  # more than the 1240 households
        ("visit_date", "2099-01-01", ()),
        ("use_hours_day", 30, (0,)),
        ("use_months", 13, (1,)),
        ("main_fuel", "kerosene", ()),  # not among the fuels ticked
    ],
)
def test_implausible_answers_give_a_constraint_problem(form: Form, name: str, value: Any,
                                                        instance: tuple[int, ...]) -> None:
    session = FormSession.from_answers(form, demo("khajura"))
    session.set_answer(name, value, instance=instance)
    problem = session.problem(name, instance)
    assert problem is not None and problem.kind == "constraint", (name, value)


def test_inaccurate_gps_point_is_refused(form: Form) -> None:
    answers = dict(demo("khajura"), gps={"lat": 28.1, "lon": 81.62, "alt": 160, "accuracy": 350})
    problems = FormSession.from_answers(form, answers).problems()
    assert [(p.name, p.kind) for p in problems] == [("gps", "constraint")]


def test_missing_currency_is_reported(form: Form) -> None:
    answers = dict(demo("only_required"))
    del answers["currency"]
    problems = FormSession.from_answers(form, answers).problems()
    assert [(p.name, p.kind) for p in problems] == [("currency", "required")]


