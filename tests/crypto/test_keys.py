"""Device and coordinator keys: owner-only files, public key files, fingerprints, backups."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from needsassess.crypto import api
from needsassess.crypto.backup import read_backup, restore_backup, write_backup
from needsassess.crypto.errors import KeyFileError
from needsassess.crypto.fingerprints import normalize_fingerprint
from needsassess.crypto.keys import (
    COORDINATOR_KEY,
    DEVICE_KEY,
    coordinator_key,
    create_coordinator_key,
    device_key,
    parse_public_key,
    public_key_text,
    recipient,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
FAST = 2**10  # scrypt cost for tests; the default is 2**17


@posix_only
def test_the_device_key_is_made_once_owner_only(data_dir: Path) -> None:
    first = device_key(data_dir)
    again = device_key(data_dir)
    path = data_dir / "keys" / DEVICE_KEY
    assert first.public_raw == again.public_raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".part")]


@posix_only
def test_a_key_file_readable_by_others_is_refused(data_dir: Path) -> None:
    device_key(data_dir)
    path = data_dir / "keys" / DEVICE_KEY
    path.chmod(0o644)
    with pytest.raises(KeyFileError, match=r"can be read by other users.*chmod 600"):
        device_key(data_dir)


@pytest.mark.parametrize("damage", [b"", b"not json", b'{"kind": "needsassess-device-key", "version": 1}',
                                    b'{"kind": "needsassess-device-key", "version": 1, "private_key": "AAAA"}'])
def test_a_damaged_key_file_says_so_and_how_to_recover(data_dir: Path, damage: bytes) -> None:
    device_key(data_dir)
    (data_dir / "keys" / DEVICE_KEY).write_bytes(damage)
    with pytest.raises(KeyFileError) as caught:
        device_key(data_dir)
    assert "damaged" in str(caught.value) or "not a" in str(caught.value)
    assert "keys restore" in str(caught.value) or "not a needsassess-device-key" in str(caught.value)


def test_fingerprints_read_in_groups_and_normalize() -> None:
    key = device_key(Path(os.environ["NEEDSASSESS_DATA_DIR"]))
    groups = key.fingerprint.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert normalize_fingerprint(key.fingerprint.lower().replace(" ", "-")) == key.fingerprint
    assert normalize_fingerprint("ABCD") is None


def test_a_coordinator_key_is_not_replaced(data_dir: Path) -> None:
    made = create_coordinator_key(data_dir, "  Koidu   office ")
    assert made.name == "Koidu office"
    with pytest.raises(KeyFileError, match="already has a coordinator key"):
        create_coordinator_key(data_dir, "Other")
    loaded = coordinator_key(data_dir)
    assert loaded is not None and loaded.fingerprint == made.fingerprint


def test_public_key_file_round_trip_and_tampering(data_dir: Path, tmp_path: Path) -> None:
    public = api.create_coordinator_key(data_dir, "Bukhara office", tmp_path / "c.pub")
    officer = tmp_path / "officer"
    shown = api.load_coordinator_key(officer, tmp_path / "c.pub")
    assert shown == public
    assert api.coordinator_info(officer) == public
    text = (tmp_path / "c.pub").read_text()
    assert parse_public_key(text, "pasted").fingerprint == public.fingerprint
    altered = text.replace("key: ", "key: B", 1)
    key_line = next(line for line in text.splitlines() if line.startswith("key: "))
    flipped = key_line[:-3] + ("A" if key_line[-3] != "A" else "B") + key_line[-2:]
    with pytest.raises(KeyFileError, match=r"does not match its fingerprint|not a 32-byte key"):
        parse_public_key(text.replace(key_line, flipped), "pasted")
    with pytest.raises(KeyFileError):
        parse_public_key(altered, "pasted")
    with pytest.raises(KeyFileError, match="not a needsassess public key file"):
        parse_public_key("hello", "pasted")
    api.forget_coordinator_key(officer)
    assert recipient(officer) is None


def test_a_device_key_file_is_not_a_coordinator_key(data_dir: Path, tmp_path: Path) -> None:
    from needsassess.crypto.keys import device_public_key

    text = public_key_text(device_public_key(data_dir, "Sita", "dev-1"))
    with pytest.raises(KeyFileError, match="not a coordinator key"):
        api.load_coordinator_key(tmp_path / "officer", text)


def test_backup_and_restore_bring_the_same_keys_back(data_dir: Path, tmp_path: Path) -> None:
    device = device_key(data_dir)
    coordinator = create_coordinator_key(data_dir, "Koidu office")
    backup = tmp_path / "keys.backup"
    held = write_backup(data_dir, backup, "correct horse battery", n=FAST)
    assert len(held) == 2
    if os.name == "posix":
        assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    fresh = tmp_path / "new-laptop"
    restored = restore_backup(fresh, backup, "correct horse battery")
    assert restored.device_fingerprint == device.fingerprint
    assert restored.coordinator == f"Koidu office ({coordinator.fingerprint})"
    again = coordinator_key(fresh)
    assert again is not None and again.private.private_bytes_raw() == coordinator.private.private_bytes_raw()


def test_the_device_encryption_key_of_returned_assessments_is_backed_up(data_dir: Path, tmp_path: Path) -> None:
    from needsassess.crypto.keys import device_encryption_key

    sealed_to = device_encryption_key(data_dir).private.private_bytes_raw()
    backup = tmp_path / "keys.backup"
    held = write_backup(data_dir, backup, "correct horse battery", n=FAST)
    assert any("encryption" in line for line in held)
    fresh = tmp_path / "new-laptop"
    restore_backup(fresh, backup, "correct horse battery")
    assert device_encryption_key(fresh).private.private_bytes_raw() == sealed_to
    other = tmp_path / "other-laptop"
    device_encryption_key(other)  # a different key in place: replaced only when asked
    with pytest.raises(KeyFileError, match="device encryption key"):
        restore_backup(other, backup, "correct horse battery")
    assert not (other / "keys" / "device.key").exists(), "a refused restore changes nothing"


def test_a_wrong_passphrase_or_damaged_backup_is_refused(data_dir: Path, tmp_path: Path) -> None:
    backup = tmp_path / "keys.backup"
    write_backup(data_dir, backup, "correct horse battery", n=FAST)
    with pytest.raises(KeyFileError, match="passphrase is wrong"):
        read_backup(backup, "wrong horse battery")
    body = json.loads(backup.read_text())
    body["kdf"]["n"] = FAST * 2  # weakening or changing the parameters is caught as well
    backup.write_text(json.dumps(body))
    with pytest.raises(KeyFileError, match="passphrase is wrong, or the file is damaged"):
        read_backup(backup, "correct horse battery")
    body["kdf"]["n"] = 2**30
    backup.write_text(json.dumps(body))
    with pytest.raises(KeyFileError, match="out of bounds"):
        read_backup(backup, "correct horse battery")
    backup.write_text("{")
    with pytest.raises(KeyFileError, match="not a needsassess key backup"):
        read_backup(backup, "correct horse battery")
    with pytest.raises(KeyFileError, match="at least"):
        write_backup(data_dir, tmp_path / "short", "short", n=FAST)


def test_restore_does_not_silently_replace_a_different_key(data_dir: Path, tmp_path: Path) -> None:
    backup = tmp_path / "keys.backup"
    original = device_key(data_dir)
    write_backup(data_dir, backup, "correct horse battery", n=FAST)
    other = tmp_path / "other"
    device_key(other)
    with pytest.raises(KeyFileError, match="--replace"):
        restore_backup(other, backup, "correct horse battery")
    restored = restore_backup(other, backup, "correct horse battery", replace=True)
    assert restored.device_fingerprint == original.fingerprint
    assert [p.name for p in (other / "keys").iterdir() if ".replaced-" in p.name]
    assert not (other / "keys" / COORDINATOR_KEY).exists()
