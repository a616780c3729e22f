"""Numbers as officers type them, and as the window shows them.

Officers type "12.5" or "12,5" (Uzbek and most European keyboards use a comma), sometimes with
Devanagari digits (१२.५); all of these mean the same number. Shown values use the locale, without
group separators, so what is shown can be typed back unchanged.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

from PySide6.QtCore import QLocale

_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_SPACES = re.compile(r"[\s\u00a0\u202f']")
_NUMBER = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)\Z")
_INTEGER = re.compile(r"[-+]?\d{1,18}\Z")
# A unit at the end of a label, in brackets: "Depth (m)", "Plant cover (%)", "Area (hectares)".
_UNIT = re.compile(r"\(([^()]{1,12})\)\s*\Z")


def parse_number(text: str, *, integer: bool = False) -> int | float | None:
    """The number in ``text`` (None when empty or not a number)."""
    cleaned = _SPACES.sub("", text.translate(_DIGITS)).replace("\u2212", "-")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        # Both present: the last one is the decimal separator, the other groups thousands.
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif cleaned.count(",") == 1:
        cleaned = cleaned.replace(",", ".")
    if integer:
        if _INTEGER.match(cleaned):
            return int(cleaned)
        if _NUMBER.match(cleaned) and float(cleaned).is_integer():
            return int(float(cleaned))
        return None
    if not _NUMBER.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def format_number(value: object, locale: QLocale, digits: int | None = None) -> str:
    """A stored number as the locale writes it; ``digits`` rounds (for calculated values)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if digits is not None:
        value = round(value, digits)
        if value.is_integer():
            return locale.toString(int(value))
    return locale.toString(value, "g", 15)


def unit_of(label: str, parameters: Mapping[str, str]) -> str:
    """The unit to show beside a number field: the ``unit`` parameter, else a bracketed label ending."""
    if parameters.get("unit"):
        return parameters["unit"]
    match = _UNIT.search(label)
    return match.group(1) if match else ""
