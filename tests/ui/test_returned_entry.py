"""A returned assessment opened in the entry window: the header says Returned (and what to do), and the
band's question links follow the interface and form languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from needsassess.store import AssessmentStore

try:
    from .conftest import complete_assessment
except ImportError:  # tests/ui is not a package
    from conftest import complete_assessment  # type: ignore[no-redef]

COMMENT = "Which ward?"


def returned_assessment(store: AssessmentStore) -> str:
    """A complete assessment that its coordinator returned with a comment on ``ward`` (as a field
    package does on the officer's laptop)."""
    from needsassess.store.field import ReturnedComment, apply_return

    uuid = complete_assessment(store, "waste_management", 0)
    record = store.get(uuid)
    comment = ReturnedComment(record.revision, "needs_follow_up", COMMENT, "Aminata", "2026-05-01T10:00:00+00:00",
                              "ward")
    with store.write("return it") as conn:
        assert apply_return(conn, uuid, record.revision, record.content_hash, [comment],
                            "2026-05-02T10:00:00+00:00", ("Sita", "dev")) == "returned"
    assert store.get(uuid).status == "returned"
    return uuid


def _view(qtbot, store: AssessmentStore, uuid: str):
    from needsassess.ui.entry_loader import make_entry_view

    view = make_entry_view(store, uuid, "en", True, None)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    return view


@pytest.mark.parametrize(("language", "returned", "finalized"), [
    ("en", "Returned for correction", "Finalized"),
    ("ne", "सच्याउन फिर्ता", "अन्तिम"),
    ("uz", "Tuzatish uchun qaytarilgan", "Yakunlangan"),
])
def test_the_header_of_a_returned_assessment_says_returned(qtbot, store, switcher, language, returned,
                                                           finalized) -> None:
    uuid = returned_assessment(store)
    switcher.switch(language)
    view = _view(qtbot, store, uuid)
    text = view.header.saved.text()
    assert text.startswith(returned) and finalized not in text
    assert "\n" in text and view.header.saved.toolTip()  # what to do: reopen it from the list
    view.show_page(len(view.pages))  # the review page says the same, not "finalized"
    assert "finaliz" not in view.review.summary.text().split(".")[0].lower()


def test_a_finalized_assessment_still_says_finalized(qtbot, store) -> None:
    uuid = complete_assessment(store, "waste_management", 0)
    view = _view(qtbot, store, uuid)
    assert view.header.saved.text() == "Finalized"


def _link_labels(html: str) -> list[str]:
    return re.findall(r">([^<]+)</a>", html)


def test_question_links_follow_the_interface_and_form_languages(qtbot, store, switcher) -> None:
    uuid = returned_assessment(store)
    view = _view(qtbot, store, uuid)
    comments = view.return_comments
    assert comments is not None and comments.links is not None
    english = comments.links.text()
    assert english.startswith("Comments on questions:")
    switcher.switch("ne")
    QApplication.processEvents()
    nepali = comments.links.text()
    assert not nepali.startswith("Comments on questions") and comments.toggle.text() != "Hide comments"
    assert "Returned by the coordinator" not in comments.title.text()
    view.set_form_language("ne")  # the links name the question by its Nepali label
    assert _link_labels(comments.links.text()) != _link_labels(english)
    assert re.search("[\u0900-\u097f]", _link_labels(comments.links.text())[0])
    comments.links.linkActivated.emit("ward")
    assert view.current_index() == next(i for i, p in enumerate(view.pages) if p.name == "site")
