"""The window warns about a damaged database: at once when opening found it, else after the
background check; writes are then refused with the catalogued advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.store import StoreError, open_store
from needsassess.store import damage as damage_module
from needsassess.ui.database_check import check_in_background
from needsassess.ui.main_window import MainWindow
from tests.store.store_helpers import FORM_YAML, FakeSession
from tests.store.test_damage import _damage, _filled


def _forms(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    return folder


def test_damage_found_at_open_is_told_at_once(qtbot, tmp_path: Path, switcher, no_popups) -> None:
    forms = _forms(tmp_path)
    _filled(tmp_path / "data", forms)
    _damage(tmp_path / "data" / "needsassess.db")
    with open_store(tmp_path / "data", forms_dir=forms) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        assert check_in_background(store, window) is None
        # (Reading the damaged pages for the list may warn too: the advice is the same.)
        assert [k for k, t in no_popups if "will not save changes" in t and "backups" in t] == ["warning"]


def test_the_background_check_finds_what_the_open_check_had_no_time_for(
    qtbot, tmp_path: Path, switcher, no_popups, monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = _forms(tmp_path)
    draft = _filled(tmp_path / "data", forms)
    _damage(tmp_path / "data" / "needsassess.db")
    monkeypatch.setattr(damage_module, "OPEN_CHECK_BYTES", 0)  # as if too large for the open check
    with open_store(tmp_path / "data", forms_dir=forms) as store:
        assert store.write_refusal is None  # no verdict at open
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        task = check_in_background(store, window)
        assert task is not None
        qtbot.waitUntil(lambda: any("will not save changes" in t for _k, t in no_popups), timeout=20_000)
        with pytest.raises(StoreError) as caught:
            store.save_draft(draft, FakeSession({"settlement": "B"}))
        assert caught.value.code == "NA-STORE-701"


def test_a_sound_database_warns_of_nothing(qtbot, tmp_path: Path, switcher, no_popups) -> None:
    forms = _forms(tmp_path)
    _filled(tmp_path / "data", forms)
    with open_store(tmp_path / "data", forms_dir=forms) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        finished: list[bool] = []
        check_in_background(store, window, lambda: finished.append(True))
        qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
        assert no_popups == [] and store.write_refusal is None


def _damage_popups(shown: list[tuple[str, str]]) -> list[str]:
    return [text for _kind, text in shown if "damaged" in text]


@pytest.mark.parametrize("found_at_open", [True, False])
def test_a_damaged_database_is_told_once_however_many_reads_fail(
    qtbot, tmp_path: Path, switcher, no_popups, monkeypatch: pytest.MonkeyPatch, found_at_open: bool
) -> None:
    forms = _forms(tmp_path)
    _filled(tmp_path / "data", forms)
    _damage(tmp_path / "data" / "needsassess.db", pages=40)  # the list's own reads hit bad pages too
    if not found_at_open:
        monkeypatch.setattr(damage_module, "OPEN_CHECK_BYTES", 0)
    with open_store(tmp_path / "data", forms_dir=forms) as store:
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        window.show()
        finished: list[bool] = []
        check_in_background(store, window, lambda: finished.append(True))
        if not found_at_open:
            qtbot.waitUntil(lambda: bool(finished), timeout=20_000)
        for _again in range(3):
            window.start_page.reload()
        qtbot.wait(200)
        told = _damage_popups(no_popups)
        assert len(told) == 1, told
        if found_at_open:  # the check's verdict, with "will not save changes", is the one told
            assert "will not save changes" in told[0]
        assert "damaged" in window.statusBar().currentMessage()  # the later ones, quietly
