"""Numbers as people type them back: whatever :func:`format_number` shows must read as the same value.

The window shows "1,500" (en), "१,५००" or "1,500" (ne), "1 500" and "12,5" (uz); an officer may type
those, or "1500", "12.5", "12,5" on any keyboard, with Latin or Devanagari digits. The rules:

- Devanagari digits read as Latin ones; spaces (also no-break and narrow no-break) and ``'`` group
  digits and are dropped; the minus sign U+2212 is a minus.
- Both "," and "." present: the last one is the decimal mark, the other groups ("1,234.5", "1.234,5").
- Uzbek (comma decimals): one "," is the decimal mark; so is one "."; several "." group thousands.
- English and Nepali (point decimals): commas that group as the language groups (1,234,567 or the
  lakh form 12,34,567) are group separators; a single other comma is a decimal mark ("12,5"), as
  officers on European keyboards type it.
"""

from __future__ import annotations

import math
import re

from needsassess.locale.conventions import Conventions, conventions
from needsassess.locale.digits import to_latin_digits

_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)\Z")
_INTEGER = re.compile(r"[-+]?\d{1,18}\Z")
_THOUSANDS = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?\Z")
_LAKHS = re.compile(r"[-+]?\d{1,2}(,\d{2})*,\d{3}(\.\d*)?\Z")
_DOT_GROUPS = re.compile(r"[-+]?\d{1,3}(\.\d{3}){2,}\Z")


def parse_number(text: str, conv: Conventions | str = "en", *, integer: bool = False) -> int | float | None:
    """The number in ``text`` as the document's conventions write it; None when empty or not a number."""
    cleaned = _canonical(text, conventions(conv))
    if cleaned is None:
        return None
    if integer:
        if _INTEGER.match(cleaned):
            return int(cleaned)
        if _NUMBER.match(cleaned) and float(cleaned).is_integer() and abs(float(cleaned)) < 1e18:
            return int(float(cleaned))
        return None
    if not _NUMBER.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def _canonical(text: str, conv: Conventions) -> str | None:
    """``text`` with "." as the only decimal mark and no group separators (None when empty)."""
    cleaned = _SPACES.sub("", to_latin_digits(text)).replace("\u2212", "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        return cleaned.replace("." if decimal == "," else ",", "").replace(",", ".")
    if conv.decimal_mark == ",":
        if _DOT_GROUPS.match(cleaned):
            return cleaned.replace(".", "")
        return cleaned.replace(",", ".") if cleaned.count(",") == 1 else cleaned
    if "," in cleaned and (_THOUSANDS.match(cleaned) or (conv.lang == "ne" and _LAKHS.match(cleaned))):
        return cleaned.replace(",", "")
    return cleaned.replace(",", ".") if cleaned.count(",") == 1 else cleaned
