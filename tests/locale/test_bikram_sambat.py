"""Bikram Sambat conversion over the whole table, against published dates, and round trips.

Anchors, each checked against a public source:
- 1 Baisakh 2000 = 14 April 1943: the reference date of the maintained ``nepali`` package
  (opensource-nepal/py-nepali, ``date_converter.py``: "2000/01/01 BS and 1943/4/14 AD"); the
  medic/bikram-sambat test data agrees (``test-data/toBik_euro.json``: 1950-04-13 = 2007-01-01, seven
  years of the same table later). Some lists give 13 April 1943; every table checked here gives the 14th.
- 1 Baisakh 2007 = 13 April 1950 and 24 Jestha 2006 = 6 June 1949: medic/bikram-sambat ``toBik_euro.json``.
- 1 Baisakh 2062 = 14 April 2005: learn-english.online, "From today (14th April) they start the year 2062 BS".
- 1 Baisakh 2072 = 14 April 2015: iowanepaleseassociation.org, "The New Year day for 2072 B.S. falls on
  the date 14th April 2015".
- 1 Baisakh 2075 = 14 April 2018: the base date of the ``bsdatetime`` package (config.py).
- 1 Baisakh 2080 = 14 April 2023: themountaincompany.co.uk, "the 1st of Baisakh and this is April 14th 2023".
- 1 Baisakh 2081 = 13 April 2024: orissadiary.com, "New Year 2081 Bikram Sambat being celebrated across
  Nepal today" (dated 2024-04-13).
- 32 Jestha 2081 = 14 June 2024: the puzansakya/nepali-dayjs-date-converter readme example.
- 1 Baisakh 2082 = 14 April 2025 and 1 Baisakh 2083 = 14 April 2026: Nepali New Year 2082 and 2083 as
  widely reported; they follow from the table's 2081 (366 days) and 2082 (365 days).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from needsassess.locale import BsDate, OutOfRange, parse_bs, to_ad, to_bs
from needsassess.locale.bikram_sambat import FIRST_AD, FIRST_YEAR, LAST_AD, LAST_YEAR, MONTH_DAYS, days_in_month

ANCHORS = [
    (BsDate(2000, 1, 1), date(1943, 4, 14)),
    (BsDate(2006, 2, 24), date(1949, 6, 6)),
    (BsDate(2007, 1, 1), date(1950, 4, 13)),
    (BsDate(2062, 1, 1), date(2005, 4, 14)),
    (BsDate(2072, 1, 1), date(2015, 4, 14)),
    (BsDate(2075, 1, 1), date(2018, 4, 14)),
    (BsDate(2080, 1, 1), date(2023, 4, 14)),
    (BsDate(2081, 1, 1), date(2024, 4, 13)),
    (BsDate(2081, 2, 32), date(2024, 6, 14)),
    (BsDate(2082, 1, 1), date(2025, 4, 14)),
    (BsDate(2083, 1, 1), date(2026, 4, 14)),
]


@pytest.mark.parametrize(("bs", "ad"), ANCHORS, ids=[a[0].iso() for a in ANCHORS])
def test_published_anchors(bs: BsDate, ad: date) -> None:
    assert to_ad(bs) == ad
    assert to_bs(ad) == bs


def test_every_day_of_the_range_round_trips_in_order() -> None:
    day, previous = FIRST_AD, None
    count = 0
    while day <= LAST_AD:
        bs = to_bs(day)
        assert to_ad(bs) == day
        if previous is not None:
            assert bs > previous
            # the next day is the next day of the month, or the 1st of the next month or year
            same_month = (bs.year, bs.month) == (previous.year, previous.month) and bs.day == previous.day + 1
            assert same_month or (bs.day == 1 and previous.day == days_in_month(previous.year, previous.month))
        previous, day, count = bs, day + timedelta(days=1), count + 1
    assert count == sum(sum(row) for row in MONTH_DAYS)
    assert previous == BsDate(LAST_YEAR, 12, MONTH_DAYS[-1][-1])


def test_table_shape() -> None:
    for row in MONTH_DAYS:
        assert len(row) == 12
        assert all(29 <= days <= 32 for days in row)
        assert sum(row) in (365, 366)


def test_new_year_always_in_mid_april() -> None:
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        new_year = to_ad(BsDate(year, 1, 1))
        assert (new_year.month, new_year.year) == (4, year - 57)
        assert new_year.day in (13, 14, 15)


def test_outside_the_table_is_refused() -> None:
    with pytest.raises(OutOfRange):
        to_bs(FIRST_AD - timedelta(days=1))
    with pytest.raises(OutOfRange):
        to_bs(LAST_AD + timedelta(days=1))
    with pytest.raises(OutOfRange):
        BsDate(LAST_YEAR + 1, 1, 1)
    with pytest.raises(ValueError, match="days"):
        BsDate(2081, 9, 30)  # Poush 2081 has 29 days


@pytest.mark.parametrize("text", ["२०८१-०१-०१", "2081-01-01", "2081/1/1", "२०८१.१.१", " 2081 - 01 - 01 "])
def test_parse_bs_either_digits(text: str) -> None:
    assert parse_bs(text) == BsDate(2081, 1, 1)


@pytest.mark.parametrize("text", ["", "2081-13-01", "2081-01", "१ बैशाख २०८१", "2081-02-33"])
def test_parse_bs_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_bs(text)


def test_format_and_month_names() -> None:
    bs = BsDate(2081, 1, 1)
    assert bs.iso() == "2081-01-01"
    assert bs.iso("devanagari") == "२०८१-०१-०१"
    assert parse_bs(bs.iso("devanagari")) == bs
    assert bs.month_name() == "बैशाख"
    assert BsDate(2081, 12, 1).month_name("en") == "Chait"
