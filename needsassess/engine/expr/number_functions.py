"""Functions on numbers and on sets of answers (round, int, pow, sum, count, min, max, join, ...).

Aggregates skip empty answers (an unanswered instance adds nothing and is no minimum); any other
non-numeric value makes the result empty, as XPath's NaN would.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, localcontext

from needsassess.engine.expr.ast import Node, Ref
from needsassess.engine.expr.budget import bounded_join
from needsassess.engine.expr.errors import EvalError
from needsassess.engine.expr.lifting import expander, lift1, lift2, lift_nodesets
from needsassess.engine.expr.resolver import Builder, Compiled, Resolver
from needsassess.engine.expr.values import Number, Value, clean_number, numeric, to_string
from needsassess.errors.engine_codes import ExprCode

_MAX_DIGITS = 15


def _int(value: Value) -> Value:
    """Drops the fraction (towards zero): int(-2.7) is -2."""
    n = numeric(value)
    if isinstance(n, int):
        return n
    return int(n) if math.isfinite(n) else None


def _number(value: Value) -> Value:
    return clean_number(numeric(value))


def _round(value: Value, digits: Value = 0) -> Value:
    """Half away from zero (round(2.5) is 3, round(-2.5) is -3), to ``digits`` decimals."""
    n = numeric(value)
    d = numeric(digits)
    if not (math.isfinite(n) and math.isfinite(d)):
        return None
    places = max(-_MAX_DIGITS, min(_MAX_DIGITS, int(d)))
    if isinstance(n, int) and places >= 0:
        return n
    with localcontext() as context:
        context.prec = 400  # enough for any float's integer part, so quantize never overflows
        rounded = Decimal(repr(n) if isinstance(n, float) else n).quantize(
            Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP
        )
    return clean_number(int(rounded)) if places <= 0 else clean_number(float(rounded))


def _build_round(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    if len(fns) == 1:
        only = fns[0]
        return lambda r: _round(only(r))
    value_fn, digits_fn = fns
    return lambda r: _round(value_fn(r), digits_fn(r))


def _whole(value: Value, up: bool) -> Value:
    n = numeric(value)
    if isinstance(n, int):
        return n
    if not math.isfinite(n):
        return None
    return math.ceil(n) if up else math.floor(n)


def _abs(value: Value) -> Value:
    return clean_number(abs(numeric(value)))


def _pow(base: Value, exponent: Value) -> Value:
    x = numeric(base)
    y = numeric(exponent)
    try:
        result = math.pow(x, y)
    except (OverflowError, ValueError):
        return None
    if isinstance(x, int) and isinstance(y, int) and y >= 0 and result.is_integer():
        return clean_number(int(result))
    return clean_number(result)


def _sqrt(value: Value) -> Value:
    n = float(numeric(value))
    if not n >= 0:
        return None
    return clean_number(math.sqrt(n))


def _numbers(values: list[Value]) -> list[Number] | None:
    """The numbers among ``values``, empty ones skipped; None if any other value is not a number."""
    numbers: list[Number] = []
    for value in values:
        if value is None or value == "":
            continue
        n = numeric(value)
        if n != n:
            return None
        numbers.append(n)
    return numbers


def _sum(values: list[Value]) -> Value:
    numbers = _numbers(values)
    if numbers is None:
        return None
    if all(type(n) is int for n in numbers):
        return clean_number(sum(numbers))
    return clean_number(math.fsum(numbers))


def _extreme(pick: Callable[[list[Number]], Number]) -> Builder:
    def apply(values: list[Value]) -> Value:
        numbers = _numbers(values)
        if not numbers:
            return None
        return clean_number(pick(numbers))

    return lift_nodesets(apply)


def _build_count(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    target = args[0]
    if isinstance(target, Ref):
        name = target.name
        return lambda r: len(r.values(name))
    only = fns[0]
    return lambda r: 0 if only(r) is None else 1


def _build_join(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    """join(separator, values...): every non-empty value (of every instance), in order."""
    separator_fn = fns[0]
    parts = [expander(arg, fn) for arg, fn in zip(args[1:], fns[1:], strict=True)]

    def run(r: Resolver) -> Value:
        texts = [to_string(v) for part in parts for v in part(r) if v is not None and v != ""]
        return bounded_join(to_string(separator_fn(r)), texts, "join")

    return run


def _build_indexed_repeat(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    question, repeat = args[0], args[1]
    if not (isinstance(question, Ref) and isinstance(repeat, Ref)):
        raise EvalError(ExprCode.INDEXED_REPEAT_REFS)
    name, repeat_name, index_fn = question.name, repeat.name, fns[2]

    def run(r: Resolver) -> Value:
        n = numeric(index_fn(r))
        if not math.isfinite(n):
            return None
        return r.indexed(name, repeat_name, int(n))

    return run


NUMBER_BUILDERS: dict[str, Builder] = {
    "int": lift1(_int),
    "number": lift1(_number, default_current=True),
    "round": _build_round,
    "floor": lift1(lambda v: _whole(v, up=False)),
    "ceiling": lift1(lambda v: _whole(v, up=True)),
    "abs": lift1(_abs),
    "pow": lift2(_pow),
    "sqrt": lift1(_sqrt),
    "sum": lift_nodesets(_sum),
    "min": _extreme(min),
    "max": _extreme(max),
    "count": _build_count,
    "join": _build_join,
    "indexed-repeat": _build_indexed_repeat,
}
