"""Opening a package that may be encrypted and signed: the steps import and enrolment share.

An encrypted package is decrypted into a staging folder inside the data folder (where its contents
will live anyway), never beside the file on a USB stick; the zip reader then checks the plaintext
as it checks any package.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from needsassess.crypto.envelope import EnvelopeHeader, decrypt_stream, is_envelope, peek_header
from needsassess.crypto.errors import EnvelopeRefused, KeyFileError, SignatureRefused
from needsassess.crypto.keys import coordinator_key
from needsassess.crypto.signing import Signer, verify_signature
from needsassess.errors.crypto_codes import EnvelopeCode
from needsassess.errors.sync_codes import SyncCode
from needsassess.fileio import durable_file
from needsassess.store import AssessmentStore
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import PackageReader, refusing

PLAIN_NAME = "package.napkg"


def decrypted(data_dir: Path, path: Path, staging: Path) -> tuple[Path, EnvelopeHeader | None]:
    """The plaintext package to read (``path`` itself when not encrypted) and the envelope header."""
    with refusing(None):
        encrypted = is_envelope(path)
    if not encrypted:
        return path, None
    try:
        key = coordinator_key(data_dir)
        if key is None:
            header = peek_header(path)
            assert header is not None
            raise EnvelopeRefused(
                EnvelopeCode.NO_COORDINATOR_KEY,
                recipient=repr(header.recipient_name),
                recipient_fingerprint=header.recipient_fingerprint,
            )
        target = staging / PLAIN_NAME
        with refusing(None), path.open("rb") as src, durable_file(target, 0o600, sync=False) as out:
            header = decrypt_stream(src, out, key)
    except (EnvelopeRefused, SignatureRefused) as err:
        raise PackageRefused(err.reason_entry, **err.params) from None
    except KeyFileError as err:
        raise PackageRefused(SyncCode.COORDINATOR_KEY_UNUSABLE, detail=err) from None
    return target, header


def signer_of(reader: PackageReader) -> Signer | None:
    """The proven signer of an opened package, None when unsigned; PackageRefused when it fails."""
    signature = reader.signature()
    if signature is None:
        return None
    manifest = reader.manifest
    try:
        return verify_signature(signature, reader.manifest_bytes, manifest.officer, manifest.device_id)
    except SignatureRefused as err:
        raise PackageRefused(err.reason_entry, fmt.SIGNATURE, **err.params) from None


def package_signer(store: AssessmentStore, path: Path) -> tuple[Signer | None, PackageReader]:
    """Who signed the package at ``path`` (decrypting it if needed); the reader comes back closed.

    Only the structure, manifest and signature are checked: enough to learn the signer's key.
    """
    try:
        with tempfile.TemporaryDirectory(prefix=".enrol-", dir=store.data_dir) as staging:
            plain, _header = decrypted(store.data_dir, path, Path(staging))
            with PackageReader(plain) as reader:
                return signer_of(reader), reader
    except PackageRefused as refusal:
        raise refusal.in_package(path.name) from None
