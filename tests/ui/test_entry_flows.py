"""Whole assessments filled through the entry view's widgets, finalized, then read back from the store."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from needsassess.engine import FormSession, QType
from needsassess.store import open_store

try:
    from . import entry_helpers as h
except ImportError:  # tests/ui is not a package
    import entry_helpers as h  # type: ignore[no-redef]

# (form, demo answer set, form language): Nepali and Uzbek answers typed key by key.
CASES = [
    ("waste_management", 0, "ne"),
    ("land_reclamation", 2, "uz"),
    ("waterways", 1, "en"),
    ("energy", 1, "uz"),
]


@pytest.fixture
def store(tmp_path: Path):
    store = open_store(tmp_path / "data")
    yield store
    store.close()


@pytest.mark.parametrize(("form_id", "index", "language"), CASES)
def test_fill_every_page_and_finalize(qtbot, store, tmp_path: Path, form_id: str, index: int,
                                      language: str) -> None:
    if form_id not in {f.form_id for f in store.forms.all_latest()}:
        pytest.skip(f"the form {form_id} is not shipped yet")
    answers = h.demo_answers(form_id, index)
    view = h.open_view(qtbot, store, form_id, language)

    h.fill_answers(qtbot, view, answers, tmp_path)

    assert view.current_page() is view.review
    problems = [(p.name, p.instance) for p in view.session.problems()]
    assert problems == []
    assert view.review.finalize_button.isEnabled()
    with qtbot.waitSignal(view.finalized, timeout=2000) as finalized:
        view.review.finalize_button.click()
    assert finalized.args == [view.uuid]

    record = store.get(view.uuid)
    assert record.status == "complete"
    form = store.forms.latest(form_id)
    expected = FormSession.from_answers(form, answers).final_document()
    images = {q.name for q in form.questions() if q.type is QType.IMAGE}
    for name, value in expected.items():
        if name not in images and not isinstance(value, list):
            assert record.answers.get(name) == value, name
    # Every photo answer (top level or in a repeat) is the sha256 of an attachment of the record.
    photos = set(re.findall(r'"([0-9a-f]{64})"', json.dumps(dict(record.answers))))
    assert photos == {a.sha256 for a in record.attachments}
    events = store.audit(view.uuid)
    assert next(e.event for e in events) == "created"
    assert events[-1].event == "finalized"
    changed = {e.question: e.new for e in events if e.event == "answer_changed"}
    assert changed["settlement"] == answers["settlement"]
    # Finalized: the view is read-only and says so.
    assert view.ctx.read_only
    assert not view.review.finalize_button.isVisible()
