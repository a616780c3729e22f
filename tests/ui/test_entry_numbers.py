"""Numbers and positions as officers type them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from needsassess.ui.entry.media_widgets import parse_lat_lon
from needsassess.ui.entry.numbers import format_number, parse_number, unit_of


@pytest.mark.parametrize(("text", "integer", "expected"), [
    ("12.5", False, 12.5), ("12,5", False, 12.5), ("१२.५", False, 12.5), ("1,234.5", False, 1234.5),
    ("1.234,5", False, 1234.5), (" 120 ", True, 120), ("120.0", True, 120), ("12.5", True, None),
    ("abc", False, None), ("", False, None), ("−3", False, -3.0), ("1e400", False, None),
])
def test_parse_number(text: str, integer: bool, expected) -> None:
    assert parse_number(text, integer=integer) == expected


def test_format_number_round_trips_in_the_c_locale() -> None:
    locale = QLocale(QLocale.Language.C)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    assert format_number(1234567.25, locale) == "1234567.25"
    assert format_number(2.0 / 3.0, locale, digits=2) == "0.67"
    assert parse_number(format_number(0.1, locale)) == 0.1


def test_unit_from_label_or_parameter() -> None:
    assert unit_of("Depth (m)", {}) == "m"
    assert unit_of("Plant cover on the site (%)", {}) == "%"
    assert unit_of("Households", {}) == ""
    assert unit_of("Area", {"unit": "ha"}) == "ha"


def test_paste_lat_lon() -> None:
    assert parse_lat_lon("28.1, 81.6") == (28.1, 81.6)
    assert parse_lat_lon("28,1; 81,6") == (28.1, 81.6)
    assert parse_lat_lon("-8.5 125.6") == (-8.5, 125.6)
    assert parse_lat_lon("somewhere") is None
