"""Hostile field packages on an officer's device: refused or ignored, the database byte for byte as it was.

Signed by an officer's key, by another coordinator, tampered with, replayed, sealed for another
officer, or imported by a coordinator: each is refused with a catalogued reason or reported as
changing nothing, and the officer's database file does not change.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from needsassess.store import open_store
from tests.field.field_helpers import FORM, Cli, answers, resign, rewrite_member


@pytest.fixture
def folks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Cli]:
    """A coordinator, two officers (both enrolled, both with a follow-up), and another coordinator."""
    names = ("coordinator", "officer", "other_officer", "other_coordinator")
    clis = {name: Cli(tmp_path / name, capsys) for name in names}
    clis["coordinator"].ok("keys", "coordinator-new", "--name", "Koidu office", "-o", str(tmp_path / "c.pub"))
    clis["other_coordinator"].ok("keys", "coordinator-new", "--name", "Elsewhere", "-o", str(tmp_path / "o.pub"))
    for name in ("officer", "other_officer"):
        officer = clis[name]
        officer.ok("keys", "load-coordinator", str(tmp_path / "c.pub"))
        uuid = officer.ok("new", "--form", FORM, "--answers", str(answers(tmp_path)), "--complete").strip()
        officer.ok("export", "-o", str(tmp_path / f"{name}.napkg"))
        clis["coordinator"].ok("import", str(tmp_path / f"{name}.napkg"), "--accept-signer")
        clis["coordinator"].ok("review", uuid, "--state", "needs-follow-up", "--comment", f"for {name}")
    return clis


def _refused(officer: Cli, package: Path, code: str) -> None:
    before = officer.database_bytes()
    run = officer("import", str(package))
    assert run.code == 1, (run.out, run.err)
    assert "REFUSED" in run.err and code in run.err + (run.out or ""), run.err
    assert officer.database_bytes() == before


def _fingerprint(cli: Cli) -> str:
    return cli.ok("keys", "show").splitlines()[0].split(": ", 1)[1].strip()


def test_a_genuine_package_is_accepted_once(folks: dict[str, Cli], tmp_path: Path) -> None:
    package = tmp_path / "down.napkg"
    folks["coordinator"].ok("send", "-o", str(package))
    officer = folks["officer"]
    assert "1 returned" in officer.ok("import", str(package))
    before = officer.database_bytes()
    assert "nothing changed" in officer.ok("import", str(package))  # replayed
    assert officer.database_bytes() == before
    comments = officer.json("show", officer.json("list")[0]["uuid"])["review"]["comments"]
    assert [c["text"] for c in comments] == ["for officer"]  # not the other officer's


def test_signed_by_an_officer_key(folks: dict[str, Cli], tmp_path: Path) -> None:
    package = tmp_path / "down.napkg"
    folks["coordinator"].ok("send", "-o", str(package))
    forged = resign(package, tmp_path / "forged.napkg", folks["other_officer"].folder)
    _refused(folks["officer"], forged, "key")
    assert "not by the coordinator" in folks["officer"]("import", str(forged)).err


def test_signed_by_another_coordinator(folks: dict[str, Cli], tmp_path: Path) -> None:
    package = tmp_path / "elsewhere.napkg"
    folks["other_coordinator"].ok("send", "-o", str(package), "--forms")
    _refused(folks["officer"], package, "not by the coordinator whose key is loaded here")


@pytest.mark.parametrize("member", ["forms/", "returns/", "manifest.json"])
def test_tampered(folks: dict[str, Cli], tmp_path: Path, member: str) -> None:
    package = tmp_path / "down.napkg"
    folks["coordinator"].ok("send", "-o", str(package))

    def change(data: bytes) -> bytes:
        if member == "manifest.json":
            body = json.loads(data)
            body["field"]["sequence"] = 99
            return json.dumps(body).encode()
        return data[:-1] + bytes([data[-1] ^ 1])

    _refused(folks["officer"], rewrite_member(package, tmp_path / "t.napkg", member, change), "refused")


def test_sealed_for_another_officer_changes_nothing(folks: dict[str, Cli], tmp_path: Path) -> None:
    package = tmp_path / "other.napkg"
    other = _fingerprint(folks["other_officer"])
    out = folks["coordinator"].ok("send", "-o", str(package), "--returns", "--to", other)
    assert "1 returned assessment(s) sealed for" in out
    officer = folks["officer"]
    before = officer.database_bytes()
    assert "nothing in it is addressed to this device" in officer.ok("import", str(package))
    assert officer.database_bytes() == before
    assert officer.json("list")[0]["status"] == "complete"
    assert "1 returned" in folks["other_officer"].ok("import", str(package))


def test_without_the_coordinator_key_or_at_a_coordinator(folks: dict[str, Cli], tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    package = tmp_path / "down.napkg"
    folks["coordinator"].ok("send", "-o", str(package), "--forms")
    stranger = Cli(tmp_path / "stranger", capsys)
    for folder in (stranger.folder, folks["other_coordinator"].folder):
        with open_store(folder):
            pass
    _refused(stranger, package, "NA-FIELD-502")
    _refused(folks["other_coordinator"], package, "NA-FIELD-504")


def test_an_old_coordinator_key_file_cannot_check_field_packages(folks: dict[str, Cli], tmp_path: Path) -> None:
    old = tmp_path / "old.pub"
    lines = (tmp_path / "c.pub").read_text(encoding="utf-8").splitlines()
    old.write_text("\n".join(line for line in lines if not line.startswith("signing-")) + "\n", encoding="utf-8")
    officer = folks["officer"]
    officer.ok("keys", "load-coordinator", str(old))  # old files still load
    package = tmp_path / "down.napkg"
    folks["coordinator"].ok("send", "-o", str(package))
    _refused(officer, package, "NA-FIELD-503")


def test_an_officer_key_file_carries_the_encryption_key_for_returns(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """Enrolled from its public key file (never from a package), the officer still gets its returns."""
    coordinator, officer = Cli(tmp_path / "c", capsys), Cli(tmp_path / "o", capsys)
    coordinator.ok("keys", "coordinator-new", "--name", "Office", "-o", str(tmp_path / "c.pub"))
    officer.ok("keys", "load-coordinator", str(tmp_path / "c.pub"))
    officer.ok("keys", "show", "-o", str(tmp_path / "officer.pub"))
    assert "encryption-key: " in (tmp_path / "officer.pub").read_text(encoding="utf-8")
    coordinator.ok("keys", "enrol", str(tmp_path / "officer.pub"), "--yes")
    uuid = officer.ok("new", "--form", FORM, "--answers", str(answers(tmp_path)), "--complete").strip()
    officer.ok("export", "-o", str(tmp_path / "up.napkg"), "--no-encrypt")
    coordinator.ok("import", str(tmp_path / "up.napkg"))
    coordinator.ok("review", uuid, "--state", "needs-follow-up", "--comment", "Recount")
    with open_store(coordinator.folder) as store, store.write("forget") as conn:
        from needsassess.store.models import FIELD_KEYS

        conn.execute(FIELD_KEYS.delete())  # as if only the key file had told it
    coordinator.ok("keys", "enrol", str(tmp_path / "officer.pub"), "--yes")
    coordinator.ok("send", "-o", str(tmp_path / "down.napkg"), "--returns")
    assert "1 returned" in officer.ok("import", str(tmp_path / "down.napkg"))
