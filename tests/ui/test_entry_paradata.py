"""The entry window records paradata: opened, pages, focus, changes, closed; written with the autosave."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from needsassess.store import StoreError, open_store

try:
    from . import entry_helpers as h
except ImportError:  # tests/ui is not a package
    import entry_helpers as h  # type: ignore[no-redef]


@pytest.fixture
def store(tmp_path: Path):
    store = open_store(tmp_path / "data")
    yield store
    store.close()


def _page(view, name: str) -> int:
    return next(i for i, p in enumerate(view.pages) if p.name == name)


def test_pages_focus_and_changes_go_to_the_store_with_the_autosave(qtbot, store) -> None:
    view = h.open_view(qtbot, store, "waste_management")
    first = view.pages[0].name
    view.show_page(_page(view, "people"))
    widget = h.widget_for(view, "women_met")
    widget.editor.setFocus()
    qtbot.waitUntil(lambda: view.paradata.question == "women_met")
    h.enter(qtbot, view, "women_met", 14)  # autosaves: the events so far go with it
    stored = store.paradata(view.uuid)
    kinds = [(e.event, e.page, e.question) for e in stored]
    assert kinds[0] == ("opened", None, None)
    assert ("page_entered", first, None) in kinds and ("page_left", first, None) in kinds
    assert ("page_entered", "people", None) in kinds
    assert ("focused", "people", "women_met") in kinds
    assert kinds[-1] == ("changed", "people", "women_met")
    assert len(view.paradata) == 0  # nothing waits in the buffer after a save
    view.close_form()
    tail = [(e.event, e.page) for e in store.paradata(view.uuid)][-2:]
    assert tail == [("page_left", "people"), ("closed", None)]
    assert all(e.at <= f.at for e, f in itertools.pairwise(stored))


def test_a_failed_save_keeps_the_events_for_the_next_one(qtbot, store, monkeypatch) -> None:
    view = h.open_view(qtbot, store, "waste_management")
    view.show_page(_page(view, "people"))
    real = store.save_draft

    def failing(*_args, **_kwargs):
        raise StoreError("disk full", kind="disk_full")

    monkeypatch.setattr(store, "save_draft", failing)
    h.enter(qtbot, view, "women_met", 14)
    assert store.paradata(view.uuid) == [] and len(view.paradata) > 0
    monkeypatch.setattr(store, "save_draft", real)
    h.enter(qtbot, view, "men_met", 9)
    events = [(e.event, e.question) for e in store.paradata(view.uuid)]
    assert ("changed", "women_met") in events and events[-1] == ("changed", "men_met")
    assert [e for e, _ in events].count("opened") == 1


def test_a_finalized_assessment_opened_to_read_records_nothing(qtbot, store) -> None:
    from needsassess.engine import FormSession
    from needsassess.ui.entry import FormEntryView

    form = store.forms.latest("waste_management")
    record = store.create("waste_management", FormSession(form, answers={"consent": "yes"}))
    view = FormEntryView(store, record.uuid, form_language="en", read_only=True)
    qtbot.addWidget(view)
    view.show_page(1)
    view.close_form()
    assert store.paradata(record.uuid) == []


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Time spent entering: 0.2 min of active time on 1 pages"),
    ("ne", "प्रविष्टिमा लागेको समय: १ पृष्ठमा ०.२ मिनेट सक्रिय समय"),
    ("uz", "Kiritishga ketgan vaqt: 1 sahifada 0,2 daqiqa faol vaqt"),
])
def test_the_coordinator_reads_the_paradata_summary(qtbot, store, switcher, language, expected) -> None:
    from needsassess.engine import FormSession
    from needsassess.store.paradata import ParadataEvent
    from needsassess.ui.entry_loader import make_entry_view

    form = store.forms.latest("waste_management")
    session = FormSession(form, answers={"consent": "yes"})
    record = store.create("waste_management", session)
    events = [ParadataEvent("2026-03-01T08:00:00.000000Z", "opened"),
              ParadataEvent("2026-03-01T08:00:02.000000Z", "page_entered", "site"),
              ParadataEvent("2026-03-01T08:00:12.000000Z", "changed", "site", "settlement"),
              ParadataEvent("2026-03-01T08:00:14.000000Z", "closed")]
    store.record_paradata(record.uuid, events)
    switcher.switch(language)
    view = make_entry_view(store, record.uuid, "en", True, None)
    qtbot.addWidget(view)
    assert view.paradata_note.label.text().startswith(expected)
    assert view.paradata_note.label.isVisibleTo(view)
    switcher.switch("en")  # while the view lives: it rewords itself
    qtbot.waitUntil(lambda: view.paradata_note.label.text().startswith("Time spent entering:"))
