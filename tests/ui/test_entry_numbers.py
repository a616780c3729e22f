"""Numbers as officers type them and as the window shows them, in English, Nepali and Uzbek.

The window writes numbers with the reports' formatter (``needsassess.locale``); what it shows must
read back as the same value, and the stored answer is always the plain number.
"""

from __future__ import annotations

import pytest

from needsassess.engine import FormSession
from needsassess.locale import Conventions
from needsassess.ui.entry.media_widgets import parse_lat_lon
from needsassess.ui.entry.numbers import format_answer, format_calculated, format_coordinate, parse_number, unit_of

try:
    from . import entry_helpers as h
except ImportError:  # run as a single file
    import entry_helpers as h  # type: ignore[no-redef]

EN, NE, NE_LATIN, UZ = (Conventions.for_language("en"), Conventions.for_language("ne"),
                        Conventions.for_language("ne", "latin"), Conventions.for_language("uz"))


@pytest.mark.parametrize(("text", "conv", "integer", "expected"), [
    ("12.5", EN, False, 12.5), ("12,5", EN, False, 12.5), ("१२.५", NE, False, 12.5),
    ("1,234.5", EN, False, 1234.5), ("1.234,5", EN, False, 1234.5), (" 120 ", EN, True, 120),
    ("120.0", EN, True, 120), ("12.5", EN, True, None), ("abc", EN, False, None), ("", EN, False, None),
    ("−3", EN, False, -3.0), ("1e400", EN, False, None),
    ("1,500", EN, True, 1500), ("12,965", EN, False, 12965.0), ("1,234,567", EN, True, 1234567),
    ("१२,३४,५६७", NE, True, 1234567), ("12,34,567", NE_LATIN, True, 1234567), ("१,५००", NE, True, 1500),
    ("1\u00a0500", UZ, True, 1500), ("1 234 567,5", UZ, False, 1234567.5), ("12,5", UZ, False, 12.5),
    ("12.5", UZ, False, 12.5), ("1,500", UZ, False, 1.5), ("1.234.567", UZ, True, 1234567),
])
def test_parse_number(text: str, conv: Conventions, integer: bool, expected) -> None:
    assert parse_number(text, conv, integer=integer) == expected


@pytest.mark.parametrize("value", [0, 7, 165.0, 1500, 12965, 1234567, -42, 0.1, 12.125, 1234.5678, -0.005, 1e-05])
@pytest.mark.parametrize("conv", [EN, NE, NE_LATIN, UZ])
def test_every_shown_answer_reads_back_as_the_same_value(value, conv: Conventions) -> None:
    shown = format_answer(value, conv)
    assert parse_number(shown, conv, integer=isinstance(value, int)) == value, shown


def test_answers_are_written_as_the_reports_write_them() -> None:
    assert format_answer(1500, EN) == "1,500"
    assert format_answer(1234567, NE) == "१२,३४,५६७"
    assert format_answer(1234567, NE_LATIN) == "12,34,567"
    assert format_answer(1234567.5, UZ) == "1\u00a0234\u00a0567,5"
    assert format_answer(2015, EN, grouping=False) == "2015"
    assert format_calculated(2.0 / 3.0, EN) == "0.667"
    assert format_calculated(4.9, UZ) == "4,9"
    assert format_calculated(None, NE) == "—"
    assert format_coordinate(-8.51234) == "-8.51234"
    assert format_coordinate(165.0) == "165"


def test_unit_from_label_or_parameter() -> None:
    assert unit_of("Depth (m)", {}) == "m"
    assert unit_of("Plant cover on the site (%)", {}) == "%"
    assert unit_of("Households", {}) == ""
    assert unit_of("Area", {"unit": "ha"}) == "ha"


def test_paste_lat_lon() -> None:
    assert parse_lat_lon("28.1, 81.6") == (28.1, 81.6)
    assert parse_lat_lon("28,1; 81,6") == (28.1, 81.6)
    assert parse_lat_lon("-8.5 125.6") == (-8.5, 125.6)
    assert parse_lat_lon("somewhere") is None


def _population_page(qtbot, store, switcher, language: str, digits: str = "devanagari"):
    assert switcher.switch(language)
    store.settings.digits = digits
    view = h.open_view(qtbot, store, "waste_management", language)
    view.show_page(next(i for i, p in enumerate(view.pages) if p.name == "population_page"))
    return view


def _type(qtbot, view, name: str, text: str):
    widget = h.widget_for(view, name)
    widget.editor.clear()
    h.type_text(widget.editor, text)
    h.press_enter(qtbot, widget.editor)
    return widget


@pytest.mark.parametrize(("language", "digits", "typed", "stored", "shown"), [
    ("en", "devanagari", "1500", 1500, "1,500"),
    ("en", "devanagari", "12,965", 12965, "12,965"),
    ("ne", "devanagari", "१५००", 1500, "१,५००"),
    ("ne", "devanagari", "१,२३,४५६", 123456, "१,२३,४५६"),
    ("ne", "devanagari", "2500", 2500, "२,५००"),
    ("ne", "latin", "१,२३,४५६", 123456, "1,23,456"),
    ("uz", "devanagari", "1 500", 1500, "1\u00a0500"),
    ("uz", "devanagari", "123456", 123456, "123\u00a0456"),
])
def test_typing_a_number_stores_the_value_and_shows_it_as_the_reports_do(
        qtbot, store, switcher, language, digits, typed, stored, shown) -> None:
    view = _population_page(qtbot, store, switcher, language, digits)
    widget = _type(qtbot, view, "households", typed)
    assert store.get(view.uuid).answers["households"] == stored
    assert widget.editor.text() == shown
    _type(qtbot, view, "households", shown)  # what is shown types back as the same answer
    assert store.get(view.uuid).answers["households"] == stored
    assert widget.local_problem is None


@pytest.mark.parametrize(("language", "digits", "typed", "shown_kg", "tonnes"), [
    ("en", "devanagari", "0.45", "0.45", "0.68"),
    ("ne", "devanagari", "०.४५", "०.४५", "०.६८"),
    ("ne", "latin", "०.४५", "0.45", "0.68"),
    ("uz", "devanagari", "0,45", "0,45", "0,68"),
])
def test_decimals_and_calculated_figures_in_each_language(
        qtbot, store, switcher, language, digits, typed, shown_kg, tonnes) -> None:
    view = _population_page(qtbot, store, switcher, language, digits)
    _type(qtbot, view, "households", "1500")
    view.show_page(next(i for i, p in enumerate(view.pages) if p.name == "generation"))
    kg = _type(qtbot, view, "kg_per_household", typed)
    assert store.get(view.uuid).answers["kg_per_household"] == 0.45
    assert kg.editor.text() == shown_kg
    assert h.widget_for(view, "daily_tonnes").editor.text() == tonnes  # 1500 × 0.45 ÷ 1000, rounded to 2


def test_a_digits_change_in_settings_rewrites_the_open_window(qtbot, store, switcher) -> None:
    view = _population_page(qtbot, store, switcher, "ne")
    widget = _type(qtbot, view, "households", "1500")
    assert widget.editor.text() == "१,५००"
    store.settings.digits = "latin"
    view.set_digits("latin")
    assert h.widget_for(view, "households").editor.text() == "1,500"


@pytest.mark.parametrize(("language", "expected"), [("ne", "प्रति व्यक्ति प्रति दिन २.४ केजी"),
                                                    ("uz", "kishi boshiga kuniga 2,4 kg")])
def test_numbers_inside_a_note_are_written_as_the_window_writes_numbers(qtbot, store, switcher, language,
                                                                        expected) -> None:
    view = _population_page(qtbot, store, switcher, language)
    _type(qtbot, view, "households", "100")
    _type(qtbot, view, "population", "100")
    view.show_page(next(i for i, p in enumerate(view.pages) if p.name == "generation"))
    _type(qtbot, view, "kg_per_household", "2.4")
    note = h.widget_for(view, "per_person_note")
    assert note.isVisibleTo(view) and expected in note.title.text()


def test_the_digits_setting_is_saved_and_applies_to_the_open_form(qtbot, window, store, switcher) -> None:
    from needsassess.ui.settings_dialog import SettingsDialog

    session = FormSession(store.forms.latest("waste_management"),
                          answers={"consent": "yes", "households": 1500, "visit_date": "2024-06-14"})
    uuid = store.create("waste_management", session).uuid
    store.settings.interface_language = "ne"
    window.apply_settings()
    window.open_assessment(uuid, False)
    assert h.widget_for(window.entry, "visit_date").editor.text() == "२०८१-०२-३२"
    assert store.settings.digits == "devanagari"  # the documented default
    dialog = SettingsDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.applied.connect(window.apply_settings)
    dialog.digits.setCurrentIndex(dialog.digits.findData("latin"))
    assert dialog.save()
    assert store.settings.digits == "latin"
    assert h.widget_for(window.entry, "visit_date").editor.text() == "2081-02-32"
    window.entry.show_page(next(i for i, p in enumerate(window.entry.pages) if p.name == "population_page"))
    assert h.widget_for(window.entry, "households").editor.text() == "1,500"
