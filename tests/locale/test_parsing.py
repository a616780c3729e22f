"""Numbers read back as the shared formatter writes them, in every language and digit style."""

from __future__ import annotations

import pytest

from needsassess.locale import Conventions, format_number, parse_number

CONVENTIONS = [Conventions.for_language("en"), Conventions.for_language("ne"),
               Conventions.for_language("ne", "latin"), Conventions.for_language("uz")]


@pytest.mark.parametrize("conv", CONVENTIONS, ids=lambda c: f"{c.lang}-{c.digits}")
@pytest.mark.parametrize("value", [0, 5, 999, 1000, 1500, 12965, 100000, 1234567, 98765432, -2500])
def test_whole_numbers_read_back(conv: Conventions, value: int) -> None:
    assert parse_number(format_number(value, conv), conv, integer=True) == value


@pytest.mark.parametrize("conv", CONVENTIONS, ids=lambda c: f"{c.lang}-{c.digits}")
@pytest.mark.parametrize("value", [0.125, 12.5, 1250.25, 1234567.125, -0.5])
def test_decimals_read_back(conv: Conventions, value: float) -> None:
    shown = format_number(value, conv, decimals=3)
    assert parse_number(shown, conv) == pytest.approx(value), shown


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("12,5", "en", 12.5),  # a decimal comma from a European keyboard
    ("1,500", "en", 1500),  # grouped thousands
    ("1,500", "uz", 1.5),  # in Uzbek the comma is the decimal mark
    ("12,34,567", "en", None),  # lakh grouping is Nepali only
    ("१२,३४,५६७", "ne", 1234567),
    ("1 2", "en", 12),  # spaces group digits
    ("1,2,3", "en", None),
    ("", "ne", None),
])
def test_what_people_type(text: str, lang: str, expected: float | None) -> None:
    assert parse_number(text, lang) == expected
