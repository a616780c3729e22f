"""Fixtures for the window tests: the app's look, a fresh store per test, the main window.

Dialogs that would block (message boxes, file choosers) are patched in each test that meets one;
the interface language is put back to English after every test, so tests never leak a translator.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from needsassess.store import AssessmentStore, open_store


@pytest.fixture(scope="session")
def styled_app(qapp):
    """The shared QApplication with the shipped fonts, style and style sheet (as ``run_app`` sets them)."""
    from needsassess.ui.appearance import apply_look

    apply_look(qapp)
    return qapp


@pytest.fixture(autouse=True)
def no_screen_clamp(qapp) -> Iterator[None]:
    """A test that starts the app (``gui --smoke-test``) installs its rule that windows open no larger
    than the screen; removed afterwards, so other tests may size windows past the offscreen screen."""
    yield
    from needsassess.ui.fitting import remove_screen_fit

    remove_screen_fit(qapp)


@pytest.fixture(autouse=True)
def drop_main_windows(qapp) -> Iterator[None]:
    """Main windows a test made are destroyed after it (closed ones too), so none of them, its store
    closed, re-reads it when a later test switches the language (a message box over a window that is
    gone aborted the run)."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    from needsassess.ui.main_window import MainWindow

    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def switcher(styled_app) -> Iterator[object]:
    from needsassess.ui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(styled_app)
    yield switcher
    switcher.switch("en")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[AssessmentStore]:
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, store, switcher):
    from needsassess.ui.main_window import MainWindow

    main = MainWindow(store, switcher)
    qtbot.addWidget(main)
    main.resize(1366, 740)
    return main


@pytest.fixture
def no_popups(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes answer at once; what they would have shown is collected here."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def record(kind: str, answer):
        def box(_parent, title, text, *_args, **_kwargs):
            shown.append((kind, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    return shown


SITES = ("Khajura", "Bukhara", "Koidu", "खजुरा बजार")


def insert_rows(store: AssessmentStore, count: int, start: int = 0) -> None:
    """``count`` list rows written straight into the table with SQLAlchemy Core (test data only).

    Titles are ``<site> — NNNNN``; every third row is a draft; forms and sites rotate.
    """
    from sqlalchemy import insert

    from needsassess.store.models import ASSESSMENTS

    forms = store.forms.all_latest()
    with store.write("insert test rows") as conn:
        for form in forms:
            store.forms.remember(conn, form)
        rows = []
        for i in range(start, start + count):
            form, site = forms[i % len(forms)], SITES[i % len(SITES)]
            title = f"{site} — {i:05d}"
            stamp = f"2026-01-01T00:00:{i % 60:02d}.{i:06d}Z"
            rows.append({
                "uuid": f"00000000-0000-4000-8000-{i:012d}", "form_id": form.form_id,
                "form_version": form.version, "status": "draft" if i % 3 == 0 else "complete",
                "revision": 1, "answers": {}, "content_hash": None, "parent_hash": None, "title": title,
                "title_lc": title.lower(), "site": site, "officer": f"Officer {i % 7}", "created_at": stamp,
                "updated_at": stamp, "finalized_at": None, "origin_device": store.device_id,
            })
        if rows:
            conn.execute(insert(ASSESSMENTS), rows)


def demo_answers(form_id: str, index: int = 0) -> dict:
    import json

    folder = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers"
    data = json.loads((folder / f"{form_id}.json").read_text(encoding="utf-8"))
    return data[index]


def complete_assessment(store: AssessmentStore, form_id: str = "waste_management", index: int = 0) -> str:
    """One finalized assessment with the demo answers (no photos); its uuid."""
    from needsassess.engine import FormSession
    from needsassess.store.bulk import create_many

    form = store.forms.latest(form_id)
    answers = {k: v for k, v in demo_answers(form_id, index).items()
               if not (isinstance(v, str) and v.endswith((".png", ".jpg")))}
    session = FormSession.from_answers(form, answers)
    return create_many(store, form_id, [session], complete=True)[0]


@pytest.fixture
def import_dialogs(monkeypatch) -> list:
    """The import result dialogs, recorded instead of shown."""
    from needsassess.ui.import_result_dialog import ImportResultDialog

    shown: list = []

    def record(dialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(ImportResultDialog, "exec", record)
    return shown


def edit_and_finalize(store: AssessmentStore, uuid: str, **answers) -> None:
    """Reopen a complete assessment, change answers through a session, finalize again."""
    store.reopen(uuid, "correction")
    session = store.open_session(uuid)
    for name, value in answers.items():
        store.save_draft(uuid, session, session.set_answer(name, value))
    store.finalize(uuid, session)
