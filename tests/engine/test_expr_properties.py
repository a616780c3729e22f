"""Properties of the expression language over generated input: parse only ever raises
ExprSyntaxError, printing round-trips, and evaluation only ever raises EvalError."""

from __future__ import annotations

import contextlib
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsassess.engine.expr import EvalError, ExprSyntaxError, compile_expr, parse, references, to_source
from needsassess.engine.expr.ast import (
    PRECEDENCE,
    Binary,
    Call,
    Column,
    Current,
    Negate,
    Node,
    Number,
    Ref,
    String,
)
from needsassess.engine.expr.mapping_resolver import MappingResolver
from needsassess.engine.expr.signatures import FUNCTIONS

SETTINGS = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])

NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,6}", fullmatch=True)
REF_NAMES = st.sampled_from(["a", "b", "n", "multi", "depth", "pit", "d", "when"])

# Fragments that make random text look like expressions, so the parser's deeper paths get exercised.
FRAGMENTS = st.sampled_from([
    "${a}", "${", "}", "$", ".", "..", "(", ")", ",", "'x'", '"y', "3", "3.5", ".5", "-", "+", "*",
    " div ", " mod ", " and ", " or ", "=", "!=", "<", "<=", ">", ">=", "==", "!", "&&", "/", "[1]",
    "if(", "selected(", "concat(", "sum(", "count(", "regex(", "jr:choice-name(", "position(..)",
    "indexed-repeat(", "today()", "true", "country", " ", "\n", "\t", "é", "नेपाल", "'${a}'",
])


@SETTINGS
@given(st.text(max_size=60))
def test_any_text_parses_or_raises_syntax_error(text: str) -> None:
    for allow_columns in (False, True):
        try:
            node = parse(text, allow_columns=allow_columns)
        except ExprSyntaxError as err:
            assert 0 <= err.position <= len(text)
            assert err.message in str(err)
        else:
            assert isinstance(node, Node)


@SETTINGS
@given(st.lists(FRAGMENTS, max_size=14).map("".join))
def test_expression_like_text_parses_or_raises_syntax_error(text: str) -> None:
    for allow_columns in (False, True):
        try:
            node = parse(text, allow_columns=allow_columns)
        except ExprSyntaxError:
            continue
        assert parse(to_source(node), allow_columns=allow_columns) == node


def _leaves(columns: bool) -> st.SearchStrategy[Node]:
    numbers = st.one_of(
        st.integers(min_value=0, max_value=10**15 - 1),
        st.floats(min_value=0, allow_nan=False, allow_infinity=False),
    ).map(Number)
    strings = st.text(max_size=12).filter(lambda s: not ("'" in s and '"' in s)).map(String)
    options: list[st.SearchStrategy[Node]] = [numbers, strings, REF_NAMES.map(Ref), st.just(Current())]
    if columns:
        options.append(NAMES.map(Column))
    return st.one_of(*options)


def _call(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    """Calls that pass the parser's checks: right arity, references where a set of answers is needed."""

    @st.composite
    def build(draw: st.DrawFn) -> Node:
        name = draw(st.sampled_from(sorted(FUNCTIONS)))
        if name in ("sum", "count"):
            return Call(name, (Ref(draw(REF_NAMES)),))
        if name == "jr:choice-name":
            return Call(name, (draw(children), String("${" + draw(REF_NAMES) + "}")))
        if name == "indexed-repeat":
            return Call(name, (Ref(draw(REF_NAMES)), Ref("pit"), draw(children)))
        if name == "regex":
            pattern = draw(st.sampled_from(["^[0-9]+$", "a|b", "", "x{2,3}", "^\\w+@"]))
            return Call(name, (draw(children), String(pattern)))
        low, high = FUNCTIONS[name]
        count = draw(st.integers(low, low + 3 if high is None else high))
        return Call(name, tuple(draw(children) for _ in range(count)))

    return build()


def _trees(columns: bool = False) -> st.SearchStrategy[Node]:
    def extend(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
        binary = st.builds(Binary, st.sampled_from(sorted(PRECEDENCE)), children, children)
        return st.one_of(binary, children.map(Negate), _call(children))

    return st.recursive(_leaves(columns), extend, max_leaves=12)


@SETTINGS
@given(_trees(columns=True))
def test_printed_tree_parses_back_to_the_same_tree(node: Node) -> None:
    text = to_source(node)
    assert parse(text, allow_columns=True) == node
    assert to_source(parse(text, allow_columns=True)) == text


@SETTINGS
@given(_trees())
def test_references_are_found_in_the_printed_text(node: Node) -> None:
    text = to_source(node)
    for name in references(node):
        assert "${" + name + "}" in text


VALUES = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.sampled_from(["", "a b c", "3", "-2.5", "2024-03-01", "2024-03-01T10:00", "true", " 7 "]),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.dates(),
    st.datetimes(),
)
ANSWERS = st.dictionaries(
    REF_NAMES, st.one_of(VALUES, st.lists(VALUES, max_size=4)), max_size=8
)


@SETTINGS
@given(_trees(columns=True), ANSWERS, VALUES, st.integers(0, 5))
def test_evaluation_raises_only_eval_error(
    node: Node, answers: dict[str, object], current: object, instance: int
) -> None:
    resolver = MappingResolver(
        answers=answers,  # type: ignore[arg-type]  # the strategy only draws Values
        current_value=current,  # type: ignore[arg-type]
        instance=instance,
        columns={"country": "np"},
        clock=dt.datetime(2024, 3, 5, 10, 30),
    )
    with contextlib.suppress(EvalError):
        compile_expr(node)(resolver)


@SETTINGS
@given(st.lists(FRAGMENTS, max_size=14).map("".join), ANSWERS, VALUES)
def test_parsed_text_evaluates_or_raises_eval_error(
    text: str, answers: dict[str, object], current: object
) -> None:
    try:
        node = parse(text, allow_columns=True)
    except ExprSyntaxError:
        return
    resolver = MappingResolver(answers=answers, current_value=current)  # type: ignore[arg-type]
    with contextlib.suppress(EvalError):
        compile_expr(node)(resolver)
