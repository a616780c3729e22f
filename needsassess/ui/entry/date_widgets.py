"""Date questions: Bikram Sambat in the Nepali window, AD elsewhere; the answer is stored ISO (AD).

Nepali officials date their papers in Bikram Sambat, so in the Nepali interface the date field is
typed in BS (year-month-day: "२०८२-०८-१८", "2082/8/18") or picked from a BS month calendar
(``bs_calendar``), in the digits the Settings choose, with
the date written out beside it in BS and AD ("१८ मंसिर २०८२ (४ डिसेम्बर २०२५)") to check against.
The converter is ``needsassess.locale.bikram_sambat`` (its table covers 2000-2083 BS). English and
Uzbek keep the calendar pop-up, with the date written out in the language beside it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout

from needsassess.engine.answers import JSONValue
from needsassess.locale import OutOfRange, format_date, parse_bs, parse_date, to_ad, to_bs, with_digits
from needsassess.locale.bikram_sambat import FIRST_YEAR, LAST_YEAR
from needsassess.ui.entry.question_widgets import QuestionWidget
from needsassess.ui.entry.style import style_label

if TYPE_CHECKING:
    from needsassess.ui.entry.bs_calendar import BsCalendar

_EMPTY_DATE = QDate(1900, 1, 1)  # QDateEdit cannot be empty: this date stands for "no answer"


class _WrittenDate(QuestionWidget):
    """What both date widgets share: the date written out beside the field, and a Clear button."""

    written: QLabel
    clear_button: QToolButton

    def _add_written(self, row: QHBoxLayout) -> None:
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the date"))
        row.addWidget(self.clear_button)
        self.written = QLabel(self)
        style_label(self.written, "hint")
        self.written.setObjectName("writtenDate")
        row.addWidget(self.written)
        row.addStretch(1)

    def _write_out(self, value: JSONValue) -> None:
        self.written.setText(format_date(value, self.ctx.conventions) if value else "")


class DateWidget(_WrittenDate):
    """An AD date with a calendar pop-up (English, Uzbek)."""

    editor: QDateEdit

    def build(self, layout: QVBoxLayout) -> QDateEdit:
        row = QHBoxLayout()
        editor = QDateEdit(self)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("yyyy-MM-dd")
        editor.setMinimumDate(_EMPTY_DATE)
        editor.setSpecialValueText(" ")
        editor.setMinimumWidth(140)
        editor.dateChanged.connect(self._changed)
        editor.editingFinished.connect(self.leave)
        editor.installEventFilter(self)
        row.addWidget(editor)
        self._add_written(row)
        self.clear_button.clicked.connect(lambda: editor.setDate(_EMPTY_DATE))
        layout.addLayout(row)
        return editor

    def _changed(self, day: QDate) -> None:
        value = None if day == _EMPTY_DATE else day.toString("yyyy-MM-dd")
        self._write_out(value)
        self.submit(value)

    def show_value(self, value: JSONValue) -> None:
        day = QDate.fromString(str(value), "yyyy-MM-dd") if value else _EMPTY_DATE
        self.editor.setDate(day if day.isValid() else _EMPTY_DATE)
        self._write_out(value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The calendar is created only when first opened (creating it for every date question
        # would slow down opening a page); an empty date opens it on this month, not in 1900.
        opening = event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress)
        if watched is self.editor and opening and self.editor.date() == _EMPTY_DATE:
            today = QDate.currentDate()
            self.editor.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only)


class BsDateWidget(_WrittenDate):
    """A Bikram Sambat date typed year-month-day (Nepali), stored as the ISO AD date."""

    debounced = True
    editor: QLineEdit

    def build(self, layout: QVBoxLayout) -> QLineEdit:
        row = QHBoxLayout()
        editor = QLineEdit(self)
        editor.setMaximumWidth(150)
        editor.setPlaceholderText(self._example())
        editor.setToolTip(self.tr("Bikram Sambat date, year-month-day"))
        editor.textEdited.connect(self._typed)
        editor.editingFinished.connect(self.leave)
        editor.returnPressed.connect(self.focus_next)
        row.addWidget(editor)
        self.calendar_button = QToolButton(self)  # a BS month to pick from (ui/entry/bs_calendar.py)
        self.calendar_button.setText(self.tr("Calendar…"))
        self.calendar_button.setAccessibleName(self.tr("Pick the date from a Bikram Sambat calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.calendar: BsCalendar | None = None  # made when first opened
        row.addWidget(self.calendar_button)
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("Today"))
        self.today_button.clicked.connect(self.set_today)
        row.addWidget(self.today_button)
        self._add_written(row)
        self.clear_button.clicked.connect(self.clear)
        layout.addLayout(row)
        return editor

    def _example(self) -> str:
        return to_bs(date(2025, 12, 4)).iso(self.ctx.conventions.digits)  # २०८२-०८-१८

    def _typed(self, text: str) -> None:
        if not text.strip():
            self._write_out(None)
            self.submit(None)
            return
        try:
            day = to_ad(parse_bs(text)).isoformat()
        except ValueError:  # OutOfRange too
            self._write_out(None)
            self.reject_input(self.tr(
                "Enter a Bikram Sambat date as year-month-day, for example {example} "
                "(years {first}-{last}).").format(example=self._example(), first=self._digits(FIRST_YEAR),
                                                   last=self._digits(LAST_YEAR)))
            return
        self._write_out(day)
        self.submit(day)

    def _digits(self, year: int) -> str:
        return with_digits(str(year), self.ctx.conventions.digits)

    def leave(self) -> None:
        """Save, then write the date back in the window's form ("2082/8/18" becomes "२०८२-०८-१८")."""
        super().leave()
        if self.local_problem is None:
            self.show_value(self.ctx.session.get(*self.key))

    def open_calendar(self) -> None:
        """The BS month of the answer (or of today) under the field; a day picked is the answer."""
        from needsassess.ui.entry.bs_calendar import BsCalendar

        if self.calendar is None:
            self.calendar = BsCalendar(self.ctx.conventions, self)
            self.calendar.picked.connect(lambda day: self._set(day.isoformat()))
        self.calendar.conv = self.ctx.conventions  # the digits setting may have changed since
        self.calendar.show_for(parse_date(self.ctx.session.get(*self.key)), self.editor)

    def set_today(self) -> None:
        self._set(date.today().isoformat())

    def clear(self) -> None:
        self._set(None)

    def _set(self, value: str | None) -> None:
        self.show_value(value)
        self.touched = True
        self.submit(value)
        self.leave()

    def show_value(self, value: JSONValue) -> None:
        self.editor.setText(self._bs_text(value))
        self._write_out(value)

    def _bs_text(self, value: JSONValue) -> str:
        day = parse_date(value)
        if day is None:
            return "" if value is None else str(value)
        try:
            return to_bs(day).iso(self.ctx.conventions.digits)
        except OutOfRange:  # outside the BS table: the AD date as stored, written out beside it
            return day.isoformat()

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.clear_button.setVisible(not read_only)
        self.today_button.setVisible(not read_only)
        self.calendar_button.setVisible(not read_only)


def date_widget_class(calendar: str) -> type[QuestionWidget]:
    """The date widget for the window's calendar ("bs" in Nepali, else "ad")."""
    return BsDateWidget if calendar == "bs" else DateWidget


__all__ = ["BsDateWidget", "DateWidget", "date_widget_class"]
