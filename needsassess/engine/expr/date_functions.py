"""Dates, the clock and the form's context: today, now, date, format-date, position, once, uuid.

Dates are counted in days since 1970-01-01 when used as numbers (``today() - ${visit_date}``), as in
ODK; ``date(n)`` turns a day count back into a date. Month and day names in format-date are English.
"""

from __future__ import annotations

import datetime as dt
import math
import secrets
import string
import uuid

from needsassess.engine.expr.ast import Node
from needsassess.engine.expr.errors import EvalError
from needsassess.engine.expr.lifting import lift0, lift1, lift2
from needsassess.engine.expr.resolver import Builder, Compiled, Resolver
from needsassess.engine.expr.values import EPOCH, Value, clean_number, numeric, parse_iso, to_string
from needsassess.errors.dataset_codes import ExprLimitCode

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MAX_RANDOM_LENGTH = 1000
_ALPHABET = string.ascii_letters + string.digits


def _moment(value: Value, function: str) -> dt.date | None:
    """A date or date-time from any value; None for empty; EvalError for text that is no date."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        parsed = parse_iso(value)
        if parsed is not None:
            return parsed
    days = numeric(value)
    if isinstance(value, str) and days != days:
        raise EvalError(ExprLimitCode.NOT_A_DATE, function=function, value=repr(value[:40]))
    if not math.isfinite(days):
        return None
    try:
        if days % 1:
            return dt.datetime(1970, 1, 1) + dt.timedelta(days=days)
        return EPOCH + dt.timedelta(days=days)
    except OverflowError:
        raise EvalError(ExprLimitCode.DATE_OUT_OF_RANGE, function=function, value=to_string(value)) from None


def _date(value: Value) -> Value:
    """date(x): a date from ISO text, a date-time or a day count (fractions dropped)."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        n = numeric(value)
        value = math.floor(n) if math.isfinite(n) else n
    moment = _moment(value, "date")
    if isinstance(moment, dt.datetime):
        return moment.date()
    return moment


def _decimal_date_time(value: Value) -> Value:
    moment = _moment(value, "decimal-date-time")
    if moment is None:
        return None
    return clean_number(float(numeric(moment)))


def _format_date(value: Value, pattern: Value) -> str:
    """format-date(d, '%d/%m/%Y'); codes: %Y %y %m %n %b %d %e %a %H %h %M %S %3 %%."""
    moment = _moment(value, "format-date")
    if moment is None:
        return ""
    text = to_string(pattern)
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "%" and index + 1 < len(text):
            out.append(_format_code(moment, text[index + 1]))
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _format_code(moment: dt.date, code: str) -> str:
    clock = moment if isinstance(moment, dt.datetime) else dt.datetime(moment.year, moment.month, moment.day)
    codes = {
        "Y": f"{moment.year:04d}", "y": f"{moment.year % 100:02d}", "m": f"{moment.month:02d}",
        "n": str(moment.month), "b": _MONTHS[moment.month - 1], "d": f"{moment.day:02d}",
        "e": str(moment.day), "a": _WEEKDAYS[moment.weekday()], "H": f"{clock.hour:02d}",
        "h": str(clock.hour), "M": f"{clock.minute:02d}", "S": f"{clock.second:02d}",
        "3": f"{clock.microsecond // 1000:03d}", "%": "%",
    }
    return codes.get(code, "%" + code)


def _uuid(length: Value = None) -> str:
    """uuid(): a version 4 UUID; uuid(n): n random letters and digits (as ODK)."""
    if length is None:
        return str(uuid.uuid4())
    n = numeric(length)
    if not math.isfinite(n):
        return str(uuid.uuid4())
    count = max(0, min(_MAX_RANDOM_LENGTH, int(n)))
    return "".join(secrets.choice(_ALPHABET) for _ in range(count))


def _build_uuid(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    if not fns:
        return lambda r: _uuid()
    length_fn = fns[0]
    return lambda r: _uuid(length_fn(r))


def _build_once(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    """once(x): the question's own value once it has one, so x (e.g. uuid()) is computed only once."""
    value_fn = fns[0]

    def run(r: Resolver) -> Value:
        current = r.current()
        if current is not None and current != "":
            return current
        return value_fn(r)

    return run


DATE_BUILDERS: dict[str, Builder] = {
    "today": lift0(lambda r: r.now().date()),
    "now": lift0(lambda r: r.now()),
    "date": lift1(_date),
    "decimal-date-time": lift1(_decimal_date_time),
    "format-date": lift2(_format_date),
    "format-date-time": lift2(_format_date),
    "position": lift0(lambda r: r.position()),
    "once": _build_once,
    "uuid": _build_uuid,
}
