"""When the answers were last saved, as the header says it: "Saved 14:32", "Saved yesterday at 14:32",
"Saved 2 December 2025, 14:32" (Nepali: in Bikram Sambat, in the digits the Settings choose).

The moment is the store's own (``updated_at`` of the draft when it is opened, the autosave's clock
after each save), so a draft reopened days later says when its answers were written, not "No changes
yet". Times are shown in the laptop's time zone.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from needsassess.locale import Conventions, with_digits
from needsassess.locale.dates import format_ad, format_bs
from needsassess.timefmt import parse_time

_CONTEXT = "SavedState"


def stored_moment(stamp: str | None) -> datetime | None:
    """A stored UTC timestamp (``updated_at``) as an aware datetime; None when there is none."""
    if not stamp:
        return None
    try:
        return parse_time(stamp)
    except ValueError:
        try:
            moment = datetime.fromisoformat(stamp)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def saved_text(moment: datetime, conv: Conventions, now: datetime | None = None) -> str:
    """The header's "Saved …" for ``moment`` (naive means local time), relative to ``now``."""
    local = moment.astimezone() if moment.tzinfo else moment
    today = (now.astimezone() if now and now.tzinfo else now or datetime.now()).date()
    time = with_digits(f"{local:%H:%M}", conv.digits)
    day = local.date()
    if day == today:
        return QCoreApplication.translate(_CONTEXT, "Saved {time}").format(time=time)
    if day == today - timedelta(days=1):
        return QCoreApplication.translate(_CONTEXT, "Saved yesterday at {time}").format(time=time)
    written = (format_bs(day, conv) if conv.calendar == "bs" else None) or format_ad(day, conv)
    return QCoreApplication.translate(_CONTEXT, "Saved {date}, {time}").format(date=written, time=time)
