"""Numbers and dates written the way a reader of each report language expects.

Integers stay integers; decimals get a precision that fits their size (0.125 t, 12.5 t, 1,250 t), not
the float's full repr. Dates are written out with the month name: "12 March 2026", "12 मार्च 2026"
(Devanagari month, ASCII digits, as in most printed Nepali forms), "12-mart 2026-yil".
"""

from __future__ import annotations

import math
from datetime import date, datetime

from needsassess.reports.wording import MONTHS


def format_number(value: float | int, lang: str) -> str:
    """``value`` with grouping and a precision suited to its size, in ``lang``'s convention."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer() and abs(value) >= 1000):
        # Four-digit numbers are not grouped: a year (2019) must not read "2,019".
        digits = str(abs(int(value)))
        return ("−" if value < 0 else "") + digits if len(digits) <= 4 else _group(digits, lang, value < 0)
    if not math.isfinite(value):
        return "—"
    magnitude = abs(value)
    decimals = 1 if magnitude >= 100 else 2 if magnitude >= 1 else 3
    text = f"{abs(value):.{decimals}f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    grouped = _group(whole, lang, negative=value < 0 and text not in ("0", ""))
    if not frac:
        return grouped
    return f"{grouped}{',' if lang == 'uz' else '.'}{frac}"


def _group(digits: str, lang: str, negative: bool) -> str:
    """Thousands grouping: 1,234,567 (en); 12,34,567 (ne, lakh/crore); 1 234 567 (uz)."""
    if lang == "ne" and len(digits) > 3:
        head, tail = digits[:-3], digits[-3:]
        pairs: list[str] = []
        while len(head) > 2:
            pairs.insert(0, head[-2:])
            head = head[:-2]
        grouped = ",".join([head, *pairs, tail]) if head else ",".join([*pairs, tail])
    else:
        sep = "\u00a0" if lang == "uz" else ","
        groups: list[str] = []
        while len(digits) > 3:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        grouped = sep.join([digits, *groups])
    return f"−{grouped}" if negative else grouped


def parse_date(value: object) -> date | None:
    """A date from a document value ("YYYY-MM-DD"), a datetime or an ISO timestamp; None if not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_date(value: object, lang: str) -> str:
    """ "12 March 2026" in ``lang``; the raw text if it is not a date."""
    day = parse_date(value)
    if day is None:
        return "" if value is None else str(value)
    month = MONTHS.get(lang, MONTHS["en"])[day.month - 1]
    if lang == "uz":
        return f"{day.day}-{month} {day.year}-yil"
    return f"{day.day} {month} {day.year}"


def format_datetime(value: object, lang: str) -> str:
    """A date with the time of day (minutes), for created / changed / finalized stamps."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        return f"{format_date(value, lang)}, {value:%H:%M}"
    return format_date(value, lang)
