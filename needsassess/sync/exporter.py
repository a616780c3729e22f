"""Export: finalized revisions, their photos and form definitions into one package file.

The file is written under a temporary name and renamed when complete; only then are the revisions
marked exported (with the package id), so a failed or cancelled export leaves no package and no
marks, and the next "everything not yet exported" picks the same revisions up again.
"""

from __future__ import annotations

import uuid as uuidlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from needsassess import __version__
from needsassess.crypto.envelope import DEFAULT_CHUNK, EnvelopeWriter
from needsassess.crypto.keys import PublicKey, device_encryption_key, recipient
from needsassess.crypto.signing import sign_manifest
from needsassess.engine.model import Form
from needsassess.errors.sync_codes import ExportCode
from needsassess.store import AssessmentStore, AttachmentInfo, Transaction, ledger
from needsassess.store.datasets import datasets_for
from needsassess.store.documents import image_hashes
from needsassess.store.field import answers_to_returns
from needsassess.store.ledger import RevisionRecord
from needsassess.store.paradata import ParadataEvent
from needsassess.sync.builder import PackageBuilder
from needsassess.sync.errors import Cancelled, ExportError
from needsassess.sync.field_format import ENCRYPTION_KEY_FIELD, b64_key, dataset_csv, datasets_named_by
from needsassess.sync.identity import signing_key as signing_key_of
from needsassess.sync.writer import atomic_file
from needsassess.timefmt import utc_now

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
ReportRenderer = Callable[[str, int], bytes]  # (uuid, revision) -> PDF bytes


@dataclass(frozen=True)
class ExportResult:
    path: Path
    package_id: str
    revisions: int
    assessments: int
    attachments: int
    forms: int
    signed_by: str = ""  # this device's key fingerprint
    encrypted_for: str = ""  # "name (fingerprint)" of the coordinator key, "" when not encrypted

    @property
    def encrypted(self) -> bool:
        return bool(self.encrypted_for)


def revision_document(
    row: RevisionRecord,
    attachments: Iterable[tuple[str, str, int]],
    created_at: str,
    paradata: Sequence[ParadataEvent] = (),
) -> dict[str, Any]:
    """The package document of one revision row (docs/packages.md, "Assessment documents").

    ``paradata``: the revision's events (format 2.2), carried as they are stored, in order; a
    revision without any carries no ``paradata`` key, as before.
    """
    document = {
        "uuid": row.uuid,
        "revision": row.revision,
        "form_id": row.form_id,
        "form_version": row.form_version,
        "status": "complete",
        "content_hash": row.content_hash,
        "parent_hash": row.parent_hash,
        "answers": row.document,
        "attachments": [{"sha256": s, "media_type": m, "size": n} for s, m, n in sorted(attachments)],
        "title": row.title,
        "site": row.site,
        "officer": row.officer,
        "device_id": row.device,
        "created_at": created_at,
        "finalized_at": row.finalized_at,
    }
    if paradata:
        document["paradata"] = [event.to_json() for event in paradata]
    return document


class _Exporter:
    def __init__(
        self, store: AssessmentStore, progress: Progress | None, cancelled: IsCancelled | None
    ) -> None:
        self.store = store
        self.progress = progress or (lambda _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.forms: dict[tuple[str, str], Form] = {}
        self.attachment_info: dict[str, AttachmentInfo] = {}
        self.hashes: list[str] = []  # content hash of each key written, in order
        self.dataset_names: list[str] | None = None  # the stored datasets, read once when a form needs them
        self.answered: dict[tuple[str, int], tuple[int, str]] = {}  # revisions answering a return

    def datasets(self, builder: PackageBuilder, definition: str) -> None:
        """The datasets a form names travel with it (format 2.1)."""
        lists = datasets_for(self.store)
        if self.dataset_names is None:
            self.dataset_names = [info.name for info in lists.list()]
        for name in datasets_named_by(definition, self.dataset_names):
            info = lists.latest(name)
            if info is not None:
                builder.add_dataset(name, dataset_csv(info.columns, lists.rows(name, info.version)))

    def form(self, builder: PackageBuilder, form_id: str, version: str) -> Form:
        key = (form_id, version)
        if key not in self.forms:
            self.forms[key] = self.store.forms.get(form_id, version)
            text = self.store.forms.definition_text(form_id, version)
            builder.add_form(form_id, version, text.encode("utf-8"))
            self.datasets(builder, text)
        return self.forms[key]

    def write(
        self,
        conn: Transaction,
        builder: PackageBuilder,
        keys: list[tuple[str, int]],
        reports: ReportRenderer | None,
    ) -> None:
        self.attachment_info = ledger.attachment_infos(conn)
        created = ledger.created_times(conn)
        self.answered = answers_to_returns(conn, keys)
        paradata = ledger.paradata_of(conn, keys)
        for done, row in enumerate(ledger.revisions(conn, keys), start=1):
            if self.cancelled():
                raise Cancelled(ExportCode.EXPORT_CANCELLED)
            form = self.form(builder, row.form_id, row.form_version)
            hashes = sorted(image_hashes(form, row.document))
            attachments = []
            for sha in hashes:
                builder.add_attachment(sha, self.store.attachment_path(sha))
                info = self.attachment_info.get(sha, AttachmentInfo(sha, "application/octet-stream", 0))
                attachments.append((sha, info.media_type, info.size))
            report = reports(row.uuid, row.revision) if reports else None
            document = revision_document(row, attachments, created.get(row.uuid, ""),
                                         paradata.get((row.uuid, row.revision), ()))
            if (row.uuid, row.revision) in self.answered:
                returned, reason = self.answered[(row.uuid, row.revision)]
                document["answers_return"] = {"revision": returned, "reason": reason}
            builder.add_assessment(document, report)
            self.hashes.append(row.content_hash)
            self.progress(done, len(keys))


def export_package(
    store: AssessmentStore,
    path: str | Path,
    uuids: Sequence[str] | None = None,
    include_all: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    reports: ReportRenderer | None = None,
    encrypt: bool | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> ExportResult:
    """Write the package and mark its revisions exported; ExportError when there is nothing to do.

    The package is always signed with this device's key. ``encrypt``: None encrypts when a
    coordinator key is loaded (docs/security.md), True requires one, False writes it unencrypted.
    """
    target = Path(path)
    # A store that cannot record the export (damaged, read-only, full) refuses before any file exists.
    store.check_writable("mark the assessments exported")
    signing_key = signing_key_of(store)  # refused when the folder's key was lost or replaced
    to = _recipient(store, encrypt)
    officer = store.settings.officer_name
    exporter = _Exporter(store, progress, cancelled)
    package_id, now = str(uuidlib.uuid4()), utc_now()
    with store.read("read the assessments to export") as conn:
        keys = ledger.revision_keys(conn, uuids, include_all)
        if not keys:
            raise ExportError(ExportCode.NOTHING)
        with atomic_file(target) as out:
            # Encrypted: zipfile streams into the envelope, so no plaintext package reaches the disk.
            sink = EnvelopeWriter(out, to, chunk_size) if to is not None else None
            builder = PackageBuilder(
                cast(IO[bytes], sink) if sink is not None else out,
                package_id=package_id,
                created_at=now,
                app_version=__version__,
                device_id=store.device_id,
                officer=officer,
            )
            try:
                exporter.write(conn, builder, keys, reports)
            except BaseException:
                builder.abort()
                raise
            manifest = builder.finish(
                extra={ENCRYPTION_KEY_FIELD: b64_key(device_encryption_key(store.data_dir).public_raw)},
                sign=lambda body: sign_manifest(signing_key, body, officer, store.device_id),
            )
            if sink is not None:
                sink.close()
    try:
        _mark_exported(store, keys, exporter.hashes, package_id, target)
    except BaseException:
        target.unlink(missing_ok=True)  # never a package behind a refusal: "nothing was changed"
        raise
    return ExportResult(
        path=target,
        package_id=package_id,
        revisions=len(keys),
        assessments=len({k[0] for k in keys}),
        attachments=manifest.counts["attachment"],
        forms=len(manifest.forms),
        signed_by=signing_key.fingerprint,
        encrypted_for=f"{to.name} ({to.fingerprint})" if to is not None else "",
    )


def _recipient(store: AssessmentStore, encrypt: bool | None) -> PublicKey | None:
    if encrypt is False:
        return None
    loaded = recipient(store.data_dir)
    if loaded is None and encrypt:
        raise ExportError(ExportCode.NO_COORDINATOR_KEY)
    return loaded


def _mark_exported(
    store: AssessmentStore, keys: list[tuple[str, int]], hashes: list[str], package_id: str, target: Path
) -> None:
    now, who = utc_now(), (store.settings.officer_name, store.device_id)
    with store.write("mark the assessments exported") as conn:
        ledger.mark_exported(conn, keys, hashes, package_id, str(target), now, who)
