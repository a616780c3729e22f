"""The loop back down to the field, end to end through the window.

Two data folders: a coordinator and an officer (set up with the command line where the window is not
the point). Through the window: the coordinator imports the officer's package, reviews it with a
comment on a question in the review dialog and sends a field package with Send to officers…; the
officer imports it with Import…, finds the row under the Returned filter, opens it and reads the
comment beside its question, reopens it with a reason, fixes the answer through its widget,
finalizes and exports; the coordinator imports that and holds revision 2 with the fix and the
thread, the row marked "Resubmitted".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from needsassess.store import ListQuery, open_store
from needsassess.sync.review import review_thread
from tests.field.field_helpers import FORM, Cli, answers

try:
    from . import entry_helpers as h
except ImportError:  # tests/ui is not a package
    import entry_helpers as h  # type: ignore[no-redef]

COMMENT = "Is it really this settlement?"
REASON = "Checked with the chief"
FIX = "Koidu Town East"


@pytest.fixture
def folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    """A coordinator key loaded on the officer's laptop, and the officer's first package (up1)."""
    coordinator, officer = Cli(tmp_path / "coordinator", capsys), Cli(tmp_path / "officer", capsys)
    for cli, name in ((coordinator, "Aminata Conteh"), (officer, "Fatmata Koroma")):
        with open_store(cli.folder) as store:
            store.settings.officer_name = name
    coordinator.ok("keys", "coordinator-new", "--name", "Koidu office", "-o", str(tmp_path / "coordinator.pub"))
    officer.ok("keys", "load-coordinator", str(tmp_path / "coordinator.pub"))
    uuid = officer.ok("new", "--form", FORM, "--answers", str(answers(tmp_path)), "--complete").strip()
    officer.ok("export", "-o", str(tmp_path / "up1.napkg"))
    return {"coordinator": coordinator.folder, "officer": officer.folder, "uuid": uuid, "tmp": tmp_path}


def _window(qtbot, store, switcher):
    from needsassess.ui.main_window import MainWindow

    main = MainWindow(store, switcher)
    qtbot.addWidget(main)
    main.resize(1024, 600)
    main.show()
    return main


def _import(qtbot, monkeypatch, main, path: Path) -> list:
    """File → Import packages… on ``path``; the results the dialog showed."""
    from needsassess.ui.import_result_dialog import ImportResultDialog

    shown: list = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(ImportResultDialog, "exec", lambda self: shown.append(self) or 0)
    main.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown) and main.start_page.list_actions.task is None, timeout=20000)
    return shown


def _row(page, uuid: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.summary(r).uuid == uuid)


def test_return_and_fix_through_the_window(qtbot, monkeypatch, switcher, no_popups, folders) -> None:
    from needsassess.ui.assessment_model import COLUMNS, REVIEW_COLUMN
    from needsassess.ui.review_dialog import ReviewDialog
    from needsassess.ui.send_dialog import SendDialog

    tmp, uuid = folders["tmp"], folders["uuid"]
    down, up2 = tmp / "down.napkg", tmp / "up2.napkg"

    # -- the coordinator imports, reviews with a comment on a question, sends ---------------------
    with open_store(folders["coordinator"]) as store:
        main = _window(qtbot, store, switcher)
        page = main.start_page
        shown = _import(qtbot, monkeypatch, main, tmp / "up1.napkg")
        assert "1 new" in shown[0].summary_line()
        page.table.selectRow(_row(page, uuid))

        def review(dialog: ReviewDialog) -> int:
            labels = [dialog.question_box.itemText(i) for i in range(dialog.question_box.count())]
            assert "Settlement / village / neighbourhood" in labels  # labels, not names
            dialog.set_status("needs_follow_up")
            dialog.set_question("settlement")
            dialog.comment_box.setPlainText(COMMENT)
            return int(ReviewDialog.DialogCode.Accepted)

        monkeypatch.setattr(ReviewDialog, "exec", review)
        page.imported.review_button.click()
        thread = review_thread(store, uuid)
        assert [(r.status, r.question, r.comment) for r in thread] == [("needs_follow_up", "settlement", COMMENT)]
        assert page.model.index(_row(page, uuid), REVIEW_COLUMN).data() == "Returned"
        assert store.count(ListQuery(row_state="returned", limit=None)) == 1
        assert store.count(ListQuery(row_state="any", limit=None)) == 0  # waits on the officer, not on us

        def second_look(dialog: ReviewDialog) -> int:  # the thread is shown: who, which question, state
            text = dialog.thread_view.toPlainText()
            assert "Aminata Conteh" in text and "Settlement / village / neighbourhood" in text and COMMENT in text
            assert "Needs follow-up" in text
            return int(ReviewDialog.DialogCode.Rejected)

        monkeypatch.setattr(ReviewDialog, "exec", second_look)
        page.imported.review_button.click()

        def send(dialog: SendDialog) -> int:
            assert dialog.officers.count() == 1
            assert dialog.officers.item(0).checkState() == Qt.CheckState.Checked
            assert "(1)" in dialog.returns_check.text()
            return int(SendDialog.DialogCode.Accepted)

        monkeypatch.setattr(SendDialog, "exec", send)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(down), ""))
        main.send_action.trigger()
        actions = page.list_actions
        qtbot.waitUntil(lambda: actions.task is None and bool(actions.last_send_text), timeout=20000)
        assert actions.last_send_text.startswith(f"Field package 1 saved to {down}")
        assert "Returned to Fatmata Koroma: 1 assessments" in actions.last_send_text
        assert down.exists()
        main.close()

    # -- the officer imports, reads the comment beside its question, fixes, finalizes, exports -----
    with open_store(folders["officer"]) as store:
        main = _window(qtbot, store, switcher)
        page = main.start_page
        shown = _import(qtbot, monkeypatch, main, down)
        assert "assessments returned for follow-up: 1." in shown[0].summary_line()
        assert ". Forms installed: " in shown[0].summary_line()
        status = page.status_filter
        status.setCurrentIndex(status.findData("returned"))
        status.activated.emit(status.currentIndex())
        assert page.model.rowCount() == 1
        cell = page.model.index(0, COLUMNS.index("status"))
        assert cell.data() == "Returned" and cell.data(Qt.ItemDataRole.DecorationRole) is not None
        page.table.selectRow(0)
        assert page.reopen_button.isEnabled() and not page.open_button.isEnabled()

        page.view_button.click()  # read it first: the comment is beside its question
        view = main.entry
        assert view is not None and view.return_comments is not None
        assert "Settlement / village / neighbourhood" in view.return_comments.links.text()
        view.return_comments.links.linkActivated.emit("settlement")
        notes = h.widget_for(view, "settlement").findChildren(QLabel, "return_comment_note")
        assert len(notes) == 1 and COMMENT in notes[0].text() and "Aminata Conteh" in notes[0].text()
        view.close_form()

        asked: list[str] = []

        def reason(_parent, _title, text, *_a, **_k):
            asked.append(text)
            return REASON, True

        monkeypatch.setattr(QInputDialog, "getText", reason)
        page.reopen_button.click()
        assert "returned" in asked[0]
        view = main.entry
        assert view is not None and not view.ctx.read_only
        view.jump_to("settlement", ())
        assert h.widget_for(view, "settlement").findChildren(QLabel, "return_comment_note")
        h.enter(qtbot, view, "settlement", FIX)
        view.save_pending()
        view.finalize()
        assert store.get(uuid).status == "complete" and store.get(uuid).answers["settlement"] == FIX
        view.close_form()

        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(up2), ""))
        main.export_action.trigger()
        qtbot.waitUntil(lambda: page.list_actions.task is None and up2.exists(), timeout=20000)
        main.close()

    # -- back at the coordinator: revision 2, the fix, the whole thread, "Resubmitted" -------------
    with open_store(folders["coordinator"]) as store:
        main = _window(qtbot, store, switcher)
        page = main.start_page
        shown = _import(qtbot, monkeypatch, main, up2)
        assert "1 updated" in shown[0].summary_line()
        held = store.get(uuid)
        assert (held.revision, held.answers["settlement"]) == (2, FIX)
        assert [r.revision for r in store.revisions(uuid)] == [1, 2]
        thread = review_thread(store, uuid)
        assert [(r.status, r.question, r.comment) for r in thread] == [
            ("needs_follow_up", "settlement", COMMENT), ("resubmitted", None, REASON)]
        assert page.model.index(_row(page, uuid), REVIEW_COLUMN).data() == "Resubmitted"
        assert store.count(ListQuery(row_state="resubmitted", limit=None)) == 1
        assert store.count(ListQuery(row_state="any", limit=None)) == 1
        main.close()
