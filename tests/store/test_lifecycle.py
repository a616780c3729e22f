"""Drafts, autosave, finalize, reopen, discard, history and audit."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.store import (
    AssessmentStore,
    FinalizeRefused,
    ListQuery,
    StoreError,
    content_hash,
    open_store,
)
from tests.store.store_helpers import FakeChange, FakeProblem, FakeSession, png_bytes


def test_create_save_finalize_keeps_every_step(store: AssessmentStore) -> None:
    session = FakeSession({"settlement": "Khajura"})
    record = store.create("mini", session)
    assert (record.status, record.revision, record.form_version) == ("draft", 1, "1")
    session.answers["households"] = 120
    store.save_draft(record.uuid, session, FakeChange("households", None, 120))
    assert store.get(record.uuid).answers == {"settlement": "Khajura", "households": 120}

    done = store.finalize(record.uuid, session)
    assert done.status == "complete"
    assert done.content_hash == content_hash({"settlement": "Khajura", "households": 120}, [])
    events = [(e.event, e.question, e.old, e.new) for e in store.audit(record.uuid)]
    assert events == [
        ("created", None, None, None),
        ("answer_changed", "households", None, 120),
        ("finalized", None, None, None),
    ]


def test_finalize_refused_while_problems_remain(store: AssessmentStore) -> None:
    session = FakeSession({}, missing=[FakeProblem("settlement", "Say which settlement")])
    record = store.create("mini", session)
    with pytest.raises(FinalizeRefused) as caught:
        store.finalize(record.uuid, session)
    assert "settlement: Say which settlement" in str(caught.value)
    assert caught.value.problems == (("settlement", "Say which settlement"),)
    assert store.get(record.uuid).status == "draft"


def test_reopen_makes_a_new_revision_and_keeps_history(store: AssessmentStore) -> None:
    session = FakeSession({"settlement": "Koidu"})
    uuid = store.create("mini", session).uuid
    first = store.finalize(uuid, session)
    with pytest.raises(StoreError):
        store.reopen(uuid, "  ")
    reopened = store.reopen(uuid, "wrong household count")
    assert (reopened.status, reopened.revision, reopened.parent_hash) == ("draft", 2, first.content_hash)
    session.answers["households"] = 9
    store.save_draft(uuid, session)
    second = store.finalize(uuid, session)
    assert second.revision == 2 and second.parent_hash == first.content_hash
    history = store.revisions(uuid)
    assert [(r.revision, r.answers) for r in history] == [
        (1, {"settlement": "Koidu"}),
        (2, {"settlement": "Koidu", "households": 9}),
    ]
    reasons = [e.detail for e in store.audit(uuid) if e.event == "reopened"]
    assert reasons == ["wrong household count"]


def test_finalized_revision_cannot_be_changed_through_the_store(store: AssessmentStore) -> None:
    session = FakeSession({"settlement": "Bukhara"})
    uuid = store.create("mini", session).uuid
    store.finalize(uuid, session)
    with pytest.raises(StoreError) as caught:
        store.save_draft(uuid, FakeSession({"settlement": "changed"}))
    assert caught.value.kind == "state"
    with pytest.raises(StoreError):
        store.finalize(uuid, session)
    assert store.get(uuid).answers == {"settlement": "Bukhara"}


def test_discard_first_draft_and_reopened_draft(store: AssessmentStore) -> None:
    uuid = store.create("mini", FakeSession({"settlement": "A"})).uuid
    assert store.discard(uuid).status == "discarded"
    assert store.count() == 0 and store.count(ListQuery(status="discarded")) == 1

    session = FakeSession({"settlement": "B"})
    other = store.create("mini", session).uuid
    done = store.finalize(other, session)
    store.reopen(other, "check")
    store.save_draft(other, FakeSession({"settlement": "B changed"}))
    restored = store.discard(other)
    assert (restored.status, restored.revision, restored.content_hash) == ("complete", 1, done.content_hash)
    assert store.get(other).answers == {"settlement": "B"}
    assert [e.event for e in store.audit(other)][-1] == "discarded"


def test_unknown_uuid_and_unknown_form_are_clear(store: AssessmentStore) -> None:
    with pytest.raises(StoreError, match="no assessment"):
        store.get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(StoreError, match=r"no form 'nope'.*mini"):
        store.create("nope")


def test_assessment_keeps_its_form_version_after_forms_change(data_dir: Path, forms_dir: Path) -> None:
    with open_store(data_dir, forms_dir=forms_dir) as store:
        uuid = store.create("mini").uuid
    text = (forms_dir / "mini.yaml").read_text()
    (forms_dir / "mini.yaml").write_text(text.replace('version: "1"', 'version: "2"').replace("Households", "Homes"))
    with open_store(data_dir, forms_dir=forms_dir) as store:
        record = store.get(uuid)
        old_form = store.form_of(record)
        assert old_form.version == "1"
        assert old_form.question("households").label is not None
        assert old_form.question("households").label.get("en") == "Households"
        assert store.create("mini").form_version == "2"
    (forms_dir / "mini.yaml").unlink()
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.form_of(store.get(uuid)).version == "1"


def test_form_changed_without_new_version_is_refused(data_dir: Path, forms_dir: Path) -> None:
    with open_store(data_dir, forms_dir=forms_dir) as store:
        store.create("mini")
    path = forms_dir / "mini.yaml"
    path.write_text(path.read_text().replace("Households", "Homes"))
    with open_store(data_dir, forms_dir=forms_dir) as store, pytest.raises(StoreError, match="new 'version'"):
        store.create("mini")


def test_photos_are_linked_from_the_document_and_kept_in_history(store: AssessmentStore) -> None:
    first, second = store.add_attachment_bytes(png_bytes(1)), store.add_attachment_bytes(png_bytes(2))
    session = FakeSession({"settlement": "X", "site_photo": first, "pits": [{"pit_photo": second}]})
    uuid = store.create("mini", session).uuid
    assert {a.sha256 for a in store.get(uuid).attachments} == {first, second}
    done = store.finalize(uuid, session)
    assert done.content_hash == content_hash(session.final_document(), [first, second])
    store.reopen(uuid, "drop a photo")
    session.answers.pop("site_photo")
    store.save_draft(uuid, session, FakeChange("site_photo", first, None))
    assert {a.sha256 for a in store.get(uuid).attachments} == {second}
    assert {a.sha256 for a in store.revisions(uuid)[0].attachments} == {first, second}
    assert store.attachment_path(first).read_bytes() == png_bytes(1)


def test_unattached_photo_hash_is_refused(store: AssessmentStore) -> None:
    with pytest.raises(StoreError, match="never attached"):
        store.create("mini", FakeSession({"site_photo": "a" * 64}))
    assert store.count() == 0


def test_removing_a_repeat_instance_unlinks_its_photo_at_once(store: AssessmentStore) -> None:
    photo = store.add_attachment_bytes(png_bytes(3))
    session = FakeSession({"settlement": "X", "pits": [{"pit_photo": photo}]})
    uuid = store.create("mini", session).uuid
    assert {a.sha256 for a in store.get(uuid).attachments} == {photo}
    session.answers["pits"] = []
    store.save_draft(uuid, session, FakeChange("pits", 1, 0))  # the window reports a removed instance so
    assert not store.get(uuid).attachments
