"""Passphrase-protected backup of an installation's private keys, and their restore.

A lost laptop must not mean a lost identity (the coordinator would have to enrol a new key) nor,
for a coordinator, unreadable packages. The backup file is JSON: scrypt parameters and salt, a
nonce, and the ChaCha20-Poly1305 encryption of the keys, with the parameters as associated data
(so they cannot be weakened unnoticed). A wrong passphrase and a damaged file look the same to the
AEAD and are reported together. scrypt parameters read from a file are bounded, so a crafted
backup cannot make restore use unbounded memory.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from needsassess.crypto.errors import KeyFileError
from needsassess.crypto.keyfiles import b64, field_bytes, keys_dir, write_secret
from needsassess.crypto.keys import (
    COORDINATOR_KEY,
    DEVICE_ENCRYPTION_KEY,
    DEVICE_KEY,
    CoordinatorKey,
    _secret_json,
    coordinator_key,
    device_encryption_key,
    device_key,
)
from needsassess.errors.crypto_codes import KeyCode, KeyKind
from needsassess.fileio import move_into_place
from needsassess.timefmt import utc_now

KIND = "needsassess-key-backup"
SCRYPT_N = 2**17  # 128 MiB and about half a second: costly to guess, bearable to wait for
MIN_PASSPHRASE = 10
_MAX_N, _MAX_R, _MAX_P = 2**18, 16, 4
_MAX_FILE = 64 * 1024


@dataclass(frozen=True)
class Restored:
    device_fingerprint: str | None
    coordinator: str | None  # "name (fingerprint)"


def _kdf(passphrase: str, params: dict[str, Any]) -> bytes:
    salt = field_bytes(params, "salt", 16, "the backup")
    scrypt = Scrypt(salt=salt, length=32, n=params["n"], r=params["r"], p=params["p"])
    return scrypt.derive(passphrase.encode("utf-8"))


def _aad(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")


def write_backup(data_dir: Path, target: Path, passphrase: str, n: int = SCRYPT_N) -> list[str]:
    """Write the backup of this data folder's keys; returns what it holds, for the person."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyFileError(KeyCode.PASSPHRASE_SHORT, minimum=MIN_PASSPHRASE)
    device = device_key(data_dir)
    coordinator = coordinator_key(data_dir)
    secrets_body: dict[str, Any] = {"device_key": b64(device.private.private_bytes_raw()), "coordinator_key": None}
    held = [f"device key {device.fingerprint}"]
    if coordinator is not None:
        secrets_body["coordinator_key"] = {"name": coordinator.name,
                                           "private_key": b64(coordinator.private.private_bytes_raw())}
        held.append(f"coordinator key {coordinator.name!r} {coordinator.fingerprint}")
    if (keys_dir(data_dir) / DEVICE_ENCRYPTION_KEY).exists():  # returned assessments are sealed to it
        secrets_body["device_encryption_key"] = b64(device_encryption_key(data_dir).private.private_bytes_raw())
        held.append("device encryption key (returned assessments)")
    kdf: dict[str, Any] = {"name": "scrypt", "n": n, "r": 8, "p": 1, "salt": b64(secrets.token_bytes(16))}
    header = {"kind": KIND, "version": 1, "created_at": utc_now(), "aead": "chacha20poly1305", "kdf": kdf}
    nonce = secrets.token_bytes(12)
    sealed = ChaCha20Poly1305(_kdf(passphrase, kdf)).encrypt(
        nonce, json.dumps(secrets_body).encode("utf-8"), _aad(header))
    body = {**header, "nonce": b64(nonce), "ciphertext": b64(sealed)}
    write_secret(Path(target), json.dumps(body, indent=1).encode("utf-8"), replace=True)
    return held


def _read(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, whole body) of a backup file, its scrypt parameters checked."""
    try:
        if path.stat().st_size > _MAX_FILE:
            raise KeyFileError(KeyCode.BACKUP_TOO_LARGE, path=path)
        body = json.loads(path.read_bytes().decode("utf-8"))
    except OSError as exc:
        raise KeyFileError(KeyCode.BACKUP_UNREADABLE, path=path, detail=exc.strerror or exc) from None
    except (UnicodeDecodeError, ValueError):
        body = None
    if not isinstance(body, dict) or body.get("kind") != KIND:
        raise KeyFileError(KeyCode.NOT_BACKUP, path=path)
    if body.get("version") != 1 or body.get("aead") != "chacha20poly1305":
        raise KeyFileError(KeyCode.BACKUP_VERSION, path=path)
    kdf = body.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt" or not all(
        isinstance(kdf.get(k), int) and not isinstance(kdf.get(k), bool) for k in ("n", "r", "p")
    ):
        raise KeyFileError(KeyCode.BACKUP_PARAMS, path=path)
    if not (2 <= kdf["n"] <= _MAX_N and kdf["n"] & (kdf["n"] - 1) == 0
                      and 1 <= kdf["r"] <= _MAX_R and 1 <= kdf["p"] <= _MAX_P):
        raise KeyFileError(KeyCode.BACKUP_PARAMS_BOUNDS, path=path)
    header = {k: body.get(k) for k in ("kind", "version", "created_at", "aead", "kdf")}
    return header, body


def read_backup(path: Path, passphrase: str) -> dict[str, Any]:
    """The decrypted keys of a backup; KeyFileError for a wrong passphrase or a damaged file."""
    header, body = _read(Path(path))
    nonce = field_bytes(body, "nonce", 12, str(path))
    sealed = body.get("ciphertext")
    if not isinstance(sealed, str):
        raise KeyFileError(KeyCode.BACKUP_NO_CIPHERTEXT, path=path)
    try:
        plain = ChaCha20Poly1305(_kdf(passphrase, header["kdf"])).decrypt(
            nonce, base64.b64decode(sealed, validate=True), _aad(header))
        keys = json.loads(plain)
    except (InvalidTag, binascii.Error, ValueError):
        raise KeyFileError(KeyCode.BACKUP_WRONG_PASSPHRASE, path=path) from None
    if not isinstance(keys, dict):
        raise KeyFileError(KeyCode.BACKUP_CONTENT, path=path)
    return keys


def _install(path: Path, body: bytes, same: bool, replace: bool, what: str) -> None:
    if same:
        return
    if path.exists() and not replace:
        raise KeyFileError(KeyCode.BACKUP_DIFFERENT, what=KeyKind(what), path=path)
    if path.exists():
        move_into_place(path, path.with_name(f"{path.name}.replaced-{utc_now().replace(':', '')}"))
    write_secret(path, body, replace=True)


def _encryption_key(data_dir: Path, keys: dict[str, Any], path: Path) -> tuple[Path, bytes, bool] | None:
    """(file, body, already the same) of the backup's device encryption key; None in older backups."""
    if "device_encryption_key" not in keys:
        return None
    raw = field_bytes(keys, "device_encryption_key", 32, str(path))
    target = keys_dir(data_dir) / DEVICE_ENCRYPTION_KEY
    same = target.exists() and _raw_or_none(lambda: device_encryption_key(data_dir).private) == raw
    return target, _secret_json("needsassess-device-encryption-key", "x25519", raw), same


def _private(key: CoordinatorKey | None) -> X25519PrivateKey | None:
    return key.private if key is not None else None


def _raw_or_none(load: Callable[[], Ed25519PrivateKey | X25519PrivateKey | None]) -> bytes | None:
    """The raw bytes of the key in place, None when there is none or it is damaged (so --replace mends it)."""
    try:
        private = load()
    except KeyFileError:
        return None
    return private.private_bytes_raw() if private is not None else None


def restore_backup(data_dir: Path, path: Path, passphrase: str, replace: bool = False) -> Restored:
    """Put the backup's keys into this data folder (refusing to replace different keys silently)."""
    keys = read_backup(path, passphrase)
    folder = keys_dir(data_dir)
    encryption = _encryption_key(data_dir, keys, path)
    if encryption is not None and not encryption[2] and encryption[0].exists() and not replace:
        raise KeyFileError(KeyCode.BACKUP_DIFFERENT, what=KeyKind("device encryption key"), path=encryption[0])
    device_raw = field_bytes(keys, "device_key", 32, str(path))
    current = folder / DEVICE_KEY
    same = current.exists() and _raw_or_none(lambda: device_key(data_dir).private) == device_raw
    _install(current, _secret_json("needsassess-device-key", "ed25519", device_raw), same, replace, "device key")
    if encryption is not None:
        _install(*encryption, replace, "device encryption key")
    coordinator = None
    entry = keys.get("coordinator_key")
    if isinstance(entry, dict):
        raw = field_bytes(entry, "private_key", 32, str(path))
        name = str(entry.get("name", ""))[:200]
        same = _raw_or_none(lambda: _private(coordinator_key(data_dir))) == raw  # a damaged key: replaceable
        _install(folder / COORDINATOR_KEY, _secret_json("needsassess-coordinator-key", "x25519", raw, name),
                 same, replace, "coordinator key")
        restored = coordinator_key(data_dir)
        assert restored is not None
        coordinator = f"{restored.name} ({restored.fingerprint})"
    return Restored(device_key(data_dir).fingerprint, coordinator)
