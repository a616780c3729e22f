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
         "willingness", "priorities_page"]
SITES = ["khajura", "bukhara", "koidu", "only_required"]

# The standard figures stated to the officer in the form's biogas note.
DUNG_KG = {"cattle": 10, "buffalo": 15, "pigs": 2.5, "poultry": 0.1}
GAS_PER_KG_DUNG = 0.04
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
    for figure in ("10 kg", "15 kg", "2.5 kg", "0.1 kg", "0.04 m³", "0.08 m³", "0.35 m³"):
        assert figure in english, figure


@pytest.mark.parametrize("site", SITES)
def test_demo_answers_have_no_problems(form: Form, site: str) -> None:
    session = FormSession.from_answers(form, demo(site))
    assert session.problems() == []


EXPECTED: dict[str, dict[str, Any]] = {
    "khajura": {
        "people_total": 23,
        "grid_share": 84.7,  # 1050 ÷ 1240 × 100 = 84.68
        "cooking_spend": 500 + 1000,  # firewood + LPG
        "solar_kw": 196.0,  # (450 + 2000 m²) ÷ 10 × 0.8 for some shade
        "solar_kwh_day": 784,  # 196 kW × 4 kWh
        "dung_kg_day": 12965.0,  # 620×10 + 410×15 + 150×2.5 + 2400×0.1 = 6200 + 6150 + 375 + 240
        "biogas_m3_day": 542.6,  # 12965 × 0.04 + 300 × 0.08 = 518.6 + 24
        "cooking_hours_day": 1550.3,  # 542.6 ÷ 0.35 = 1550.29
        "biogas_households": 516,  # 1550.29 ÷ 3 hours = 516.8, whole households
        "machine_entries": 3,
        "fossil_machines": 40,  # the 40 diesel pumps; the mills and the cold store are on the grid
    },
    "bukhara": {
        "grid_share": 100.0,
        "cooking_spend": 60000,
        "solar_kw": 820.0,  # (3200 + 5000) ÷ 10, no shade
        "dung_kg_day": 1620.0,  # 150×10 + 1200×0.1
        "biogas_m3_day": 180.8,  # 1620 × 0.04 + 1450 × 0.08 = 64.8 + 116
        "cooking_hours_day": 516.6,  # 180.8 ÷ 0.35 = 516.57
        "biogas_households": 172,  # 516.57 ÷ 3 = 172.2
        "fossil_machines": 0,
    },
    "koidu": {
        "grid_share": 17.6,  # 600 ÷ 3400 × 100 = 17.65
        "cooking_spend": 100 + 250,  # firewood + charcoal
        "solar_kw": 2150.0,  # (1500 + 20000) ÷ 10
        "dung_kg_day": 1450.0,  # 40×10 + 300×2.5 + 3000×0.1 = 400 + 750 + 300
        "biogas_m3_day": 218.0,  # 1450 × 0.04 + 2000 × 0.08 = 58 + 160
        "cooking_hours_day": 622.9,  # 218 ÷ 0.35 = 622.86
        "biogas_households": 207,  # 622.86 ÷ 3 = 207.6
        "machine_entries": 4,
        "fossil_machines": 6 + 8 + 10 + 15,
    },
    "only_required": {
        "people_total": 0,
        "grid_share": 0,  # no grid
        "dung_kg_day": 0,  # no animals recorded
        "biogas_m3_day": 0,
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
    gas = dung * GAS_PER_KG_DUNG + answers.get("food_waste_kg", 0) * GAS_PER_KG_FOOD
    assert session.get("dung_kg_day") == pytest.approx(dung, abs=0.05)
    assert session.get("biogas_m3_day") == pytest.approx(gas, abs=0.005)
    assert session.get("cooking_hours_day") == pytest.approx(gas / BURNER_M3_PER_HOUR, abs=0.05)


def test_biogas_counts_empty_animal_counts_as_zero(form: Form) -> None:
    session = FormSession(form, answers={"consent": "yes"})  # nothing past the site page before it
    session.set_answer("cattle", 3)
    assert session.get("dung_kg_day") == pytest.approx(30.0)
    assert session.get("biogas_m3_day") == pytest.approx(1.2)
    assert session.get("cooking_hours_day") == pytest.approx(3.4)  # 1.2 ÷ 0.35 = 3.43


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


