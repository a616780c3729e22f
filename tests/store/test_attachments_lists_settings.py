"""Attachments by content, list/filter/sort/page, settings and the content hash."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.store import AssessmentStore, ListQuery, StoreError, canonical_json, content_hash, open_store
from tests.store.store_helpers import FakeChange, FakeSession, png_bytes


def test_photo_type_is_judged_by_content(store: AssessmentStore, tmp_path: Path) -> None:
    disguised = tmp_path / "holiday.jpg"
    disguised.write_bytes(b"MZ\x90\x00 an executable, not a photo")
    with pytest.raises(StoreError, match="not a PNG, JPEG or WebP"):
        store.add_attachment(disguised)
    renamed = tmp_path / "photo.txt"
    renamed.write_bytes(png_bytes(1))
    sha = store.add_attachment(renamed)
    assert store.attachment_path(sha).read_bytes() == png_bytes(1)
    assert store.add_attachment(renamed) == sha  # the same content is stored once


def test_photo_size_limit(data_dir: Path, forms_dir: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.png"
    big.write_bytes(png_bytes(1) + b"\x00" * 2000)
    with open_store(data_dir, forms_dir=forms_dir, max_attachment_bytes=1000) as store:
        with pytest.raises(StoreError, match="limit"):
            store.add_attachment(big)
        assert not any(p.is_file() for p in (data_dir / "attachments").rglob("*"))


def test_removing_a_photo_from_a_draft_keeps_a_file_used_elsewhere(store: AssessmentStore) -> None:
    sha = store.add_attachment_bytes(png_bytes(7))
    first = store.create("mini", FakeSession({"settlement": "A", "site_photo": sha})).uuid
    second = store.create("mini", FakeSession({"settlement": "B", "site_photo": sha})).uuid
    store.save_draft(first, FakeSession({"settlement": "A"}), FakeChange("site_photo", sha, None))
    assert store.get(first).attachments == ()
    assert [a.sha256 for a in store.get(second).attachments] == [sha]
    assert store.attachment_path(sha).is_file()


def test_list_filters_sorts_and_pages(store: AssessmentStore) -> None:
    names = ["Khajura", "Bukhara", "Koidu", "Kaisambo", "Gulshanobod"]
    uuids = [store.create("mini", FakeSession({"settlement": n})).uuid for n in names]
    store.finalize(uuids[1], FakeSession({"settlement": "Bukhara"}))
    assert store.count() == 5
    assert [r.title for r in store.list(ListQuery(text="RA"))] == ["Bukhara", "Khajura"]
    assert [r.title for r in store.list(ListQuery(status="complete"))] == ["Bukhara"]
    assert [r.title for r in store.list(ListQuery(site="Koidu"))] == ["Koidu"]
    by_title = store.list(ListQuery(order_by="title", descending=False, limit=2))
    assert [r.title for r in by_title] == ["Bukhara", "Gulshanobod"]
    page2 = store.list(ListQuery(order_by="title", descending=False, offset=2, limit=2))
    assert [r.title for r in page2] == ["Kaisambo", "Khajura"]
    assert store.count(ListQuery(text="%")) == 0  # wildcards are literal
    assert store.sites() == sorted(names)
    with pytest.raises(StoreError):
        store.list(ListQuery(order_by="answers; DROP TABLE assessments"))


def test_settings_persist_and_device_id_is_generated_once(data_dir: Path, forms_dir: Path) -> None:
    with open_store(data_dir, forms_dir=forms_dir) as store:
        device = store.device_id
        assert store.settings.paper_size == "A4" and store.settings.interface_language == "en"
        store.settings.officer_name = "  Dilnoza Karimova "
        store.settings.interface_language = "uz"
        store.settings.paper_size = "Letter"
        with pytest.raises(StoreError):
            store.settings.paper_size = "A3"
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.device_id == device and len(device) == 32
        assert (store.settings.officer_name, store.settings.interface_language, store.settings.paper_size) == (
            "Dilnoza Karimova",
            "uz",
            "Letter",
        )
        assert store.create("mini").officer == "Dilnoza Karimova"


def test_content_hash_is_canonical() -> None:
    assert canonical_json({"b": 1, "a": "नेपाल"}) == '{"a":"नेपाल","b":1}'.encode()
    one = content_hash({"a": 1, "b": [1, 2]}, ["f" * 64, "0" * 64])
    assert one == content_hash({"b": [1, 2], "a": 1}, ["0" * 64, "f" * 64])
    assert one != content_hash({"a": 1, "b": [2, 1]}, ["0" * 64, "f" * 64])
    with pytest.raises(ValueError):
        canonical_json({"x": float("nan")})


def test_reviews_are_kept_apart_from_answers(store: AssessmentStore) -> None:
    session = FakeSession({"settlement": "Koidu"})
    uuid = store.create("mini", session).uuid
    done = store.finalize(uuid, session)
    review = store.review(uuid, "needs_follow_up", "check the pit count", reviewer="Coordinator")
    assert (review.revision, review.status) == (1, "needs_follow_up")
    assert store.get(uuid).content_hash == done.content_hash
    assert [e.event for e in store.audit(uuid)][-1] == "reviewed"
    store.record_event(uuid, "exported", "package 1")
    assert [e.detail for e in store.audit(uuid)][-1] == "package 1"
