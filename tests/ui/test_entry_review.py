"""The entry window's header, review page and messages in English, Nepali and Uzbek: when the
answers were last saved, the key figures and missing answers before finalizing, the refusal to
finalize in words an officer reads, and a full disk told in the interface language."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event, update

from needsassess.engine import FormSession
from needsassess.locale import Conventions
from needsassess.store.models import ASSESSMENTS
from needsassess.timefmt import format_time
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.review import Link
from needsassess.ui.entry.saved_state import saved_text

try:
    from . import entry_helpers as h
except ImportError:  # run as a single file
    import entry_helpers as h  # type: ignore[no-redef]

NOW = datetime(2025, 12, 4, 15, 0)


@pytest.mark.parametrize(("moment", "language", "expected"), [
    (datetime(2025, 12, 4, 14, 32), "en", "Saved 14:32"),
    (datetime(2025, 12, 4, 14, 32), "ne", "१४:३२ मा सुरक्षित"),
    (datetime(2025, 12, 3, 9, 5), "en", "Saved yesterday at 09:05"),
    (datetime(2025, 12, 3, 9, 5), "uz", "Kecha 09:05 da saqlandi"),
    (datetime(2025, 12, 2, 14, 32), "en", "Saved 2 December 2025, 14:32"),
    (datetime(2025, 12, 2, 14, 32), "ne", "१६ मंसिर २०८२, १४:३२ मा सुरक्षित"),
    (datetime(2025, 12, 2, 14, 32), "uz", "2-dekabr 2025-yil, 14:32 da saqlandi"),
])
def test_saved_text_says_today_yesterday_or_the_date(switcher, moment, language, expected) -> None:
    assert switcher.switch(language)
    assert saved_text(moment, Conventions.for_language(language), NOW) == expected


def _draft(store, answers: dict[str, Any], days_ago: int) -> str:
    session = FormSession(store.forms.latest("waste_management"), answers=answers)
    uuid = store.create("waste_management", session).uuid
    stamp = format_time(datetime.now(UTC) - timedelta(days=days_ago))
    with store.write("test: an old draft") as conn:
        conn.execute(update(ASSESSMENTS).where(ASSESSMENTS.c.uuid == uuid).values(updated_at=stamp))
    return uuid


def test_reopened_draft_says_when_it_was_saved_and_each_autosave_updates_it(qtbot, store, switcher) -> None:
    uuid = _draft(store, {"consent": "yes", "settlement": "Koidu", "women_met": 12}, days_ago=3)
    view = FormEntryView(store, uuid, form_language="en")
    qtbot.addWidget(view)
    moment = datetime.fromisoformat(store.get(uuid).updated_at.replace("Z", "+00:00"))
    assert view.header.saved.text() == saved_text(moment, Conventions())
    assert view.header.saved.text().startswith("Saved ") and "No changes" not in view.header.saved.text()
    h.enter(qtbot, view, "municipality", "Kono")
    assert view.header.saved.text() == f"Saved {view.saver.last_saved:%H:%M}"


def test_review_page_shows_key_figures_and_links_to_missing_answers_in_nepali(qtbot, store, switcher) -> None:
    assert switcher.switch("ne")
    view = h.open_view(qtbot, store, "waste_management", "ne")
    view.show_page(next(i for i, p in enumerate(view.pages) if p.name == "people"))
    h.enter(qtbot, view, "women_met", 12)
    h.enter(qtbot, view, "men_met", 1500 - 1490)
    view.show_page(len(view.pages))
    review = view.review
    assert review.figures.isVisibleTo(view)
    figures = {label.text() for label in review.figures.findChildren(type(review.title))}
    assert "जम्मा भेटिएका मानिस" in figures and "२२" in figures  # Total people met: 12 + 10
    links = [link for link in review.links.findChildren(Link) if link.objectName() == "problemLink"]
    assert links and all("_" not in link.plain for link in links)  # labels, never internal names
    pages = [link for link in review.links.findChildren(Link) if link.objectName() == "pageLink"]
    pages[-1].click()
    assert view.current_index() < len(view.pages)
    assert review.finalize_button.isDefault() and not review.finalize_button.isEnabled()


@pytest.mark.parametrize(("language", "frame", "label"), [
    ("ne", "मूल्याङ्कन अहिले नै अन्तिम गर्न सकिँदैन", "भेटिएका महिला सङ्ख्या"),
    ("uz", "Baholashni hali yakunlab boʻlmaydi", "Uchrashilgan ayollar soni"),
    ("en", "The assessment cannot be finalized yet", "Number of women met"),
])
def test_refusal_to_finalize_names_questions_by_label_in_the_interface_language(
        qtbot, store, switcher, language, frame, label) -> None:
    assert switcher.switch(language)
    view = h.open_view(qtbot, store, "waste_management", language)
    view.show_page(next(i for i, p in enumerate(view.pages) if p.name == "people"))
    h.enter(qtbot, view, "women_met", 900)  # more than the form allows
    view.finalize()
    text = view.message_bar.text.text()
    assert view.message_bar.isVisibleTo(view)
    assert text.startswith(frame) and label in text
    assert "women_met" not in text and store.get(view.uuid).status == "draft"


def _disk_full(store) -> None:
    """Every new connection may not grow the database file: the next write fails as on a full disk."""
    with store.read("test") as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(store.engine, "connect", limit)
    store.engine.dispose()


@pytest.mark.parametrize(("language", "kept", "full", "not_saved"), [
    ("ne", "तपाईंका पछिल्ला उत्तरहरू स्क्रिनमा छन्", "डिस्क भरिएको छ", "सुरक्षित"),
    ("uz", "Oxirgi javoblaringiz ekranda", "disk toʻlgan", "Saqlanmadi"),
])
def test_a_full_disk_is_told_in_the_interface_language(qtbot, store, switcher, language, kept, full,
                                                        not_saved) -> None:
    assert switcher.switch(language)
    view = h.open_view(qtbot, store, "waste_management", language)
    _disk_full(store)
    for number, name in enumerate(("municipality", "settlement", "ward")):  # long answers grow the file
        widget = h.widget_for(view, name)
        widget.editor.setText(str(number) * 9_000)
        widget.submit(widget.editor.text())
        widget.leave()
        if view.saver.failing:
            break
    text = view.message_bar.text.text()
    assert view.message_bar.isVisibleTo(view)
    assert kept in text and full in text and "disk holding" not in text.lower()
    assert not_saved in view.header.saved.text()
    assert widget.editor.text() == str(number) * 9_000  # kept on screen
    switcher.switch("en")  # the bar follows a language switch
    qtbot.waitUntil(lambda: "The disk holding" in view.message_bar.text.text())
