"""One way to write numbers, money and dates in English, Nepali and Uzbek, for reports, tables and
the window. No Qt: the window calls the same functions as the reports.

A document's conventions are a :class:`Conventions` (language, digits, calendar); a bare language code
means that language's defaults (Nepali: Devanagari digits, Bikram Sambat dates). See docs/reports.md.
"""

from needsassess.locale.bikram_sambat import BsDate, OutOfRange, parse_bs, to_ad, to_bs
from needsassess.locale.conventions import Conventions, conventions
from needsassess.locale.dates import dates_in_text, format_date, format_datetime, parse_date
from needsassess.locale.digits import DIGIT_STYLES, to_latin_digits, with_digits
from needsassess.locale.numbers import NO_VALUE, format_money, format_number, format_percent
from needsassess.locale.parsing import parse_number

__all__ = [
    "DIGIT_STYLES",
    "NO_VALUE",
    "BsDate",
    "Conventions",
    "OutOfRange",
    "conventions",
    "dates_in_text",
    "format_date",
    "format_datetime",
    "format_money",
    "format_number",
    "format_percent",
    "parse_bs",
    "parse_date",
    "parse_number",
    "to_ad",
    "to_bs",
    "to_latin_digits",
    "with_digits",
]
