"""Reading expressions: the trees built, the canonical text, what they read, and the syntax errors
form authors see (message, position, caret line)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from needsassess.engine.expr import FUNCTIONS, ExprSyntaxError, parse, references, to_source, uses_current
from needsassess.engine.expr.ast import Binary, Call, Column, Current, Negate, Number, Ref, String
from needsassess.errors import UserError


def test_precedence_follows_xpath() -> None:
    tree = parse("${a} or ${b} and ${c} = 1 + 2 * 3 < 4")
    assert tree == Binary(
        "or",
        Ref("a"),
        Binary("and", Ref("b"), Binary("=", Ref("c"), Binary("<", Binary("+", Number(1), Binary(
            "*", Number(2), Number(3))), Number(4)))),
    )


def test_operators_are_left_associative() -> None:
    assert parse("10 - 4 - 3") == Binary("-", Binary("-", Number(10), Number(4)), Number(3))
    assert parse("8 div 4 div 2") == Binary("div", Binary("div", Number(8), Number(4)), Number(2))


def test_literals_references_and_current() -> None:
    assert parse("3") == Number(3) and isinstance(parse("3").value, int)  # type: ignore[attr-defined]
    assert parse("3.5") == Number(3.5)
    assert parse(".5") == Number(0.5)
    with pytest.raises(ExprSyntaxError, match="other kind of quotes"):
        parse("'it''s'")  # XPath text has no escapes
    assert parse('"it\'s"') == String("it's")
    assert parse("${households}") == Ref("households")
    assert parse(".") == Current()
    assert parse("-${a}") == Negate(Ref("a"))
    assert parse("- - 1") == Negate(Negate(Number(1)))


def test_word_operators_are_names_where_a_value_is_expected() -> None:
    assert parse("div = ${a}", allow_columns=True) == Binary("=", Column("div"), Ref("a"))
    assert parse(". mod 2") == Binary("mod", Current(), Number(2))


def test_function_names_with_prefix_and_dashes() -> None:
    assert parse("jr:choice-name(${q}, '${q}')") == Call("jr:choice-name", (Ref("q"), String("${q}")))
    assert parse("count-selected(.)") == Call("count-selected", (Current(),))
    assert parse("position(..)") == Call("position", ())
    assert parse("true()") == Call("true")


def test_choice_filter_columns_need_allow_columns() -> None:
    assert parse("country = ${country}", allow_columns=True) == Binary("=", Column("country"), Ref("country"))
    with pytest.raises(ExprSyntaxError) as info:
        parse("country = ${country}")
    assert "${country}" in info.value.message and info.value.position == 0


@pytest.mark.parametrize(
    "source",
    [
        "${a} + ${b} * 3",
        "(${a} + ${b}) * 3",
        "1 - (2 - 3)",
        "-(${a} * 2)",
        "selected(${q}, 'x') and not(${b} = '')",
        "if(${n} > 0, 100 div ${n}, 0)",
        "concat(${a}, \"'\", 'x')",
        "${a} or ${b} and ${c}",
        "(${a} or ${b}) and ${c}",
        "0.0000001 + 100000000000000000000.0",
    ],
)
def test_canonical_text_round_trips(source: str) -> None:
    tree = parse(source)
    assert parse(to_source(tree)) == tree
    assert to_source(tree) == source


def test_canonical_text_normalises_spacing_and_quotes() -> None:
    assert to_source(parse('${a}+${b}*( 3 )')) == "${a} + ${b} * 3"
    assert to_source(parse('concat( "x" ,.5)')) == "concat('x', 0.5)"


def test_text_with_both_quotes_prints_as_concat() -> None:
    text = to_source(String("it's \"so\""))
    assert text == "concat('it', \"'\", 's \"so\"')"


def test_references_and_current() -> None:
    tree = parse("if(${a} > 1, jr:choice-name(${b}, '${c}'), sum(${d}))")
    assert references(tree) == frozenset({"a", "b", "c", "d"})
    assert not uses_current(tree)
    assert uses_current(parse(". >= 1"))
    assert uses_current(parse("once(uuid())"))
    assert references(parse("indexed-repeat(${depth}, ${pit}, 1)")) == frozenset({"depth", "pit"})


def test_functions_table_lists_arity() -> None:
    assert FUNCTIONS["if"] == (3, 3)
    assert FUNCTIONS["concat"][1] is None
    for name in ("selected", "count-selected", "jr:choice-name", "coalesce", "regex", "string-length",
                 "substr", "contains", "starts-with", "int", "number", "round", "today", "now", "format-date",
                 "sum", "count", "position", "once", "uuid", "indexed-repeat", "join", "min", "max"):
        assert name in FUNCTIONS


# (source, position of the caret, words the message must hold)
SYNTAX_ERRORS = [
    ("", 0, "empty"),
    ("   ", 0, "empty"),
    ("(${a} + 1", 0, "'(' is never closed"),
    ("concat(${a}, 'x'", 6, "never closed"),
    ("${a", 0, "'${' is not closed"),
    ("${ a}", 0, "no spaces"),
    ("${}", 0, "names no question"),
    ("$a = 1", 0, "write ${a}"),
    ("selectd(${a}, 'x')", 0, "did you mean 'selected'"),
    ("len(${a}) > 3", 0, "did you mean 'string-length'"),
    ("selected(${a})", 0, "selected() takes 2 arguments, got 1"),
    ("today(1)", 0, "today() takes no arguments, got 1"),
    ("if(${a}, 1)", 0, "if() takes 3 arguments"),
    ("country = 'np'", 0, "bare name 'country'"),
    ("${a} +", 6, "ends too early"),
    ("${a} and", 8, "ends too early"),
    ("${a} ${b}", 5, "missing operator"),
    ("${a} == 1", 5, "write '=' to compare"),
    ("${a} && ${b}", 5, "write 'and'"),
    ("${a} / 2", 5, "write 'div'"),
    ("${a} % 2", 5, "write 'mod'"),
    ("${a} <> 1", 5, "!="),
    ("!${a}", 0, "not(...)"),
    ("'abc", 0, "no closing '"),
    ("1 + )", 4, "expected a value"),
    ("(1))", 3, "no matching '('"),
    ("()", 0, "empty parentheses"),
    ("1, 2", 1, "',' is only allowed"),
    ("today", 0, "write today(...)"),
    ("true", 0, "write true(...)"),
    ("sum(${a} * 2)", 4, "needs a question reference"),
    ("indexed-repeat(${a}, 'pit', 1)", 21, "indexed-repeat() needs references"),
    ("jr:choice-name(${q}, ${q})", 21, "in quotes"),
    ("regex(., '[0-9')", 9, "invalid regular expression"),
    (".. + 1", 0, "'..' is only allowed"),
    ("../x", 2, "paths are not supported"),
    ("${a}[1]", 4, "indexed-repeat"),
    ("+1", 0, "no unary plus"),
    ("1 +* 2", 3, "expected a value between '+' and '*'"),
    ("#", 0, "unexpected character"),
]


@pytest.mark.parametrize(("source", "position", "words"), SYNTAX_ERRORS)
def test_syntax_errors_say_what_and_where(source: str, position: int, words: str) -> None:
    with pytest.raises(ExprSyntaxError) as info:
        parse(source)
    err = info.value
    assert words in err.message
    assert err.position == position
    assert err.source == source
    assert isinstance(err, UserError)


def test_error_text_shows_a_caret_under_the_position() -> None:
    with pytest.raises(ExprSyntaxError) as info:
        parse("${a} + selectd(${b}, 'x')")
    lines = str(info.value).splitlines()
    assert "unknown function 'selectd'" in lines[0] and "character 8" in lines[0]
    assert lines[1].strip() == "${a} + selectd(${b}, 'x')"
    assert lines[2].index("^") == lines[1].index("selectd")


def test_caret_shows_the_right_line_of_a_multiline_expression() -> None:
    with pytest.raises(ExprSyntaxError) as info:
        parse("${a} = 1 and\n${b} == 2")
    lines = str(info.value).splitlines()
    assert lines[1].strip() == "${b} == 2"
    assert lines[2].index("^") == lines[1].index("==")


def test_limits_on_size_and_nesting() -> None:
    with pytest.raises(ExprSyntaxError, match="nests more than"):
        parse("(" * 100 + "1" + ")" * 100)
    with pytest.raises(ExprSyntaxError, match="longer than"):
        parse("1 + " * 5000 + "1")
    with pytest.raises(ExprSyntaxError, match="too large"):
        parse("9" * 400 + ".5")
    assert parse("-" * 150 + "1") is not None  # long unary chains do not recurse
    assert parse(" + ".join(["1"] * 200)) is not None
    with pytest.raises(ExprSyntaxError, match="more than 200 operators"):
        parse(" + ".join(["1"] * 202))
    with pytest.raises(ExprSyntaxError, match="more than 200 operators"):
        parse("-" * 300 + "1")


DOCS = Path(__file__).resolve().parents[2] / "docs" / "expressions.md"


def test_docs_describe_every_function() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [name for name in FUNCTIONS if f"`{name}(" not in text]
    assert not missing


def test_docs_error_table_matches_the_messages() -> None:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("### When the form is loaded")[1].split("###")[0]
    rows = re.findall(r"^\| `(.+)` \| `(.+)` \|$", section, flags=re.MULTILINE)
    assert len(rows) >= 15
    for source, message in rows:
        with pytest.raises(ExprSyntaxError) as info:
            parse(source)
        assert info.value.message == message, source
