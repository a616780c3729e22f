"""Numbers, percentages and money as each report language writes them.

- English: 1,234,567.5 · Nepali: 12,34,567.5 (lakh and crore grouping), in Devanagari digits by
  default (१२,३४,५६७.५) · Uzbek: 1 234 567,5 (a no-break space groups, a comma marks decimals).
- Every number of 1,000 or more is grouped, so a column reads alike (1,500 above 12,965); a calendar
  year is not a quantity and is written ``grouping=False`` (2019, not 2,019).
- Decimals get a precision that fits their size (0.125, 12.5, 1,250.3) unless ``decimals`` is given.
- Money always carries its currency: "NPR 1,500", "रु. १,५००", "60 000 soʻm", "250 SLE". An amount
  without a currency is not money and is not printed as such.
- Nothing to show is "—" (:data:`NO_VALUE`), never 0.
"""

from __future__ import annotations

import math

from needsassess.locale.conventions import Conventions, conventions
from needsassess.locale.digits import with_digits

NO_VALUE = "—"
MINUS = "\u2212"
# How a currency is written in a language when not by its ISO code: (prefix, suffix).
_CURRENCY_WORDS: dict[tuple[str, str], tuple[str, str]] = {
    ("ne", "NPR"): ("रु.\u00a0", ""),
    ("uz", "UZS"): ("", "\u00a0soʻm"),
}


def format_number(
    value: float | int | None,
    conv: Conventions | str,
    *,
    decimals: int | None = None,
    grouping: bool = True,
) -> str:
    """``value`` with grouping and a fitting precision in the document's conventions; "—" if None."""
    c = conventions(conv)
    if value is None or isinstance(value, bool) or not math.isfinite(value):
        return NO_VALUE
    if decimals is not None:
        text = f"{abs(value):.{decimals}f}"
    elif isinstance(value, int) or float(value).is_integer():
        text = str(abs(int(value)))
    else:
        text = f"{abs(value):.{_precision(abs(value))}f}".rstrip("0").rstrip(".")
    whole, _, fraction = text.partition(".")
    negative = value < 0 and any(ch not in "0." for ch in text)
    grouped = _group(whole, c.lang) if grouping else whole
    out = f"{MINUS if negative else ''}{grouped}{c.decimal_mark + fraction if fraction else ''}"
    return with_digits(out, c.digits)


def _precision(magnitude: float) -> int:
    return 1 if magnitude >= 100 else 2 if magnitude >= 1 else 3


def _group(digits: str, lang: str) -> str:
    """1,234,567 (en); 12,34,567 (ne, lakh/crore); 1 234 567 (uz, no-break space)."""
    if len(digits) <= 3:
        return digits
    head, tail = digits[:-3], digits[-3:]
    size, sep = (2, ",") if lang == "ne" else (3, "\u00a0" if lang == "uz" else ",")
    groups: list[str] = []
    while len(head) > size:
        groups.insert(0, head[-size:])
        head = head[:-size]
    return sep.join([head, *groups, tail])


def format_percent(value: float | int | None, conv: Conventions | str, *, decimals: int | None = None) -> str:
    """A share already in percent (12.5 → "12.5%"; Uzbek "12,5 %"); "—" if None."""
    if value is None:
        return NO_VALUE
    c = conventions(conv)
    number = format_number(value, c, decimals=1 if decimals is None and not float(value).is_integer() else decimals)
    return f"{number}\u00a0%" if c.lang == "uz" else f"{number}%"


def format_money(
    amount: float | int | None, currency: str | None, conv: Conventions | str, *, decimals: int | None = None
) -> str:
    """An amount with its currency ("NPR 1,500", "रु. १,५००", "60 000 soʻm"); "—" if either is missing.

    Whole amounts print without decimals; others with two, as money is counted.
    """
    if amount is None or not currency:
        return NO_VALUE
    c = conventions(conv)
    if decimals is None:
        decimals = 0 if float(amount).is_integer() else 2
    number = format_number(amount, c, decimals=decimals)
    code = currency.upper()
    default = ("", f"\u00a0{code}") if c.lang == "uz" else (f"{code}\u00a0", "")
    prefix, suffix = _CURRENCY_WORDS.get((c.lang, code), default)
    return f"{prefix}{number}{suffix}"
