"""The binary and unary operators, with XPath 1.0 conversions.

Whole numbers stay ``int`` through ``+ - * mod`` so an integer sum prints as ``5``; ``div`` always gives
a float. A result that XPath would call NaN or Infinity (an empty operand, division by zero) is
returned as ``None``: empty, like an unanswered question.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable

from needsassess.engine.expr.values import (
    Number,
    Value,
    clean_number,
    comparable_days,
    is_date,
    numeric,
    to_string,
    truthy,
)

BinaryOp = Callable[[Value, Value], Value]


def _arithmetic(int_op: Callable[[int, int], Number], float_op: Callable[[float, float], float]) -> BinaryOp:
    """An operator that keeps ints exact and turns NaN/infinite results into empty."""

    def apply(a: Value, b: Value) -> Value:
        if type(a) is int and type(b) is int:  # the common case: two integer answers
            return clean_number(int_op(a, b))
        x = numeric(a)
        y = numeric(b)
        if type(x) is int and type(y) is int:
            return clean_number(int_op(x, y))
        return clean_number(float_op(float(x), float(y)))

    return apply


def divide(a: Value, b: Value) -> Value:
    """``div``: always a float; dividing by zero gives empty."""
    y = float(numeric(b))
    if y == 0:
        return None
    return clean_number(float(numeric(a)) / y)


def _int_mod(x: int, y: int) -> int | float:
    if y == 0:
        return math.nan
    remainder = abs(x) % abs(y)
    return -remainder if x < 0 else remainder


def _float_mod(x: float, y: float) -> float:
    """XPath mod: the remainder takes the sign of the dividend (like C's fmod)."""
    if y == 0 or not math.isfinite(x) or y != y:
        return math.nan
    return math.fmod(x, y)


def negate(a: Value) -> Value:
    if type(a) is int:
        return -a
    x = numeric(a)
    return clean_number(-x)


def equals(a: Value, b: Value) -> bool:
    """XPath ``=``: as booleans if either is one, else as numbers if either is one, else as text."""
    if isinstance(a, bool) or isinstance(b, bool):
        return truthy(a) == truthy(b)
    if isinstance(a, int | float) or isinstance(b, int | float):
        return numeric(a) == numeric(b)
    if is_date(a) or is_date(b):
        return comparable_days(a) == comparable_days(b)
    return to_string(a) == to_string(b)


def not_equals(a: Value, b: Value) -> bool:
    return not equals(a, b)


def _relational(compare: Callable[[Number, Number], bool]) -> BinaryOp:
    """``< <= > >=``: always numeric; a date compares by day with a date, a number or ISO date text."""

    def apply(a: Value, b: Value) -> bool:
        if type(a) is int and type(b) is int:
            return compare(a, b)
        if is_date(a) or is_date(b):
            return compare(comparable_days(a), comparable_days(b))
        return compare(numeric(a), numeric(b))

    return apply


BINARY: dict[str, BinaryOp] = {
    "+": _arithmetic(operator.add, operator.add),
    "-": _arithmetic(operator.sub, operator.sub),
    "*": _arithmetic(operator.mul, operator.mul),
    "mod": _arithmetic(_int_mod, _float_mod),
    "div": divide,
    "=": equals,
    "!=": not_equals,
    "<": _relational(operator.lt),
    "<=": _relational(operator.le),
    ">": _relational(operator.gt),
    ">=": _relational(operator.ge),
}
