"""The shipped forms' ``plausible`` ranges: quiet on the demo, flagged on figures outside them.

Each case changes one answer of a demo assessment so that a range is passed (and, for contrast, one
that stays inside), makes a complete assessment of it in a real data folder, and reads the flags as
``needsassess quality`` does.
"""

from __future__ import annotations

import copy
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from needsassess.analysis.quality import store_flags
from needsassess.demo.loader import ANSWERS_DIR, load_demo
from needsassess.engine import FormSession
from needsassess.errors.quality_codes import QualityFlag
from needsassess.store import AssessmentStore, open_store
from needsassess.store.bulk import create_many

Answers = dict[str, Any]


def demo(form_id: str, index: int = 0) -> Answers:
    items: list[Answers] = json.loads((ANSWERS_DIR / f"{form_id}.json").read_text(encoding="utf-8"))
    return copy.deepcopy(items[index])


def square(lat: float, lon: float, side_m: float) -> list[dict[str, float]]:
    dlat, dlon = side_m / 111_320, side_m / (111_320 * math.cos(math.radians(lat)))
    corners = [(lat, lon), (lat, lon + dlon), (lat + dlat, lon + dlon), (lat + dlat, lon)]
    return [{"lat": a, "lon": b} for a, b in [*corners, corners[0]]]


def implausible(store: AssessmentStore) -> dict[str, set[str]]:
    _records, flags = store_flags(store)
    return {uuid: {f.question or "" for f in found if f.kind is QualityFlag.IMPLAUSIBLE}
            for uuid, found in flags.items()}


def make(store: AssessmentStore, form_id: str, answers: Answers) -> str:
    session = FormSession.from_answers(store.forms.latest(form_id), answers)
    assert session.problems() == []
    return create_many(store, form_id, [session], complete=True)[0]


@pytest.fixture
def store(data_dir: Path) -> Any:
    with open_store(data_dir) as opened:
        yield opened


def test_the_demo_is_inside_every_range(store: AssessmentStore) -> None:
    load_demo(store)
    assert {q for found in implausible(store).values() for q in found} == set()


def _waste_heavy(a: Answers) -> None:
    a["kg_per_household"] = 40  # 40 kg a household a day: 8 kg a person


def _waste_crowded(a: Answers) -> None:
    a["population"] = a["households"] * 13  # 13 people in every household on average


def _waste_inside(a: Answers) -> None:
    a["kg_per_household"] = 14  # a big bin: 2.8 kg a person, still inside both ranges


def _pit_shallow(a: Answers) -> None:
    a["pit"][0]["pit_depth_m"] = 0.1
    a["pit"][1]["pit_depth_m"] = 0.2  # the bound itself is plausible


def _pit_inside(a: Answers) -> None:
    a["pit"][0]["pit_depth_m"] = 30


def _stream_short(a: Answers) -> None:
    start = a["segment"][0]["seg_line"][0]
    a["segment"][0]["seg_line"] = [start, {"lat": start["lat"] + 0.00004, "lon": start["lon"]}]  # 4.4 m


def _belt_tiny(a: Answers) -> None:
    a["green_site"][0]["gs_outline"] = square(39.7747, 64.4197, 20)  # 0.04 ha


def _belt_inside(a: Answers) -> None:
    a["green_site"][0]["gs_outline"] = square(39.7747, 64.4197, 30)  # 0.09 ha


def _biogas_big_herd(a: Answers) -> None:
    a["cattle"] = a["buffalo"] = 20_000  # 8.7 m³ of gas a household a day: a herd typed for the district


def _solar_whole_town(a: Answers) -> None:
    a["land_area_m2"] = 500_000  # 50 ha of open land: 25 MW for 1,240 households, 80 kWh each a day


CASES: list[tuple[str, int, Callable[[Answers], None], set[str]]] = [
    ("waste_management", 0, _waste_heavy, {"kg_per_household", "kg_per_person"}),
    ("waste_management", 0, _waste_crowded, {"household_size"}),
    ("waste_management", 0, _waste_inside, set()),
    ("land_reclamation", 0, _pit_shallow, {"pit_depth_m"}),
    ("land_reclamation", 0, _pit_inside, set()),
    ("waterways", 0, _stream_short, {"seg_line_km"}),
    ("green_city", 0, _belt_tiny, {"gs_site_ha"}),
    ("green_city", 0, _belt_inside, set()),
    ("energy", 0, _biogas_big_herd, {"biogas_m3_household", "cooking_hours_household"}),
    ("energy", 0, _solar_whole_town, {"solar_kwh_household"}),
]


@pytest.mark.parametrize(("form_id", "index", "change", "expected"), CASES,
                         ids=[f"{c[0]}-{c[2].__name__.strip('_')}" for c in CASES])
def test_a_figure_outside_its_range_is_flagged_and_one_inside_is_not(
    store: AssessmentStore, form_id: str, index: int, change: Callable[[Answers], None], expected: set[str]
) -> None:
    plain = make(store, form_id, demo(form_id, index))
    answers = demo(form_id, index)
    change(answers)
    changed = make(store, form_id, answers)
    found = implausible(store)
    assert found[plain] == set()
    assert found[changed] == expected
