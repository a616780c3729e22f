"""FormSession: answers, skip logic, checks, calculations, repeats, documents."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsassess.engine import AnswerError, Form, FormSession, SessionContext
from tests.engine.formtools import make_form

BODY = """\
settings: {instance_name: "concat(${settlement}, ' — ', ${visit_date})", site: "${settlement}"}
survey:
  - type: group
    name: site
    label: {en: Site}
    children:
      - {type: text, name: settlement, required: true, label: {en: Settlement}}
      - {type: date, name: visit_date, default: "today()", constraint: ". <= today()", label: {en: Date}}
      - {type: select_one country, name: country, label: {en: Country}}
      - {type: select_one region, name: region, choice_filter: "country = ${country}", label: {en: Region}}
      - {type: geopoint, name: gps, label: {en: GPS}}
  - type: group
    name: waste
    label: {en: Waste}
    children:
      - {type: integer, name: households, constraint: ". >= 1 and . <= 200000", label: {en: Households},
         constraint_message: {en: Between 1 and 200000}}
      - {type: decimal, name: kg, label: {en: kg per household per day}}
      - {type: calculate, name: daily_tonnes, calculation: "${households} * ${kg} div 1000", label: {en: t/day}}
      - {type: select_multiple disposal, name: disposal, label: {en: Disposal}}
      - {type: text, name: disposal_other, relevant: "selected(${disposal}, 'other')", required: true,
         label: {en: Other disposal}}
      - {type: select_one yn, name: pits_present, label: {en: "Pits?"}}
  - type: repeat
    name: pit
    relevant: "${pits_present} = 'yes'"
    label: {en: Pits}
    children:
      - {type: decimal, name: depth, constraint: ". >= 0", label: {en: Depth}}
      - {type: select_one yn, name: fenced, label: {en: Fenced}}
      - {type: text, name: fence_note, relevant: "${fenced} = 'no'", label: {en: Why not fenced}}
      - {type: calculate, name: number, calculation: "position(..)"}
      - {type: calculate, name: deeper_than_first, calculation: "${depth} > indexed-repeat(${depth}, ${pit}, 1)"}
  - type: group
    name: totals
    label: {en: Totals}
    children:
      - {type: calculate, name: pit_count, calculation: "count(${pit})", label: {en: Pits}}
      - {type: calculate, name: total_depth, calculation: "sum(${depth})", label: {en: Total depth}}
      - {type: integer, name: check_count, constraint: ". = ${pit_count}", label: {en: Count again}}
choices:
  yn:
    - {name: "yes", label: {en: "Yes"}}
    - {name: "no", label: {en: "No"}}
  disposal:
    - {name: burning, label: {en: Burning}}
    - {name: river, label: {en: River}}
    - {name: other, label: {en: Other}}
  country:
    - {name: nepal, label: {en: Nepal}}
    - {name: uzbekistan, label: {en: Uzbekistan}}
  region:
    - {name: lumbini, country: nepal, label: {en: Lumbini}}
    - {name: bukhara, country: uzbekistan, label: {en: Bukhara}}
"""
TODAY = dt.datetime(2026, 3, 12, 10, 42)


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Form:
    return make_form(tmp_path_factory.mktemp("form"), BODY)


def new(form: Form, answers: dict | None = None) -> FormSession:
    if answers is None:
        return FormSession(form, clock=lambda: TODAY)
    return FormSession.from_answers(form, answers, clock=lambda: TODAY)


def test_defaults_and_required_on_a_fresh_session(form: Form) -> None:
    s = new(form)
    assert s.get("visit_date") == "2026-03-12"
    assert [(p.name, p.kind) for p in s.problems()] == [("settlement", "required")]
    assert s.get("pit_count") == 0 and s.get("total_depth") == 0


def test_values_are_coerced_to_document_form(form: Form) -> None:
    s = new(form)
    s.set_answer("households", "120")
    s.set_answer("kg", "0,5")
    s.set_answer("gps", "28.1, 81.6")
    s.set_answer("disposal", "river burning")
    assert s.get("households") == 120 and s.get("kg") == 0.5
    assert s.get("gps") == {"lat": 28.1, "lon": 81.6}
    assert s.get("disposal") == ["burning", "river"]  # in choice-list order


@pytest.mark.parametrize(("name", "value", "why"), [
    ("households", "12.5", "whole number"),
    ("households", True, "whole number"),
    ("kg", "lots", "number"),
    ("visit_date", "12/03/2026", "YYYY-MM-DD"),
    ("country", "france", "not one of the choices"),
    ("gps", {"lat": 95, "lon": 10}, "latitude"),
    ("gps", {"lat": 10}, "both latitude and longitude"),
    ("daily_tonnes", 3, "takes an answer"),
    ("nothing", 1, "not a question"),
])
def test_impossible_values_are_refused_and_change_nothing(form: Form, name: str, value: object, why: str) -> None:
    s = new(form)
    before = s.document()
    with pytest.raises(AnswerError) as info:
        s.set_answer(name, value)
    assert why in str(info.value)
    assert s.document() == before


def test_calculation_follows_its_inputs_and_empty_is_not_zero(form: Form) -> None:
    s = new(form)
    s.set_answer("households", 120)
    assert s.get("daily_tonnes") is None  # kg still empty
    change = s.set_answer("kg", 0.5)
    assert s.get("daily_tonnes") == 0.06
    assert ("daily_tonnes", ()) in change.affected
    s.set_answer("kg", None)
    assert s.get("daily_tonnes") is None


def test_constraint_and_message(form: Form) -> None:
    s = new(form)
    s.set_answer("households", 0)
    problem = s.problem("households")
    assert problem is not None and problem.kind == "constraint"
    assert problem.text("en") == "Between 1 and 200000"
    s.set_answer("households", 10)
    assert s.problem("households") is None


def test_constraint_against_today(form: Form) -> None:
    s = new(form)
    s.set_answer("visit_date", "2026-03-13")
    assert s.problem("visit_date").kind == "constraint"  # type: ignore[union-attr]
    s.set_answer("visit_date", dt.date(2026, 3, 12))
    assert s.problem("visit_date") is None


def test_skip_logic_and_required_only_when_relevant(form: Form) -> None:
    s = new(form)
    assert not s.relevant("disposal_other")
    change = s.set_answer("disposal", ["burning", "other"])
    assert s.relevant("disposal_other")
    assert ("disposal_other", ()) in change.affected
    assert s.problem("disposal_other").kind == "required"  # type: ignore[union-attr]
    s.set_answer("disposal_other", "Sold to a trader")
    s.set_answer("disposal", ["burning"])
    assert not s.relevant("disposal_other") and s.problem("disposal_other") is None
    assert s.document()["disposal_other"] == "Sold to a trader"  # kept in the draft
    assert "disposal_other" not in s.final_document()  # dropped when final


def test_choice_filter(form: Form) -> None:
    s = new(form)
    s.set_answer("country", "nepal")
    assert s.allowed_choices("region") == ["lumbini"]
    s.set_answer("region", "bukhara")
    assert s.problem("region").kind == "invalid"  # type: ignore[union-attr]
    s.set_answer("country", "uzbekistan")
    assert s.problem("region") is None


def test_repeats_add_remove_position_and_aggregates(form: Form) -> None:
    s = new(form)
    s.set_answer("pits_present", "yes")
    for depth in (3, 4.5, 1):
        i = s.add_instance("pit")
        s.set_answer("depth", depth, (i,))
    assert s.instance_count("pit") == 3
    assert s.get("pit_count") == 3 and s.get("total_depth") == 8.5
    assert [s.get("number", (i,)) for i in range(3)] == [1, 2, 3]
    assert [s.get("deeper_than_first", (i,)) for i in range(3)] == [False, True, False]
    s.set_answer("fenced", "no", (1,))
    assert s.relevant("fence_note", (1,)) and not s.relevant("fence_note", (0,))
    s.remove_instance("pit", 0)
    assert s.get("total_depth") == 5.5 and s.get("pit_count") == 2
    assert [s.get("number", (i,)) for i in range(2)] == [1, 2]
    assert s.get("fenced", (0,)) == "no"  # the old second pit is now first
    assert s.get("deeper_than_first", (1,)) is False
    with pytest.raises(AnswerError):
        s.set_answer("depth", 1, (5,))


def test_non_relevant_repeat_counts_nothing_and_leaves_the_final_document(form: Form) -> None:
    s = new(form)
    s.set_answer("pits_present", "yes")
    s.set_answer("depth", 2, (s.add_instance("pit"),))
    s.set_answer("pits_present", "no")
    assert s.get("pit_count") == 0 and s.get("total_depth") == 0
    assert s.document()["pit"] == [{"depth": 2}]
    assert "pit" not in s.final_document()


def test_constraint_reading_a_calculation(form: Form) -> None:
    s = new(form)
    s.set_answer("pits_present", "yes")
    s.add_instance("pit")
    s.set_answer("check_count", 1)
    assert s.problem("check_count") is None
    s.add_instance("pit")
    assert s.problem("check_count").kind == "constraint"  # type: ignore[union-attr]


def test_title_site_and_metadata(form: Form) -> None:
    s = FormSession(form, clock=lambda: TODAY, context=SessionContext(officer="Sita", device_id="dev-1"))
    s.set_answer("settlement", "Khajura")
    assert s.title() == "Khajura — 2026-03-12" and s.site() == "Khajura"


def test_document_round_trip(form: Form) -> None:
    s = new(form, {"settlement": "Koidu", "households": 40, "kg": 0.4, "pits_present": "yes",
                   "pit": [{"depth": 2, "fenced": "no", "fence_note": "No money"}, {"depth": 5}]})
    again = FormSession(form, s.document(), clock=lambda: TODAY)
    assert again.document() == s.document()
    assert again.final_document() == s.final_document()
    assert again.get("total_depth") == 7


def test_from_answers_lists_every_bad_value(form: Form) -> None:
    with pytest.raises(AnswerError) as info:
        new(form, {"households": "many", "country": "mars", "colour": "red", "pit": [{"depth": "deep"}]})
    text = str(info.value)
    assert "households: expected a whole number" in text
    assert "country: 'mars' is not one of the choices" in text
    assert "colour: not a question of this form" in text
    assert "depth[1]: expected a number" in text


def test_from_answers_rejects_misplaced_and_malformed(form: Form) -> None:
    with pytest.raises(AnswerError) as info:
        new(form, {"depth": 3, "pit": {"depth": 1}})
    assert "depth: is not at this level" in str(info.value)
    assert "pit: a repeat is a list of objects" in str(info.value)
    with pytest.raises(AnswerError):
        FormSession.from_answers(form, ["not", "an", "object"])  # type: ignore[arg-type]


def test_calculated_values_in_the_input_are_recomputed(form: Form) -> None:
    s = new(form, {"households": 100, "kg": 1, "daily_tonnes": 999})
    assert s.get("daily_tonnes") == 0.1


def test_page_states(form: Form) -> None:
    s = new(form)
    states = {p.name: p.state for p in s.page_states()}
    assert states["waste"] == "untouched" and states["site"] == "in_progress"
    s.set_answer("settlement", "Bukhara")
    s.set_answer("households", -1)
    states = {p.name: p.state for p in s.page_states()}
    assert states["site"] == "complete" and states["waste"] == "problems"


OPS = st.lists(
    st.one_of(
        st.tuples(st.just("set"), st.sampled_from(["households", "kg", "pits_present", "disposal", "country",
                                                   "region", "check_count", "disposal_other"]),
                  st.sampled_from([None, 0, 1, 5, 120, "yes", "no", "other", "nepal", "uzbekistan", "lumbini",
                                   "bukhara", "x"])),
        st.tuples(st.just("add"), st.just("pit"), st.none()),
        st.tuples(st.just("remove"), st.just("pit"), st.integers(0, 3)),
        st.tuples(st.just("pit"), st.sampled_from(["depth", "fenced", "fence_note"]),
                  st.sampled_from([None, 0, 2.5, -1, "yes", "no", "note"])),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_incremental_updates_equal_a_full_recompute(form: Form, ops: list) -> None:
    """Whatever the order of changes, the live state equals a session rebuilt from its document."""
    s = new(form)
    for kind, name, value in ops:
        try:
            if kind == "set":
                s.set_answer(name, value)
            elif kind == "add":
                s.add_instance("pit")
            elif kind == "remove":
                s.remove_instance("pit", value)
            elif s.instance_count("pit"):
                s.set_answer(name, value, (s.instance_count("pit") - 1,))
        except AnswerError:
            pass
    rebuilt = FormSession(form, s.document(), clock=lambda: TODAY, apply_defaults=False)
    assert rebuilt.document() == s.document()
    assert rebuilt.final_document() == s.final_document()
    assert [(p.name, p.instance, p.kind) for p in rebuilt.problems()] == \
        [(p.name, p.instance, p.kind) for p in s.problems()]
    for name in ("disposal_other", "region", "pit"):
        assert rebuilt.relevant(name) == s.relevant(name)
