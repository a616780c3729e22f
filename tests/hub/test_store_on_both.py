"""The store behaves the same on a SQLite data folder and on a PostgreSQL hub."""

from __future__ import annotations

import hashlib

import pytest

from needsassess.store import AssessmentStore, ListQuery, StoreError
from tests.hub.conftest import StoreFactory
from tests.sync.conftest import FakeSession, png


def test_lifecycle_create_save_finalize_reopen_discard(hub: AssessmentStore) -> None:
    record = hub.create("mini", FakeSession({"settlement": "Koidu"}))
    hub.save_draft(record.uuid, FakeSession({"settlement": "Koidu", "households": 12}))
    done = hub.finalize(record.uuid, FakeSession({"settlement": "Koidu", "households": 12}))
    assert (done.status, done.revision, done.answers["households"]) == ("complete", 1, 12)
    reopened = hub.reopen(record.uuid, "count again")
    assert (reopened.status, reopened.revision, reopened.parent_hash) == ("draft", 2, done.content_hash)
    hub.save_draft(record.uuid, FakeSession({"settlement": "Koidu", "households": 15}))
    back = hub.discard(record.uuid)
    assert (back.status, back.revision, back.content_hash) == ("complete", 1, done.content_hash)
    events = [e.event for e in hub.audit(record.uuid)]
    assert events == ["created", "finalized", "reopened", "discarded"]
    assert [r.revision for r in hub.revisions(record.uuid)] == [1]


def test_state_rules_and_missing_assessments_are_refused(hub: AssessmentStore) -> None:
    record = hub.create("mini", FakeSession({"settlement": "Koidu"}))
    with pytest.raises(StoreError) as caught:
        hub.reopen(record.uuid, "why")
    assert caught.value.kind == "state"
    with pytest.raises(StoreError) as missing:
        hub.get("00000000-0000-4000-8000-000000000000")
    assert missing.value.kind == "not_found"


def test_list_filters_search_sort_and_count(hub: AssessmentStore) -> None:
    for name in ("Khajura", "Bukhara", "Koidu 100%", "koidu_2"):
        record = hub.create("mini", FakeSession({"settlement": name}))
        if name != "Bukhara":
            hub.finalize(record.uuid, FakeSession({"settlement": name}))
    assert hub.count() == 4
    assert hub.count(ListQuery(status="complete")) == 3
    assert [s.title for s in hub.list(ListQuery(text="KOIDU", order_by="title", descending=False))] == [
        "Koidu 100%",
        "koidu_2",
    ]
    assert [s.title for s in hub.list(ListQuery(text="100%"))] == ["Koidu 100%"]  # % is not a wildcard
    assert [s.title for s in hub.list(ListQuery(text="u_"))] == ["koidu_2"]  # nor is _
    assert hub.sites() == sorted(["Khajura", "Bukhara", "Koidu 100%", "koidu_2"])
    page = hub.list(ListQuery(order_by="title", descending=False, limit=2, offset=1))
    assert [s.title for s in page] == ["Khajura", "Koidu 100%"]


def test_photos_round_trip_through_the_store(make_hub: StoreFactory, backend: str) -> None:
    hub = make_hub()
    data = png(7)
    sha = hub.add_attachment_bytes(data)
    assert sha == hashlib.sha256(data).hexdigest()
    assert hub.add_attachment_bytes(data) == sha  # the same photo twice is one photo
    record = hub.create("mini", FakeSession({"settlement": "Koidu", "site_photo": sha}))
    hub.finalize(record.uuid, FakeSession({"settlement": "Koidu", "site_photo": sha}))
    assert [a.sha256 for a in hub.get(record.uuid).attachments] == [sha]
    assert hub.attachment_path(sha).read_bytes() == data
    assert hub.has_attachment(sha)
    if backend == "postgresql":  # the photo is in the database: any coordinator's computer reads it
        other = make_hub("elsewhere")
        assert other.attachment_path(sha).read_bytes() == data
        assert "attachment-cache" in str(other.attachment_path(sha))


def test_photos_in_an_explicit_folder_on_the_hub(make_hub: StoreFactory, tmp_path: object) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "photos"
    hub = make_hub(attachments_dir=folder)
    sha = hub.add_attachment_bytes(png(3))
    assert (folder / sha[:2] / sha).read_bytes() == png(3)


def test_an_answer_pointing_to_a_missing_photo_is_refused(hub: AssessmentStore) -> None:
    with pytest.raises(StoreError) as caught:
        hub.create("mini", FakeSession({"settlement": "Koidu", "site_photo": "ab" * 32}))
    assert caught.value.kind == "attachment"
    assert hub.count() == 0


def test_review_and_settings(hub: AssessmentStore, make_hub: StoreFactory) -> None:
    record = hub.create("mini", FakeSession({"settlement": "Koidu"}))
    hub.finalize(record.uuid, FakeSession({"settlement": "Koidu"}))
    hub.review(record.uuid, "approved", "fine", reviewer="Aziza")
    assert [(r.status, r.comment, r.reviewer) for r in hub.reviews(record.uuid)] == [("approved", "fine", "Aziza")]
    hub.settings.officer_name = "Aziza"
    hub.settings.paper_size = "Letter"
    again = make_hub("second")
    assert again.device_id == hub.device_id  # the device id belongs to the database
    assert (again.settings.officer_name, again.settings.paper_size) == ("Aziza", "Letter")


def test_create_many_is_all_or_nothing(hub: AssessmentStore) -> None:
    uuids = hub.create_many("mini", [FakeSession({"settlement": f"S{i}"}) for i in range(30)], complete=True)
    assert len(set(uuids)) == 30 and hub.count(ListQuery(status="complete")) == 30
    with pytest.raises(StoreError):
        hub.create_many("mini", [FakeSession({"settlement": "x", "site_photo": "cd" * 32})])
    assert hub.count() == 30


def test_long_titles_and_sites_are_kept_within_the_list_columns(hub: AssessmentStore) -> None:
    name = "Ward " * 100  # 500 characters: PostgreSQL would refuse it in VARCHAR(300)
    record = hub.create("mini", FakeSession({"settlement": name}))
    done = hub.finalize(record.uuid, FakeSession({"settlement": name}))
    assert (len(done.title), len(done.site)) == (300, 200)
    assert done.answers["settlement"] == name  # the answer itself is whole


def test_records_stream_every_head_with_answers_and_photos(hub: AssessmentStore) -> None:
    sha = hub.add_attachment_bytes(png(9))
    sessions = [FakeSession({"settlement": f"S{i:02d}", "site_photo": sha if i % 3 == 0 else None}) for i in range(25)]
    hub.create_many("mini", sessions, complete=True, attachments=[])
    draft = hub.create("mini", FakeSession({"settlement": "draft"}))
    streamed = list(hub.records(ListQuery(status="complete"), page_size=4))  # pages of 4: keyset paging
    assert len(streamed) == 25 and draft.uuid not in {r.uuid for r in streamed}
    assert streamed == sorted(streamed, key=lambda r: (r.updated_at, r.uuid))
    for record in streamed:
        assert record == hub.get(record.uuid)
    assert sum(1 for r in streamed if r.attachments) == 9
