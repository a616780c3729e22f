"""Dates as each report language writes them; Bikram Sambat for Nepali documents.

"12 March 2026" (en), "12-mart 2026-yil" (uz); Nepali documents date in Bikram Sambat with the AD
date in brackets, "२८ फागुन २०८२ (१२ मार्च २०२६)", as official Nepali papers do. A date outside the
BS table's years is written in AD alone. Stored dates stay ISO (AD) everywhere.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from needsassess.locale.bikram_sambat import MONTHS_NE, OutOfRange, to_bs
from needsassess.locale.conventions import Conventions, conventions
from needsassess.locale.digits import with_digits

AD_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June",
           "July", "August", "September", "October", "November", "December"),
    "ne": ("जनवरी", "फेब्रुअरी", "मार्च", "अप्रिल", "मे", "जुन",
           "जुलाई", "अगस्ट", "सेप्टेम्बर", "अक्टोबर", "नोभेम्बर", "डिसेम्बर"),
    "uz": ("yanvar", "fevral", "mart", "aprel", "may", "iyun",
           "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"),
}  # fmt: skip


def parse_date(value: object) -> date | None:
    """A date from a document value ("YYYY-MM-DD"), a datetime or an ISO timestamp; None if not one."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_ad(day: date, conv: Conventions | str) -> str:
    """The AD date with its month name in the document's language and digits."""
    c = conventions(conv)
    month = AD_MONTHS.get(c.lang, AD_MONTHS["en"])[day.month - 1]
    text = f"{day.day}-{month} {day.year}-yil" if c.lang == "uz" else f"{day.day} {month} {day.year}"
    return with_digits(text, c.digits)


def format_bs(day: date, conv: Conventions | str) -> str | None:
    """ "२८ फागुन २०८२" for an AD date; None outside the BS table's years."""
    try:
        bs = to_bs(day)
    except OutOfRange:
        return None
    return with_digits(f"{bs.day} {MONTHS_NE[bs.month - 1]} {bs.year}", conventions(conv).digits)


def format_date(value: object, conv: Conventions | str) -> str:
    """A date as the document writes it (BS with AD in brackets for Nepali); the raw text if not a date."""
    c = conventions(conv)
    day = parse_date(value)
    if day is None:
        return "" if value is None else str(value)
    ad = format_ad(day, c)
    bs = format_bs(day, c) if c.calendar == "bs" else None
    return f"{bs} ({ad})" if bs else ad


def format_datetime(value: object, conv: Conventions | str) -> str:
    """A date with the time of day (minutes), for created / changed / finalized stamps."""
    c = conventions(conv)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        return f"{format_date(value, c)}, {with_digits(f'{value:%H:%M}', c.digits)}"
    return format_date(value, c)


# An ISO date inside a text ("Khajura — 2024-06-14"), not part of a longer run of digits.
_ISO_IN_TEXT = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")


def dates_in_text(text: str, conv: Conventions | str, *, with_ad: bool = False) -> str:
    """``text`` with each ISO date in it written as the language writes dates.

    For titles built from a form's date answer (``instance_name``): in Nepali the date becomes Bikram
    Sambat in the chosen digits ("खजुरा — ३२ जेठ २०८१"), with the AD date in brackets when ``with_ad``
    (as reports date official papers); English and Uzbek keep the ISO date, which reads the same in
    both. Text that is not a date (names, other numbers) is left as typed.
    """
    c = conventions(conv)
    if c.calendar != "bs" and c.digits == "latin":
        return text

    def replace(match: re.Match[str]) -> str:
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return match.group(0)
        bs = format_bs(day, c) if c.calendar == "bs" else None
        if bs is None:
            return with_digits(match.group(0), c.digits)
        return f"{bs} ({format_ad(day, c)})" if with_ad else bs

    return _ISO_IN_TEXT.sub(replace, text)
