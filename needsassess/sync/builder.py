"""Assembling a package: members written one by one, the manifest (with their digest) last.

The builder knows the format, not the store: export feeds it documents and files, tests feed it
hand-made ones. Photos are stored (already compressed); JSON and YAML are deflated. The order is
the one a reader streams (docs/packages.md): a form or photo before the first document that uses
it, documents in (uuid, revision) order, a report right after its document.
"""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import IO, Any

from needsassess.sync import package_format as fmt

_REGULAR_FILE = 0o100644 << 16
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)  # members carry no meaningful time; the manifest has created_at


class PackageBuilder:
    """Write a package into ``out``; call ``finish()`` once everything is added."""

    def __init__(
        self,
        out: IO[bytes],
        *,
        package_id: str,
        created_at: str,
        app_version: str,
        device_id: str,
        officer: str,
    ) -> None:
        self._zip = zipfile.ZipFile(out, "w", allowZip64=True)
        self._header = (package_id, created_at, app_version, device_id, officer)
        self._contents = fmt.ContentsDigest()
        self._counts = dict.fromkeys(fmt.COUNTED_KINDS, 0)
        self._names: set[str] = set()  # forms and photos, written once each
        self._last: tuple[str, int] | None = None  # the last document's (uuid, revision)
        self._forms: list[fmt.FormEntry] = []

    def _write(self, name: str, data: bytes, compress: bool = True) -> None:
        info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
        info.external_attr = _REGULAR_FILE
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self._zip.writestr(info, data, compresslevel=6 if compress else None)
        self._contents.add(name, len(data), hashlib.sha256(data).hexdigest())
        kind = fmt.member_kind(name)
        assert kind is not None, name
        self._counts[kind] += 1

    def add_assessment(self, document: Mapping[str, Any], report: bytes | None = None) -> None:
        """Add one revision's document (see docs/packages.md), after its form and photos.

        Documents must come in (uuid, revision) order: a reader streams them in that order.
        """
        key = (document["uuid"], document["revision"])
        if self._last is not None and key <= self._last:
            raise ValueError(f"documents out of (uuid, revision) order: {key} after {self._last}")
        self._last = key
        self._write(fmt.assessment_member(*key), fmt.canonical_json(document))
        if report is not None:
            self._write(fmt.report_member(*key), report)

    def has_attachment(self, sha256: str) -> bool:
        return fmt.attachment_member(sha256) in self._names

    def add_attachment(self, sha256: str, source: Path | bytes) -> None:
        """Add a photo by its hash (once, however many revisions use it)."""
        if self.has_attachment(sha256):
            return
        self._names.add(fmt.attachment_member(sha256))
        data = source if isinstance(source, bytes) else source.read_bytes()
        self._write(fmt.attachment_member(sha256), data, compress=False)

    def add_form(self, form_id: str, version: str, definition: bytes) -> None:
        name = fmt.form_member(form_id, version)
        if name in self._names:
            return
        self._names.add(name)
        self._write(name, definition)
        self._forms.append(fmt.FormEntry(form_id, version))

    def add_dataset(self, name: str, csv_bytes: bytes) -> None:
        """A dataset (CSV list) a form of the package reads, once by name."""
        member = fmt.dataset_member(name)
        if member not in self._names:
            self._names.add(member)
            self._write(member, csv_bytes)

    def add_sealed_returns(self, key_id_hex: str, sealed: bytes) -> None:
        """The returned assessments for one officer key, already encrypted (field packages)."""
        member = fmt.return_member(key_id_hex)
        if member not in self._names:
            self._names.add(member)
            self._write(member, sealed, compress=False)

    def finish(
        self, extra: Mapping[str, Any] | None = None, sign: Callable[[bytes], bytes] | None = None
    ) -> fmt.Manifest:
        """Write manifest.json (and ``signature.json`` = ``sign(manifest bytes)``); close the zip.

        Returns the manifest written.
        """
        package_id, created_at, app_version, device_id, officer = self._header
        manifest = fmt.Manifest(
            package_id=package_id,
            created_at=created_at,
            app_version=app_version,
            device_id=device_id,
            officer=officer,
            forms=tuple(self._forms),
            counts=dict(self._counts),
            contents_count=self._contents.count,
            contents_sha256=self._contents.hexdigest(),
        )
        body = {**manifest.to_json(), **(extra or {})}
        info = zipfile.ZipInfo(fmt.MANIFEST, date_time=_FIXED_TIME)
        info.external_attr = _REGULAR_FILE
        info.compress_type = zipfile.ZIP_DEFLATED
        manifest_bytes = fmt.canonical_json(body)
        self._zip.writestr(info, manifest_bytes)
        if sign is not None:
            signature = zipfile.ZipInfo(fmt.SIGNATURE, date_time=_FIXED_TIME)
            signature.external_attr = _REGULAR_FILE
            signature.compress_type = zipfile.ZIP_STORED
            self._zip.writestr(signature, sign(manifest_bytes))
        self._zip.close()
        return manifest

    def abort(self) -> None:
        self._zip.close()
