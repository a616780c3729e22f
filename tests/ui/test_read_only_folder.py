"""The window lists the assessments of a data folder it cannot write; a write is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from needsassess.store import StoreError, open_store
from tests.store.test_environment import _read_only
from tests.store.test_reading_without_writing import make_filled, small_disk  # noqa: F401 - a fixture


def test_the_window_lists_a_read_only_folder(tmp_path: Path, qtbot, switcher) -> None:
    from needsassess.ui.main_window import MainWindow

    data_dir, _uuid = make_filled(tmp_path)
    folders = [data_dir, *[p for p in data_dir.rglob("*") if p.is_dir()]]
    with _read_only(*folders):
        store = open_store(data_dir)
        try:
            window = MainWindow(store, switcher)
            qtbot.addWidget(window)
            window.start_page.reload()
            assert window.start_page.model.rowCount() == 1
            with pytest.raises(StoreError) as caught:
                store.settings.officer_name = "Sita"
            assert caught.value.kind == "read_only"
        finally:
            store.close()


def test_the_window_says_at_once_that_nothing_can_be_saved(tmp_path: Path, qtbot, switcher, no_popups) -> None:
    """A banner, not a box; the writing actions disabled; a draft opens for viewing; no NA-STORE-002."""
    from needsassess.ui.main_window import MainWindow

    data_dir, uuid = make_filled(tmp_path)
    folders = [data_dir, *[p for p in data_dir.rglob("*") if p.is_dir()]]
    with _read_only(*folders):
        store = open_store(data_dir)
        try:
            window = MainWindow(store, switcher)
            qtbot.addWidget(window)
            window.show()
            banner = window.read_only_banner
            assert banner is not None and banner.isVisible()
            assert "can only be read" in banner.text() and str(data_dir) in banner.text()
            assert not window.new_action.isEnabled() and not window.import_action.isEnabled()
            assert not window.demo_action.isEnabled() and not window.export_action.isEnabled()
            assert window.tables_action.isEnabled()  # tables for analysis are only read
            page = window.start_page
            page.table.selectRow(0)
            assert page.view_button.isEnabled() and page.report_button.isEnabled()
            assert not page.open_button.isEnabled() and not page.new_button.isEnabled()
            assert not page.discard_button.isEnabled() and not page.reopen_button.isEnabled()
            assert not page.import_button.isEnabled() and not page.export_button.isEnabled()
            window.open_assessment(uuid, False)  # a double click on the draft: opened to read
            assert window.entry is not None and window._entry_uuid == (uuid, True)
            window.close_entry()
            assert not window.new_action.isEnabled()
            window.new_assessment()
            assert "can only be read" in window.statusBar().currentMessage()
            assert no_popups == []
            switcher.switch("ne")
            qtbot.wait(10)
            assert "पढ्न" in banner.text()
            switcher.switch("uz")
            qtbot.wait(10)
            assert "oʻqish" in banner.text()
            switcher.switch("en")
        finally:
            store.close()


def test_a_full_disk_is_told_in_the_banner_too(tmp_path: Path, qtbot, switcher) -> None:
    from needsassess.ui.main_window import MainWindow

    data_dir, _uuid = make_filled(tmp_path)
    with open_store(data_dir) as store:
        store.refuse_writes("disk_full", "database or disk is full")
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        assert window.read_only_banner is not None and "disk is full" in window.read_only_banner.text()
        assert not window.new_action.isEnabled()


def test_a_writable_folder_has_no_banner(tmp_path: Path, qtbot, switcher) -> None:
    from needsassess.ui.main_window import MainWindow

    data_dir, _uuid = make_filled(tmp_path)
    with open_store(data_dir) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        assert window.read_only_banner is None and window.new_action.isEnabled()
        assert window.findChild(QLabel, "read_only_banner") is None


def test_a_really_full_disk_shows_the_banner(tmp_path: Path, qtbot, switcher, no_popups, small_disk: Path) -> None:  # noqa: F811
    import shutil

    from needsassess.ui.main_window import MainWindow
    from tests.store.test_reading_without_writing import _fill

    filled, _uuid = make_filled(tmp_path)
    data_dir = small_disk / "data"
    shutil.copytree(filled, data_dir)
    _fill(small_disk)
    with open_store(data_dir) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        assert window.read_only_banner is not None and "disk is full" in window.read_only_banner.text()
        assert window.start_page.model.rowCount() == 1 and no_popups == []
