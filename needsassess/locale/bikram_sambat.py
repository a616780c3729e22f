"""Bikram Sambat (BS), the calendar Nepali officials date their papers in, converted to and from AD.

BS months have 29 to 32 days that follow the sun's entry into each sign, so no formula gives them:
the lengths are published each year by Nepal's calendar committee and kept here as a table, one row
per BS year (``MONTH_DAYS``). Storage stays ISO (AD); BS is for what people read and type.

Where the table comes from: the rows 2000-2082 are those of the maintained ``nepali`` package
(opensource-nepal/py-nepali 1.2.0, MIT) and of ``bsdatetime`` 1.0.1 (MIT), which agree on every year but
2062; for 2062 the ``nepali`` row is kept, which the medic/bikram-sambat test data shares. 2083 is the
row of ``bsdatetime`` (the year under way when it was added, 1 Baisakh 2083 = 14 April 2026). Neither
package is a dependency: the window and the reports need four functions and a table, and a table here
is checked by tests/locale/test_bikram_sambat.py against published dates. To extend the range, add
the published row of the next year and an anchor to that test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from needsassess.locale.digits import to_latin_digits, with_digits

FIRST_YEAR = 2000
EPOCH = date(1943, 4, 14)  # 1 Baisakh 2000 BS

# fmt: off
MONTH_DAYS: tuple[tuple[int, ...], ...] = (
    (30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),  # 2000
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),  # 2010
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),  # 2020
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),  # 2030
    (30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (30, 32, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),  # 2040
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),  # 2050
    (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 32, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (30, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),  # 2060
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (30, 32, 31, 32, 31, 31, 29, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 29, 30, 30, 29, 30, 30),  # 2070
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 31),
    (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 31, 32, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 29, 30, 30),  # 2080
    (31, 32, 31, 32, 31, 30, 30, 30, 29, 30, 29, 31),
    (31, 31, 32, 31, 31, 31, 30, 29, 30, 29, 30, 30),
    (31, 31, 32, 31, 31, 30, 30, 30, 29, 30, 30, 30),  # 2083
)
# fmt: on
LAST_YEAR = FIRST_YEAR + len(MONTH_DAYS) - 1

MONTHS_NE = ("बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत")
MONTHS_LATIN = (
    "Baisakh", "Jestha", "Asar", "Shrawan", "Bhadau", "Asoj",
    "Kartik", "Mangsir", "Poush", "Magh", "Falgun", "Chait",
)  # fmt: skip

_YEAR_START: list[int] = []  # days from EPOCH to 1 Baisakh of each year in the table, and one past it
_total = 0
for _row in MONTH_DAYS:
    _YEAR_START.append(_total)
    _total += sum(_row)
_YEAR_START.append(_total)

FIRST_AD = EPOCH
LAST_AD = EPOCH + timedelta(days=_total - 1)


class OutOfRange(ValueError):
    """A date outside the years whose month lengths are known."""


@dataclass(frozen=True, order=True)
class BsDate:
    """A day in Bikram Sambat: year, month (1 = Baisakh ... 12 = Chait), day of the month."""

    year: int
    month: int
    day: int

    def __post_init__(self) -> None:
        if not FIRST_YEAR <= self.year <= LAST_YEAR:
            raise OutOfRange(f"BS year {self.year} is outside {FIRST_YEAR}-{LAST_YEAR}, the years known.")
        if not 1 <= self.month <= 12:
            raise ValueError(f"BS month {self.month} is not 1-12.")
        length = days_in_month(self.year, self.month)
        if not 1 <= self.day <= length:
            raise ValueError(f"{self.year}-{self.month:02d} has {length} days, not {self.day}.")

    def iso(self, digits: str = "latin") -> str:
        """ "2081-01-01", or "२०८१-०१-०१" with Devanagari digits."""
        return with_digits(f"{self.year:04d}-{self.month:02d}-{self.day:02d}", digits)

    def month_name(self, lang: str = "ne") -> str:
        return (MONTHS_NE if lang == "ne" else MONTHS_LATIN)[self.month - 1]


def days_in_month(year: int, month: int) -> int:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise OutOfRange(f"BS year {year} is outside {FIRST_YEAR}-{LAST_YEAR}, the years known.")
    return MONTH_DAYS[year - FIRST_YEAR][month - 1]


def to_bs(day: date) -> BsDate:
    """The BS date of an AD date (OutOfRange outside the table)."""
    offset = (day - EPOCH).days
    if not 0 <= offset < _YEAR_START[-1]:
        raise OutOfRange(f"{day.isoformat()} is outside {FIRST_AD.isoformat()} - {LAST_AD.isoformat()}.")
    index = _year_index(offset)
    remaining = offset - _YEAR_START[index]
    for month, length in enumerate(MONTH_DAYS[index], start=1):
        if remaining < length:
            return BsDate(FIRST_YEAR + index, month, remaining + 1)
        remaining -= length
    raise AssertionError("a year's months cover its days")  # pragma: no cover


def to_ad(bs: BsDate) -> date:
    """The AD date of a BS date."""
    index = bs.year - FIRST_YEAR
    before = sum(MONTH_DAYS[index][: bs.month - 1])
    return EPOCH + timedelta(days=_YEAR_START[index] + before + bs.day - 1)


def _year_index(offset: int) -> int:
    low, high = 0, len(MONTH_DAYS) - 1
    while low < high:  # the last year whose start is at or before ``offset``
        middle = (low + high + 1) // 2
        if _YEAR_START[middle] <= offset:
            low = middle
        else:
            high = middle - 1
    return low


_ISO = re.compile(r"^\s*(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$")


def parse_bs(text: str) -> BsDate:
    """A BS date typed as "2081-01-01", "२०८१-०१-०१", "2081/1/1" or "२०८१.१.१" (ValueError if not one)."""
    found = _ISO.match(to_latin_digits(text))
    if found is None:
        raise ValueError(f"{text!r} is not a BS date written year-month-day (२०८१-०१-०१).")
    return BsDate(*(int(part) for part in found.groups()))
