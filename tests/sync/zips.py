"""Hand-made packages for the reader tests: valid ones, and zips crafted to be hostile or damaged."""

from __future__ import annotations

import hashlib
import io
import json
import uuid as uuidlib
import warnings
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from needsassess.sync import package_format as fmt
from needsassess.sync.reader import PackageReader

UUID = "0b9f5d2e-6c1a-4d7e-9a55-2f7c3b1e8d40"
PHOTO = b"\xff\xd8\xff\xe0 fake jpeg " * 50
PHOTO_HASH = hashlib.sha256(PHOTO).hexdigest()
FORM_YAML = b"form_id: waste_management\nversion: '2026.1'\n"


def document(uuid: str = UUID, revision: int = 1, answers: dict[str, Any] | None = None) -> dict[str, Any]:
    answers = (
        {"settlement": "Khajura", "households": 120, "photo": PHOTO_HASH} if answers is None else answers
    )
    attachments = [PHOTO_HASH] if PHOTO_HASH in answers.values() else []
    return {
        "uuid": uuid,
        "revision": revision,
        "form_id": "waste_management",
        "form_version": "2026.1",
        "status": "complete",
        "content_hash": fmt.content_hash(answers, attachments),
        "parent_hash": None,
        "answers": answers,
        "attachments": [{"sha256": h, "media_type": "image/jpeg", "size": len(PHOTO)} for h in attachments],
        "title": "Khajura",
        "site": "Khajura",
        "officer": "Sita",
        "device_id": "dev-1",
        "created_at": "2026-03-01T08:00:00.000000Z",
        "finalized_at": "2026-03-01T09:00:00.000000Z",
    }


Member = tuple[str, bytes, Callable[[zipfile.ZipInfo], None] | None]


def _stored(info: zipfile.ZipInfo) -> None:
    info.compress_type = zipfile.ZIP_STORED


def valid_members(doc: dict[str, Any] | None = None) -> list[Member]:
    """Form, photo, document: the order a package keeps (what a document needs comes first)."""
    doc = doc or document()
    return [
        (fmt.form_member("waste_management", "2026.1"), FORM_YAML, None),
        (fmt.attachment_member(PHOTO_HASH), PHOTO, _stored),
        (fmt.assessment_member(doc["uuid"], doc["revision"]), fmt.canonical_json(doc), None),
    ]


def manifest_for(members: Iterable[Member], **changes: Any) -> dict[str, Any]:
    """The manifest of ``members`` in that order: counts by kind and the contents digest."""
    counted = [(n, d) for n, d, _ in members if n not in (fmt.MANIFEST, fmt.SIGNATURE)]
    counts = dict.fromkeys(fmt.COUNTED_KINDS, 0)
    contents = fmt.ContentsDigest()
    forms = []
    for name, data in counted:
        kind = fmt.member_kind(name)
        if kind in counts:
            counts[kind] += 1
        contents.add(name, len(data), hashlib.sha256(data).hexdigest())
        if kind == "form":
            form_id, _, version = name[len("forms/") : -len(".yaml")].partition("-")
            forms.append({"form_id": form_id, "version": version})
    body: dict[str, Any] = {
        "format": fmt.FORMAT_NAME,
        "format_version": fmt.FORMAT_VERSION,
        "package_id": str(uuidlib.UUID(int=7)),
        "created_at": "2026-03-02T10:00:00Z",
        "app_version": "0.1.0",
        "device_id": "dev-1",
        "officer": "Sita",
        "forms": forms,
        "counts": counts,
        "contents": {"members": contents.count, "sha256": contents.hexdigest()},
    }
    body.update(changes)
    return body


def write_zip(path: Path, members: Iterable[Member], manifest: bytes | dict[str, Any] | None = None) -> Path:
    """A zip with ``members`` (each tweakable through its ZipInfo) and a manifest made for them."""
    members = list(members)
    if manifest is None:
        manifest = manifest_for(members)
    data = manifest if isinstance(manifest, bytes) else json.dumps(manifest).encode()
    return write_members(path, [(fmt.MANIFEST, data, None), *members])


def write_members(path: Path, members: Iterable[Member]) -> Path:
    """A zip of exactly ``members``, in that order (duplicates and odd names allowed on purpose)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicates some tests make
        for name, content, tweak in members:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.external_attr = 0o100644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            if tweak:
                tweak(info)
            zf.writestr(info, content)
    path.write_bytes(buffer.getvalue())
    return path


def valid_package(path: Path) -> Path:
    return write_zip(path, valid_members())


def read_all(reader: PackageReader) -> dict[str, bytes]:
    """Every member's bytes by name, read the way the importer reads them (the digest checked)."""
    return {member.name: reader.read(member) for member in reader.members()}
