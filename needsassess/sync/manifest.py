"""Reading manifest.json: every field checked for type and shape before it is trusted.

The manifest is small (format 2 lists no members: see package_format): the package's identity, the
forms it carries, how many members of each kind, and the digest of them all. A manifest that is
malformed in any way refuses the whole package, naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from needsassess.errors.sync_codes import SyncCode
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused

M = fmt.MANIFEST


def _field(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise PackageRefused(SyncCode.MANIFEST_LACKS, M, field=f"{where}{key!r}")
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise PackageRefused(SyncCode.MANIFEST_TYPE, M, field=f"{where}{key!r}")
    return value


def _text(obj: Mapping[str, Any], key: str, where: str = "", limit: int = 500) -> str:
    value: str = _field(obj, key, str, where)
    if len(value) > limit:
        raise PackageRefused(SyncCode.MANIFEST_TOO_LONG, M, field=f"{where}{key!r}")
    return value


def _matching(obj: Mapping[str, Any], key: str, pattern: Any, where: str = "") -> str:
    value = _text(obj, key, where)
    if not pattern.fullmatch(value):
        raise PackageRefused(SyncCode.MANIFEST_MALFORMED, M, field=f"{where}{key!r}")
    return value


def check_format_version(raw: Mapping[str, Any]) -> str:
    """Refuse another format or an unknown major version; return the version text."""
    if raw.get("format") != fmt.FORMAT_NAME:
        raise PackageRefused(SyncCode.NOT_OURS, M)
    version = raw.get("format_version")
    if not isinstance(version, str) or not fmt.VERSION_RE.fullmatch(version):
        raise PackageRefused(SyncCode.FORMAT_VERSION_MALFORMED, M)
    major = int(version.split(".")[0])
    if major < fmt.FORMAT_MAJOR:
        raise PackageRefused(SyncCode.FORMAT_OLDER, M, version=version, major=fmt.FORMAT_MAJOR)
    if major != fmt.FORMAT_MAJOR:
        raise PackageRefused(SyncCode.FORMAT_NEWER, M, version=version, major=fmt.FORMAT_MAJOR)
    return version


def _form(raw: Any, index: int) -> fmt.FormEntry:
    where = f"forms[{index}]."
    if not isinstance(raw, dict):
        raise PackageRefused(SyncCode.MANIFEST_ENTRY, M, entry=where[:-1])
    return fmt.FormEntry(
        _matching(raw, "form_id", fmt.FORM_ID_RE, where),
        _matching(raw, "version", fmt.FORM_VERSION_RE, where),
    )


def _count(raw: Mapping[str, Any], key: str, where: str) -> int:
    value: int = _field(raw, key, int, where)
    if not 0 <= value <= 10**9:
        raise PackageRefused(SyncCode.MANIFEST_RANGE, M, field=f"{where}{key!r}")
    return value


MAX_FORMS = 1000
_KNOWN = {
    "format", "format_version", "package_id", "created_at", "app_version", "device_id", "officer", "forms",
    "counts", "contents",
}  # fmt: skip


def parse_manifest(raw: Any) -> fmt.Manifest:
    """The checked manifest from parsed manifest.json, or PackageRefused naming the bad field."""
    if not isinstance(raw, dict):
        raise PackageRefused(SyncCode.MANIFEST_NOT_OBJECT, M)
    version = check_format_version(raw)
    forms_raw = _field(raw, "forms", list, "")
    if len(forms_raw) > MAX_FORMS:
        raise PackageRefused(SyncCode.MANIFEST_TOO_MANY_FORMS, M, limit=MAX_FORMS)
    forms = tuple(_form(f, i) for i, f in enumerate(forms_raw))
    if len({f.member.casefold() for f in forms}) != len(forms):
        raise PackageRefused(SyncCode.MANIFEST_FORM_TWICE, M)
    counts_raw: Mapping[str, Any] = _field(raw, "counts", dict, "")
    counts = {kind: _count(counts_raw, kind, "counts.") for kind in fmt.COUNTED_KINDS
              if kind in counts_raw or kind not in fmt.LATER_KINDS}
    counts.update({kind: 0 for kind in fmt.LATER_KINDS if kind not in counts})
    if counts["form"] != len(forms):
        raise PackageRefused(SyncCode.MANIFEST_FORM_COUNT, M)
    contents: Mapping[str, Any] = _field(raw, "contents", dict, "")
    total = _count(contents, "members", "contents.")
    if total != sum(counts.values()):
        raise PackageRefused(SyncCode.MANIFEST_MEMBER_COUNT, M)
    return fmt.Manifest(
        package_id=_matching(raw, "package_id", fmt.UUID_RE),
        created_at=_text(raw, "created_at", limit=64),
        app_version=_text(raw, "app_version", limit=64),
        device_id=_text(raw, "device_id", limit=200),
        officer=_text(raw, "officer", limit=200),
        forms=forms,
        counts=counts,
        contents_count=total,
        contents_sha256=_matching(contents, "sha256", fmt.SHA256_RE, "contents."),
        format_version=version,
        extra={k: v for k, v in raw.items() if k not in _KNOWN},
    )
