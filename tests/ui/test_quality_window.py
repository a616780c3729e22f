"""The data-quality flags in the window: the list's Flags column, tooltip and filter, the one-click
follow-up, and the notes beside questions, over a coordinator's folder made with the CLI (the demo,
exported and imported: it has assessments without their photos and without GPS, so flags exist)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from needsassess.store import AssessmentStore, open_store

ROOT = Path(__file__).resolve().parents[2]


def _cli(data: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "needsassess", "--data-dir", str(data), *args],
                   check=True, env=env, capture_output=True)


@pytest.fixture(scope="module")
def coordinator_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("quality")
    _cli(base / "officer", "demo")
    _cli(base / "officer", "export", "--all", "--no-encrypt", "-o", str(base / "visits.napkg"))
    _cli(base / "coordinator", "import", "--accept-signer", str(base / "visits.napkg"))
    return base / "coordinator"


@pytest.fixture
def coord_store(coordinator_folder: Path, tmp_path: Path) -> Iterator[AssessmentStore]:
    copy = tmp_path / "coordinator"
    shutil.copytree(coordinator_folder, copy)
    opened = open_store(copy)
    yield opened
    opened.close()


@pytest.fixture
def expected(coord_store: AssessmentStore) -> dict[str, list[object]]:
    from needsassess.analysis.quality import store_flags

    _records, flags = store_flags(coord_store)
    found = {uuid: list(f) for uuid, f in flags.items() if f}
    assert found, "the demo must give flags"
    return found


def _page(qtbot, store: AssessmentStore):
    from needsassess.ui.start_page import StartPage

    page = StartPage(store, "en")
    qtbot.addWidget(page)
    page.resize(1024, 600)
    page.show()
    qtbot.waitExposed(page)
    return page


def _loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.flags_loader.running and bool(page.flags_loader.flags), timeout=20000)


def _rows(page) -> dict[str, int]:
    return {page.model.summary(r).uuid: r for r in range(page.model.rowCount())}


def test_the_flags_column_shows_short_names_and_the_reasons_in_the_tooltip(qtbot, switcher, coord_store,
                                                                            expected) -> None:
    from needsassess.ui.assessment_model import FLAG_NAMES_ROLE, FLAGS_COLUMN, REVIEW_COLUMN

    page = _page(qtbot, coord_store)
    assert page.table.isColumnHidden(FLAGS_COLUMN)  # nothing computed yet: no empty column
    _loaded(qtbot, page)
    assert not page.table.isColumnHidden(FLAGS_COLUMN) and not page.flag_filter.isHidden()
    rows = _rows(page)
    flagged = next(u for u in expected if any(f.name == "missing_photo" for f in expected[u]))
    cell = page.model.index(rows[flagged], FLAGS_COLUMN)
    assert "no photo" in cell.data()
    assert set(cell.data(FLAG_NAMES_ROLE)) == {f.name for f in expected[flagged]}
    assert "no photo attached" in cell.data(0x0003)  # ToolTipRole
    clean = [u for u in rows if u not in expected]
    assert clean and page.model.index(rows[clean[0]], FLAGS_COLUMN).data() is None

    switcher.switch("ne")
    assert "फोटो छैन" in cell.data()
    assert "कुनै फोटो" in cell.data(0x0003) or "फोटो" in cell.data(0x0003)
    switcher.switch("uz")
    assert "surat yoʻq" in cell.data()
    assert "surat" in cell.data(0x0003).lower() and "photo" not in cell.data(0x0003)

    # At 1024 px the Review column stays in sight beside the Flags column.
    header = page.table.horizontalHeader()
    assert not page.table.isColumnHidden(REVIEW_COLUMN)
    right = header.sectionViewportPosition(REVIEW_COLUMN) + header.sectionSize(REVIEW_COLUMN)
    assert right <= page.table.viewport().width()


def test_the_flag_filter_keeps_flagged_rows_and_one_kind(qtbot, coord_store, expected) -> None:
    page = _page(qtbot, coord_store)
    _loaded(qtbot, page)
    everything = page.model.rowCount()
    combo = page.flag_filter.combo
    combo.setCurrentIndex(combo.findData("*"))
    combo.activated.emit(combo.currentIndex())
    assert set(_rows(page)) == set(expected) and page.model.rowCount() < everything
    gps = combo.findData("no_gps")
    assert gps > 0
    combo.setCurrentIndex(gps)
    combo.activated.emit(gps)
    want = {u for u, flags in expected.items() if any(f.name == "no_gps" for f in flags)}
    assert want and set(_rows(page)) == want
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert page.model.rowCount() == everything


def test_one_click_records_needs_follow_up_with_the_reasons(qtbot, switcher, coord_store, expected) -> None:
    from PySide6.QtCore import Qt

    from needsassess.sync.review import review_state

    switcher.switch("uz")
    page = _page(qtbot, coord_store)
    _loaded(qtbot, page)
    rows = _rows(page)
    clean = next(u for u in rows if u not in expected)
    page.table.selectRow(rows[clean])
    assert not page.flag_filter.follow_up_button.isEnabled() and not page.flag_menu().actions()
    flagged = next(iter(expected))
    page.table.selectRow(rows[flagged])
    assert page.flag_filter.follow_up_button.isEnabled() and page.flag_menu().actions()
    qtbot.mouseClick(page.flag_filter.follow_up_button, Qt.MouseButton.LeftButton)
    state, comment = review_state(coord_store, flagged)
    assert state == "needs_follow_up"
    for flag in expected[flagged]:
        assert flag.text("uz") in comment  # the interface language's reasons
    audit = [e for e in coord_store.audit(flagged) if e.event == "reviewed"]
    assert audit and "needs_follow_up" in audit[-1].detail
    _loaded(qtbot, page)  # recomputed after the review


def test_notes_beside_questions_when_a_flagged_assessment_is_opened(qtbot, switcher, coord_store,
                                                                     expected) -> None:
    from needsassess.ui.entry.flag_notes import FlagNotes
    from needsassess.ui.entry_loader import make_entry_view

    switcher.switch("ne")
    uuid = next(u for u, flags in expected.items() if any(f.question for f in flags))
    view = make_entry_view(coord_store, uuid, "ne", True, None)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    notes = view.findChild(FlagNotes)
    assert notes is not None
    qtbot.waitUntil(lambda: bool(notes.flags), timeout=20000)
    beside = {f.question for f in expected[uuid] if f.question}
    texts = []
    for index in range(len(view.pages)):
        view.show_page(index)
        page = view.stack.currentWidget()
        for widget in page.question_widgets():
            from PySide6.QtWidgets import QLabel

            for label in widget.findChildren(QLabel, "flag_note"):
                texts.append((widget.question.name, label.text()))
    assert {name for name, _text in texts} == beside
    assert all("फोटो" in t or "GPS" in t for _n, t in texts)


def test_a_clean_assessment_opens_without_notes(qtbot, coord_store, expected) -> None:
    from needsassess.store import COMPLETE, ListQuery
    from needsassess.ui.entry.flag_notes import FlagNotes
    from needsassess.ui.entry_loader import make_entry_view

    clean = next(s.uuid for s in coord_store.list(ListQuery(status=COMPLETE, limit=None)) if s.uuid not in expected)
    view = make_entry_view(coord_store, clean, "en", True, None)
    qtbot.addWidget(view)
    notes = view.findChild(FlagNotes)
    qtbot.waitUntil(lambda: not notes.loader.running, timeout=20000)
    assert not view.findChildren(type(notes.banner), "flag_note") and notes.banner.isHidden()


def test_flags_of_the_whole_assessment_are_in_a_band_at_the_top(qtbot, switcher, coord_store, expected) -> None:
    from needsassess.ui.entry.flag_notes import FlagNotes
    from needsassess.ui.entry_loader import make_entry_view

    switcher.switch("uz")
    uuid = next(u for u, flags in expected.items() if any(f.name == "duplicate" for f in flags))
    view = make_entry_view(coord_store, uuid, "en", True, None)
    qtbot.addWidget(view)
    notes = view.findChild(FlagNotes)
    qtbot.waitUntil(lambda: bool(notes.flags), timeout=20000)
    duplicate = next(f for f in expected[uuid] if f.name == "duplicate")
    assert not notes.banner.isHidden()
    assert duplicate.text("uz") in notes.banner.text() and "belgilari" in notes.banner.text()


def test_a_point_outside_its_stated_region_is_flagged_in_the_list(qtbot, switcher, coordinator_folder: Path,
                                                                  tmp_path: Path) -> None:
    import json

    import needsassess.demo
    from needsassess.ui.assessment_model import FLAGS_COLUMN

    folder = tmp_path / "coordinator"
    shutil.copytree(coordinator_folder, folder)
    visit = json.loads((Path(needsassess.demo.__file__).parent / "answers" / "green_city.json").read_text("utf-8"))[0]
    visit["gps"] = {"lat": 39.6542, "lon": 66.9597, "alt": 700, "accuracy": 5}  # Samarkand, stated Bukhara
    answers = tmp_path / "visit.json"
    answers.write_text(json.dumps(visit, ensure_ascii=False), encoding="utf-8")
    _cli(folder, "new", "--form", "green_city", "--answers", str(answers), "--complete")
    store = open_store(folder)
    try:
        page = _page(qtbot, store)
        _loaded(qtbot, page)
        flagged = [u for u, flags in page.flags_loader.flags.items() if any(f.name == "outside_region" for f in flags)]
        assert len(flagged) == 1
        cell = page.model.index(_rows(page)[flagged[0]], FLAGS_COLUMN)
        assert "outside the region" in cell.data()
        assert "outside Bukhara Region" in cell.data(0x0003) and "in Samarkand" in cell.data(0x0003)
        assert page.flag_filter.combo.findData("outside_region") > 0
        switcher.switch("uz")
        assert "viloyatdan tashqarida" in cell.data()
        assert "Buxoro viloyati hududidan tashqarida" in cell.data(0x0003)
    finally:
        store.close()
