"""The coordinator's view driven through its widgets: imported filters, review, conflicts, tables, import."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from needsassess.store import open_store
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_packages
from needsassess.sync.review import conflicts, differences, review_state

try:
    from .conftest import complete_assessment, edit_and_finalize
except ImportError:  # tests/ui is not a package
    from conftest import complete_assessment, edit_and_finalize  # type: ignore[no-redef]


@pytest.fixture(scope="module")
def packages(tmp_path_factory) -> dict:
    """Packages of two officers; the second copy of one assessment edited differently (a conflict)."""
    root = tmp_path_factory.mktemp("officers")
    out: dict = {}
    with open_store(root / "sita") as sita:
        sita.settings.officer_name = "Sita Tharu"
        uuid = complete_assessment(sita, "waste_management", 0)
        out["uuid"] = uuid
        out["first"] = export_package(sita, root / "sita-first.napkg").path
    shutil.copytree(root / "sita", root / "copy", ignore=shutil.ignore_patterns("sessions"))
    for name, households in (("sita", 5111), ("copy", 5222)):
        with open_store(root / name) as officer:
            edit_and_finalize(officer, uuid, households=households)
            out[name] = export_package(officer, root / f"{name}-edit.napkg").path
    with open_store(root / "dilnoza") as dilnoza:
        dilnoza.settings.officer_name = "Dilnoza Karimova"
        complete_assessment(dilnoza, "waste_management", 1)
        out["dilnoza"] = export_package(dilnoza, root / "dilnoza.napkg").path
    return out


@pytest.fixture
def coordinator(store, packages):
    import_packages(store, [packages["first"], packages["sita"], packages["copy"], packages["dilnoza"]])
    return store


def test_imported_filters_narrow_the_list_and_show_the_review_column(qtbot, window, coordinator,
                                                                    packages) -> None:
    from needsassess.ui.assessment_model import REVIEW_COLUMN

    page = window.start_page
    page.reload()
    assert not page.imported.isHidden() and not page.table.isColumnHidden(REVIEW_COLUMN)
    assert page.model.rowCount() == 2
    shown = {page.model.summary(r).uuid: page.model.index(r, REVIEW_COLUMN).data() for r in range(2)}
    assert shown.pop(packages["uuid"]) == "In conflict"
    assert list(shown.values()) == ["New"]  # Dilnoza's: received, not reviewed yet
    officer = page.imported.officer
    officer.setCurrentIndex(officer.findData("Dilnoza Karimova"))
    officer.activated.emit(officer.currentIndex())
    assert page.model.rowCount() == 1
    assert page.model.summary(0).officer == "Dilnoza Karimova"
    officer.setCurrentIndex(0)
    package = page.imported.package
    names = [package.itemText(i) for i in range(package.count())]
    assert len(names) == 5 and names[0] == "All packages"  # four packages imported
    package.setCurrentIndex(1 + [n.split(" · ")[0] for n in names[1:]].index("dilnoza.napkg"))
    package.activated.emit(package.currentIndex())
    assert page.model.rowCount() == 1
    since = page.imported.since
    package.setCurrentIndex(0)
    since.setCurrentIndex(since.findData("today"))
    since.activated.emit(since.currentIndex())
    assert page.model.rowCount() == 2  # everything came in today
    assert page.imported.conflicts_button.text() == "Conflicts (1)…"


def test_review_dialog_records_state_and_comment(qtbot, window, coordinator, packages) -> None:
    from PySide6.QtCore import Qt

    from needsassess.ui.assessment_model import REVIEW_STATE_ROLE
    from needsassess.ui.review_dialog import ReviewDialog

    page = window.start_page
    page.reload()
    uuid = packages["uuid"]
    row = next(r for r in range(page.model.rowCount()) if page.model.summary(r).uuid == uuid)
    page.table.selectRow(row)
    assert page.imported.review_button.isEnabled()

    def review(dialog: ReviewDialog) -> int:
        assert dialog.status() == "received"
        dialog.set_status("needs_follow_up")
        dialog.comment_box.setPlainText("Household count differs from the ward list")
        dialog.accept()
        return int(ReviewDialog.DialogCode.Accepted)

    ReviewDialog.exec = review  # type: ignore[method-assign]
    try:
        page.imported.review_button.click()
    finally:
        del ReviewDialog.exec
    assert review_state(coordinator, uuid) == ("needs_follow_up", "Household count differs from the ward list")
    row = next(r for r in range(page.model.rowCount()) if page.model.summary(r).uuid == uuid)
    assert page.model.index(row, 6).data() == "In conflict"  # what needs a look comes first
    assert page.model.index(row, 6).data(REVIEW_STATE_ROLE) == "needs_follow_up"
    assert "Needs follow-up" in page.model.index(row, 6).data(Qt.ItemDataRole.ToolTipRole)
    assert coordinator.get(uuid).answers["households"] == 5111  # the answers are untouched


def test_conflict_resolved_through_the_side_by_side_window(qtbot, window, coordinator, packages) -> None:
    from needsassess.ui.conflicts_window import ConflictsWindow

    uuid = packages["uuid"]
    assert coordinator.get(uuid).answers["households"] == 5111
    page = window.start_page
    page.reload()
    page.imported.conflicts_button.click()
    conflicts_window: ConflictsWindow = page.list_actions.conflicts_window
    qtbot.addWidget(conflicts_window)
    assert conflicts_window.list.count() == 1
    table = conflicts_window.table
    assert conflicts_window.only_different.isChecked()  # what differs, first
    different = len(differences(conflicts(coordinator)[0]))  # households and what is calculated from it
    assert len(conflicts_window.answer_rows()) == different
    conflicts_window.only_different.setChecked(False)
    rows = conflicts_window.answer_rows()
    households = rows["households"]
    assert table.item(households, 0).text() == "Households in the area assessed"  # the label, not the name
    assert (table.item(households, 1).text(), table.item(households, 2).text()) == ("5,111", "5,222")
    assert conflicts_window.is_different(households)
    assert sum(conflicts_window.is_different(r) for r in rows.values()) == different
    assert len(rows) > different  # every answer, side by side
    sections = [table.item(r, 0).text() for r in range(table.rowCount()) if table.columnSpan(r, 0) == 3]
    assert sections == ["Where each version comes from", "Answers", "Calculated values"]
    # calculated values come after the answers, under their own heading
    assert rows["daily_tonnes"] > sections.index("Calculated values") and rows["daily_tonnes"] > households
    by_label = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    assert table.item(by_label["By"], 2).text().startswith("Sita Tharu on device ")
    assert table.item(by_label["Arrived in"], 2).text().startswith("copy-edit.napkg, imported ")
    assert table.item(by_label["Arrived in"], 1).text().startswith("sita-edit.napkg, imported ")
    assert "officer's laptop" in table.item(by_label["Why it was reopened"], 2).text()
    conflicts_window.comment.setText("Checked with the ward office")
    with qtbot.waitSignal(conflicts_window.resolved):
        conflicts_window.keep_incoming.click()
    assert coordinator.get(uuid).answers["households"] == 5222
    assert conflicts(coordinator) == [] and conflicts_window.list.count() == 0
    audit = [e.detail or "" for e in coordinator.audit(uuid)]
    assert any("incoming version" in d and "Checked with the ward office" in d for d in audit)
    assert page.imported.conflicts_button.text() == "Conflicts…"


@pytest.mark.parametrize("kind", ["xlsx", "csv", "geojson"])
def test_tables_are_exported_off_the_gui_thread(qtbot, window, coordinator, tmp_path: Path, monkeypatch,
                                                no_popups, kind) -> None:
    page = window.start_page
    page.reload()
    target = tmp_path / ("tables.xlsx" if kind == "xlsx" else "tables")
    chosen_filter = {"xlsx": "Excel workbook (*.xlsx)", "csv": "CSV files in a new folder (*)",
                     "geojson": "Points, lines and areas for QGIS or ArcGIS (*.geojson)"}[kind]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen_filter))
    page.imported.tables_button.click()
    with qtbot.waitSignal(page.list_actions.task.done, timeout=60_000):
        pass
    if kind == "xlsx":
        assert target.read_bytes()[:2] == b"PK"
    elif kind == "geojson":  # the chosen filter adds the extension
        assert json.loads((tmp_path / "tables.geojson").read_text(encoding="utf-8"))["type"] == "FeatureCollection"
    else:
        assert sorted(p.suffix for p in target.iterdir()) and all(p.suffix == ".csv" for p in target.iterdir())
    assert "tables saved" in no_popups[-1][1]


def test_a_package_from_an_unknown_signer_is_held_then_accepted(qtbot, window, store, packages, tmp_path: Path,
                                                               monkeypatch, import_dialogs) -> None:
    from PySide6.QtWidgets import QMessageBox

    from needsassess.crypto.api import create_coordinator_key

    create_coordinator_key(store.data_dir, "Bukhara office", tmp_path / "office.pub")  # enrolment enforced now
    asked: list[str] = []

    def accept(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", accept)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(packages["dilnoza"])], ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(import_dialogs), timeout=60_000)
    [text] = asked
    assert "Fingerprint:" in text and "Dilnoza Karimova" in text
    [dialog] = import_dialogs
    assert dialog.table.item(0, 1).text() == "1"
    assert dialog.table.item(0, 5).text() == "Accepted now"
    assert dialog.table.item(0, 6).text() == "Imported."
    assert window.start_page.model.rowCount() == 1
