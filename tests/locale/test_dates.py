"""Dates in en / ne / uz: Nepali documents in Bikram Sambat with AD in brackets."""

from __future__ import annotations

from datetime import date

import pytest

from needsassess.locale import Conventions, format_date, format_datetime

LATIN_NE = Conventions.for_language("ne", digits="latin")


@pytest.mark.parametrize(
    ("value", "conv", "expected"),
    [
        ("2026-03-12", "en", "12 March 2026"),
        ("2026-03-12", "uz", "12-mart 2026-yil"),
        # 12 March 2026 is 28 Falgun 2082: Falgun 2082 begins on 13 February 2026.
        ("2026-03-12", "ne", "२८ फागुन २०८२ (१२ मार्च २०२६)"),
        ("2026-03-12", LATIN_NE, "28 फागुन 2082 (12 मार्च 2026)"),
        (date(2024, 4, 13), "ne", "१ बैशाख २०८१ (१३ अप्रिल २०२४)"),
        ("1930-01-01", "ne", "१ जनवरी १९३०"),  # before the BS table: AD alone
        ("not a date", "en", "not a date"),
        (None, "en", ""),
    ],
)
def test_dates(value: object, conv: Conventions | str, expected: str) -> None:
    assert format_date(value, conv) == expected


def test_datetimes() -> None:
    assert format_datetime("2026-03-12T09:14:30", "en") == "12 March 2026, 09:14"
    assert format_datetime("2026-03-12T09:14:30", "ne") == "२८ फागुन २०८२ (१२ मार्च २०२६), ०९:१४"
    assert format_datetime("2026-03-12T09:14:30", "uz") == "12-mart 2026-yil, 09:14"


def test_dates_in_titles_follow_the_calendar_and_digits() -> None:
    from needsassess.locale import Conventions, dates_in_text

    title = "Khajura ward 5 — 2024-04-13"  # 1 Baisakh 2081 BS
    assert dates_in_text(title, "en") == title and dates_in_text(title, "uz") == title
    assert dates_in_text(title, "ne") == "Khajura ward 5 — १ बैशाख २०८१"  # the name is kept as typed
    assert dates_in_text(title, Conventions.for_language("ne", "latin")) == "Khajura ward 5 — 1 बैशाख 2081"
    assert dates_in_text(title, "ne", with_ad=True).endswith("१ बैशाख २०८१ (१३ अप्रिल २०२४)")
    assert dates_in_text("X — 1900-01-01", "ne") == "X — १९००-०१-०१"  # outside the BS table: AD, its digits
    assert dates_in_text("2024-13-45 and 12024-01-01", "ne") == "2024-13-45 and 12024-01-01"  # not dates
