"""Numbers as officers type them, and as the window shows them: through ``needsassess.locale``.

The window writes numbers as the reports do (``locale.format_number``): grouped the same way in
every field ("1,500", Nepali "१,५००" or "1,500" by the digits setting, Uzbek "1 500" and "12,5").
What is shown can be typed back unchanged, and so can "1500", "12.5" or "12,5" with Latin or
Devanagari digits (``locale.parse_number``); the stored value is always the plain JSON number.

Answers keep every decimal the officer typed (12.125 stays 12.125); calculated indicators get the
precision the reports give them, so the review page and the PDF show the same figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal

from needsassess.locale import Conventions
from needsassess.locale import format_number as locale_format_number
from needsassess.locale import parse_number as locale_parse_number

# A unit at the end of a label, in brackets: "Depth (m)", "Plant cover (%)", "Area (hectares)".
_UNIT = re.compile(r"\(([^()]{1,12})\)\s*\Z")
LATIN = Conventions()  # coordinates: Latin digits and "." in every language, as GPS devices show them
COMMA_DECIMAL = Conventions(lang="uz")  # reading a coordinate: a comma is always its decimal mark


def parse_number(text: str, conv: Conventions = LATIN, *, integer: bool = False) -> int | float | None:
    """The number in ``text`` (None when empty or not a number), read in the window's conventions."""
    return locale_parse_number(text, conv, integer=integer)


def format_answer(value: object, conv: Conventions, *, grouping: bool = True) -> str:
    """A stored answer as the window shows it: every decimal kept, so it reads back as the same value."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    decimals = 0 if isinstance(value, int) or value.is_integer() else _decimals(value)
    return locale_format_number(value, conv, decimals=decimals, grouping=grouping)


def format_coordinate(value: object) -> str:
    """A latitude, longitude, altitude or accuracy: Latin digits, "." and "-", as GPS devices write them."""
    return format_answer(value, LATIN, grouping=False).replace("\u2212", "-")


def format_calculated(value: object, conv: Conventions) -> str:
    """A calculated indicator with the reports' precision; "—" when there is nothing to show."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "—" if value in (None, "") else str(value)
    return locale_format_number(value, conv)


def _decimals(value: float) -> int:
    """How many decimals ``value`` has as Python writes it shortest (0.1 → 1, 1e-05 → 5)."""
    exponent = Decimal(repr(value)).as_tuple().exponent
    return max(-exponent, 0) if isinstance(exponent, int) else 0


def unit_of(label: str, parameters: Mapping[str, str]) -> str:
    """The unit to show beside a number field: the ``unit`` parameter, else a bracketed label ending."""
    if parameters.get("unit"):
        return parameters["unit"]
    match = _UNIT.search(label)
    return match.group(1) if match else ""
