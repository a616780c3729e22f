"""Settings: saved through the store; switching the interface language retranslates the open window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from needsassess.ui.i18n import translation_file
from needsassess.ui.settings_dialog import SettingsDialog

try:
    from .conftest import insert_rows
except ImportError:  # tests/ui is not a package
    from conftest import insert_rows  # type: ignore[no-redef]


def _choose(combo, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


@pytest.mark.parametrize(("language", "new_button", "status"), [("ne", "नयाँ मूल्याङ्कन", "मस्यौदा"),
                                                                 ("uz", "Yangi baholash", "Qoralama")])
def test_switching_the_language_changes_the_visible_strings(qtbot, window, store, language, new_button,
                                                            status) -> None:
    assert translation_file(language).is_file()
    insert_rows(store, 3)
    page = window.start_page
    page.reload()
    window.show()
    page.model.sort(5, Qt.SortOrder.AscendingOrder)  # oldest first: row 0 is a draft
    assert page.new_button.text() == "New assessment"
    dialog = SettingsDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.applied.connect(window.apply_settings)
    dialog.officer.setText("Sita Tharu")
    _choose(dialog.interface_language, language)
    _choose(dialog.paper_size, "Letter")
    assert dialog.save()

    qtbot.waitUntil(lambda: page.new_button.text() == new_button)
    assert page.model.index(0, 4).data() == status
    assert page.model.headerData(0, Qt.Orientation.Horizontal) != "Title"
    assert window.file_menu.title() not in ("&File", "")
    assert page.welcome.new_button.text() == new_button  # hidden widgets follow too
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Settings")  # the open dialog itself
    settings = store.settings
    assert (settings.officer_name, settings.interface_language, settings.paper_size) == (
        "Sita Tharu", language, "Letter")

    _choose(dialog.interface_language, "en")
    assert dialog.save()
    qtbot.waitUntil(lambda: page.new_button.text() == "New assessment")
    assert page.model.index(0, 4).data() == "Draft"


def test_form_language_changes_the_form_titles(qtbot, window, store) -> None:
    insert_rows(store, 4)
    page = window.start_page
    page.reload()
    english = {page.model.index(r, 1).data() for r in range(4)}
    dialog = SettingsDialog(store, window)
    qtbot.addWidget(dialog)
    dialog.applied.connect(window.apply_settings)
    _choose(dialog.form_language, "ne")
    assert dialog.save()
    nepali = {page.model.index(r, 1).data() for r in range(4)}
    assert nepali != english
    assert any("मूल्याङ्कन" in title for title in nepali)
    assert page.form_filter.itemText(1) in nepali


def test_the_data_folder_is_shown_read_only(qtbot, store, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.folder.isReadOnly() and dialog.folder.text() == str(store.data_dir)
    dialog.open_folder.click()
    assert opened == [str(store.data_dir)]
