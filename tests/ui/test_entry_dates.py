"""Dates in the entry window: Bikram Sambat typed in the Nepali window, stored as the ISO AD date.

The expected AD dates are the published anchors of tests/locale/test_bikram_sambat.py (32 Jestha 2081
= 14 June 2024; 1 Baisakh 2083 = 14 April 2026), taken across a month and a year boundary.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from needsassess.locale import to_bs
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.date_widgets import BsDateWidget, DateWidget

try:
    from . import entry_helpers as h
except ImportError:  # run as a single file
    import entry_helpers as h  # type: ignore[no-redef]


def _type_date(qtbot, view, text: str):
    widget = h.widget_for(view, "visit_date")
    widget.editor.clear()
    h.type_text(widget.editor, text)
    h.press_enter(qtbot, widget.editor)
    return widget


def _nepali_view(qtbot, store, switcher, digits: str = "devanagari"):
    assert switcher.switch("ne")
    store.settings.digits = digits
    return h.open_view(qtbot, store, "waste_management", "ne")


@pytest.mark.parametrize(("typed", "stored", "shown", "written"), [
    ("२०८१-०२-३२", "2024-06-14", "२०८१-०२-३२", "३२ जेठ २०८१ (१४ जुन २०२४)"),  # last day of Jestha
    ("2081/3/1", "2024-06-15", "२०८१-०३-०१", "१ असार २०८१ (१५ जुन २०२४)"),  # the next day: 1 Asar
    ("२०८२-१२-३०", "2026-04-13", "२०८२-१२-३०", "३० चैत २०८२ (१३ अप्रिल २०२६)"),  # last day of 2082
    ("२०८३.१.१", "2026-04-14", "२०८३-०१-०१", "१ बैशाख २०८३ (१४ अप्रिल २०२६)"),  # New Year 2083
])
def test_typing_a_bs_date_stores_the_iso_ad_date(qtbot, store, switcher, typed, stored, shown, written) -> None:
    view = _nepali_view(qtbot, store, switcher)
    widget = _type_date(qtbot, view, typed)
    assert isinstance(widget, BsDateWidget)
    assert store.get(view.uuid).answers["visit_date"] == stored
    assert widget.editor.text() == shown
    assert widget.written.text() == written
    assert widget.local_problem is None


def test_a_day_the_bs_month_does_not_have_is_refused_and_nothing_is_stored(qtbot, store, switcher) -> None:
    view = _nepali_view(qtbot, store, switcher)
    _type_date(qtbot, view, "२०८१-०२-३२")
    widget = _type_date(qtbot, view, "२०८२-०८-३०")  # Mangsir 2082 has 29 days
    assert widget.local_problem and "२०८२-०८-१८" in widget.local_problem
    assert widget.message is not None and widget.message.isVisibleTo(view)
    assert store.get(view.uuid).answers["visit_date"] == "2024-06-14"


def test_latin_digits_setting_and_reopening_show_the_stored_date_in_bs(qtbot, store, switcher) -> None:
    view = _nepali_view(qtbot, store, switcher, digits="latin")
    widget = _type_date(qtbot, view, "२०८१-०३-०१")
    assert widget.editor.text() == "2081-03-01"
    assert widget.written.text() == "1 असार 2081 (15 जुन 2024)"
    again = FormEntryView(store, view.uuid, form_language="ne")
    qtbot.addWidget(again)
    assert h.widget_for(again, "visit_date").editor.text() == "2081-03-01"


def test_today_and_clear(qtbot, store, switcher) -> None:
    view = _nepali_view(qtbot, store, switcher)
    widget = h.widget_for(view, "visit_date")
    widget.today_button.click()
    assert store.get(view.uuid).answers["visit_date"] == date.today().isoformat()
    assert widget.editor.text() == to_bs(date.today()).iso("devanagari")
    widget.clear_button.click()
    assert store.get(view.uuid).answers.get("visit_date") is None
    assert widget.editor.text() == ""


@pytest.mark.parametrize(("language", "written"), [("en", "14 June 2024"), ("uz", "14-iyun 2024-yil")])
def test_english_and_uzbek_keep_the_ad_calendar_with_the_date_written_out(
        qtbot, store, switcher, language, written) -> None:
    assert switcher.switch(language)
    view = h.open_view(qtbot, store, "waste_management", language)
    widget = h.widget_for(view, "visit_date")
    assert isinstance(widget, DateWidget)
    widget.editor.setDate(QDate(2024, 6, 14))
    assert store.get(view.uuid).answers["visit_date"] == "2024-06-14"
    assert widget.written.text() == written
