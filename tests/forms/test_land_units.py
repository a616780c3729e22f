"""Land areas typed in the local unit: the units offered follow the country and province (bigha and
kattha in the Terai, ropani and aana in the hills, sotix in Uzbekistan, acre in Sierra Leone), and the
hectare answer that tables and reports read is the typed number times the factor, worked out by hand."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from needsassess.engine import FormSession, load_form
from needsassess.paths import forms_dir

DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers"


def session(form_id: str, index: int) -> FormSession:
    answers: list[dict[str, Any]] = json.loads((DEMO / f"{form_id}.json").read_text(encoding="utf-8"))
    return FormSession.from_answers(load_form(forms_dir() / f"{form_id}.yaml"), answers[index])


@pytest.mark.parametrize(
    ("country", "region", "units"),
    [
        ("nepal", "madhesh", ["hectare", "bigha", "kattha"]),  # all Terai
        ("nepal", "karnali", ["hectare", "ropani", "aana"]),  # no Terai district
        ("nepal", "lumbini", ["hectare", "bigha", "kattha", "ropani", "aana"]),  # Rupandehi and Palpa
        ("uzbekistan", "bukhara", ["hectare", "sotix"]),
        ("sierra_leone", "eastern", ["hectare", "acre"]),
    ],
)
@pytest.mark.parametrize(("form_id", "unit"), [("land_reclamation", "site_area_unit"),
                                               ("energy", "irrigated_area_unit")])
def test_units_follow_the_country_and_province(form_id: str, unit: str, country: str, region: str,
                                               units: list[str]) -> None:
    s = session(form_id, 0)
    s.set_answer("country", country)
    s.set_answer("region", region)
    assert s.allowed_choices(unit) == units


# value typed, unit, hectares by hand: value × hectares per unit (docs/forms.md), rounded to 4 decimals (1 m²)
HAND = [
    (5, "bigha", 3.3865),  # 5 × 0.6773
    (30, "kattha", 1.0158),  # 30 × 0.03386
    (20, "ropani", 1.0174),  # 20 × 0.05087
    (100, "aana", 0.318),  # 100 × 0.00318
    (250, "sotix", 2.5),  # 250 × 0.01
    (10, "acre", 4.0469),  # 10 × 0.404686 = 4.04686
    (12.5, "hectare", 12.5),
]


@pytest.mark.parametrize(("value", "unit", "hectares"), HAND, ids=[u for _, u, _ in HAND])
def test_site_area_in_hectares_is_worked_out_by_hand(value: float, unit: str, hectares: float) -> None:
    s = session("land_reclamation", 0)
    s.set_answer("site_area_unit", unit)
    s.set_answer("site_area_value", value)
    assert s.get("site_area_ha") == pytest.approx(hectares, abs=1e-9)


@pytest.mark.parametrize(("value", "unit", "hectares"), HAND, ids=[u for _, u, _ in HAND])
def test_irrigated_area_in_hectares_is_worked_out_by_hand(value: float, unit: str, hectares: float) -> None:
    s = session("energy", 0)
    s.set_answer("irrigated_area_unit", unit)
    s.set_answer("irrigated_area_value", value)
    assert s.get("irrigated_area_ha") == pytest.approx(hectares, abs=1e-9)


def test_the_site_limit_is_in_hectares_whatever_the_unit() -> None:
    s = session("land_reclamation", 0)
    s.set_answer("site_area_unit", "bigha")
    s.set_answer("site_area_value", 7000)  # 4,741 ha: allowed
    assert s.problem("site_area_value") is None
    s.set_answer("site_area_value", 7500)  # 5,080 ha: past 5,000 ha
    problem = s.problem("site_area_value")
    assert problem is not None and problem.kind == "constraint"


def test_the_degraded_area_is_compared_with_the_site_in_hectares() -> None:
    s = session("land_reclamation", 0)  # degraded area 9.0 ha
    s.set_answer("site_area_unit", "ropani")
    s.set_answer("site_area_value", 200)  # 10.174 ha
    assert s.problem("degraded_area_ha") is None
    s.set_answer("site_area_value", 150)  # 7.6305 ha, less than the 9 ha degraded
    problem = s.problem("degraded_area_ha")
    assert problem is not None and problem.kind == "constraint"


def test_the_hectare_answer_of_an_unanswered_area_stays_empty() -> None:
    s = session("energy", 0)
    s.set_answer("irrigated_area_value", None)
    assert s.get("irrigated_area_ha") in (None, "")
