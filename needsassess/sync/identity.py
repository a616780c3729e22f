"""This device's signing identity: the key its packages are signed with never changes silently.

A coordinator knows an officer by the key that signs the officer's packages. If ``keys/device.key``
were deleted (or replaced by another folder's) and the next export quietly made or used another
key, every later package would be held as "from another sender". So the folder remembers the
fingerprint it signs with (a setting, set at the first signed export) and, for folders older than
that setting, the ledger's exports say it has signed before: then a missing or different key is
refused with how to restore it (``keys restore``) or to replace it on purpose
(``keys new-device-key --reason``, audited).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from needsassess.crypto.errors import KeyFileError
from needsassess.crypto.keyfiles import keys_dir
from needsassess.crypto.keys import DEVICE_KEY, DeviceKey, device_key
from needsassess.errors.crypto_codes import KeyCode
from needsassess.fileio import move_into_place
from needsassess.store import AssessmentStore, ledger
from needsassess.store import trust as rows
from needsassess.timefmt import utc_now

__all__ = ["NewKey", "new_device_key", "signing_key"]

DEVICE_KEY_NEW = "device_key_new"  # the audit event (store.audit.EVENTS)


@dataclass(frozen=True)
class NewKey:
    old_fingerprint: str  # "" when the old key was missing or unreadable
    fingerprint: str
    kept_as: Path | None  # where the old key file was moved


def _signed_before(store: AssessmentStore) -> str | None:
    """The fingerprint this folder signed with ("?" when only the ledger knows), None if never.

    On a PostgreSQL hub the settings and the ledger are shared by every coordinator's data folder,
    each with its own device key, so they cannot say which key is this folder's: None there.
    """
    if store.engine.dialect.name != "sqlite":
        return None
    expected = store.settings.device_key_fingerprint
    if expected:
        return expected
    with store.read("look for earlier exports") as conn:
        return "?" if ledger.any_exported(conn) else None


def signing_key(store: AssessmentStore, remember: bool = True) -> DeviceKey:
    """The device key to sign a package with; KeyFileError when it is not the folder's own any more."""
    path = keys_dir(store.data_dir) / DEVICE_KEY
    expected = _signed_before(store)
    if expected is not None and not path.exists():
        raise KeyFileError(KeyCode.DEVICE_KEY_LOST, path=path, fingerprint=expected)
    key = device_key(store.data_dir, create=expected is None)
    if expected not in (None, "?") and key.fingerprint != expected:
        raise KeyFileError(KeyCode.DEVICE_KEY_CHANGED, path=path, fingerprint=key.fingerprint, expected=expected)
    if remember and expected != key.fingerprint and store.engine.dialect.name == "sqlite":
        store.settings.device_key_fingerprint = key.fingerprint
    return key


def new_device_key(store: AssessmentStore, reason: str) -> NewKey:
    """Replace this device's signing key on purpose: the old file is kept aside, the change audited."""
    reason = " ".join(reason.split())
    if not reason:
        raise KeyFileError(KeyCode.NEW_KEY_REASON)
    path = keys_dir(store.data_dir) / DEVICE_KEY
    old, kept = "", None
    lost = store.settings.device_key_fingerprint
    if path.exists():
        try:
            old = device_key(store.data_dir, create=False).fingerprint
        except KeyFileError:
            old = ""
        kept = path.with_name(f"{DEVICE_KEY}.replaced-{utc_now().replace(':', '')}")
        move_into_place(path, kept)
    key = device_key(store.data_dir)
    store.settings.device_key_fingerprint = key.fingerprint
    with store.write("record the new device key") as conn:
        rows.audit_event(conn, DEVICE_KEY_NEW,
                         f"replaced this device's signing key {old or (lost + ' (lost)' if lost else '(none)')} by "
                         f"{key.fingerprint}: {reason[:500]}", (store.settings.officer_name, store.device_id))
    return NewKey(old, key.fingerprint, kept)
