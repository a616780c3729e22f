"""Reading manifest.json: every field checked for type and shape before it is trusted.

The reader uses the manifest to decide what to read and which checksums to expect, so a manifest
that is malformed in any way refuses the whole package, naming the field.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused

M = fmt.MANIFEST


def _field(obj: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise PackageRefused(f"the manifest lacks {where}{key!r}", M)
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise PackageRefused(f"the manifest field {where}{key!r} has the wrong type", M)
    return value


def _text(obj: Mapping[str, Any], key: str, where: str = "", limit: int = 500) -> str:
    value: str = _field(obj, key, str, where)
    if len(value) > limit:
        raise PackageRefused(f"the manifest field {where}{key!r} is too long", M)
    return value


def _matching(obj: Mapping[str, Any], key: str, pattern: Any, where: str = "") -> str:
    value = _text(obj, key, where)
    if not pattern.fullmatch(value):
        raise PackageRefused(f"the manifest field {where}{key!r} is malformed", M)
    return value


def check_format_version(raw: Mapping[str, Any]) -> str:
    """Refuse another format or an unknown major version; return the version text."""
    if raw.get("format") != fmt.FORMAT_NAME:
        raise PackageRefused("not a needsassess package (manifest 'format' missing or different)", M)
    version = raw.get("format_version")
    if not isinstance(version, str) or not fmt.VERSION_RE.fullmatch(version):
        raise PackageRefused("a malformed format_version", M)
    major = int(version.split(".")[0])
    if major != fmt.FORMAT_MAJOR:
        raise PackageRefused(
            f"format version {version} is not supported (this app reads {fmt.FORMAT_MAJOR}.x); "
            "update needsassess to import it",
            M,
        )
    return version


# --- entries: a fast acceptance, then the checked path ----------------------------------------------
# A manifest carries one entry per member and per revision (tens of thousands). ``_member_fast`` and
# ``_assessment_fast`` accept only entries that the checked functions accept, and build the same
# value; for anything else they return None and the checked function gives the precise refusal (a
# test compares the two over malformed entries).

_SHA = fmt.SHA256_RE.fullmatch
_UUID = fmt.UUID_RE.fullmatch
_FORM_ID = fmt.FORM_ID_RE.fullmatch
_FORM_VERSION = fmt.FORM_VERSION_RE.fullmatch
_RESERVED = (fmt.MANIFEST, fmt.SIGNATURE)


def _member_fast(raw: Any) -> fmt.MemberEntry | None:
    if type(raw) is not dict:
        return None
    name, size, sha = raw.get("name"), raw.get("size"), raw.get("sha256")
    if (
        type(name) is str
        and type(size) is int
        and size >= 0
        and type(sha) is str
        and _SHA(sha)
        and name not in _RESERVED
        and fmt.name_problem(name) is None
    ):
        return fmt.MemberEntry(name, size, sha)
    return None


def _member(raw: Any, index: int) -> fmt.MemberEntry:
    return _member_fast(raw) or _member_checked(raw, index)


def _assessment_fast(raw: Any) -> fmt.AssessmentEntry | None:
    if type(raw) is not dict:
        return None
    get = raw.get
    revision, parent, report = get("revision"), get("parent_hash"), get("report", False)
    attachments = get("attachments")
    uuid, form_id, version, content = get("uuid"), get("form_id"), get("form_version"), get("content_hash")
    if (
        type(revision) is int
        and 1 <= revision <= 999_999_999
        and (parent is None or (type(parent) is str and _SHA(parent)))
        and type(attachments) is list
        and all(type(a) is str and _SHA(a) for a in attachments)
        and type(report) is bool
        and type(uuid) is str
        and _UUID(uuid)
        and type(form_id) is str
        and _FORM_ID(form_id)
        and type(version) is str
        and len(version) <= 500  # the pattern alone admits any length
        and _FORM_VERSION(version)
        and type(content) is str
        and _SHA(content)
    ):
        return fmt.AssessmentEntry(uuid, revision, form_id, version, content, parent, tuple(attachments), report)
    return None


def _assessment(raw: Any, index: int) -> fmt.AssessmentEntry:
    return _assessment_fast(raw) or _assessment_checked(raw, index)


def _member_checked(raw: Any, index: int) -> fmt.MemberEntry:
    where = f"members[{index}]."
    if not isinstance(raw, dict):
        raise PackageRefused(f"the manifest entry {where[:-1]} is not an object", M)
    name = _text(raw, "name", where)
    problem = fmt.name_problem(name)
    if problem or name in (fmt.MANIFEST, fmt.SIGNATURE):
        raise PackageRefused(f"the manifest lists {problem or 'a reserved name'}", name)
    size: int = _field(raw, "size", int, where)
    if size < 0:
        raise PackageRefused(f"the manifest field {where}'size' is negative", M)
    return fmt.MemberEntry(name, size, _matching(raw, "sha256", fmt.SHA256_RE, where))


def _assessment_checked(raw: Any, index: int) -> fmt.AssessmentEntry:
    where = f"assessments[{index}]."
    if not isinstance(raw, dict):
        raise PackageRefused(f"the manifest entry {where[:-1]} is not an object", M)
    revision: int = _field(raw, "revision", int, where)
    if not 1 <= revision <= 999_999_999:
        raise PackageRefused(f"the manifest field {where}'revision' is out of range", M)
    parent = raw.get("parent_hash")
    if parent is not None and not (isinstance(parent, str) and fmt.SHA256_RE.fullmatch(parent)):
        raise PackageRefused(f"the manifest field {where}'parent_hash' is malformed", M)
    attachments = _field(raw, "attachments", list, where)
    if not all(isinstance(a, str) and fmt.SHA256_RE.fullmatch(a) for a in attachments):
        raise PackageRefused(f"the manifest field {where}'attachments' is malformed", M)
    report = raw.get("report", False)
    if not isinstance(report, bool):
        raise PackageRefused(f"the manifest field {where}'report' has the wrong type", M)
    return fmt.AssessmentEntry(
        uuid=_matching(raw, "uuid", fmt.UUID_RE, where),
        revision=revision,
        form_id=_matching(raw, "form_id", fmt.FORM_ID_RE, where),
        form_version=_matching(raw, "form_version", fmt.FORM_VERSION_RE, where),
        content_hash=_matching(raw, "content_hash", fmt.SHA256_RE, where),
        parent_hash=parent,
        attachments=tuple(attachments),
        report=report,
    )


def _form(raw: Any, index: int) -> fmt.FormEntry:
    where = f"forms[{index}]."
    if not isinstance(raw, dict):
        raise PackageRefused(f"the manifest entry {where[:-1]} is not an object", M)
    return fmt.FormEntry(
        _matching(raw, "form_id", fmt.FORM_ID_RE, where),
        _matching(raw, "version", fmt.FORM_VERSION_RE, where),
    )


def parse_manifest(raw: Any) -> fmt.Manifest:
    """The checked manifest from parsed manifest.json, or PackageRefused naming the bad field."""
    if not isinstance(raw, dict):
        raise PackageRefused("the manifest is not a JSON object", M)
    version = check_format_version(raw)
    known = {
        "format",
        "format_version",
        "package_id",
        "created_at",
        "app_version",
        "device_id",
        "officer",
        "assessments",
        "forms",
        "members",
    }
    manifest = fmt.Manifest(
        package_id=_matching(raw, "package_id", fmt.UUID_RE),
        created_at=_text(raw, "created_at", limit=64),
        app_version=_text(raw, "app_version", limit=64),
        device_id=_text(raw, "device_id", limit=200),
        officer=_text(raw, "officer", limit=200),
        assessments=tuple(_assessment(a, i) for i, a in enumerate(_field(raw, "assessments", list, ""))),
        forms=tuple(_form(f, i) for i, f in enumerate(_field(raw, "forms", list, ""))),
        members=tuple(_member(m, i) for i, m in enumerate(_field(raw, "members", list, ""))),
        format_version=version,
        extra={k: v for k, v in raw.items() if k not in known},
    )
    _check_consistency(manifest)
    return manifest


def _check_consistency(manifest: fmt.Manifest) -> None:
    """Every entry's members are listed, and nothing is listed twice."""
    names = [m.name for m in manifest.members]
    folded = {n.casefold() for n in names}
    if len(folded) != len(names):
        raise PackageRefused("the manifest lists a member twice", M)
    listed = set(names)
    keys = set()
    for entry in manifest.assessments:
        key = (entry.uuid, entry.revision)
        if key in keys:
            raise PackageRefused("the manifest lists an assessment revision twice", entry.member)
        keys.add(key)
        needed = [entry.member, *(fmt.attachment_member(h) for h in entry.attachments)]
        if entry.report:
            needed.append(fmt.report_member(entry.uuid, entry.revision))
        for name in needed:
            if name not in listed:
                raise PackageRefused("a member the manifest's assessment entry needs is not listed", name)
    for form in manifest.forms:
        if form.member not in listed:
            raise PackageRefused("a form the manifest names is not listed among its members", form.member)
