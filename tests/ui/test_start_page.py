"""The start page driven through its widgets: welcome, search, filters, actions, long work off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from needsassess.store import ListQuery
from needsassess.ui.entry import FormEntryView
from needsassess.ui.tasks import Task, TaskCancelled

try:
    from .conftest import complete_assessment, insert_rows
except ImportError:  # tests/ui is not a package
    from conftest import complete_assessment, insert_rows  # type: ignore[no-redef]


def test_empty_store_shows_the_welcome_and_its_buttons(qtbot, window, monkeypatch) -> None:
    from needsassess.ui.new_assessment import NewAssessmentDialog

    monkeypatch.setattr(NewAssessmentDialog, "exec", lambda self: 0)
    page = window.start_page
    assert page.stack.currentWidget() is page.welcome
    assert page.welcome.new_button.text() == "New assessment"
    with qtbot.waitSignal(page.new_requested):
        qtbot.mouseClick(page.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.counts_label.text() == "0 drafts · 0 complete"
    assert str(window.store.data_dir) in window.folder_label.text()


def test_search_and_filters_narrow_the_list(qtbot, window, store) -> None:
    insert_rows(store, 60)
    page = window.start_page
    page.reload()
    assert page.stack.currentIndex() == 1
    assert page.model.rowCount() == 60
    qtbot.keyClicks(page.search, "koidu")
    qtbot.waitUntil(lambda: page.model.rowCount() == 15)
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    page.status_filter.activated.emit(page.status_filter.currentIndex())
    assert page.model.rowCount() == 5
    assert {page.model.index(r, 4).data() for r in range(5)} == {"Draft"}
    page.search.clear()
    page.apply_filters()
    page.site_filter.setCurrentIndex(page.site_filter.findData("Bukhara"))
    page.apply_filters()
    assert {page.model.index(r, 2).data() for r in range(page.model.rowCount())} == {"Bukhara"}
    qtbot.keyClicks(page.search, "no such title")
    page.apply_filters()
    assert page.model.rowCount() == 0 and not page.no_match.isHidden()


def test_buttons_follow_the_selection_and_enter_opens_the_row(qtbot, window, store) -> None:
    insert_rows(store, 6)
    page = window.start_page
    page.reload()
    window.show()
    page.table.selectRow(0)  # newest first: row 5, complete
    assert page.view_button.isEnabled() and page.reopen_button.isEnabled()
    assert not page.open_button.isEnabled() and not page.discard_button.isEnabled()
    page.table.setFocus()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == ["00000000-0000-4000-8000-000000000005", True]
    assert window.stack.currentWidget() is window.entry
    window.entry.closed.emit()
    assert window.stack.currentWidget() is page


def test_every_control_has_an_accessible_name(window, store) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QTableView

    def ours(widget) -> bool:  # Qt's own parts (corner button, combo editors) are named qt_*
        return bool(widget.objectName()) and not widget.objectName().startswith("qt_")

    for reload_with in (0, 3):
        insert_rows(store, reload_with)
        window.start_page.reload()
        controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QTableView)
                    for w in window.findChildren(kind) if ours(w)]
        assert {"new_button", "search_box", "site_filter", "assessment_table", "welcome_demo"} <= {
            w.objectName() for w in controls}
        assert [w.objectName() for w in controls if not w.accessibleName()] == []


def test_discard_asks_first(qtbot, window, store, monkeypatch) -> None:
    insert_rows(store, 3)  # row 0 is a draft: the oldest, so last in the list
    page = window.start_page
    page.reload()
    page.table.selectRow(2)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    page.discard_button.click()
    assert store.count(ListQuery()) == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    page.table.selectRow(2)
    page.discard_button.click()
    assert store.count(ListQuery()) == 2
    assert store.get("00000000-0000-4000-8000-000000000000").status == "discarded"
    assert window.counts_label.text() == "0 drafts · 2 complete"


def test_reopen_asks_a_reason_and_opens_the_new_draft(qtbot, window, store, monkeypatch, no_popups) -> None:
    uuid = complete_assessment(store)
    page = window.start_page
    page.reload()
    page.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    page.reopen_button.click()
    assert store.get(uuid).status == "complete" and no_popups  # an empty reason is refused, with a message
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Ward number was wrong", True))
    page.table.selectRow(0)
    page.reopen_button.click()
    record = store.get(uuid)
    assert (record.status, record.revision) == ("draft", 2)
    assert store.audit(uuid)[-1].detail == "Ward number was wrong"
    assert window.stack.currentWidget() is window.entry


def test_new_assessment_creates_a_draft_with_its_site(qtbot, window, store, monkeypatch) -> None:
    from needsassess.ui.new_assessment import NewAssessmentDialog

    def pick_and_accept(dialog: NewAssessmentDialog) -> int:
        rows = [dialog.form_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.form_list.count())]
        dialog.form_list.setCurrentRow(rows.index("waste_management"))
        assert dialog.version.text() and dialog.languages.text()
        dialog.site.setCurrentText("Khajura Bazaar")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewAssessmentDialog, "exec", pick_and_accept)
    window.new_action.trigger()
    [row] = store.list(ListQuery())
    assert (row.form_id, row.status, row.site) == ("waste_management", "draft", "Khajura Bazaar")
    assert isinstance(window.entry, FormEntryView)
    assert not window.new_action.isEnabled()  # Ctrl+N belongs to the list


def test_pdf_report_is_written_off_the_gui_thread(qtbot, window, store, tmp_path: Path, monkeypatch) -> None:
    complete_assessment(store)
    page = window.start_page
    page.reload()
    page.table.selectRow(0)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.report_button.click()
    with qtbot.waitSignal(page.list_actions.task.done, timeout=60_000):
        pass
    assert target.read_bytes().startswith(b"%PDF")


def test_export_then_import_shows_the_counts(qtbot, window, store, tmp_path: Path, monkeypatch,
                                            no_popups, import_dialogs) -> None:
    from needsassess.store import open_store
    from needsassess.ui.main_window import MainWindow

    complete_assessment(store)
    package = tmp_path / "out.napkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    window.export_action.trigger()
    with qtbot.waitSignal(window.start_page.list_actions.task.done, timeout=60_000):
        pass
    assert package.is_file(), no_popups
    other = open_store(tmp_path / "coordinator")
    try:
        second = MainWindow(other)
        qtbot.addWidget(second)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(package)], ""))
        second.import_action.trigger()
        with qtbot.waitSignal(second.start_page.list_actions.task.done, timeout=60_000):
            pass
        [dialog] = import_dialogs
        assert [dialog.table.item(0, c).text() for c in range(5)] == ["out.napkg", "1", "0", "0", "0"]
        assert dialog.table.item(0, 6).text() == "Imported."
        assert dialog.table.item(0, 5).text() == "Not enrolled"  # signed, by a key not enrolled here
        assert second.start_page.model.rowCount() == 1
        assert "Not encrypted" in no_popups[0][1] and no_popups[0][0] == "warning"
    finally:
        other.close()


def test_task_reports_progress_result_and_cancel(qtbot) -> None:
    def work(progress, cancelled):
        for i in range(3):
            progress(i + 1, 3)
        return "done"

    task = Task(work)
    steps: list[tuple[int, int]] = []
    task.progress.connect(lambda a, b: steps.append((a, b)))
    with qtbot.waitSignal(task.finished) as finished:
        task.start()
    assert finished.args == ["done"]
    qtbot.waitUntil(lambda: steps == [(1, 3), (2, 3), (3, 3)])

    def stops(progress, cancelled):
        task2.cancel()
        if cancelled():
            raise TaskCancelled
        return "not reached"

    task2 = Task(stops)
    with qtbot.waitSignal(task2.cancelled):
        task2.start()

    task3 = Task(lambda p, c: 1 / 0)
    with qtbot.waitSignal(task3.failed) as failed:
        task3.start()
    assert "ZeroDivisionError" in failed.args[0]


def test_the_counts_follow_the_nepali_digits_setting(qtbot, window, store, switcher) -> None:
    complete_assessment(store)
    switcher.switch("ne")
    window.update_counts()
    assert window.counts_label.text().startswith("०") and "१" in window.counts_label.text()
    store.settings.interface_language, store.settings.digits = "ne", "latin"
    window.apply_settings()
    assert window.counts_label.text().startswith("0 ") and "1" in window.counts_label.text()
    assert "मस्यौदा" in window.counts_label.text()  # still Nepali, with Latin digits
