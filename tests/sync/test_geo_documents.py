"""Package import: geotrace and geoshape answers are checked like any answer (sync.documents)."""

from __future__ import annotations

from typing import Any

import pytest

from needsassess.engine import load_form_text
from needsassess.sync.documents import AnswerChecker
from needsassess.sync.errors import PackageRefused

FORM = """\
form_id: g
version: "1"
default_language: en
title: {en: G}
survey:
  - {type: geotrace, name: stream, label: {en: Stream}}
  - {type: geoshape, name: pit, label: {en: Pit}}
"""
SQUARE = [{"lat": 0.0, "lon": 0.0}, {"lat": 0.0, "lon": 0.001}, {"lat": 0.001, "lon": 0.001},
          {"lat": 0.001, "lon": 0.0}]


@pytest.fixture(scope="module")
def checker() -> AnswerChecker:
    return AnswerChecker(load_form_text(FORM, "g.yaml"))


def test_stored_forms_pass(checker: AnswerChecker) -> None:
    checker.check({"stream": SQUARE[:2], "pit": [*SQUARE, SQUARE[0]]}, frozenset(), "assessments/x.json")


@pytest.mark.parametrize(("answers", "code"), [
    ({"pit": SQUARE}, "not in its stored form"),  # not closed: not what the engine stores
    ({"pit": [SQUARE[0], SQUARE[2], SQUARE[1], SQUARE[3], SQUARE[0]]}, "crosses itself"),
    ({"stream": SQUARE[:1]}, "at least 2 points"),
    ({"stream": "0 0;1 1"}, "not in its stored form"),  # text is how expressions see it, not the stored form
    ({"stream": [{"lat": 91, "lon": 0}, {"lat": 0, "lon": 0}]}, "latitude"),
])
def test_unfit_values_refuse_the_package(checker: AnswerChecker, answers: dict[str, Any], code: str) -> None:
    with pytest.raises(PackageRefused) as info:
        checker.check(answers, frozenset(), "assessments/x.json")
    assert code in str(info.value)
