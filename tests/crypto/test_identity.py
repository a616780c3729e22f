"""This device's signing identity and the trust in officers' keys, through the command line.

A lost ``device.key`` is never silently remade once the folder has signed packages; accepting one
package never gives an officer's device another key; a damaged coordinator key is named as the
coordinator's own problem, with how to restore it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from needsassess.crypto.keys import device_key
from needsassess.crypto.signing import sign_manifest
from needsassess.errors.sync_codes import SyncCode
from needsassess.store import open_store
from needsassess.store.models import AUDIT
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from tests.crypto.test_cli import run
from tests.crypto.test_packages import rezip
from tests.sync.conftest import finalized

PASSPHRASE = "a long enough passphrase"


def officer_folder(tmp_path: Path, forms_dir: Path, name: str = "officer", officer: str = "Sita") -> str:
    with open_store(tmp_path / name, forms_dir=forms_dir) as store:
        store.settings.officer_name = officer
        finalized(store, "Khajura", 12)
    return str(tmp_path / name)


def store_audit(folder: str) -> list[tuple[str, str]]:
    with open_store(Path(folder)) as store, store.read("t") as conn:
        return [(r.event, r.detail) for r in conn.execute(select(AUDIT.c.event, AUDIT.c.detail))]


def test_a_lost_device_key_is_refused_then_restored_or_replaced_on_purpose(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field = officer_folder(tmp_path, forms_dir)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    backup = str(tmp_path / "keys.backup")
    assert run(capsys, "--data-dir", field, "keys", "backup", "-o", backup, "--passphrase-file", str(secret))[0] == 0
    code, out, _ = run(capsys, "--data-dir", field, "export", "--no-encrypt", "-o", str(tmp_path / "1.napkg"))
    assert code == 0
    fingerprint = device_key(Path(field)).fingerprint
    key_file = Path(field) / "keys" / "device.key"
    key_file.unlink()
    for argv in (("export", "--all", "--no-encrypt", "-o", str(tmp_path / "2.napkg")), ("keys", "show"),
                 ("keys", "backup", "-o", str(tmp_path / "new.backup"), "--passphrase-file", str(secret)),
                 ("backup", "-o", str(tmp_path / "all.nabak"), "--with-keys", "--passphrase-file", str(secret))):
        code, out, err = run(capsys, "--data-dir", field, *argv)
        assert code == 1 and "[NA-KEY-750]" in err and "keys restore" in err and "new-device-key" in err
        assert fingerprint in err and "Traceback" not in err
        assert not key_file.exists() and not (tmp_path / "2.napkg").exists()
    code, out, _ = run(capsys, "--data-dir", field, "keys", "restore", backup, "--passphrase-file", str(secret))
    assert code == 0 and fingerprint in out
    code, out, _ = run(capsys, "--data-dir", field, "export", "--all", "--no-encrypt", "-o", str(tmp_path / "2.napkg"))
    assert code == 0 and f"Signed with this device's key {fingerprint}" in out
    # A key from elsewhere dropped in place is not this folder's identity either.
    key_file.unlink()
    code, _, err = run(capsys, "--data-dir", field, "keys", "new-device-key", "--reason", "  ")
    assert code == 1 and "[NA-KEY-752]" in err and not key_file.exists()
    code, out, _ = run(capsys, "--data-dir", field, "keys", "new-device-key", "--reason", "laptop wiped, no backup")
    fresh = device_key(Path(field)).fingerprint
    assert code == 0 and fresh in out and fresh != fingerprint
    code, out, _ = run(capsys, "--data-dir", field, "export", "--all", "--no-encrypt", "-o", str(tmp_path / "3.napkg"))
    assert code == 0 and fresh in out
    [(_event, detail)] = [e for e in store_audit(field) if e[0] == "device_key_new"]
    assert fingerprint in detail and fresh in detail and "laptop wiped, no backup" in detail


def test_a_different_key_in_place_is_refused(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field = officer_folder(tmp_path, forms_dir)
    other = officer_folder(tmp_path, forms_dir, "other")
    assert run(capsys, "--data-dir", field, "export", "--no-encrypt", "-o", str(tmp_path / "1.napkg"))[0] == 0
    device_key(Path(other))  # made on first use
    (Path(field) / "keys" / "device.key").write_bytes((Path(other) / "keys" / "device.key").read_bytes())
    code, _, err = run(capsys, "--data-dir", field, "export", "--all", "--no-encrypt", "-o", str(tmp_path / "2.napkg"))
    assert code == 1 and "[NA-KEY-751]" in err and not (tmp_path / "2.napkg").exists()


def test_a_folder_that_exported_before_this_check_is_protected_by_its_ledger(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field = officer_folder(tmp_path, forms_dir)
    assert run(capsys, "--data-dir", field, "export", "--no-encrypt", "-o", str(tmp_path / "1.napkg"))[0] == 0
    with open_store(Path(field)) as store:
        store.settings.device_key_fingerprint = ""  # as a folder of an earlier release
    (Path(field) / "keys" / "device.key").unlink()
    code, _, err = run(capsys, "--data-dir", field, "export", "--all", "--no-encrypt", "-o", str(tmp_path / "2.napkg"))
    assert code == 1 and "[NA-KEY-750]" in err and not (Path(field) / "keys" / "device.key").exists()


def test_accepting_a_resigned_package_never_rebinds_a_device(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field = officer_folder(tmp_path, forms_dir)
    impostor = officer_folder(tmp_path, forms_dir, "impostor", "Mallory")
    office = str(tmp_path / "office")
    pub = str(tmp_path / "office.pub")
    assert run(capsys, "--data-dir", office, "keys", "coordinator-new", "--name", "Office", "-o", pub)[0] == 0
    genuine = str(tmp_path / "genuine.napkg")
    assert run(capsys, "--data-dir", field, "export", "--no-encrypt", "-o", genuine)[0] == 0
    fingerprint = device_key(Path(field)).fingerprint
    code, out, _ = run(capsys, "--data-dir", office, "import", "--accept-signer", genuine)
    assert code == 0 and "1 new" in out
    with open_store(Path(field), forms_dir=forms_dir) as store:
        device_id = store.device_id
        finalized(store, "Koidu", 5)
    later = tmp_path / "later.napkg"
    assert run(capsys, "--data-dir", field, "export", "--no-encrypt", "-o", str(later))[0] == 0
    with zipfile.ZipFile(later) as zin:
        manifest = zin.read(fmt.MANIFEST)
    forged = sign_manifest(device_key(Path(impostor)), manifest, "Sita", device_id)
    bad = rezip(later, tmp_path / "resigned.napkg", {fmt.SIGNATURE: forged})
    mallory = device_key(Path(impostor)).fingerprint
    code, out, err = run(capsys, "--data-dir", office, "import", "--accept-signer", str(bad))
    assert code == 1 and "never gives a device another key" in err and mallory in err and fingerprint in err
    assert "keys revoke" in err and "ask the sender" not in err and "Traceback" not in err
    code, _, err = run(capsys, "--data-dir", office, "keys", "enrol", str(bad), "--fingerprint", mallory)
    assert code == 1 and "[NA-TRUST-754]" in err
    code, out, _ = run(capsys, "--data-dir", office, "keys", "list")
    assert "1 enrolled key(s)" in out and fingerprint in out and mallory not in out.split("revoked key(s)")[0]
    code, out, _ = run(capsys, "--data-dir", office, "import", str(later))
    assert code == 0 and "1 new" in out and "(enrolled)" in out
    assert not any(e == "signer_accepted" and "resigned" in d for e, d in store_audit(office))


def test_a_damaged_coordinator_key_says_to_restore_it(
    tmp_path: Path, forms_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    field = officer_folder(tmp_path, forms_dir)
    office = str(tmp_path / "office")
    pub = str(tmp_path / "office.pub")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    assert run(capsys, "--data-dir", office, "keys", "coordinator-new", "--name", "Office", "-o", pub)[0] == 0
    backup = str(tmp_path / "office.backup")
    assert run(capsys, "--data-dir", office, "keys", "backup", "-o", backup, "--passphrase-file", str(secret))[0] == 0
    assert run(capsys, "--data-dir", field, "keys", "load-coordinator", pub)[0] == 0
    package = str(tmp_path / "p.napkg")
    assert run(capsys, "--data-dir", field, "export", "-o", package)[0] == 0
    key = Path(office) / "keys" / "coordinator.key"
    key.write_bytes(key.read_bytes()[:40])
    code, _, err = run(capsys, "--data-dir", office, "import", "--accept-signer", package)
    assert code == 1 and "Restore the coordinator key" in err and "keys restore" in err and "Traceback" not in err
    assert "ask the sender" not in err
    refusal = PackageRefused(SyncCode.COORDINATOR_KEY_UNUSABLE, detail="damaged")
    assert "संयोजक कुञ्जी यसको ब्याकअपबाट" in refusal.text("ne") and "Koordinator kalitini" in refusal.text("uz")
    code, out, _ = run(capsys, "--data-dir", office, "keys", "restore", backup, "--passphrase-file", str(secret),
                       "--replace")
    assert code == 0 and "Office" in out
    code, out, _ = run(capsys, "--data-dir", office, "import", "--accept-signer", package)
    assert code == 0 and "1 new" in out
