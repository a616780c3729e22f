"""The write-ahead log stays small however many autosaves: a small disk is not filled by it."""

from __future__ import annotations

from pathlib import Path

from needsassess.store import AssessmentStore
from needsassess.store.connection import WAL_LIMIT_BYTES
from tests.store.store_helpers import FakeChange, FakeSession

SAVES = 400


def test_the_wal_stays_bounded_through_many_autosaves(store: AssessmentStore) -> None:
    wal = Path(store.data_dir) / "needsassess.db-wal"
    session = FakeSession({"settlement": "Koidu"})
    uuid = store.create("mini", session).uuid
    largest = 0
    for k in range(SAVES):
        old = session.answers.get("settlement")
        session.answers["settlement"] = f"K{k % 100:02d}"  # a three-character answer, as in the field
        store.save_draft(uuid, session, FakeChange("settlement", old, session.answers["settlement"]))
        largest = max(largest, wal.stat().st_size)
    # SQLite's defaults let it reach 4 MB here (1,000 pages before a checkpoint, never shrunk).
    assert largest < 2 * WAL_LIMIT_BYTES, largest
    assert wal.stat().st_size <= 2 * WAL_LIMIT_BYTES
    assert store.get(uuid).answers["settlement"] == f"K{(SAVES - 1) % 100:02d}"
    assert len(store.audit(uuid)) == SAVES + 1
