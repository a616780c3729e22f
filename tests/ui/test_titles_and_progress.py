"""Titles built from a form's ISO date follow the interface's calendar and digits; the progress count
stands beside the bar, never on its fill."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

try:
    from .conftest import complete_assessment
except ImportError:  # tests/ui is not a package
    from conftest import complete_assessment  # type: ignore[no-redef]

# The demo assessment's visit date, 2026-03-12, is 28 Phagun 2082 BS.
EXPECTED = {"en": "2026-03-12", "ne": "२८ फागुन २०८२", "ne-latin": "28 फागुन 2082", "uz": "2026-03-12"}


def _title_cell(window, uuid: str) -> str:
    from needsassess.ui.assessment_model import COLUMNS

    model = window.start_page.model
    row = next(r for r in range(model.rowCount()) if model.summary(r).uuid == uuid)
    return str(model.index(row, COLUMNS.index("title")).data(Qt.ItemDataRole.DisplayRole))


@pytest.mark.parametrize("language", ["en", "ne", "uz"])
def test_list_titles_write_the_date_as_the_interface_does(qtbot, window, store, switcher, language) -> None:
    uuid = complete_assessment(store, "waste_management", 0)
    switcher.switch(language)
    window.start_page.model.refresh()
    title = _title_cell(window, uuid)
    assert EXPECTED[language] in title
    if language == "ne":
        assert "2026" not in title and "०३-१२" not in title
        store.settings.interface_language = "ne"
        store.settings.digits = "latin"  # the Nepali digits setting: Latin digits, still Bikram Sambat
        window.apply_settings()
        assert EXPECTED["ne-latin"] in _title_cell(window, uuid)


def test_entry_header_writes_the_title_date_in_bikram_sambat(qtbot, store, switcher) -> None:
    from needsassess.ui.entry_loader import make_entry_view

    uuid = complete_assessment(store, "waste_management", 0)
    switcher.switch("ne")
    view = make_entry_view(store, uuid, "ne", True, None)
    qtbot.addWidget(view)
    assert EXPECTED["ne"] in view.header.site.text() and "2026" not in view.header.site.text()
    view.set_digits("latin")
    assert EXPECTED["ne-latin"] in view.header.site.text()


@pytest.mark.parametrize("language", ["en", "ne", "uz"])
def test_the_progress_count_stands_beside_the_bar(qtbot, store, switcher, language) -> None:
    from needsassess.ui.entry_loader import make_entry_view

    uuid = complete_assessment(store, "waste_management", 0)
    switcher.switch(language)
    view = make_entry_view(store, uuid, language, False, None)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    qtbot.waitExposed(view)
    bar, text = view.progress, view.progress_text
    assert not bar.isTextVisible()  # nothing is drawn over the blue fill
    assert text.text() == bar.format() and text.isVisible()
    assert text.geometry().left() >= bar.geometry().right()  # beside it, not on it
    assert text.width() >= text.sizeHint().width() - 8  # whole at 1024 px, not cut
    if language == "ne":
        assert any("०" <= ch <= "९" for ch in text.text())


def test_times_in_nepali_follow_the_calendar_and_digits(qtbot, window, store, switcher) -> None:
    from needsassess.ui.assessment_model import COLUMNS
    from needsassess.ui.i18n import local_time, shown_time

    uuid = complete_assessment(store, "waste_management", 0)
    switcher.switch("ne")
    model = window.start_page.model
    model.refresh()
    row = next(r for r in range(model.rowCount()) if model.summary(r).uuid == uuid)
    shown = str(model.index(row, COLUMNS.index("updated")).data())
    assert shown and not any(ch.isascii() and ch.isdigit() for ch in shown)  # Devanagari, Bikram Sambat
    assert shown_time("2024-04-13T06:00:00+00:00")[:10] in ("२०८१-०१-०१", "२०८०-१२-३०")  # the local day may differ
    assert shown_time("2024-04-13T06:00:00+00:00", "latin")[:10] in ("2081-01-01", "2080-12-30")
    switcher.switch("en")
    assert shown_time("2024-04-13T06:00:00+00:00") == local_time("2024-04-13T06:00:00+00:00")
