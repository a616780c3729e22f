"""What the window calls for keys: plain functions over the data folder and the store, no Qt.

Each returns small frozen records the Settings page can show as they are; each raises a
``UserError`` whose message can be shown as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from needsassess.crypto import keys as keyring
from needsassess.crypto.fingerprints import normalize_fingerprint
from needsassess.crypto.packages import package_signer
from needsassess.crypto.trust import (
    EnrolledKey,
    HeldPackage,
    RevokedKey,
    enrol,
    enrolled_keys,
    held_packages,
    revoke,
    revoked_keys,
)
from needsassess.errors import UserError
from needsassess.errors.crypto_codes import TrustCode
from needsassess.store import AssessmentStore

__all__ = [
    "EnrolledKey",
    "HeldPackage",
    "KeyInfo",
    "RevokedKey",
    "coordinator_info",
    "create_coordinator_key",
    "enrol_key_file",
    "enrol_package_signer",
    "enrolled_keys",
    "fingerprint_text",
    "forget_coordinator_key",
    "held_packages",
    "load_coordinator_key",
    "own_coordinator_info",
    "package_signer_info",
    "revoke",
    "revoked_keys",
    "write_device_public_key",
]


@dataclass(frozen=True)
class KeyInfo:
    name: str
    fingerprint: str
    device_id: str = ""


class FingerprintMismatch(UserError):
    """The fingerprint the person confirmed is not the key's: the key is not enrolled."""


def fingerprint_text(data_dir: Path) -> str:
    """This installation's signing key fingerprint, ``ABCD EFGH ...`` (the key is made on first call)."""
    return keyring.device_key(Path(data_dir)).fingerprint


def write_device_public_key(store: AssessmentStore, target: Path) -> KeyInfo:
    """Write this installation's public key file, for a coordinator to enrol."""
    key = keyring.device_public_key(store.data_dir, store.settings.officer_name, store.device_id)
    Path(target).write_text(keyring.public_key_text(key), encoding="utf-8")
    return KeyInfo(key.name, key.fingerprint, key.device_id)


def load_coordinator_key(data_dir: Path, source: Path | str) -> KeyInfo:
    """Officer side: keep the coordinator's public key (a file path, or the pasted text)."""
    key = keyring.load_recipient(Path(data_dir), source)
    return KeyInfo(key.name, key.fingerprint)


def coordinator_info(data_dir: Path) -> KeyInfo | None:
    """Officer side: the coordinator exports are encrypted to, or None (exports are then unencrypted)."""
    key = keyring.recipient(Path(data_dir))
    return KeyInfo(key.name, key.fingerprint) if key else None


def forget_coordinator_key(data_dir: Path) -> None:
    keyring.forget_recipient(Path(data_dir))


def create_coordinator_key(data_dir: Path, name: str, public_file: Path) -> KeyInfo:
    """Coordinator side: make the key pair and write the public key file to hand to officers."""
    key = keyring.create_coordinator_key(Path(data_dir), name)
    Path(public_file).write_text(keyring.public_key_text(key.public()), encoding="utf-8")
    return KeyInfo(key.name, key.fingerprint)


def own_coordinator_info(data_dir: Path) -> KeyInfo | None:
    key = keyring.coordinator_key(Path(data_dir))
    return KeyInfo(key.name, key.fingerprint) if key else None


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
    return KeyInfo(key.name, key.fingerprint, key.device_id)
