"""Package signatures: the device key signs the exact bytes of ``manifest.json``.

The manifest lists the size and sha256 of every other member, so signing it signs the whole
package. The signed message is a fixed context string followed by the manifest bytes, so a device
key's signature over a package can never be mistaken for a signature over anything else.
``signature.json`` carries the signer's public key (so a coordinator can enrol it from a package),
its fingerprint, and the officer and device named in the manifest (checked equal, never trusted on
their own: only the signed manifest is).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from needsassess.crypto.errors import SignatureRefused
from needsassess.crypto.fingerprints import fingerprint
from needsassess.crypto.keyfiles import b64
from needsassess.crypto.keys import DeviceKey, PublicKey
from needsassess.errors.crypto_codes import SignatureCode

SIGNATURE_FORMAT = "needsassess-signature"
_CONTEXT = b"needsassess-package-signature-v1\x00"
_MEMBER = "signature.json"


@dataclass(frozen=True)
class Signer:
    """Who signed a package, as proven by the signature (the key) and stated by the manifest."""

    public_raw: bytes
    officer: str
    device_id: str

    @property
    def fingerprint(self) -> str:
        return fingerprint("ed25519", self.public_raw)

    def public_key(self) -> PublicKey:
        return PublicKey("device", self.officer, self.public_raw, self.device_id)


def sign_manifest(key: DeviceKey, manifest_bytes: bytes, officer: str, device_id: str) -> bytes:
    """The bytes of ``signature.json`` for this manifest."""
    body = {
        "format": SIGNATURE_FORMAT,
        "version": 1,
        "algorithm": "ed25519",
        "signs": "manifest.json",
        "public_key": b64(key.public_raw),
        "fingerprint": key.fingerprint,
        "officer": officer,
        "device_id": device_id,
        "signature": b64(key.private.sign(_CONTEXT + manifest_bytes)),
    }
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _text(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or len(value) > 1000:
        raise SignatureRefused(SignatureCode.FIELD_NOT_TEXT, field=repr(key), signature_file=_MEMBER)
    return value


def _bytes(body: dict[str, Any], key: str, size: int) -> bytes:
    try:
        raw = base64.b64decode(_text(body, key), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise SignatureRefused(SignatureCode.FIELD_SIZE, field=repr(key), size=size, signature_file=_MEMBER)
    return raw


def _parse(signature_bytes: bytes) -> dict[str, Any]:
    try:
        body = json.loads(signature_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        body = None
    if not isinstance(body, dict):
        raise SignatureRefused(SignatureCode.NOT_OBJECT, signature_file=_MEMBER)
    if body.get("format") != SIGNATURE_FORMAT or body.get("version") != 1:
        raise SignatureRefused(SignatureCode.UNKNOWN_FORMAT, signature_file=_MEMBER)
    if body.get("algorithm") != "ed25519" or body.get("signs") != "manifest.json":
        raise SignatureRefused(SignatureCode.UNSUPPORTED, signature_file=_MEMBER)
    return body


def verify_signature(signature_bytes: bytes, manifest_bytes: bytes, officer: str, device_id: str) -> Signer:
    """The proven signer of the manifest; SignatureRefused saying why when it does not verify."""
    body = _parse(signature_bytes)
    public_raw = _bytes(body, "public_key", 32)
    signature = _bytes(body, "signature", 64)
    if _text(body, "fingerprint") != fingerprint("ed25519", public_raw):
        raise SignatureRefused(SignatureCode.FINGERPRINT, signature_file=_MEMBER)
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, _CONTEXT + manifest_bytes)
    except InvalidSignature:
        raise SignatureRefused(SignatureCode.MISMATCH) from None
    if (_text(body, "officer"), _text(body, "device_id")) != (officer, device_id):
        raise SignatureRefused(SignatureCode.SENDER_DIFFERS, signature_file=_MEMBER)
    return Signer(public_raw, officer, device_id)
