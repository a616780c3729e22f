"""Numbers, percentages and money in en / ne / uz: expected strings written out by hand."""

from __future__ import annotations

import pytest

from needsassess.locale import Conventions, format_money, format_number, format_percent

NBSP = "\u00a0"
LATIN_NE = Conventions.for_language("ne", digits="latin")


@pytest.mark.parametrize(
    ("value", "conv", "expected"),
    [
        (0, "en", "0"),
        (999, "en", "999"),
        (1500, "en", "1,500"),  # grouped like 12,965 in the same column
        (12965, "en", "12,965"),
        (1234567, "en", "1,234,567"),
        (1250.0, "en", "1,250"),
        (12345.67, "en", "12,345.7"),
        (1.674, "en", "1.67"),
        (0.1254, "en", "0.125"),
        (-4.5, "en", "−4.5"),
        (1500, "ne", "१,५००"),
        (1234567, "ne", "१२,३४,५६७"),
        (123456789, "ne", "१२,३४,५६,७८९"),
        (4.9, "ne", "४.९"),
        (1234567, LATIN_NE, "12,34,567"),
        (71608200.5, LATIN_NE, "7,16,08,200.5"),
        (1500, "uz", f"1{NBSP}500"),
        (1234567, "uz", f"1{NBSP}234{NBSP}567"),
        (4.9, "uz", "4,9"),
        (4.6, "uz", "4,6"),
        (12345.67, "uz", f"12{NBSP}345,7"),
        (None, "en", "—"),
        (float("nan"), "uz", "—"),
    ],
)
def test_numbers(value: float | None, conv: Conventions | str, expected: str) -> None:
    assert format_number(value, conv) == expected


def test_fixed_decimals_and_years() -> None:
    assert format_number(3, "en", decimals=2) == "3.00"
    assert format_number(2.5, "uz", decimals=2) == "2,50"
    assert format_number(2019, "en", grouping=False) == "2019"
    assert format_number(2019, "ne", grouping=False) == "२०१९"


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (12.5, "en", "12.5%"),
        (40, "en", "40%"),
        (12.5, "ne", "१२.५%"),
        (12.5, "uz", f"12,5{NBSP}%"),
        (None, "en", "—"),
    ],
)
def test_percent(value: float | None, lang: str, expected: str) -> None:
    assert format_percent(value, lang) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "conv", "expected"),
    [
        (1500, "NPR", "en", f"NPR{NBSP}1,500"),
        (60000, "UZS", "en", f"UZS{NBSP}60,000"),
        (250.5, "SLE", "en", f"SLE{NBSP}250.50"),
        (1500, "NPR", "ne", f"रु.{NBSP}१,५००"),
        (150000, "NPR", LATIN_NE, f"रु.{NBSP}1,50,000"),
        (60000, "UZS", "ne", f"UZS{NBSP}६०,०००"),
        (60000, "UZS", "uz", f"60{NBSP}000{NBSP}soʻm"),
        (1500, "npr", "uz", f"1{NBSP}500{NBSP}NPR"),
        (1500, None, "en", "—"),
        (None, "NPR", "en", "—"),
    ],
)
def test_money_carries_its_currency(amount: float | None, currency: str | None, conv: str, expected: str) -> None:
    assert format_money(amount, currency, conv) == expected


def test_unknown_digit_style_is_refused() -> None:
    with pytest.raises(ValueError, match="digits"):
        Conventions.for_language("ne", digits="roman")
    assert Conventions.for_language("en").digits == "latin"
    assert Conventions.for_language("ne").calendar == "bs"
