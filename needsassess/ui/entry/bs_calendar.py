"""A Bikram Sambat month calendar that pops up under the Nepali date field.

Nepali wall calendars show one BS month at a time, weeks starting on Sunday (आइतबार); so does this
one: the month's name and year at the top with buttons to the month before and after, a grid of
days, today marked, and under the grid the AD date of the selected day to check against. A click
on a day picks it; with the keyboard the arrows move a day or a week (crossing months), Page Up /
Page Down a month, Home / End the month's first or last day, Enter picks and Escape closes. Digits
follow the Nepali digits setting. The month lengths come from ``needsassess.locale.bikram_sambat``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from needsassess.locale import Conventions, OutOfRange, to_ad, to_bs, with_digits
from needsassess.locale.bikram_sambat import FIRST_AD, LAST_AD, MONTHS_NE, BsDate, days_in_month
from needsassess.locale.dates import format_ad

# Sunday first, as Nepali calendars print the week (आइतबार ... शनिबार).
WEEKDAYS_NE = ("आइत", "सोम", "मंगल", "बुध", "बिही", "शुक्र", "शनि")

CALENDAR_STYLE = """
QToolButton[calendarDay="true"] { border: 1px solid transparent; border-radius: 3px; padding: 2px; min-width: 30px; }
QToolButton[calendarDay="true"]:hover { border-color: #90a4ae; }
QToolButton[today="true"] { border-color: #1565c0; font-weight: bold; }
QToolButton[selectedDay="true"] { background: #1565c0; color: white; }
"""


def sunday_column(day: date) -> int:
    """The day's column in a week that starts on Sunday (Sunday 0 ... Saturday 6)."""
    return (day.weekday() + 1) % 7


def month_cells(year: int, month: int) -> list[tuple[int, int, int]]:
    """(row, column, day of the month) of every day of BS ``year``-``month`` in a Sunday-first grid."""
    first = sunday_column(to_ad(BsDate(year, month, 1)))
    return [((first + day - 1) // 7, (first + day - 1) % 7, day) for day in range(1, days_in_month(year, month) + 1)]


class BsCalendar(QFrame):
    """The pop-up: ``picked`` carries the AD date chosen. ``show_for`` opens it on a date (or today)."""

    picked = Signal(object)  # datetime.date (AD)

    def __init__(self, conventions: Conventions, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("bsCalendar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(CALENDAR_STYLE)
        self.conv = conventions
        self.today = date.today()
        self.selected = self._in_range(self.today)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        self.previous_button = self._arrow(Qt.ArrowType.LeftArrow, self.tr("Previous month (Page Up)"), -1)
        self.next_button = self._arrow(Qt.ArrowType.RightArrow, self.tr("Next month (Page Down)"), +1)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("calendarMonth")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bold = QFont(self.month_label.font())
        bold.setBold(True)
        self.month_label.setFont(bold)
        head.addWidget(self.previous_button)
        head.addWidget(self.month_label, 1)
        head.addWidget(self.next_button)
        layout.addLayout(head)
        self.grid = QGridLayout()
        self.grid.setSpacing(2)
        for column, name in enumerate(WEEKDAYS_NE):
            label = QLabel(name, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, column)
        self.day_buttons: list[QToolButton] = []
        for index in range(6 * 7):
            button = QToolButton(self)
            button.setProperty("calendarDay", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the calendar itself takes the keys
            button.clicked.connect(lambda _checked=False, i=index: self._clicked(i))
            self.grid.addWidget(button, 1 + index // 7, index % 7)
            self.day_buttons.append(button)
        layout.addLayout(self.grid)
        self.ad_label = QLabel(self)
        self.ad_label.setObjectName("calendarAd")
        self.ad_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.ad_label)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Bikram Sambat calendar"))
        self._days: dict[int, int] = {}  # button index -> day of the shown month
        self._show()

    @staticmethod
    def _in_range(day: date) -> date:
        return min(max(day, FIRST_AD), LAST_AD)

    def _arrow(self, arrow: Qt.ArrowType, tip: str, step: int) -> QToolButton:
        button = QToolButton(self)
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.move_months(step))
        return button

    def _n(self, number: int) -> str:
        return with_digits(str(number), self.conv.digits)

    # -- what is shown ------------------------------------------------------------------------
    @property
    def shown(self) -> BsDate:
        return to_bs(self.selected)

    def _show(self) -> None:
        bs = self.shown
        self.month_label.setText(f"{MONTHS_NE[bs.month - 1]} {self._n(bs.year)}")
        self._days.clear()
        cells = {row * 7 + column: day for row, column, day in month_cells(bs.year, bs.month)}
        today = to_bs(self.today) if FIRST_AD <= self.today <= LAST_AD else None
        for index, button in enumerate(self.day_buttons):
            day = cells.get(index)
            button.setVisible(day is not None or index < 35)
            button.setEnabled(day is not None)
            button.setText(self._n(day) if day is not None else "")
            is_today = day is not None and today == BsDate(bs.year, bs.month, day)
            button.setProperty("today", is_today)
            button.setProperty("selectedDay", day == bs.day)
            button.setToolTip(format_ad(to_ad(BsDate(bs.year, bs.month, day)), self.conv) if day else "")
            button.style().unpolish(button)
            button.style().polish(button)
            if day is not None:
                self._days[index] = day
        self.ad_label.setText(f"{format_ad(self.selected, self.conv)}")
        self.previous_button.setEnabled(self._step_months(-1) is not None)
        self.next_button.setEnabled(self._step_months(+1) is not None)

    def show_for(self, day: date | None, below: QWidget | None = None) -> None:
        """Open on ``day`` (today when None), under ``below``."""
        self.today = date.today()
        self.selected = self._in_range(day or self.today)
        self._show()
        if below is not None:
            self.adjustSize()
            self.move(below.mapToGlobal(QPoint(0, below.height())))
        self.show()
        self.setFocus()

    # -- moving -------------------------------------------------------------------------------
    def _step_months(self, step: int) -> date | None:
        bs = self.shown
        month = bs.month - 1 + step
        year, month = bs.year + month // 12, month % 12 + 1
        try:
            return to_ad(BsDate(year, month, min(bs.day, days_in_month(year, month))))
        except OutOfRange:
            return None

    def move_months(self, step: int) -> None:
        target = self._step_months(step)
        if target is not None:
            self.selected = target
            self._show()

    def move_days(self, step: int) -> None:
        target = self.selected + timedelta(days=step)
        if FIRST_AD <= target <= LAST_AD:
            self.selected = target
            self._show()

    def _clicked(self, index: int) -> None:
        day = self._days.get(index)
        if day is not None:
            bs = self.shown
            self.selected = to_ad(BsDate(bs.year, bs.month, day))
            self.pick()

    def pick(self) -> None:
        self.picked.emit(self.selected)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, bs = event.key(), self.shown
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        if key in steps:
            self.move_days(steps[Qt.Key(key)])
        elif key == Qt.Key.Key_PageUp:
            self.move_months(-1)
        elif key == Qt.Key.Key_PageDown:
            self.move_months(1)
        elif key == Qt.Key.Key_Home:
            self.move_days(1 - bs.day)
        elif key == Qt.Key.Key_End:
            self.move_days(days_in_month(bs.year, bs.month) - bs.day)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.pick()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
