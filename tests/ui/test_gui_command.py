"""``needsassess gui --lang`` and ``gui --open``: the language is set and kept, the assessment opens at
its first page, an unknown uuid is refused with its code before any window appears."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from needsassess import paths
from needsassess.cli import main
from needsassess.store import open_store

try:
    from .conftest import complete_assessment
except ImportError:  # tests/ui is not a package
    from conftest import complete_assessment  # type: ignore[no-redef]


@pytest.fixture
def clean_translators(styled_app) -> Iterator[None]:
    """The command installs its own translator on the shared application: removed afterwards."""
    yield
    from needsassess.ui.i18n import LanguageSwitcher

    for translator in styled_app.findChildren(QTranslator):
        styled_app.removeTranslator(translator)
    LanguageSwitcher(styled_app).switch("en")


@pytest.fixture
def folder(tmp_path: Path) -> tuple[Path, str, str]:
    data = tmp_path / "data"
    with open_store(data) as store:
        complete = complete_assessment(store)
        draft = store.create("energy").uuid
    return data, complete, draft


def test_lang_sets_the_interface_and_form_language_and_keeps_them(folder, capsys, clean_translators) -> None:
    data, _complete, _draft = folder
    assert main(["--data-dir", str(data), "gui", "--smoke-test", "--lang", "uz"]) == 0
    out = capsys.readouterr().out
    assert "language uz" in out, out
    with open_store(data) as store:
        assert (store.settings.interface_language, store.settings.form_language) == ("uz", "uz")
    assert paths.remembered_language(data) == "uz"
    # the next start without --lang keeps Uzbek
    assert main(["--data-dir", str(data), "gui", "--smoke-test"]) == 0
    assert "language uz" in capsys.readouterr().out


def test_open_shows_the_assessment_at_its_first_page(folder, capsys, clean_translators) -> None:
    data, _complete, draft = folder
    assert main(["--data-dir", str(data), "gui", "--smoke-test", "--lang", "ne", "--open", draft.upper()]) == 0
    out = capsys.readouterr().out
    assert f"opened {draft}" in out and "language ne" in out, out


def test_open_in_the_window_starts_at_page_one_in_the_form_language(qtbot, folder, switcher) -> None:
    from needsassess.ui.app import StartOptions, finish_start, show_shell

    data, complete, _draft = folder
    options = StartOptions(language="ne", open_uuid=complete)
    window = show_shell(switcher, str(data), options)
    qtbot.addWidget(window)
    store = finish_start(window, switcher, str(data), options)
    assert store is not None
    try:
        entry = window.entry
        assert entry is not None and entry.uuid == complete
        assert entry.current_index() == 0
        assert entry.ctx.read_only  # a complete assessment opens read-only
        assert window.form_language == "ne" and switcher.language == "ne"
        assert window.file_menu.title() == "फाइल(&F)"
    finally:
        window.close_entry(refresh=False)
        store.close()


def test_an_unknown_uuid_is_refused_before_any_window(folder, capsys, styled_app) -> None:
    data, _complete, _draft = folder
    before = len(QApplication.topLevelWidgets())
    assert main(["--data-dir", str(data), "gui", "--open", "00000000-0000-4000-8000-000000000000"]) == 1
    err = capsys.readouterr().err
    assert "error [NA-CLI-600]" in err and "00000000-0000-4000-8000-000000000000" in err
    assert "needsassess list" in err
    assert len(QApplication.topLevelWidgets()) == before


def test_lang_accepts_only_the_three_languages(folder, capsys) -> None:
    data, _complete, _draft = folder
    with pytest.raises(SystemExit):
        main(["--data-dir", str(data), "gui", "--lang", "fr"])
    assert "invalid choice" in capsys.readouterr().err
