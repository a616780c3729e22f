"""Import: verify a package completely while merging it in one transaction.

Order of work, so that a refused package changes nothing: the file hash (a package imported before
is recognised at once); the structure and manifest (``PackageReader``); in one write transaction,
the signature over the manifest and the signer's trust (``sync.trust.decide``), before any other
member is parsed; then the members are streamed in the package's order: form definitions the store
lacks are parsed and kept, photos are checked and staged in a temporary folder, documents are
checked against their form and merged (``merge.decide``). The reader's last check (the contents
digest, which the signed manifest fixes) comes before the commit. Any refusal rolls the transaction
back and the staging folder is deleted; photos are moved into place only after everything passed,
just before the commit.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from needsassess.collector import collection_paused
from needsassess.errors import UserError
from needsassess.errors.sync_codes import ExportCode
from needsassess.store import AssessmentStore, Transaction, ledger
from needsassess.store.locking import lock_name
from needsassess.sync import package_format as fmt
from needsassess.sync.apply import MergeWriter
from needsassess.sync.documents import parse_document
from needsassess.sync.errors import Cancelled, PackageRefused
from needsassess.sync.field_format import is_field_package
from needsassess.sync.field_import import FieldImport, import_field_package
from needsassess.sync.field_up import UpExtras
from needsassess.sync.incoming import IncomingForms, IncomingPhotos
from needsassess.sync.reader import Limits, PackageReader, refusing
from needsassess.sync.sealing import plain_package, signer_of
from needsassess.sync.trust import PackageHeld, Trust, decide, forget_held, record_held

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass
class ImportResult:
    """What one package did; ``refused`` holds the message when it was refused (nothing changed)."""

    path: Path
    package_id: str | None = None
    file_sha256: str | None = None
    device_id: str = ""
    officer: str = ""
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    refused: str | None = None
    already_imported: bool = False
    # Signed and encrypted packages (docs/security.md). ``held`` (the message) means the package
    # verified but its signer is not trusted yet; ``refused`` then holds the same message.
    signer_fingerprint: str = ""
    signer_enrolled: bool = False
    signer_accepted_now: bool = False
    encrypted_for: str = ""
    held: str | None = None
    error: UserError | None = None  # the refusal itself, so the window words it in its language
    field: FieldImport | None = None  # a field package (coordinator -> officer): what it did here

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.conflicts


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with refusing(None), path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _previous_import(store: AssessmentStore, sha: str) -> ImportResult | None:
    with store.read("look for an earlier import") as conn:
        row = ledger.package_of_file(conn, sha)
    if row is None:
        return None
    return ImportResult(
        Path(), row.package_id, sha, row.device_id, row.officer, unchanged=row.total, already_imported=True
    )


def import_package(
    store: AssessmentStore,
    path: str | Path,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    limits: Limits | None = None,
    accept_signer: bool = False,
) -> ImportResult:
    """Import one package; PackageRefused (nothing changed) when it is damaged, hostile or unusable.

    An encrypted package is decrypted with this data folder's coordinator key. PackageHeld (nothing
    imported; recorded and audited) when its signer is not trusted here, unless ``accept_signer``
    (the coordinator's choice, audited).
    """
    path = Path(path)
    try:
        with collection_paused():  # thousands of documents and rows, almost no cycles (collector.py)
            return _import(store, path, progress, cancelled, limits, accept_signer)
    except PackageRefused as refusal:
        raise refusal.in_package(path.name) from None
    except PackageHeld as held:
        raise held.in_package(path.name) from None


def _import(
    store: AssessmentStore,
    path: Path,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    limits: Limits | None,
    accept_signer: bool = False,
) -> ImportResult:
    sha = file_sha256(path)
    previous = _previous_import(store, sha)
    if previous is not None:
        previous.path = path
        return previous
    try:
        return _verify_and_merge(store, path, sha, progress, cancelled, limits, accept_signer)
    except PackageHeld as held:
        record_held(store, held, path, sha)
        raise


def _verify_and_merge(
    store: AssessmentStore,
    path: Path,
    sha: str,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    limits: Limits | None,
    accept_signer: bool,
) -> ImportResult:
    with plain_package(store, path) as (plain, envelope, staging), PackageReader(plain, limits) as reader:
        if is_field_package(reader.manifest):  # from the coordinator: checked and applied apart
            m = reader.manifest
            result = ImportResult(path, m.package_id, sha, m.device_id, m.officer,
                                  field=import_field_package(store, reader))
        else:
            result = _merge(store, reader, path, sha, staging, progress, cancelled, accept_signer)
    if envelope is not None:
        result.encrypted_for = f"{envelope.recipient_name} ({envelope.recipient_fingerprint})"
    return result


def _merge(
    store: AssessmentStore,
    reader: PackageReader,
    path: Path,
    sha: str,
    staging: Path,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    accept_signer: bool,
) -> ImportResult:
    manifest = reader.manifest

    def merge_all(conn: Transaction) -> tuple[dict[str, int], Trust] | None:
        # Two coordinators importing the same file at once: the second waits here, then finds it.
        lock_name(conn, f"package:{sha}")
        if _already_imported(conn, sha):
            return None
        # First: no member is parsed (a form, a document) before the signature over the manifest,
        # which fixes every member's sha256, verifies and its signer is accepted here.
        trust = decide(store, conn, signer_of(reader), manifest.officer, manifest.device_id,
                       manifest.package_id, accept_signer, path.name)
        writer = MergeWriter(conn, manifest, path.name, sha)
        extras = UpExtras(store, conn, manifest)
        photos = _merge_members(store, conn, reader, writer, staging, progress, cancelled, extras)
        forget_held(conn, sha)
        counts = writer.finish(photos.place)
        extras.finish(trust.signer)
        return counts, trust

    # On a PostgreSQL hub a collision with another coordinator's import (a deadlock, or an
    # assessment both created) rolls everything back and merges again from the start.
    done = store.write_retrying("import the package", merge_all)
    if done is None:
        previous = _previous_import(store, sha)
        assert previous is not None
        previous.path = path
        return previous
    return _result(path, sha, manifest, *done)


def _merge_members(
    store: AssessmentStore,
    conn: Transaction,
    reader: PackageReader,
    writer: MergeWriter,
    staging: Path,
    progress: Progress | None,
    cancelled: IsCancelled | None,
    extras: UpExtras,
) -> IncomingPhotos:
    """One pass in the package's order: forms and photos come before the documents using them."""
    forms, photos = IncomingForms(store, conn), IncomingPhotos(store, conn, staging)
    total, done = reader.manifest.counts["assessment"], 0
    for member in reader.members():
        if cancelled is not None and cancelled():
            raise Cancelled(ExportCode.IMPORT_CANCELLED)
        if member.kind == "assessment":
            raw, answers = reader.read_document(member)
            writer.merge(parse_document(raw, member.name, forms.checker, photos.known, answers))
            extras.document(raw)
            done += 1
            if progress is not None:
                progress(done, total)
        elif member.kind == "form":
            forms.take(reader, member)
        elif member.kind == "attachment":
            photos.take(reader, member)
        elif member.kind == "dataset":
            extras.dataset(reader, member)
        # A report is only checked (the reader hashes it into the contents digest).
    return photos


def _already_imported(conn: Transaction, sha: str) -> bool:
    return ledger.package_of_file(conn, sha) is not None


def _result(path: Path, sha: str, manifest: fmt.Manifest, counts: dict[str, int], trust: Trust) -> ImportResult:
    return ImportResult(
        path,
        manifest.package_id,
        sha,
        manifest.device_id,
        manifest.officer,
        new=counts["new"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        conflicts=counts["conflicts"],
        signer_fingerprint=trust.signer.fingerprint if trust.signer else "",
        signer_enrolled=trust.enrolled,
        signer_accepted_now=trust.accepted_now,
    )


def import_packages(
    store: AssessmentStore,
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    accept_signer: bool = False,
) -> list[ImportResult]:
    """Import each package on its own (a refused one does not stop the others); one result each.

    ``progress(done, total)`` counts revisions across all packages as each is read. A package held
    back for its signer gets a result with ``held`` (and ``refused``) set to the message.
    """
    files = [Path(p) for p in paths]
    results: list[ImportResult] = []
    for index, path in enumerate(files):

        def step(done: int, total: int, index: int = index) -> None:
            if progress is not None:
                progress(index * 1000 + done * 1000 // max(total, 1), len(files) * 1000)

        try:
            results.append(import_package(store, path, step, cancelled, accept_signer=accept_signer))
        except PackageRefused as refusal:
            results.append(ImportResult(path, refused=str(refusal), error=refusal))
        except PackageHeld as held:
            results.append(_held_result(path, held))
    return results


def _held_result(path: Path, held: PackageHeld) -> ImportResult:
    return ImportResult(
        path, held.package_id, device_id=held.device_id, officer=held.officer, refused=str(held),
        held=str(held), signer_fingerprint=held.signer.fingerprint if held.signer else "", error=held,
    )


def signer_text(result: ImportResult) -> str:
    """Who signed, for the person: the fingerprint and whether that key is enrolled here."""
    if result.already_imported:
        return ""
    if not result.signer_fingerprint:
        return "UNSIGNED"
    state = "accepted now" if result.signer_accepted_now else "enrolled" if result.signer_enrolled else "NOT enrolled"
    return f"signed by {result.officer or 'unnamed officer'}, key {result.signer_fingerprint} ({state})"


def summary_line(result: ImportResult) -> str:
    """One line per package for the command line and the window."""
    if result.held:
        return f"{result.path.name}: HELD BACK — {result.held}"
    if result.refused:
        code = f" [{result.error.code}]" if result.error is not None and result.error.code else ""
        return f"{result.path.name}: REFUSED{code} — {result.refused}"
    if result.field is not None:
        return result.field.line(result.path.name)
    again = " (already imported; nothing to do)" if result.already_imported else ""
    sealed = f"; was encrypted for {result.encrypted_for}" if result.encrypted_for else ""
    signed = signer_text(result)
    return (
        f"{result.path.name}: {result.new} new, {result.updated} updated, {result.unchanged} unchanged, "
        f"{result.conflicts} conflicts — from {result.officer or 'unknown officer'} "
        f"on device {result.device_id or '?'}{again}" + (f"; {signed}" if signed else "") + sealed
    )


def counts_header(results: Sequence[ImportResult]) -> str:
    refused = sum(1 for r in results if r.refused)
    held = sum(1 for r in results if r.held)
    line = f"{len(results)} package(s): {len(results) - refused} imported, {refused - held} refused"
    return line + (f", {held} held back" if held else "")
