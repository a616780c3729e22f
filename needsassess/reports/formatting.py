"""Numbers and dates in reports: the shared formatter of :mod:`needsassess.locale`, re-exported.

Kept so that report modules and their tests import from one place; the rules live in
``needsassess/locale`` (docs/reports.md, "Languages, digits, calendars and currencies").
"""

from __future__ import annotations

from needsassess.locale import format_date, format_datetime, format_money, format_number, format_percent, parse_date

__all__ = ["format_date", "format_datetime", "format_money", "format_number", "format_percent", "parse_date"]
