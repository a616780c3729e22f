"""The window lists the assessments of a data folder it cannot write; a write is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.store import StoreError, open_store
from tests.store.test_environment import _read_only
from tests.store.test_reading_without_writing import make_filled


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
