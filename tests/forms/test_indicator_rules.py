"""Rules the methodologist checks one case at a time: each of the nine waste composition shares trips
the sum rule on its own, and the JMP service-ladder indicators of the waterways form say basic or not
exactly as the WHO/UNICEF Joint Monitoring Programme (2018) defines them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from needsassess.engine import FormSession, load_form
from needsassess.paths import forms_dir

DEMO = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers"
SHARES = ["share_organic", "share_paper", "share_plastic", "share_glass", "share_metal", "share_textiles",
          "share_wood", "share_hazardous", "share_other"]


def session(form_id: str, index: int) -> FormSession:
    answers: list[dict[str, Any]] = json.loads((DEMO / f"{form_id}.json").read_text(encoding="utf-8"))
    return FormSession.from_answers(load_form(forms_dir() / f"{form_id}.yaml"), answers[index])


def test_the_khajura_shares_make_exactly_100() -> None:
    s = session("waste_management", 0)  # 62 + 6 + 14 + 2 + 1 + 3 + 2 + 1 + 9
    assert [s.get(name) for name in SHARES] == [62, 6, 14, 2, 1, 3, 2, 1, 9]
    assert s.get("composition_total") == 100
    assert all(s.problem(name) is None for name in SHARES)


@pytest.mark.parametrize("share", SHARES)
def test_one_share_raised_by_one_point_fails_the_sum(share: str) -> None:
    s = session("waste_management", 0)
    s.set_answer(share, s.get(share) + 1)
    assert s.get("composition_total") == 101
    problem = s.problem(share)
    assert problem is not None and problem.kind == "constraint"
    assert s.problem("share_other") is not None  # "other" must make exactly 100


@pytest.mark.parametrize("share", SHARES[:-1])
def test_one_share_lowered_leaves_other_to_make_100(share: str) -> None:
    s = session("waste_management", 0)
    s.set_answer(share, s.get(share) - 1)
    assert s.get("composition_total") == 99
    assert s.problem(share) is None  # 99 is not past 100
    problem = s.problem("share_other")
    assert problem is not None and problem.kind == "constraint"


# JMP drinking water: basic = an improved source (piped, public tap, tube well or borehole, protected
# well or spring, tanker or bottled) with a round trip of 30 minutes or less, queueing included; an
# improved source further away is "limited"; unprotected wells and springs are "unimproved", rivers,
# canals and ponds "surface water". Piped into the house or yard is on the premises: no trip.
WATER = [
    ("piped", None, 1),
    ("public_tap", 30, 1),  # 30 minutes is still basic
    ("public_tap", 31, 0),  # limited
    ("tubewell", 10, 1),
    ("protected", 25, 1),
    ("tanker", 5, 1),
    ("protected", 45, 0),  # limited
    ("unprotected", 5, 0),  # unimproved, however near
    ("surface", 0, 0),  # surface water, however near
]


@pytest.mark.parametrize(("source", "minutes", "basic"), WATER,
                         ids=[f"{s}-{m}" for s, m, _ in WATER])
def test_basic_water_follows_the_jmp_ladder(source: str, minutes: int | None, basic: int) -> None:
    s = session("waterways", 0)
    s.set_answer("drinking_source", source)
    s.set_answer("water_collection_min", minutes)
    assert s.get("basic_water") == basic


# JMP sanitation: basic = an improved facility (flush or pour-flush to a sewer, a septic tank or a pit;
# a pit latrine with a slab) not shared with other households; shared improved is "limited", a pit
# without a slab or a flush to an open drain "unimproved", none at all "open defecation".
SANITATION = [
    ("sewer", "no", 1),
    ("septic", "no", 1),
    ("pit_slab", "no", 1),
    ("sewer", "yes", 0),  # limited: shared
    ("pit_slab", "yes", 0),  # limited: shared
    ("pit_open", "no", 0),  # unimproved
    ("to_water", "no", 0),  # unimproved
    ("open", None, 0),  # open defecation
]


@pytest.mark.parametrize(("facility", "shared", "basic"), SANITATION,
                         ids=[f"{f}-{s}" for f, s, _ in SANITATION])
def test_basic_sanitation_follows_the_jmp_ladder(facility: str, shared: str | None, basic: int) -> None:
    s = session("waterways", 0)
    s.set_answer("sanitation_facility", facility)
    s.set_answer("toilet_shared", shared)
    assert s.get("basic_sanitation") == basic


def test_no_jmp_answer_gives_no_jmp_indicator() -> None:
    s = session("waterways", 0)
    s.set_answer("drinking_source", None)
    s.set_answer("sanitation_facility", None)
    assert s.get("basic_water") in (None, "")
    assert s.get("basic_sanitation") in (None, "")
