"""The Bikram Sambat calendar pop-up of the Nepali date field, against the published calendar:
1 Baisakh 2081 = Saturday 13 April 2024, 1 Baisakh 2083 = Tuesday 14 April 2026."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from needsassess.locale import Conventions
from needsassess.ui.entry.bs_calendar import WEEKDAYS_NE, BsCalendar, month_cells

try:
    from . import entry_helpers as h
except ImportError:  # tests/ui is not a package
    import entry_helpers as h  # type: ignore[no-redef]

NE = Conventions.for_language("ne")


@pytest.mark.parametrize(("year", "ad", "column", "days"), [
    (2081, date(2024, 4, 13), 6, 31),  # a Saturday: the last column of a Sunday-first week
    (2083, date(2026, 4, 14), 2, 31),  # a Tuesday
])
def test_month_grid_starts_on_the_published_weekday(year, ad, column, days) -> None:
    from needsassess.locale import BsDate, to_ad

    assert to_ad(BsDate(year, 1, 1)) == ad
    cells = month_cells(year, 1)
    assert cells[0] == (0, column, 1) and len(cells) == days
    assert WEEKDAYS_NE[0] == "आइत"  # weeks start on Sunday


def _calendar(qtbot, day: date, conv: Conventions = NE) -> BsCalendar:
    calendar = BsCalendar(conv)
    qtbot.addWidget(calendar)
    calendar.show_for(day)
    return calendar


def test_calendar_shows_the_month_in_nepali_with_the_ad_date(qtbot) -> None:
    calendar = _calendar(qtbot, date(2024, 4, 13))
    assert calendar.month_label.text() == "बैशाख २०८१"
    first = calendar.day_buttons[6]
    assert first.text() == "१" and first.property("selectedDay") is True
    assert all(not b.isEnabled() for b in calendar.day_buttons[:6])  # Sunday to Friday: before the 1st
    assert calendar.ad_label.text() == "१३ अप्रिल २०२४"
    assert calendar.sizeHint().width() <= 1024 - 64 and calendar.sizeHint().height() <= 600 - 64
    latin = _calendar(qtbot, date(2026, 4, 14), Conventions.for_language("ne", "latin"))
    assert latin.month_label.text() == "बैशाख 2083" and latin.day_buttons[2].text() == "1"
    assert latin.ad_label.text() == "14 अप्रिल 2026"


def test_today_is_marked(qtbot) -> None:
    calendar = _calendar(qtbot, date(2024, 4, 13))
    calendar.today = date(2024, 4, 20)  # 8 Baisakh 2081, a Saturday: row 1, column 6
    calendar.move_days(0)
    marked = [b.text() for b in calendar.day_buttons if b.property("today")]
    assert marked == ["८"] and calendar.day_buttons[13].property("today")


def test_keyboard_moves_by_day_week_and_month_and_enter_picks(qtbot) -> None:
    calendar = _calendar(qtbot, date(2024, 4, 13))
    picked: list[date] = []
    calendar.picked.connect(picked.append)
    qtbot.keyClick(calendar, Qt.Key.Key_Right)
    assert calendar.selected == date(2024, 4, 14)
    qtbot.keyClick(calendar, Qt.Key.Key_Down)
    assert calendar.selected == date(2024, 4, 21)
    qtbot.keyClick(calendar, Qt.Key.Key_Left)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)
    qtbot.keyClick(calendar, Qt.Key.Key_Up)  # back across the month's start: 30 Chait 2080
    assert calendar.selected == date(2024, 4, 6) and calendar.month_label.text() == "चैत २०८०"
    qtbot.keyClick(calendar, Qt.Key.Key_PageDown)
    assert calendar.month_label.text() == "बैशाख २०८१"
    qtbot.keyClick(calendar, Qt.Key.Key_End)
    assert calendar.shown.day == 31
    qtbot.keyClick(calendar, Qt.Key.Key_Return)
    assert picked == [date(2024, 5, 13)] and not calendar.isVisible()  # 31 Baisakh 2081


def test_the_nepali_date_field_takes_a_day_clicked_in_the_calendar(qtbot, store, switcher) -> None:
    from needsassess.ui.entry.date_widgets import BsDateWidget

    switcher.switch("ne")
    view = h.open_view(qtbot, store, "waste_management", "ne")
    widget = h.widget_for(view, "visit_date")
    assert isinstance(widget, BsDateWidget)
    widget._set("2024-04-13")
    qtbot.mouseClick(widget.calendar_button, Qt.MouseButton.LeftButton)
    calendar = widget.calendar
    assert calendar is not None and calendar.isVisible()
    assert calendar.month_label.text() == "बैशाख २०८१"
    fifteenth = next(b for b in calendar.day_buttons if b.text() == "१५")
    qtbot.mouseClick(fifteenth, Qt.MouseButton.LeftButton)
    assert view.session.get("visit_date") == "2024-04-27"  # 15 Baisakh 2081
    assert widget.editor.text() == "२०८१-०१-१५" and "२७ अप्रिल २०२४" in widget.written.text()
    assert store.get(view.uuid).answers["visit_date"] == "2024-04-27"  # saved, stored ISO (AD)
