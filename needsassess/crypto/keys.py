"""The keys of an installation: its device signing key, a coordinator's key pair, public key files.

- Device key (every installation): Ed25519, made on first use, ``keys/device.key``. It signs every
  package the installation exports; its fingerprint is what an officer reads out to the coordinator.
- Coordinator key (coordinators only): X25519, ``keys/coordinator.key`` with the coordinator's name.
  Packages are encrypted to its public part, which is handed out as a public key file.
- Recipient (officers): the coordinator public key file loaded in Settings, ``keys/recipient.pub``.
  When present, exports are encrypted to it.

Public key files are a few lines of text (``field: value``) that survive e-mail and copy-paste; the
fingerprint line is checked against the key, so a mistyped or altered key is refused on load.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from needsassess.crypto.errors import KeyFileError
from needsassess.crypto.fingerprints import fingerprint, fingerprint_bytes, normalize_fingerprint
from needsassess.crypto.keyfiles import b64, field_bytes, keys_dir, read_secret, write_secret
from needsassess.errors.crypto_codes import KeyCode
from needsassess.timefmt import utc_now

DEVICE_KEY = "device.key"
COORDINATOR_KEY = "coordinator.key"
RECIPIENT = "recipient.pub"
DEVICE_ENCRYPTION_KEY = "device-encryption.key"
_HEADER = "needsassess public key"
_MAX_PUBLIC_FILE = 8 * 1024
KINDS = {"device": "ed25519", "coordinator": "x25519"}


@dataclass(frozen=True)
class DeviceKey:
    private: Ed25519PrivateKey
    public_raw: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint("ed25519", self.public_raw)


@dataclass(frozen=True)
class CoordinatorKey:
    name: str
    private: X25519PrivateKey
    public_raw: bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint("x25519", self.public_raw)

    @property
    def key_id(self) -> bytes:
        return fingerprint_bytes("x25519", self.public_raw)

    def public(self) -> PublicKey:
        return PublicKey("coordinator", self.name, self.public_raw)


@dataclass(frozen=True)
class PublicKey:
    """A public key as exchanged between people: a device's (officer) or a coordinator's."""

    kind: str  # "device" or "coordinator"
    name: str
    raw: bytes
    device_id: str = ""
    # Field packages (docs/security.md): a coordinator's file also carries the Ed25519 key that signs
    # its field packages; an officer's the X25519 key returned assessments are encrypted to. Older
    # files have neither (b"").
    signing_raw: bytes = b""
    encryption_raw: bytes = b""

    @property
    def signing_fingerprint(self) -> str:
        return fingerprint("ed25519", self.signing_raw) if self.signing_raw else ""

    @property
    def algorithm(self) -> str:
        return KINDS[self.kind]

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.algorithm, self.raw)

    @property
    def key_id(self) -> bytes:
        return fingerprint_bytes(self.algorithm, self.raw)

    def x25519(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.raw)

    def ed25519(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.raw)


def _raw_public(private: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return private.public_key().public_bytes_raw()


def _secret_json(kind: str, algorithm: str, private_raw: bytes, name: str = "") -> bytes:
    body = {"kind": kind, "version": 1, "algorithm": algorithm, "name": name,
            "private_key": b64(private_raw), "created_at": utc_now()}
    return json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8")


def _check_kind(body: dict[str, object], kind: str, path: Path) -> None:
    if body.get("kind") != kind or body.get("version") != 1:
        raise KeyFileError(KeyCode.WRONG_KIND, path=path, kind=kind)


def device_key(data_dir: Path) -> DeviceKey:
    """This installation's signing key, made (once, atomically) if it has none yet."""
    path = keys_dir(data_dir) / DEVICE_KEY
    if not path.exists():
        fresh = Ed25519PrivateKey.generate()
        write_secret(path, _secret_json("needsassess-device-key", "ed25519", fresh.private_bytes_raw()))
    return load_device_key(path)


def load_device_key(path: Path) -> DeviceKey:
    body = read_secret(path, "device key")
    _check_kind(body, "needsassess-device-key", path)
    private = Ed25519PrivateKey.from_private_bytes(field_bytes(body, "private_key", 32, str(path)))
    return DeviceKey(private, _raw_public(private))


def create_coordinator_key(data_dir: Path, name: str) -> CoordinatorKey:
    """A new coordinator key pair; refused when this data folder already has one."""
    name = " ".join(name.split())
    if not name or len(name) > 200:
        raise KeyFileError(KeyCode.COORDINATOR_NAME)
    path = keys_dir(data_dir) / COORDINATOR_KEY
    fresh = X25519PrivateKey.generate()
    body = _secret_json("needsassess-coordinator-key", "x25519", fresh.private_bytes_raw(), name)
    if path.exists() or not write_secret(path, body):
        raise KeyFileError(KeyCode.COORDINATOR_EXISTS, path=path)
    return CoordinatorKey(name, fresh, _raw_public(fresh))


def coordinator_key(data_dir: Path) -> CoordinatorKey | None:
    """This data folder's coordinator key pair, or None when it is not a coordinator's."""
    path = keys_dir(data_dir, create=False) / COORDINATOR_KEY
    if not path.exists():
        return None
    body = read_secret(path, "coordinator key")
    _check_kind(body, "needsassess-coordinator-key", path)
    private = X25519PrivateKey.from_private_bytes(field_bytes(body, "private_key", 32, str(path)))
    name = body.get("name")
    return CoordinatorKey(name if isinstance(name, str) else "", private, _raw_public(private))


# --- public key files ------------------------------------------------------------------------------


def public_key_text(key: PublicKey) -> str:
    """The public key file: readable, e-mailable, checked by its fingerprint line when loaded."""
    lines = [_HEADER, f"type: {key.kind}", f"algorithm: {key.algorithm}", f"name: {key.name}"]
    if key.device_id:
        lines.append(f"device: {key.device_id}")
    lines += [f"key: {b64(key.raw)}", f"fingerprint: {key.fingerprint}"]
    if key.signing_raw:
        lines += [f"signing-key: {b64(key.signing_raw)}", f"signing-fingerprint: {key.signing_fingerprint}"]
    if key.encryption_raw:
        lines.append(f"encryption-key: {b64(key.encryption_raw)}")
    lines.append("")
    return "\n".join(lines)


def parse_public_key(text: str, source: str) -> PublicKey:
    """A public key from its file text; KeyFileError naming ``source`` for anything amiss."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip() and not line.startswith("#")]
    if not lines or lines[0] != _HEADER:
        raise KeyFileError(KeyCode.NOT_PUBLIC_KEY, source=source, header=repr(_HEADER))
    fields: dict[str, str] = {}
    for line in lines[1:]:
        label, sep, value = line.partition(":")
        if not sep or label.strip() in fields:
            raise KeyFileError(KeyCode.BAD_LINE, source=source, line=repr(line[:60]))
        fields[label.strip()] = value.strip()
    kind = fields.get("type", "")
    if kind not in KINDS or fields.get("algorithm") != KINDS[kind]:
        raise KeyFileError(
            KeyCode.UNKNOWN_TYPE, source=source, kind=repr(kind), algorithm=repr(fields.get("algorithm"))
        )
    raw = field_bytes(fields, "key", 32, source)
    signing = field_bytes(fields, "signing-key", 32, source) if "signing-key" in fields else b""
    encryption = field_bytes(fields, "encryption-key", 32, source) if "encryption-key" in fields else b""
    key = PublicKey(kind, fields.get("name", "")[:200], raw, fields.get("device", "")[:200], signing, encryption)
    stated = normalize_fingerprint(fields.get("fingerprint", ""))
    if stated != key.fingerprint:
        raise KeyFileError(KeyCode.FINGERPRINT_LINE, source=source)
    if signing and normalize_fingerprint(fields.get("signing-fingerprint", "")) != key.signing_fingerprint:
        raise KeyFileError(KeyCode.FINGERPRINT_LINE, source=source)
    return key


def read_public_key(path: Path) -> PublicKey:
    try:
        if path.stat().st_size > _MAX_PUBLIC_FILE:
            raise KeyFileError(KeyCode.PUBLIC_TOO_LARGE, path=path)
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KeyFileError(KeyCode.PUBLIC_UNREADABLE, path=path, detail=exc) from None
    return parse_public_key(text, str(path))


def device_public_key(data_dir: Path, officer: str, device_id: str) -> PublicKey:
    """This installation's public key, as a coordinator enrols it (with its encryption key)."""
    return PublicKey("device", officer, device_key(data_dir).public_raw, device_id,
                     encryption_raw=device_encryption_key(data_dir).public_raw)


def device_encryption_key(data_dir: Path) -> CoordinatorKey:
    """This installation's X25519 key pair for returned assessments (field packages), made on first use.

    Shaped as a ``CoordinatorKey`` because the envelope opens with any X25519 key pair.
    """
    path = keys_dir(data_dir) / DEVICE_ENCRYPTION_KEY
    if not path.exists():
        fresh = X25519PrivateKey.generate()
        write_secret(path, _secret_json("needsassess-device-encryption-key", "x25519", fresh.private_bytes_raw()))
    body = read_secret(path, "device encryption key")
    _check_kind(body, "needsassess-device-encryption-key", path)
    private = X25519PrivateKey.from_private_bytes(field_bytes(body, "private_key", 32, str(path)))
    return CoordinatorKey("", private, _raw_public(private))


def coordinator_public_key(data_dir: Path, key: CoordinatorKey) -> PublicKey:
    """The coordinator's public key as handed to officers: with the signing key of field packages."""
    return PublicKey("coordinator", key.name, key.public_raw, signing_raw=device_key(data_dir).public_raw)


# --- the officer's recipient: the coordinator key exports are encrypted to -----------------------


def load_recipient(data_dir: Path, source: Path | str) -> PublicKey:
    """Keep the coordinator public key from ``source`` (a file path or the pasted text)."""
    text = str(source)
    if isinstance(source, Path) or (_HEADER not in text and len(text) < 4096 and Path(text).exists()):
        key = read_public_key(Path(source))
    else:
        key = parse_public_key(text, "the pasted key")
    return _keep_recipient(data_dir, key)


def _keep_recipient(data_dir: Path, key: PublicKey) -> PublicKey:
    if key.kind != "coordinator":
        raise KeyFileError(KeyCode.NOT_COORDINATOR)
    write_secret(keys_dir(data_dir) / RECIPIENT, public_key_text(key).encode("utf-8"), replace=True)
    return key


def recipient(data_dir: Path) -> PublicKey | None:
    """The coordinator key exports are encrypted to, or None when none is loaded."""
    path = keys_dir(data_dir, create=False) / RECIPIENT
    return read_public_key(path) if path.exists() else None


def forget_recipient(data_dir: Path) -> None:
    (keys_dir(data_dir, create=False) / RECIPIENT).unlink(missing_ok=True)
