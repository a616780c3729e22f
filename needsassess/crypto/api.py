"""Key operations over a data folder, for the window and the command line: no Qt, no store.

Each returns small frozen records the Settings page can show as they are; each raises a
``UserError`` whose message can be shown as it is. What needs the store as well (enrolment,
revocation, held packages, the device's public key file) is ``needsassess.sync.enrolment``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from needsassess.crypto import keys as keyring
from needsassess.fileio import write_atomic

__all__ = [
    "KeyInfo",
    "coordinator_info",
    "create_coordinator_key",
    "fingerprint_text",
    "forget_coordinator_key",
    "load_coordinator_key",
    "own_coordinator_info",
    "write_coordinator_public_key",
]


@dataclass(frozen=True)
class KeyInfo:
    name: str
    fingerprint: str
    device_id: str = ""
    signing_fingerprint: str = ""  # a coordinator's: the key its field packages are signed with


def fingerprint_text(data_dir: Path) -> str:
    """This installation's signing key fingerprint, ``ABCD EFGH ...`` (the key is made on first call)."""
    return keyring.device_key(Path(data_dir)).fingerprint


def load_coordinator_key(data_dir: Path, source: Path | str) -> KeyInfo:
    """Officer side: keep the coordinator's public key (a file path, or the pasted text)."""
    key = keyring.load_recipient(Path(data_dir), source)
    return KeyInfo(key.name, key.fingerprint, signing_fingerprint=key.signing_fingerprint)


def coordinator_info(data_dir: Path) -> KeyInfo | None:
    """Officer side: the coordinator exports are encrypted to, or None (exports are then unencrypted)."""
    key = keyring.recipient(Path(data_dir))
    return KeyInfo(key.name, key.fingerprint, signing_fingerprint=key.signing_fingerprint) if key else None


def forget_coordinator_key(data_dir: Path) -> None:
    keyring.forget_recipient(Path(data_dir))


def create_coordinator_key(data_dir: Path, name: str, public_file: Path) -> KeyInfo:
    """Coordinator side: make the key pair and write the public key file to hand to officers."""
    key = keyring.create_coordinator_key(Path(data_dir), name)
    public = keyring.coordinator_public_key(Path(data_dir), key)
    write_atomic(public_file, keyring.public_key_text(public).encode("utf-8"), mode=0o644)
    return KeyInfo(key.name, key.fingerprint, signing_fingerprint=public.signing_fingerprint)


def write_coordinator_public_key(data_dir: Path, public_file: Path) -> KeyInfo | None:
    """Coordinator side: write the public key file again (now with the field packages' signing key)."""
    key = keyring.coordinator_key(Path(data_dir))
    if key is None:
        return None
    public = keyring.coordinator_public_key(Path(data_dir), key)
    write_atomic(public_file, keyring.public_key_text(public).encode("utf-8"), mode=0o644)
    return KeyInfo(key.name, key.fingerprint)


def own_coordinator_info(data_dir: Path) -> KeyInfo | None:
    key = keyring.coordinator_key(Path(data_dir))
    return KeyInfo(key.name, key.fingerprint) if key else None
