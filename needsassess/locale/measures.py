"""Lengths and areas as each language writes them, for geotrace and geoshape answers.

Metres up to 10 km, then kilometres; square metres up to one hectare, then hectares (how land is
counted in Nepal and Uzbekistan alike). Units in the language's own abbreviation: Nepali मि. / कि.मि.
/ व.मि. / हे., Uzbek m / km / m² / ga (gektar).
"""

from __future__ import annotations

from needsassess.locale.conventions import Conventions, conventions
from needsassess.locale.numbers import NO_VALUE, format_number

_UNITS: dict[str, dict[str, str]] = {
    "en": {"m": "m", "km": "km", "m2": "m²", "ha": "ha"},
    "ne": {"m": "मि.", "km": "कि.मि.", "m2": "व.मि.", "ha": "हे."},
    "uz": {"m": "m", "km": "km", "m2": "m²", "ha": "ga"},
}


def _unit(c: Conventions, key: str) -> str:
    return _UNITS.get(c.lang, _UNITS["en"])[key]


def format_length(metres: float | None, conv: Conventions | str) -> str:
    """"850 m", "12.4 km" (and their Nepali and Uzbek forms); "—" when there is none."""
    c = conventions(conv)
    if metres is None:
        return NO_VALUE
    if metres >= 10_000:
        return f"{format_number(metres / 1000, c, decimals=1)}\u00a0{_unit(c, 'km')}"
    decimals = 0 if metres >= 100 or float(metres).is_integer() else 1
    return f"{format_number(metres, c, decimals=decimals)}\u00a0{_unit(c, 'm')}"


def format_area(square_metres: float | None, conv: Conventions | str) -> str:
    """"640 m²", "3.25 ha" (and their Nepali and Uzbek forms); "—" when there is none."""
    c = conventions(conv)
    if square_metres is None:
        return NO_VALUE
    if square_metres >= 10_000:
        return f"{format_number(square_metres / 10_000, c, decimals=2)}\u00a0{_unit(c, 'ha')}"
    decimals = 0 if square_metres >= 100 else 1
    return f"{format_number(square_metres, c, decimals=decimals)}\u00a0{_unit(c, 'm2')}"
