"""Help → About and ``gui --smoke-test``: the facts an IT officer checks on a laptop, in the person's language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from needsassess import __version__
from needsassess.store import AssessmentStore
from needsassess.store.schema_info import program_schema


def _close_about_when_shown(found: list[object]) -> None:
    def close() -> None:
        from needsassess.ui.about_dialog import AboutDialog

        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog) and w.isVisible()]
        found.extend(dialogs)
        for dialog in dialogs:
            dialog.reject()

    QTimer.singleShot(0, close)


def test_help_about_shows_version_folder_and_schema(qtbot, store: AssessmentStore, switcher) -> None:
    from needsassess.ui.main_window import MainWindow

    window = MainWindow(store, switcher)
    qtbot.addWidget(window)
    assert window.about_action in window.help_menu.actions()
    found: list[object] = []
    _close_about_when_shown(found)
    window.about_action.trigger()
    [dialog] = found
    assert dialog.version_label.text() == __version__
    assert dialog.folder_label.text() == str(store.data_dir)
    assert dialog.schema_label.text() == program_schema() and re.fullmatch(r"\d{4}\w*(, \d{4}\w*)*", program_schema())


def test_about_is_translated(qtbot, store: AssessmentStore, switcher) -> None:
    from needsassess.ui.about_dialog import AboutDialog

    for language, title, schema in (("ne", "needsassess बारे", "डाटाबेस स्किमा:"),
                                    ("uz", "needsassess haqida", "Maʼlumotlar bazasi sxemasi:")):
        assert switcher.switch(language)
        dialog = AboutDialog(store.data_dir)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == title
        labels = {w.text() for w in dialog.findChildren(type(dialog.version_label))}
        assert schema in labels, labels


def test_the_application_has_its_icon(styled_app) -> None:
    from needsassess.ui.icon import application_icon

    icon = application_icon()
    assert not icon.isNull()
    assert not icon.pixmap(32, 32).isNull()


def test_gui_smoke_test_opens_fills_and_closes_the_window(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          styled_app) -> None:
    from needsassess.cli import main

    assert main(["--data-dir", str(tmp_path / "data"), "gui", "--smoke-test"]) == 0
    out = capsys.readouterr().out
    assert re.match(r"window shown at \d+\.\d+; title 'Needs assessments'; 0 rows", out), out
    assert (tmp_path / "data" / "needsassess.db").is_file()
