"""Values and the XPath 1.0 conversions between them (``boolean()``, ``number()``, ``string()``).

An answer reaches an expression as one of the ``Value`` types. Empty answers are ``None`` and behave as
the empty string: empty is not 0, and a sum with an empty operand is empty (XPath's NaN, which we
never hand back: a NaN or infinite result becomes ``None``).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal
from typing import TypeAlias

Value: TypeAlias = str | int | float | bool | dt.date | dt.datetime | None
Number: TypeAlias = int | float

NAN = math.nan
EPOCH = dt.date(1970, 1, 1)
_EPOCH_DT = dt.datetime(1970, 1, 1)
# Integers keep Python's exactness up to 2**53; beyond that they are floats, as in XPath.
_INT_LIMIT = 2**53
_NUMBER_TEXT = re.compile(r"\s*(-?)(\d+(\.\d*)?|\.\d+)\s*\Z")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})")


def truthy(v: Value) -> bool:
    """XPath ``boolean()``: empty, 0 and NaN are false; any non-empty text (even ``'false'``) is true."""
    if v is None:
        return False
    if isinstance(v, bool):
        return v
    if isinstance(v, int | float):
        return v == v and v != 0
    if isinstance(v, str):
        return v != ""
    return True


def to_number(v: Value) -> float:
    """XPath ``number()`` as a float: NaN for empty or non-numeric text; a date is days since 1970-01-01."""
    n = numeric(v)
    if isinstance(n, int):
        return float(n)
    return n


def numeric(v: Value) -> Number:
    """Like ``to_number`` but keeps whole numbers as ``int``, so ``2 + 3`` prints as ``5``, not ``5.0``."""
    if v is None:
        return NAN
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v if -_INT_LIMIT <= v <= _INT_LIMIT else _big_int_to_float(v)
    if isinstance(v, float):
        return v
    if isinstance(v, str):
        return _text_to_number(v)
    if isinstance(v, dt.datetime):
        return decimal_days(v)
    return (v - EPOCH).days


def _big_int_to_float(v: int) -> float:
    try:
        return float(v)
    except OverflowError:
        return math.inf if v > 0 else -math.inf


def _text_to_number(text: str) -> Number:
    match = _NUMBER_TEXT.match(text)
    if match is None:
        return NAN
    digits = match.group(2)
    if match.group(3) is None and "." not in digits and len(digits) <= 15:
        value = int(digits)
        return -value if match.group(1) else value
    return float(match.group(1) + digits)


def to_string(v: Value) -> str:
    """XPath ``string()``: whole numbers without ``.0``, no exponent, booleans as ``true``/``false``."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v) if v.bit_length() < 10_000 else ("Infinity" if v > 0 else "-Infinity")
    if isinstance(v, float):
        return float_text(v)
    if isinstance(v, dt.datetime):
        return v.isoformat(timespec="milliseconds" if v.microsecond else "seconds")
    return v.isoformat()


def float_text(x: float) -> str:
    """A float as XPath prints it: ``3`` not ``3.0``, ``0.0000001`` not ``1e-07``."""
    if x != x:
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x.is_integer() and abs(x) < 1e15:
        return str(int(x))
    text = repr(x)
    if "e" in text:
        text = format(Decimal(text), "f")
    return text


def clean_number(x: Number) -> Value:
    """A computed number as a result: NaN and infinities become empty; big integers become floats."""
    if isinstance(x, int):
        return x if -_INT_LIMIT <= x <= _INT_LIMIT else float(x)
    if x != x or x in (math.inf, -math.inf):
        return None
    return x


def decimal_days(moment: dt.datetime) -> float:
    """Days (with the time as a fraction) since 1970-01-01, on the wall clock of the moment itself."""
    naive = moment.replace(tzinfo=None)
    return (naive - _EPOCH_DT).total_seconds() / 86400.0


def parse_iso(text: str) -> dt.date | None:
    """An ISO date (``2024-03-01``) or date-time (``2024-03-01T10:00``) in text, else None."""
    if _ISO_DATE.match(text) is None:
        return None
    stripped = text.strip()
    try:
        if len(stripped) == 10:
            return dt.date.fromisoformat(stripped)
        return dt.datetime.fromisoformat(stripped)
    except ValueError:
        return None


def comparable_days(v: Value) -> Number:
    """A value on the day scale, for comparing with a date: ISO text counts as the date it spells."""
    if isinstance(v, str):
        parsed = parse_iso(v)
        if parsed is not None:
            return numeric(parsed)
    return numeric(v)


def is_date(v: Value) -> bool:
    return isinstance(v, dt.date)
