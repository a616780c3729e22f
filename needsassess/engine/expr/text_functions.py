"""Functions on text, select answers and logic (if, selected, concat, regex, substr, ...).

A select_multiple answer is the space-separated text of its choice names (``"a b c"``), as in XLSForm.
"""

from __future__ import annotations

import math

from needsassess.engine.expr.ast import Node, String
from needsassess.engine.expr.budget import bounded_join
from needsassess.engine.expr.errors import EvalError
from needsassess.engine.expr.lifting import lift0, lift1, lift2, lift3, lift_many
from needsassess.engine.expr.regex import Pattern, compile_pattern
from needsassess.engine.expr.resolver import Builder, Compiled, Resolver
from needsassess.engine.expr.signatures import MAX_PATTERN, choice_question, pattern_problem
from needsassess.engine.expr.values import Value, numeric, to_string, truthy
from needsassess.errors.dataset_codes import ExprLimitCode

MAX_REGEX_INPUT = 10_000
_PATTERNS: dict[str, Pattern] = {}
_PATTERN_CACHE_SIZE = 512


def _build_if(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    """Only the branch chosen is computed (so if(${n} > 0, 100 div ${n}, 0) is safe)."""
    condition, then, otherwise = fns
    return lambda r: then(r) if truthy(condition(r)) else otherwise(r)


def _selected(answer: Value, choice: Value) -> bool:
    return to_string(choice).strip() in to_string(answer).split()


def _selected_at(answer: Value, index: Value) -> str:
    n = numeric(index)
    names = to_string(answer).split()
    if not math.isfinite(n):
        return ""
    position = int(n)
    return names[position] if 0 <= position < len(names) else ""


def _build_choice_name(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    """Labels of the choice names in the answer; several (select_multiple) are joined with ', '."""
    choice_fn, question_fn = fns
    fixed = choice_question(args[1])

    def run(r: Resolver) -> Value:
        question = fixed or choice_question(String(to_string(question_fn(r))))
        if question is None:
            return ""
        labels = [r.choice_label(question, name) for name in to_string(choice_fn(r)).split()]
        return bounded_join(", ", labels, "jr:choice-name")

    return run


def _coalesce(values: list[Value]) -> Value:
    for value in values:
        if value is not None and value != "":
            return value
    return ""


def compiled_pattern(pattern: str) -> Pattern:
    """Each distinct pattern is compiled once; EvalError when it is not a valid pattern."""
    cached = _PATTERNS.get(pattern)
    if cached is not None:
        return cached
    problem = pattern_problem(pattern)
    if problem:
        raise EvalError(ExprLimitCode.BAD_PATTERN, problem=problem)
    if len(_PATTERNS) >= _PATTERN_CACHE_SIZE:
        _PATTERNS.clear()
    compiled = _PATTERNS[pattern] = compile_pattern(pattern)
    return compiled


def _build_regex(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    text_fn, pattern_fn = fns
    if isinstance(args[1], String):
        fixed = compiled_pattern(args[1].value)
        return lambda r: _search(fixed, to_string(text_fn(r)))
    return lambda r: _search(compiled_pattern(to_string(pattern_fn(r))), to_string(text_fn(r)))


def _search(pattern: Pattern, text: str) -> bool:
    """re.search semantics (a match anywhere); RE2 is linear, and the text length is capped too."""
    if len(text) > MAX_REGEX_INPUT:
        raise EvalError(ExprLimitCode.REGEX_INPUT_TOO_LONG, length=len(text), limit=MAX_REGEX_INPUT,
                        pattern_limit=MAX_PATTERN)
    return pattern.search(text) is not None


def _bound(value: Value, length: int) -> int | None:
    """A character index from a number, clamped to 0..length; None when it is not a number."""
    n = numeric(value)
    if n != n:
        return None
    if not math.isfinite(n):
        return length if n > 0 else 0
    return max(0, min(length, int(n)))


def _substr(text_value: Value, start: Value, end: Value) -> str:
    """ODK substr: 0-based start, end excluded (to the end when missing), indexes clamped."""
    text = to_string(text_value)
    first = _bound(start, len(text))
    last = len(text) if end is None else _bound(end, len(text))
    if first is None or last is None:
        return ""
    return text[first:last]


def _substring(text_value: Value, start: Value, length: Value) -> str:
    """XPath substring: 1-based start; characters whose position p has start <= p < start + length."""
    text = to_string(text_value)
    first = float(numeric(start))
    if first != first:
        return ""
    first = _floor_half(first)
    last = float(len(text) + 1) if length is None else first + _floor_half(float(numeric(length)))
    if last != last:
        return ""
    low = max(first, 1.0)
    high = min(last, float(len(text) + 1))
    if high <= low:
        return ""
    return text[int(low) - 1:int(high) - 1]


def _floor_half(x: float) -> float:
    """XPath round(): floor(x + 0.5), leaving NaN and infinities alone."""
    if not math.isfinite(x):
        return x
    return float(math.floor(x + 0.5))


def _translate(text: Value, source: Value, target: Value) -> str:
    """XPath translate: each character of ``source`` becomes the one at its place in ``target``, or goes."""
    mapping: dict[int, int | None] = {}
    replacements = to_string(target)
    for index, char in enumerate(to_string(source)):
        mapping.setdefault(ord(char), ord(replacements[index]) if index < len(replacements) else None)
    return to_string(text).translate(mapping)


def _boolean_from_string(value: Value) -> bool:
    return to_string(value).strip() in ("true", "1")


TEXT_BUILDERS: dict[str, Builder] = {
    "if": _build_if,
    "selected": lift2(_selected),
    "selected-at": lift2(_selected_at),
    "count-selected": lift1(lambda v: len(to_string(v).split())),
    "jr:choice-name": _build_choice_name,
    "concat": lift_many(lambda values: bounded_join("", [to_string(v) for v in values], "concat")),
    "coalesce": lift_many(_coalesce),
    "regex": _build_regex,
    "string-length": lift1(lambda v: len(to_string(v)), default_current=True),
    "substr": lift3(_substr),
    "substring": lift3(_substring),
    "contains": lift2(lambda a, b: to_string(b) in to_string(a)),
    "starts-with": lift2(lambda a, b: to_string(a).startswith(to_string(b))),
    "ends-with": lift2(lambda a, b: to_string(a).endswith(to_string(b))),
    "translate": lift3(_translate),
    "normalize-space": lift1(lambda v: " ".join(to_string(v).split()), default_current=True),
    "string": lift1(to_string, default_current=True),
    "boolean": lift1(truthy),
    "boolean-from-string": lift1(_boolean_from_string),
    "not": lift1(lambda v: not truthy(v)),
    "true": lift0(lambda r: True),
    "false": lift0(lambda r: False),
}
