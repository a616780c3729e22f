"""Numbers and dates in the report languages."""

from __future__ import annotations

import pytest

from needsassess.reports.formatting import format_date, format_datetime, format_number


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (1240, "en", "1,240"),  # grouped like the five-digit numbers of its column
        (162000, "en", "162,000"),
        (1234567, "ne", "१२,३४,५६७"),
        (162000, "uz", "162\u00a0000"),
        (1.674, "en", "1.67"),
        (1.674, "uz", "1,67"),
        (0.1254, "en", "0.125"),
        (1250.0, "en", "1,250"),
        (12345.67, "en", "12,345.7"),
        (3.0, "en", "3"),
        (-4.5, "en", "−4.5"),
    ],
)
def test_numbers(value: float, lang: str, expected: str) -> None:
    assert format_number(value, lang) == expected


def test_dates_in_each_language() -> None:
    assert format_date("2026-03-12", "en") == "12 March 2026"
    assert format_date("2026-03-12", "ne") == "२८ फागुन २०८२ (१२ मार्च २०२६)"
    assert format_date("2026-03-12", "uz") == "12-mart 2026-yil"
    assert format_date("not a date", "en") == "not a date"
    assert format_datetime("2026-03-12T09:14:30", "en") == "12 March 2026, 09:14"
