"""The keys commands and the signed, encrypted export/import through the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.crypto.keys import device_key
from needsassess.store import open_store
from tests.sync.conftest import finalized


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_officer_to_coordinator_signed_and_encrypted(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, field = str(tmp_path / "coordinator"), str(tmp_path / "officer")
    pub = str(tmp_path / "coordinator.pub")
    code, out, _ = run(capsys, "--data-dir", office, "keys", "coordinator-new", "--name", "Bukhara office", "-o", pub)
    assert code == 0 and "Bukhara office" in out
    code, out, _ = run(capsys, "--data-dir", field, "keys", "load-coordinator", pub)
    assert code == 0 and "Bukhara office" in out
    with open_store(Path(field), forms_dir=forms_dir) as store:
        finalized(store, "Khajura", 12, photo=4)
        fingerprint = device_key(store.data_dir).fingerprint
    package = str(tmp_path / "p.napkg")
    code, out, _ = run(capsys, "--data-dir", field, "export", "-o", package)
    assert code == 0 and "ENCRYPTED for Bukhara office" in out and fingerprint in out
    code, out, err = run(capsys, "--data-dir", office, "import", package)
    assert code == 1 and "HELD BACK" in err and "--accept-signer" in err and "held back" in out
    code, _, err = run(capsys, "--data-dir", office, "keys", "enrol", package, "--fingerprint", "ABCD" * 8)
    assert code == 1 and "NOT enrolled" in err
    code, out, _ = run(capsys, "--data-dir", office, "keys", "enrol", package, "--fingerprint", fingerprint)
    assert code == 0 and "Enrolled" in out
    code, out, _ = run(capsys, "--data-dir", office, "import", package)
    assert code == 0 and "1 new" in out and "(enrolled)" in out and "encrypted for Bukhara office" in out
    code, out, _ = run(capsys, "--data-dir", office, "keys", "list")
    assert fingerprint in out and "0 package(s) held back" in out


def test_unencrypted_export_is_labelled(tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    field = tmp_path / "officer"
    with open_store(field, forms_dir=forms_dir) as store:
        finalized(store, "Koidu", 3)
    code, out, _ = run(capsys, "--data-dir", str(field), "export", "-o", str(tmp_path / "p.napkg"), "--no-encrypt")
    assert code == 0 and "NOT ENCRYPTED" in out
    code, _, err = run(capsys, "--data-dir", str(field), "export", "--all", "-o", str(tmp_path / "q.napkg"),
                       "--encrypt")
    assert code == 1 and "no coordinator key is loaded" in err


def test_backup_and_restore_with_a_passphrase_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text("a long enough passphrase\n")
    old, new = str(tmp_path / "old"), str(tmp_path / "new")
    code, out, _ = run(capsys, "--data-dir", old, "keys", "show")
    fingerprint = out.split(": ", 1)[1].splitlines()[0]
    backup = str(tmp_path / "keys.backup")
    assert run(capsys, "--data-dir", old, "keys", "backup", "-o", backup, "--passphrase-file", str(secret))[0] == 0
    secret.write_text("a wrong passphrase here\n")
    code, _, err = run(capsys, "--data-dir", new, "keys", "restore", backup, "--passphrase-file", str(secret))
    assert code == 1 and "passphrase is wrong" in err and "Traceback" not in err
    secret.write_text("a long enough passphrase\n")
    code, out, _ = run(capsys, "--data-dir", new, "keys", "restore", backup, "--passphrase-file", str(secret))
    assert code == 0 and fingerprint in out
