"""Computing expressions: every operator and function, the empty-value rules, number/text/boolean/date
mixing, select_multiple answers, repeats, and the clock."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pytest

from needsassess.engine.expr import (
    EvalError,
    compile_expr,
    evaluate,
    parse,
    to_number,
    to_source,
    to_string,
    truthy,
)
from needsassess.engine.expr.ast import Binary, Call, Node, Number, Ref, String
from needsassess.engine.expr.mapping_resolver import MappingResolver

CLOCK = dt.datetime(2024, 3, 5, 14, 7, 9)
ANSWERS: dict[str, Any] = {
    "two": 2, "three": 3, "half": 0.5, "empty": None, "blank": "", "word": "abc", "numtext": "12",
    "yes": True, "no": False, "multi": "water food shelter", "single": "water",
    "visit": dt.date(2024, 3, 1), "moment": dt.datetime(2024, 3, 1, 6, 0), "geo": "27.7 85.3 1300 5",
    "depth": [1, 2.5, None, 4], "pit": ["", "", "", ""], "names": ["a", None, "c"], "none_rep": [],
    "q": "b", "qs": "a b",
}
LABELS = {"q": {"a": "Apple", "b": "Banana"}, "qs": {"a": "Apple", "b": "Banana"}}


def ev(source: str, current: Any = None, instance: int = 0, columns: dict[str, Any] | None = None) -> Any:
    resolver = MappingResolver(ANSWERS, current_value=current, instance=instance, labels=LABELS,
                               columns=columns or {}, clock=CLOCK)
    return evaluate(parse(source, allow_columns=columns is not None), resolver)


def same(actual: Any, expected: Any) -> bool:
    """Equal, with the same type (so 5 and 5.0 are told apart)."""
    return type(actual) is type(expected) and actual == expected


ARITHMETIC = [
    ("${two} + ${three}", 5), ("${three} - ${two}", 1), ("${two} * ${three}", 6),
    ("${three} div ${two}", 1.5),
    ("6 div 2", 3.0), ("7 mod 3", 1), ("-7 mod 3", -1), ("7 mod -3", 1), ("7.5 mod 2", 1.5),
    ("-7.5 mod 2", -1.5), ("${two} + ${half}", 2.5), ("-${two}", -2), ("-${half}", -0.5), ("- -3", 3),
    ("${numtext} + 1", 13), ("' 7 ' * 2", 14), ("${yes} + 1", 2), ("${no} + 1", 1), ("2 + 3 * 4", 14),
    ("(2 + 3) * 4", 20), ("10 - 4 - 3", 3), ("0.1 + 0.2", 0.1 + 0.2),
]


@pytest.mark.parametrize(("source", "expected"), ARITHMETIC)
def test_arithmetic(source: str, expected: Any) -> None:
    assert same(ev(source), expected)


@pytest.mark.parametrize(
    "source",
    ["${empty} + 1", "${blank} + 1", "${word} * 2", "1 div 0", "-1 div 0", "0 div 0", "5 mod 0", "5.5 mod 0",
     "-${word}", "${empty} - ${empty}", "1 + 'x'", "${multi} + 1"],
)
def test_arithmetic_with_empty_or_text_or_zero_divisor_is_empty(source: str) -> None:
    assert ev(source) is None


def test_huge_results_are_empty_and_big_integers_become_floats() -> None:
    assert ev("99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * "
              "99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * "
              "99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * "
              "99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * "
              "99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * "
              "99999999999999 * 99999999999999 * 99999999999999") is None
    assert same(ev("99999999999999 * 99999999999999"), 99999999999999.0 * 99999999999999)


COMPARISONS = [
    ("${two} = 2", True), ("${two} = '2'", True), ("${two} = '2.0'", True), ("${two} != 2", False),
    ("${empty} = ''", True), ("${blank} = ''", True), ("${empty} = 0", False), ("${empty} != 0", True),
    ("${word} = 'abc'", True), ("${word} = 'ABC'", False), ("${numtext} = 12", True),
    ("${numtext} = '12.0'", False), ("${yes} = 'anything'", True), ("${no} = ''", True), ("${yes} = 1", True),
    ("${no} = 0", True), ("${two} < 3", True), ("${two} <= 2", True), ("${two} > 3", False),
    ("${three} >= 3", True), ("${numtext} > 9", True), ("'10' > '9'", True), ("${empty} < 1", False),
    ("${empty} >= 0", False), ("${word} < 1", False), ("${word} > 1", False),
    ("${visit} = '2024-03-01'", True), ("${visit} < '2024-03-02'", True), ("${visit} > '2024-02-29'", True),
    ("${visit} < today()", True), ("${visit} = date('2024-03-01')", True), ("${visit} = 19783", True),
    ("${moment} > ${visit}", True), ("${visit} = 'soon'", False), ("${visit} != ${empty}", True),
    ("1 = 1 = 1", True), ("(1 = 2) = false()", True),
]


@pytest.mark.parametrize(("source", "expected"), COMPARISONS)
def test_comparisons(source: str, expected: bool) -> None:
    assert ev(source) is expected


LOGIC = [
    ("${yes} and ${two}", True), ("${yes} and ${empty}", False), ("${no} or ${word}", True),
    ("${blank} or 0", False), ("not(${empty})", True), ("not('false')", False),
    ("true() and not(false())", True),
    ("boolean(0)", False), ("boolean('0')", True), ("boolean(${half})", True),
    ("boolean-from-string('true')", True), ("boolean-from-string('1')", True),
    ("boolean-from-string('yes')", False),
]


@pytest.mark.parametrize(("source", "expected"), LOGIC)
def test_logic(source: str, expected: bool) -> None:
    assert ev(source) is expected


def test_and_or_short_circuit() -> None:
    class Exploding(MappingResolver):
        def value(self, name: str) -> Any:
            if name == "boom":
                raise AssertionError("the right side was computed")
            return super().value(name)

    resolver = Exploding({"f": False, "t": True})
    assert evaluate(parse("${f} and ${boom}"), resolver) is False
    assert evaluate(parse("${t} or ${boom}"), resolver) is True
    assert evaluate(parse("if(${t}, 1, ${boom})"), resolver) == 1


FUNCTIONS = [
    ("if(${two} > 1, 'big', 'small')", "big"), ("if(${empty}, 'x', 'y')", "y"),
    ("if(${two} > 0, 100 div ${two}, 0)", 50.0),
    ("selected(${multi}, 'food')", True), ("selected(${multi}, 'foo')", False),
    ("selected(${single}, 'water')", True), ("selected(${empty}, 'water')", False),
    ("selected(${multi}, ' food ')", True), ("selected-at(${multi}, 0)", "water"),
    ("selected-at(${multi}, 2)", "shelter"), ("selected-at(${multi}, 3)", ""),
    ("selected-at(${multi}, -1)", ""),
    ("selected-at(${empty}, 0)", ""), ("count-selected(${multi})", 3), ("count-selected(${empty})", 0),
    ("count-selected(${blank})", 0), ("jr:choice-name(${q}, '${q}')", "Banana"),
    ("jr:choice-name(${qs}, '${qs}')", "Apple, Banana"), ("jr:choice-name('a', 'q')", "Apple"),
    ("jr:choice-name(${empty}, '${q}')", ""), ("jr:choice-name('zzz', '${q}')", "zzz"),
    ("concat(${word}, '-', ${two}, ${empty}, ${yes})", "abc-2true"), ("concat(${half})", "0.5"),
    ("concat(6 div 2)", "3"), ("concat(${visit})", "2024-03-01"),
    ("coalesce(${empty}, ${word})", "abc"), ("coalesce(${blank}, ${empty})", ""),
    ("coalesce(${two}, 5)", 2), ("coalesce(${empty}, ${blank}, 'c')", "c"),
    ("regex(${numtext}, '^[0-9]+$')", True), ("regex(${word}, '^[0-9]+$')", False),
    ("regex(${word}, 'b')", True), ("regex(${empty}, '^$')", True), ("regex('98', concat('^', '9'))", True),
    ("string-length(${word})", 3), ("string-length(${empty})", 0), ("string-length('नेपाल')", 5),
    ("string-length(${two} * 10)", 2),
    ("substr('hello', 1, 3)", "el"), ("substr('hello', 2)", "llo"), ("substr('hello', -3, 99)", "hello"),
    ("substr('hello', 4, 2)", ""), ("substr(${empty}, 0, 2)", ""), ("substr('hello', 'x')", ""),
    ("substring('12345', 2, 3)", "234"), ("substring('12345', 2)", "2345"),
    ("substring('12345', 1.5, 2.6)", "234"), ("substring('12345', 0, 3)", "12"),
    ("substring('12345', 0 div 0, 3)", ""), ("substring('12345', -42, 1 div 0)", "12345"),
    ("contains(${multi}, 'food')", True), ("contains(${word}, '')", True), ("contains(${empty}, 'a')", False),
    ("starts-with(${word}, 'ab')", True), ("starts-with(${word}, 'b')", False),
    ("ends-with(${word}, 'bc')", True), ("ends-with(${empty}, '')", True),
    ("translate('bar', 'abc', 'ABC')", "BAr"), ("translate('--aaa--', 'a-', 'A')", "AAA"),
    ("normalize-space('  a \t b  ')", "a b"), ("normalize-space(${empty})", ""),
    ("int(2.7)", 2), ("int(-2.7)", -2), ("int('12')", 12), ("int(${empty})", None), ("int(${word})", None),
    ("number('3')", 3), ("number('3.5')", 3.5), ("number(${word})", None), ("number(${yes})", 1),
    ("number(${visit})", 19783), ("string(${two})", "2"), ("string(0.5)", "0.5"), ("string(1 = 1)", "true"),
    ("round(2.5)", 3), ("round(-2.5)", -3), ("round(2.4)", 2), ("round(3.14159, 2)", 3.14),
    ("round(2.675, 2)", 2.68), ("round(1234, -2)", 1200), ("round(7)", 7), ("round(${empty})", None),
    ("round(1.5, ${word})", None), ("floor(2.7)", 2), ("floor(-2.1)", -3), ("ceiling(2.1)", 3),
    ("ceiling(-2.7)", -2), ("floor(${empty})", None), ("abs(-3)", 3), ("abs(-0.5)", 0.5), ("abs('x')", None),
    ("pow(2, 10)", 1024), ("pow(2, -1)", 0.5), ("pow(4, 0.5)", 2.0), ("pow(-8, 0.5)", None),
    ("pow(10, 400)", None), ("sqrt(16)", 4.0), ("sqrt(-1)", None), ("sqrt(${empty})", None),
    ("min(3, 1, 2)", 1), ("max(3, 1, 2.5)", 3), ("max(${depth})", 4), ("min(${depth})", 1),
    ("max(${none_rep})", None), ("max(${depth}, 10)", 10), ("min(${two}, ${word})", None),
    ("sum(${depth})", 7.5), ("sum(${none_rep})", 0), ("sum(${pit})", 0), ("sum(${two})", 2),
    ("sum(${names})", None), ("count(${pit})", 4), ("count(${none_rep})", 0), ("count(${depth})", 4),
    ("count(${missing})", 0), ("join(', ', ${names})", "a, c"), ("join('-', ${depth})", "1-2.5-4"),
    ("join(' ', ${word}, ${two})", "abc 2"), ("join(', ', ${none_rep})", ""),
    ("indexed-repeat(${depth}, ${pit}, 2)", 2.5), ("indexed-repeat(${depth}, ${pit}, 9)", None),
    ("indexed-repeat(${depth}, ${pit}, ${empty})", None), ("indexed-repeat(${depth}, ${pit}, 1 + 3)", 4),
    ("today()", dt.date(2024, 3, 5)), ("now()", CLOCK), ("today() - ${visit}", 4),
    ("date(today() + 7)", dt.date(2024, 3, 12)), ("date('2024-02-29')", dt.date(2024, 2, 29)),
    ("date(19783.9)", dt.date(2024, 3, 1)), ("date(${moment})", dt.date(2024, 3, 1)),
    ("date(${empty})", None),
    ("date('2024-03-01T23:00')", dt.date(2024, 3, 1)), ("decimal-date-time(${moment})", 19783.25),
    ("decimal-date-time('2024-03-01')", 19783.0), ("decimal-date-time(${empty})", None),
    ("format-date(${visit}, '%Y-%m-%d')", "2024-03-01"), ("format-date(${visit}, '%e/%n/%y')", "1/3/24"),
    ("format-date(${visit}, '%a %d %b %Y')", "Fri 01 Mar 2024"), ("format-date(${empty}, '%Y')", ""),
    ("format-date('2024-12-25', '%d.%m.')", "25.12."), ("format-date(19783, '%Y-%m-%d')", "2024-03-01"),
    ("format-date-time(now(), '%H:%M:%S %h %3 100%% %q')", "14:07:09 14 000 100% %q"),
    ("format-date-time(${moment}, '%Y %H:%M')", "2024 06:00"),
    ("format-date(${visit}, '%H:%M')", "00:00"),
]


@pytest.mark.parametrize(("source", "expected"), FUNCTIONS)
def test_functions(source: str, expected: Any) -> None:
    assert same(ev(source), expected)


def test_every_function_has_a_test_case() -> None:
    from needsassess.engine.expr import FUNCTIONS as TABLE

    tested = {m for source, _ in FUNCTIONS + LOGIC + COMPARISONS for m in re.findall(r"([\w:-]+)\(", source)}
    tested |= {"position", "once", "uuid"}  # tested below with instances and state
    tested |= {"pulldata"}  # tests/engine/test_datasets.py, with a dataset
    tested |= {"area", "distance"}  # tests/engine/test_geo.py, against geodesic references
    assert set(TABLE) <= tested


def test_position_and_repeat_instances() -> None:
    assert ev("position(..)", instance=3) == 3
    assert ev("position()") == 0
    assert ev("${depth}", instance=2) == 2.5  # same instance inside the repeat
    assert ev("${depth} * 2", instance=4) == 8
    assert ev("${depth}", instance=0) is None


def test_once_keeps_the_current_value() -> None:
    assert ev("once(${two} * 10)") == 20
    assert ev("once(${two} * 10)", current="") == 20
    assert ev("once(${two} * 10)", current=7) == 7
    assert ev("once(uuid())", current="kept") == "kept"


def test_uuid_format() -> None:
    text = ev("uuid()")
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", text)
    assert ev("uuid()") != text
    assert re.fullmatch(r"[A-Za-z0-9]{12}", ev("uuid(12)"))
    assert ev("uuid(0)") == ""


def test_current_value_and_columns() -> None:
    assert ev(". >= 1 and . <= 200000", current=120) is True
    assert ev(". >= 1 and . <= 200000", current=0) is False
    assert ev(". >= 1", current=None) is False
    assert ev("string-length()", current="abcd") == 4
    assert ev("country = ${single}", columns={"country": "water"}) is True
    assert ev("country = ${single}", columns={"country": "np"}) is False


def test_select_multiple_and_geopoint_text() -> None:
    assert ev("selected(${multi}, 'shelter') and count-selected(${multi}) >= 2") is True
    assert ev("selected-at(${geo}, 0) + 0") == 27.7
    assert ev("number(selected-at(${geo}, 2)) > 1000") is True


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("date('soon')", "not a date"),
        ("format-date('31/12/2024', '%Y')", "not a date"),
        ("decimal-date-time('x')", "not a date"),
        ("date(1000000000)", "out of the range"),
        ("regex('a', concat('[', 'a'))", "invalid regular expression"),
    ],
)
def test_eval_errors(source: str, words: str) -> None:
    with pytest.raises(EvalError, match=words):
        ev(source)


def test_regex_input_is_capped() -> None:
    fn = compile_expr(parse("regex(${long}, 'a')"))
    assert fn(MappingResolver({"long": "a" * 10_000})) is True
    with pytest.raises(EvalError, match="at most 10000"):
        fn(MappingResolver({"long": "a" * 10_001}))


def test_hand_built_trees_with_unknown_parts_raise_eval_error() -> None:
    with pytest.raises(EvalError, match="unknown function"):
        compile_expr(Call("nope", ()))
    with pytest.raises(EvalError, match="takes 2 arguments"):
        compile_expr(Call("selected", (Number(1),)))
    with pytest.raises(EvalError, match="unknown operator"):
        compile_expr(Binary("^", Number(1), Number(2)))
    with pytest.raises(EvalError, match="needs references"):
        compile_expr(Call("indexed-repeat", (String("a"), Ref("b"), Number(1))))


def test_deep_hand_built_trees_raise_eval_error_not_recursion_error() -> None:
    deep: Node = Number(1)
    for _ in range(5000):
        deep = Binary("+", deep, Number(1))
    with pytest.raises(EvalError, match="nested more than"):
        compile_expr(deep)
    with pytest.raises(EvalError, match="nested too deeply"):
        to_source(deep)
    longest = parse(" + ".join(["1"] * 200))  # the longest chain the parser accepts computes fine
    assert compile_expr(longest)(MappingResolver()) == 200


def test_compiled_function_is_reusable_with_other_answers() -> None:
    fn = compile_expr(parse("${a} = 'yes' and ${n} > 3"))
    assert fn(MappingResolver({"a": "yes", "n": 5})) is True
    assert fn(MappingResolver({"a": "yes", "n": 2})) is False
    assert fn(MappingResolver({"a": None, "n": 5})) is False


@pytest.mark.parametrize(
    ("value", "boolean", "number", "text"),
    [
        (None, False, math.nan, ""), ("", False, math.nan, ""), ("0", True, 0.0, "0"), (0, False, 0.0, "0"),
        (2, True, 2.0, "2"), (2.0, True, 2.0, "2"), (0.1, True, 0.1, "0.1"), (1e-7, True, 1e-7, "0.0000001"),
        (1e21, True, 1e21, "1000000000000000000000"), (math.nan, False, math.nan, "NaN"),
        (math.inf, True, math.inf, "Infinity"), (True, True, 1.0, "true"), (False, False, 0.0, "false"),
        ("abc", True, math.nan, "abc"), (" -3.5 ", True, -3.5, " -3.5 "), ("1e3", True, math.nan, "1e3"),
        (dt.date(1970, 1, 11), True, 10.0, "1970-01-11"),
        (dt.datetime(1970, 1, 2, 12, 0), True, 1.5, "1970-01-02T12:00:00"),
    ],
)
def test_conversions(value: Any, boolean: bool, number: float, text: str) -> None:
    assert truthy(value) is boolean
    converted = to_number(value)
    assert converted == number or (math.isnan(number) and math.isnan(converted))
    assert to_string(value) == text
