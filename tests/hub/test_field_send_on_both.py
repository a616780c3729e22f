"""``send`` from a hub (SQLite and PostgreSQL): the loop back down works the same on both.

The coordinator's data folder holds the keys; the assessments, reviews, sequence numbers and
officers' encryption keys live in the hub's database.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.store.database import ENV_DB_URL
from needsassess.store.field import row_states
from tests.field.field_helpers import FORM, Cli, answers


def test_send_from_a_hub_reaches_the_officer(hub_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DB_URL, "")
    officer = Cli(tmp_path / "officer", capsys)
    hub = Cli(tmp_path / "coordinator", capsys)

    def on_hub(*args: str) -> str:
        monkeypatch.setenv(ENV_DB_URL, "")
        out = hub.ok("--db-url", hub_url, *args) if args[0] != "keys" else hub.ok(*args)
        monkeypatch.setenv(ENV_DB_URL, "")
        return out

    on_hub("keys", "coordinator-new", "--name", "Hub office", "-o", str(tmp_path / "hub.pub"))
    officer.ok("keys", "load-coordinator", str(tmp_path / "hub.pub"))
    uuid = officer.ok("new", "--form", FORM, "--answers", str(answers(tmp_path)), "--complete").strip()
    officer.ok("export", "-o", str(tmp_path / "up.napkg"))
    on_hub("import", str(tmp_path / "up.napkg"), "--accept-signer")
    on_hub("review", uuid, "--state", "needs-follow-up", "--comment", "Recount the pits", "--question", "ward")
    assert "field package 1," in on_hub("send", "-o", str(tmp_path / "one.napkg"), "--forms")
    assert "1 returned assessment(s) sealed" in on_hub("send", "-o", str(tmp_path / "two.napkg"))

    assert "1 returned" in officer.ok("import", str(tmp_path / "two.napkg"))
    before = officer.database_bytes()
    assert "nothing changed" in officer.ok("import", str(tmp_path / "one.napkg"))  # older
    assert officer.database_bytes() == before
    shown = officer.json("show", uuid)
    assert shown["status"] == "returned"
    assert [(c["question"], c["text"]) for c in shown["review"]["comments"]] == [("ward", "Recount the pits")]

    officer.ok("edit", uuid, "--answers", str(answers(tmp_path, {"ward": "Ward 4"}, "fix.json")),
               "--reason", "Recounted", "--complete")
    officer.ok("export", "-o", str(tmp_path / "up2.napkg"))
    assert "1 updated" in on_hub("import", str(tmp_path / "up2.napkg"))
    held = hub.json("--db-url", hub_url, "show", uuid)
    monkeypatch.setenv(ENV_DB_URL, "")
    assert (held["revision"], held["answers"]["ward"], held["review"]["state"]) == (2, "Ward 4", "resubmitted")
    from needsassess.store import open_store

    with open_store(hub.folder, db_url=hub_url) as store, store.read("row states") as conn:
        assert row_states(conn, [uuid]) == {uuid: "resubmitted"}
