"""Crash test: a writer killed with SIGKILL at random moments loses nothing it reported as saved.

The writer is a forked child (so each run starts in milliseconds, with the modules already
imported); it reports each commit on a pipe only after the store call returned, and is killed
after a random number of reports, that is, at a random point of its next write.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
from pathlib import Path

import pytest

from needsassess.store import open_store
from tests.store.store_helpers import FakeChange, FakeSession

RUNS = 300 if os.environ.get("NEEDSASSESS_LONG") == "1" else 40


def _writer(data_dir: Path, forms_dir: Path, out: int) -> None:
    def report(line: str) -> None:
        os.write(out, (line + "\n").encode())

    store = open_store(data_dir, forms_dir=forms_dir)
    report("open")
    while True:
        session = FakeSession({"settlement": "Khajura"})
        uuid = store.create("mini", session).uuid
        report(f"created {uuid}")
        for k in range(1, 6):
            old = session.answers.get("households")
            session.answers["households"] = k
            store.save_draft(uuid, session, FakeChange("households", old, k))
            report(f"saved {uuid} {k}")
        store.finalize(uuid, session)
        report(f"finalized {uuid}")


def _run_and_kill(data_dir: Path, forms_dir: Path, reports_before_kill: int) -> list[str]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        try:
            os.close(read_end)
            _writer(data_dir, forms_dir, write_end)
        finally:
            os._exit(70)
    os.close(write_end)
    lines: list[str] = []
    with os.fdopen(read_end, encoding="utf-8") as reader:
        while len(lines) < reports_before_kill:
            line = reader.readline()
            if not line:
                break
            lines.append(line.strip())
        os.kill(pid, signal.SIGKILL)
        lines += [line.strip() for line in reader if line.strip()]
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, "the writer died by itself"
    return lines


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_sigkill_never_loses_a_reported_commit(data_dir: Path, forms_dir: Path) -> None:
    rng = random.Random(20260301)
    saved: dict[str, int] = {}
    finalized: set[str] = set()
    created: set[str] = set()
    for _ in range(RUNS):
        for line in _run_and_kill(data_dir, forms_dir, rng.choice([0, 1, *range(2, 30)])):
            kind, *rest = line.split()
            if kind == "created":
                created.add(rest[0])
            elif kind == "saved":
                saved[rest[0]] = max(saved.get(rest[0], 0), int(rest[1]))
            elif kind == "finalized":
                finalized.add(rest[0])

    raw = sqlite3.connect(data_dir / "needsassess.db")
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    assert len(finalized) >= 5, "the writer never got far enough to test finalize"
    with open_store(data_dir, forms_dir=forms_dir) as store:
        for uuid in created:
            store.get(uuid)
        for uuid, k in saved.items():
            assert store.get(uuid).answers["households"] >= k
        for uuid in finalized:
            record = store.get(uuid)
            assert record.status == "complete" and record.answers["households"] == 5
            assert [r.revision for r in store.revisions(uuid)] == [1]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_drafts_edited_before_a_kill_are_offered(data_dir: Path, forms_dir: Path) -> None:
    lines = _run_and_kill(data_dir, forms_dir, 3)  # open, created, saved 1: killed while saving 2
    uuid = lines[1].split()[1]
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert [d.uuid for d in store.unclean_drafts()] == [uuid]
        store.forget_unclean()
        assert store.unclean_drafts() == []


def test_clean_close_leaves_no_unclean_drafts(data_dir: Path, forms_dir: Path) -> None:
    with open_store(data_dir, forms_dir=forms_dir) as store:
        store.create("mini")
    with open_store(data_dir, forms_dir=forms_dir) as store:
        assert store.unclean_drafts() == []
