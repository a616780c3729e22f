"""The coordinator's screens with packages made by the command line: row states and their filter, the
Review column at 1024 px, the conflicts window's origins and sections, import results in ne and uz."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from needsassess.store import ListQuery, open_store
from needsassess.store.row_states import ANY, row_states
from needsassess.sync.importer import import_packages
from needsassess.sync.review import set_review

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: object) -> str:
    """``needsassess ARGS`` as a person runs it; its standard output."""
    done = subprocess.run([sys.executable, "-m", "needsassess", *map(str, args)], cwd=ROOT, check=True,
                          capture_output=True, text=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return done.stdout


def _edit(folder: Path, uuid: str, households: int, reason: str) -> None:
    with open_store(folder) as officer:
        officer.reopen(uuid, reason)
        session = officer.open_session(uuid)
        officer.save_draft(uuid, session, session.set_answer("households", households))
        officer.finalize(uuid, session)


@pytest.fixture(scope="module")
def field(tmp_path_factory) -> dict:
    """An officer's demo data exported by the CLI; a reviewed assessment corrected and sent again; the
    same assessment corrected differently on a copy of the laptop (a conflict); a damaged package."""
    root = tmp_path_factory.mktemp("field")
    sita, copy = root / "sita", root / "laptop2"
    cli("--data-dir", sita, "demo")
    cli("--data-dir", sita, "export", "-o", root / "first.napkg")
    shutil.copytree(sita, copy, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    with open_store(sita) as store:
        waste = store.list(ListQuery(form_id="waste_management", status="complete", limit=None))
    out = {"root": root, "first": root / "first.napkg", "updated": waste[0].uuid, "conflict": waste[1].uuid,
           "total": cli("--data-dir", sita, "list", "--status", "complete", "--json").count('"uuid"')}
    _edit(sita, out["updated"], 5111, "Ward office gave the new household count")
    _edit(sita, out["conflict"], 4200, "Recounted with the ward chair")
    _edit(copy, out["conflict"], 4350, "Typing mistake corrected")
    cli("--data-dir", sita, "export", "-o", root / "second.napkg")
    cli("--data-dir", copy, "export", "-o", root / "laptop2.napkg")
    out["second"], out["laptop2"] = root / "second.napkg", root / "laptop2.napkg"
    out["damaged"] = root / "damaged.napkg"
    out["damaged"].write_bytes(out["second"].read_bytes()[:700])
    return out


@pytest.fixture
def coordinator(store, field):
    """The coordinator imported the first package, reviewed three, then received the corrections."""
    import_packages(store, [field["first"]])
    set_review(store, field["updated"], "needs_follow_up", "Households do not match the ward list")
    set_review(store, field["conflict"], "approved")
    others = [s.uuid for s in store.list(ListQuery(limit=None)) if s.uuid not in (field["updated"], field["conflict"])]
    set_review(store, others[0], "approved")
    import_packages(store, [field["second"], field["laptop2"]])
    return store


def test_each_row_says_whether_it_is_new_updated_or_in_conflict(qtbot, window, coordinator, field) -> None:
    from PySide6.QtCore import Qt

    from needsassess.ui.assessment_model import REVIEW_COLUMN, ROW_STATE_ROLE

    total = field["total"]
    with coordinator.read("read the review states") as conn:
        states = row_states(conn, [s.uuid for s in coordinator.list(ListQuery(limit=None))])
    assert states[field["updated"]] == "updated" and states[field["conflict"]] == "conflict"
    assert sorted(states.values()).count("new") == total - 3 and sorted(states.values()).count("") == 1
    for state, count in (("new", total - 3), ("updated", 1), ("conflict", 1), (ANY, total - 1)):
        assert coordinator.count(ListQuery(row_state=state, limit=None)) == count

    page = window.start_page
    page.reload()
    model = page.model
    shown = {model.summary(r).uuid: model.index(r, REVIEW_COLUMN) for r in range(model.rowCount())}
    assert shown[field["updated"]].data() == "Updated"
    assert shown[field["updated"]].data(ROW_STATE_ROLE) == "updated"
    assert "Needs follow-up" in shown[field["updated"]].data(Qt.ItemDataRole.ToolTipRole)
    assert shown[field["conflict"]].data() == "In conflict"
    assert shown[field["conflict"]].data(Qt.ItemDataRole.DecorationRole) is not None
    assert sorted(i.data() for i in shown.values()).count("Approved") == 1  # reviewed, nothing new since

    state = page.imported.state
    assert [state.itemData(i) for i in range(state.count())] == [None, ANY, "conflict", "resubmitted", "updated",
                                                               "returned", "new"]
    state.setCurrentIndex(state.findData("updated"))
    state.activated.emit(state.currentIndex())
    assert [model.summary(r).uuid for r in range(model.rowCount())] == [field["updated"]]
    state.setCurrentIndex(state.findData(ANY))
    state.activated.emit(state.currentIndex())
    assert model.rowCount() == total - 1

    # reviewed now: it leaves the "updated" rows and shows its review again
    set_review(coordinator, field["updated"], "approved")
    page.reload()
    assert model.rowCount() == total - 2
    assert coordinator.count(ListQuery(row_state="updated", limit=None)) == 0


@pytest.mark.parametrize("language", ["en", "ne", "uz"])
def test_the_review_column_stays_in_view_at_1024_px(qtbot, window, coordinator, switcher, language) -> None:
    from PySide6.QtWidgets import QTableView

    from needsassess.ui.assessment_model import REVIEW_COLUMN, ROW_STATES, AssessmentTableModel, row_state_text
    from needsassess.ui.list_columns import ColumnFitter

    assert switcher.switch(language)
    page = window.start_page
    page.reload()
    # the coordinator's two lines fit a 1024 px window (16 px page margins on each side)
    assert page.imported.minimumSizeHint().width() <= 1024 - 32
    # the table as it stands in a 1024 px window: about 990 px for its columns
    model = AssessmentTableModel(coordinator, language, page_size=50)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    fitter = ColumnFitter(table, model)
    table.resize(992, 400)
    table.show()
    qtbot.waitExposed(table)
    fitter.fit()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # no horizontal scrolling
    assert header.sectionViewportPosition(REVIEW_COLUMN) + header.sectionSize(REVIEW_COLUMN) <= \
        table.viewport().width()
    labels = [model.review_text("needs_follow_up")] + [row_state_text(s.label) for s in ROW_STATES.values()]
    assert table.columnWidth(REVIEW_COLUMN) >= fitter.text_width(labels, icon=True)
    assert not table.horizontalScrollBar().isVisible()


@pytest.mark.parametrize("language", ["ne", "uz"])
def test_conflicts_window_speaks_the_form_language(qtbot, window, coordinator, switcher, field, language) -> None:
    from needsassess.ui.conflicts_window import ConflictsWindow

    assert switcher.switch(language)
    coordinator.settings.form_language = language
    dialog = ConflictsWindow(coordinator, window)
    qtbot.addWidget(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 600
    table = dialog.table
    form = coordinator.forms.latest("waste_management")
    households = dialog.answer_rows()["households"]
    assert table.item(households, 0).text() == form.elements["households"].label.get(language)
    # Numbers, revisions and times in the interface's digits (Nepali: Devanagari, the default setting).
    assert {table.item(households, 1).text(), table.item(households, 2).text()} == {"४,२००", "४,३५०"} \
        if language == "ne" else {"4 200", "4 350"}
    if language == "ne":
        shown = " ".join([dialog.heading.text(), *(table.horizontalHeaderItem(c).text() for c in (1, 2)),
                          *(table.item(r, c).text() for r in range(table.rowCount()) for c in (1, 2)
                            if table.item(r, c) is not None)])
        data = re.sub(r"\w*[A-Za-z][\w.-]*", " ", shown)  # device ids and file names are data
        assert not re.search("[0-9]", data), data
    sections = [table.item(r, 0).text() for r in range(table.rowCount()) if table.columnSpan(r, 0) == 3]
    expected = {"ne": ["प्रत्येक संस्करण कहाँबाट आयो", "उत्तरहरू", "गणना गरिएका मानहरू"],
                "uz": ["Har bir versiya qayerdan kelgan", "Javoblar", "Hisoblangan qiymatlar"]}[language]
    assert sections == expected
    assert "daily_tonnes" in dialog.answer_rows()  # a calculated value, under its label
    assert table.item(dialog.answer_rows()["daily_tonnes"], 0).text() == \
        form.elements["daily_tonnes"].label.get(language)


def test_a_reopen_reason_recorded_here_is_shown(qtbot, store, field) -> None:
    """A version reopened in this data folder carries its reason into the conflicts window."""
    from needsassess.ui.conflicts_window import ConflictsWindow

    folder = Path(store.data_dir)
    store.close()
    shutil.rmtree(folder)
    shutil.copytree(field["root"] / "sita", folder, ignore=shutil.ignore_patterns("sessions", "*.lock"))
    with open_store(folder) as sita:
        import_packages(sita, [field["laptop2"]])  # the copy's correction of the same revision
        dialog = ConflictsWindow(sita)
        qtbot.addWidget(dialog)
        by_label = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
        why = by_label["Why it was reopened"]
        assert dialog.table.item(why, 1).text() == "Recounted with the ward chair"
        assert "officer's laptop" in dialog.table.item(why, 2).text()
        assert dialog.table.item(by_label["Arrived in"], 1).text() == "Made in this data folder"


@pytest.mark.parametrize("language", ["ne", "uz"])
def test_import_results_read_in_the_interface_language(qtbot, store, field, switcher, tmp_path, language) -> None:
    from needsassess.crypto.api import create_coordinator_key
    from needsassess.ui.import_result_dialog import RESULT_COLUMN, ImportResultDialog

    import_packages(store, [field["first"]])
    create_coordinator_key(store.data_dir, "Bukhara office", tmp_path / "office.pub")  # enrolment from now on
    results = import_packages(store, [field["second"], field["damaged"], field["first"]])
    held, damaged, again = results
    assert held.held and damaged.refused and again.already_imported
    assert switcher.switch(language)
    dialog = ImportResultDialog(results)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() <= 1024 and dialog.height() <= 600
    texts = [dialog.table.item(r, RESULT_COLUMN).text() for r in range(3)]
    start = {"ne": ("रोकियो, केही पनि आयात गरिएन: ", "अस्वीकार गरियो, केही पनि आयात गरिएन: ",
                    "पहिले नै आयात गरिएको"),
             "uz": ("Ushlab qolindi, hech narsa import qilinmadi: ", "Rad etildi, hech narsa import qilinmadi: ",
                    "Avval import qilingan")}[language]
    assert all(t.startswith(s) for t, s in zip(texts, start, strict=True))
    # the held-back reason is the catalogue's sentence in that language, not the English one
    reason = held.error.body(language)
    assert reason[1:] in texts[0] and held.error.body("en")[1:] not in texts[0]
    assert damaged.error.body(language)[1:] in texts[1]
    assert dialog.table.rowHeight(1) < 2 * dialog.table.fontMetrics().height() + 12  # one line, not a pink wall
    headline = dialog.summary.text()
    assert ("४३" if language == "ne" else "43") in headline  # counts in the interface's digits
    assert "43" not in headline or language != "ne"
    assert dialog.table.currentRow() == 0  # the first package with a problem is selected
    assert dialog.details.isHidden()
    dialog.details_button.click()
    assert not dialog.details.isHidden()
    assert held.error.code in dialog.details.toPlainText()
    assert "needsassess keys enrol" in dialog.details.toPlainText()  # the advice, whole
    assert dialog.height() <= 600
