"""The window words core errors in the interface language (the catalogue's text), not in English."""

from __future__ import annotations

from needsassess.store import AssessmentStore
from needsassess.store.errors import environment_error


def _disk_full(store: AssessmentStore):
    def broken(_query):
        raise environment_error("disk_full", store.location, "count the assessments")

    return broken


def test_a_store_error_is_shown_in_nepali(window, switcher, store, no_popups, monkeypatch) -> None:
    assert switcher.switch("ne")
    monkeypatch.setattr(store, "count", _disk_full(store))

    window.update_counts()  # the status bar
    status = window.statusBar().currentMessage()
    assert "डिस्क भरिएको छ" in status and "मूल्याङ्कनहरू गन्न सकेन" in status

    window.start_page.model.refresh()  # the list: a message box
    assert no_popups and no_popups[-1][0] == "warning"
    shown = no_popups[-1][1]
    assert shown.startswith(f"{store.location} भएको डिस्क भरिएको छ") and "The disk" not in shown


def test_the_same_error_is_english_after_switching_back(window, switcher, store, no_popups, monkeypatch) -> None:
    switcher.switch("uz")
    switcher.switch("en")
    monkeypatch.setattr(store, "count", _disk_full(store))
    window.update_counts()
    assert window.statusBar().currentMessage().startswith(f"The disk holding {store.location} is full")
