"""Opening a package that may be encrypted and signed: the steps import and enrolment share.

An encrypted package is decrypted into a file that has no name (``fileio.ScratchFile``), in the
import's staging folder in the data folder's private area: never beside the file on a USB stick,
and never findable afterwards, since the operating system frees it when the import ends or its
process dies, however it dies. The zip reader then checks the plaintext as it checks any package.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from needsassess.crypto.envelope import EnvelopeHeader, decrypt_stream, is_envelope, peek_header
from needsassess.crypto.errors import EnvelopeRefused, KeyFileError, SignatureRefused
from needsassess.crypto.keys import coordinator_key
from needsassess.crypto.signing import Signer, verify_signature
from needsassess.errors.crypto_codes import EnvelopeCode
from needsassess.errors.sync_codes import SyncCode
from needsassess.fileio import ScratchFile
from needsassess.store import AssessmentStore
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import PackageReader, refusing

PLAIN_NAME = "package.napkg"


PackageSource = Path | ScratchFile


@contextmanager
def plain_package(store: AssessmentStore, path: Path) -> Iterator[tuple[PackageSource, EnvelopeHeader | None, Path]]:
    """The plaintext package to read (``path`` itself when not encrypted), its envelope header, and a
    private staging folder for the import; the decrypted bytes and the folder are gone afterwards."""
    with store.staging() as staging:
        with refusing(None):
            encrypted = is_envelope(path)
        if not encrypted:
            yield path, None, staging
            return
        with ScratchFile(staging) as scratch:
            header = _decrypt(store.data_dir, path, scratch)
            yield scratch, header, staging


def _decrypt(data_dir: Path, path: Path, scratch: ScratchFile) -> EnvelopeHeader:
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
        with refusing(None), path.open("rb") as src:
            return decrypt_stream(src, scratch.writer, key)
    except (EnvelopeRefused, SignatureRefused) as err:
        raise PackageRefused(err.reason_entry, **err.params) from None
    except KeyFileError as err:
        raise PackageRefused(SyncCode.COORDINATOR_KEY_UNUSABLE, detail=err) from None


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
        with plain_package(store, path) as (plain, _header, _staging), PackageReader(plain) as reader:
            return signer_of(reader), reader
    except PackageRefused as refusal:
        raise refusal.in_package(path.name) from None
