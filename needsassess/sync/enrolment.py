"""Key operations that need the store: enrolment, revocation, held packages, the device's key file.

Plain functions for the window and the command line (no Qt), like ``needsassess.crypto.api`` for
the keys of a data folder; each raises a ``UserError`` whose message can be shown as it is. Which
signer is trusted is decided in ``sync.trust``; the rows are kept by ``store.trust``.
"""

from __future__ import annotations

from pathlib import Path

from needsassess.crypto import keys as keyring
from needsassess.crypto.api import KeyInfo
from needsassess.crypto.fingerprints import normalize_fingerprint
from needsassess.crypto.keyfiles import b64
from needsassess.errors import UserError
from needsassess.errors.crypto_codes import TrustCode
from needsassess.fileio import write_atomic
from needsassess.store import AssessmentStore
from needsassess.store import field as field_rows
from needsassess.sync.sealing import package_signer
from needsassess.sync.trust import (
    EnrolledKey,
    HeldPackage,
    RevokedKey,
    enrol,
    enrolled_keys,
    held_packages,
    revoke,
    revoked_keys,
)
from needsassess.timefmt import utc_now

__all__ = [
    "EnrolledKey",
    "FingerprintMismatch",
    "HeldPackage",
    "RevokedKey",
    "enrol_key_file",
    "enrol_package_signer",
    "enrolled_keys",
    "held_packages",
    "package_signer_info",
    "revoke",
    "revoked_keys",
    "write_device_public_key",
]


class FingerprintMismatch(UserError):
    """The fingerprint the person confirmed is not the key's: the key is not enrolled."""


def write_device_public_key(store: AssessmentStore, target: Path) -> KeyInfo:
    """Write this installation's public key file, for a coordinator to enrol."""
    key = keyring.device_public_key(store.data_dir, store.settings.officer_name, store.device_id)
    write_atomic(Path(target), keyring.public_key_text(key).encode("utf-8"), mode=0o644)
    return KeyInfo(key.name, key.fingerprint, key.device_id)


def package_signer_info(store: AssessmentStore, package: Path) -> KeyInfo | None:
    """Who signed a package (decrypted if needed), to show before enrolling; None when unsigned."""
    signer, _reader = package_signer(store, Path(package))
    return KeyInfo(signer.officer, signer.fingerprint, signer.device_id) if signer else None


def _confirmed(fingerprint: str, confirmed: str) -> None:
    if normalize_fingerprint(confirmed) != fingerprint:
        raise FingerprintMismatch(TrustCode.FINGERPRINT_MISMATCH, given=confirmed.strip(), fingerprint=fingerprint)


def enrol_package_signer(store: AssessmentStore, package: Path, confirmed_fingerprint: str) -> KeyInfo:
    """Enrol the key that signed ``package``, once the person confirmed its fingerprint (audited)."""
    signer, _reader = package_signer(store, Path(package))
    if signer is None:
        raise UserError(TrustCode.PACKAGE_UNSIGNED, name=Path(package).name)
    _confirmed(signer.fingerprint, confirmed_fingerprint)
    enrol(store, signer.public_key(), f"from the package {Path(package).name}, fingerprint confirmed")
    return KeyInfo(signer.officer, signer.fingerprint, signer.device_id)


def enrol_key_file(store: AssessmentStore, path: Path, confirmed_fingerprint: str | None = None) -> KeyInfo:
    """Enrol an officer's public key file (its fingerprint line is checked against the key)."""
    key = keyring.read_public_key(Path(path))
    if confirmed_fingerprint is not None:
        _confirmed(key.fingerprint, confirmed_fingerprint)
    enrol(store, key, f"from the key file {Path(path).name}")
    if key.encryption_raw:  # field packages seal returned assessments to it (docs/security.md)
        with store.write("enrol an officer's key") as conn:
            field_rows.remember_field_key(conn, field_rows.FieldKeyRecord(
                key.fingerprint, b64(key.encryption_raw), key.name, key.device_id, utc_now()))
    return KeyInfo(key.name, key.fingerprint, key.device_id)
