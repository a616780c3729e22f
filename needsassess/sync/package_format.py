"""The ``.napkg`` package format: version, member names, manifest schema and canonical JSON.

Everything another tool needs to read or write a package is decided here, and docs/packages.md
describes the same rules in prose. The reader trusts nothing it has not checked against this module:
member names are matched against a whitelist of patterns, never used as paths.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import msgspec

from needsassess.errors.sync_codes import SyncCode
from needsassess.store.hashing import canonical_json, content_hash

# Re-exported: one hashing rule for store and sync (``answers_json_and_hash`` is the same rule, fast).
__all__ = ["answers_json_and_hash", "canonical_json", "content_hash"]

FORMAT_NAME = "needsassess-package"
# MAJOR.MINOR: a reader reads every MINOR of its MAJOR (later minors only add optional fields and
# member kinds it may ignore) and refuses another MAJOR.
FORMAT_MAJOR = 2
# 2.1: datasets travel with their forms (``datasets/``); field packages (coordinator -> officers)
# carry returned assessments sealed per officer (``returns/``) and a "field" block in the manifest.
# 2.2: an assessment document may carry its revision's "paradata" (a list of events).
FORMAT_MINOR = 2
FORMAT_VERSION = f"{FORMAT_MAJOR}.{FORMAT_MINOR}"

MANIFEST = "manifest.json"
# The device signature over manifest.json (docs/security.md). Not counted in the manifest's
# contents (it signs them); a reader that does not verify signatures ignores it.
SIGNATURE = "signature.json"
# An encrypted package is an envelope around a whole .napkg; it starts with these bytes, not "PK".
ENVELOPE_MAGIC = b"NAPKG-ENC"

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_REVISION = r"[1-9][0-9]{0,8}"
_SHA256 = r"[0-9a-f]{64}"
FORM_ID = r"[a-z_][a-z0-9_]{0,63}"
FORM_VERSION = r"[0-9A-Za-z]+(?:[._][0-9A-Za-z]+){0,15}"
# A dataset's name as forms use it (xlsform.media.NAME_RE), without path characters.
DATASET_NAME = r"[A-Za-z_][A-Za-z0-9_.-]{0,99}"

VERSION_RE = re.compile(r"[0-9]{1,4}\.[0-9]{1,4}")
UUID_RE = re.compile(_UUID)
SHA256_RE = re.compile(_SHA256)
FORM_ID_RE = re.compile(FORM_ID)
FORM_VERSION_RE = re.compile(FORM_VERSION)

# Member kinds and the names they may have: anything else in a package is refused.
MEMBER_PATTERNS: Mapping[str, re.Pattern[str]] = {
    "manifest": re.compile(re.escape(MANIFEST)),
    "signature": re.compile(re.escape(SIGNATURE)),
    "assessment": re.compile(rf"assessments/(?P<uuid>{_UUID})/(?P<revision>{_REVISION})\.json"),
    "attachment": re.compile(rf"attachments/(?P<sha256>{_SHA256})"),
    "form": re.compile(rf"forms/(?P<form_id>{FORM_ID})-(?P<version>{FORM_VERSION})\.yaml"),
    "report": re.compile(rf"reports/(?P<uuid>{_UUID})/(?P<revision>{_REVISION})\.pdf"),
    "dataset": re.compile(rf"datasets/(?P<name>{DATASET_NAME})\.csv"),
    "return": re.compile(r"returns/(?P<key_id>[0-9a-f]{40})\.sealed"),
}

_KIND_BY_FOLDER = {
    MANIFEST: "manifest",
    SIGNATURE: "signature",
    "assessments": "assessment",
    "attachments": "attachment",
    "forms": "form",
    "reports": "report",
    "datasets": "dataset",
    "returns": "return",
}
_DRIVE = re.compile(r"^[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
MAX_NAME_LENGTH = 200


def name_problem(name: str) -> SyncCode | None:
    """Why ``name`` cannot be a member of a package, or None when it is a known member name.

    The specific reasons come first so that a hostile name is reported for what it is.
    """
    if len(name) <= MAX_NAME_LENGTH and member_kind(name) is not None:
        return None  # the patterns admit none of the problems below (checked by a test)
    if not name:
        return SyncCode.NAME_EMPTY
    if len(name) > MAX_NAME_LENGTH:
        return SyncCode.NAME_TOO_LONG
    if _CONTROL.search(name):
        return SyncCode.NAME_CONTROL
    if "\\" in name:
        return SyncCode.NAME_BACKSLASH
    if name.startswith("/"):
        return SyncCode.NAME_ABSOLUTE
    if _DRIVE.match(name):
        return SyncCode.NAME_DRIVE
    if ".." in name.split("/"):
        return SyncCode.NAME_DOTDOT
    if member_kind(name) is None:
        return SyncCode.NAME_UNKNOWN
    return None


def member_kind(name: str) -> str | None:
    """The kind of member ``name`` is (``assessment``, ``attachment``, ...), or None.

    Each pattern starts with its own literal folder (or is a top-level name), so the text before the
    first ``/`` picks the one pattern that can match.
    """
    kind = _KIND_BY_FOLDER.get(name.partition("/")[0] if "/" in name else name)
    return kind if kind is not None and MEMBER_PATTERNS[kind].fullmatch(name) else None


def assessment_member(uuid: str, revision: int) -> str:
    return f"assessments/{uuid}/{revision}.json"


def attachment_member(sha256: str) -> str:
    return f"attachments/{sha256}"


def form_member(form_id: str, version: str) -> str:
    return f"forms/{form_id}-{version}.yaml"


def report_member(uuid: str, revision: int) -> str:
    return f"reports/{uuid}/{revision}.pdf"


def dataset_member(name: str) -> str:
    return f"datasets/{name}.csv"


def return_member(key_id_hex: str) -> str:
    return f"returns/{key_id_hex}.sealed"


# --- canonical JSON and hashes -------------------------------------------------------------------
# One definition for the whole app (the store hashes revisions as it finalizes them):
# content_hash = sha256(canonical_json({"attachments": sorted(set(hashes)), "document": answers})).
# canonical_json: sorted keys, no spaces, UTF-8, NaN/Infinity refused (ValueError), lone surrogates
# unencodable (UnicodeEncodeError).
#
# An import hashes every document and stores its answers as JSON: ``answers_json_and_hash`` serialises
# the answers once and hashes the payload around them, byte for byte what ``content_hash`` hashes
# (the payload's keys sort as "attachments" < "document"; tests compare the two).

_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


# The same canonical bytes, fast: msgspec writes what ``json`` writes (keys sorted by code point,
# no spaces, UTF-8, the same escapes) except for floats in exponent or small-decimal form ("1e16"
# for "1e+16", "0.00001" for "1e-05"). Output that holds anything like those is made again by
# ``json``; a test compares the two over generated values.
_FAST = msgspec.json.Encoder(order="sorted")
_E_THEN_DIGIT = re.compile(rb"e[-0-9]")
_SMALL_DECIMAL = re.compile(rb"0\.0000")
_IN_NUMBER = frozenset(b"0123456789.-")
_BEFORE_NUMBER = frozenset(b":[,")
_COLON, _QUOTE = ord(":"), ord('"')


def _maybe_different(data: bytes) -> bool:
    """Whether msgspec's output may hold a float that ``json`` writes otherwise.

    Such a float is a number token (one that starts the text or follows ":", "[" or ",", as
    canonical JSON has no spaces) with an "e" before a digit or "-", or starting "0.0000". Hashes,
    uuids and times show those bytes too, so each candidate is walked back to its token's start;
    text inside strings may still pass for a number, which only costs the slower encoding.
    """
    for finder, offset in ((_E_THEN_DIGIT, -1), (_SMALL_DECIMAL, 0)):
        for match in finder.finditer(data):
            at = match.start() + offset
            if at < 0 or data[at] not in _IN_NUMBER:
                continue
            while at >= 0 and data[at] in _IN_NUMBER:
                at -= 1
            if at < 0 or (data[at] in _BEFORE_NUMBER and (data[at] != _COLON or data[at - 1] == _QUOTE)):
                return True  # a ":" counts after a key's closing quote only (not in "09:00:00.0000")
    return False


def fast_canonical(value: Any, trusted: bool = False) -> bytes | None:
    """msgspec's encoding of a decoded value, or None when it may differ from ``canonical_json``.

    ``trusted``: the caller vouches that no float in ``value`` needs the check (already done on
    the part that holds them). ValueError or UnicodeError when the value cannot be encoded.
    """
    try:
        data = _FAST.encode(value)
    except (msgspec.EncodeError, TypeError, OverflowError) as exc:
        raise ValueError(str(exc)) from None
    return data if trusted or not _maybe_different(data) else None


def canonical_bytes(value: Any) -> bytes:
    """``canonical_json(value)`` of a value decoded by msgspec, about seven times faster.

    Only for decoded JSON: msgspec writes infinities (which JSON cannot hold, so no decoded value
    has one) as null, where ``canonical_json`` refuses them. ValueError or UnicodeError when invalid.
    """
    data = fast_canonical(value)
    return data if data is not None else _CANONICAL.encode(value).encode("utf-8")


def hash_canonical_answers(answers: bytes, attachment_hashes: Iterable[str]) -> str:
    """``content_hash`` of answers already in canonical bytes (``canonical_bytes``)."""
    digest = hashlib.sha256(b'{"attachments":')
    hashes = sorted(set(attachment_hashes))
    digest.update(_CANONICAL.encode(hashes).encode("utf-8") if hashes else b"[]")
    digest.update(b',"document":')
    digest.update(answers)
    digest.update(b"}")
    return digest.hexdigest()


def answers_json_and_hash(answers: Any, attachment_hashes: Iterable[str]) -> tuple[str, str]:
    """(canonical JSON text of ``answers``, ``content_hash(answers, attachment_hashes)``).

    ValueError for NaN or infinities, UnicodeEncodeError for lone surrogates, as ``content_hash``.
    """
    text = _CANONICAL.encode(answers)
    digest = hashlib.sha256(b'{"attachments":')
    hashes = sorted(set(attachment_hashes))
    digest.update(_CANONICAL.encode(hashes).encode("utf-8") if hashes else b"[]")
    digest.update(b',"document":')
    digest.update(text.encode("utf-8"))
    digest.update(b"}")
    return text, digest.hexdigest()


# --- the manifest --------------------------------------------------------------------------------
# Format 2 keeps manifest.json small whatever the package holds: no entry per member. What the
# members are is fixed by ``contents``: their number and a digest over (name, size, sha256) of each,
# in the order they stand in the zip. The device signature is over the manifest bytes, so it covers
# every member through that digest; a reader streams the members, recomputes it and refuses the
# package (before its transaction commits) when it differs.

COUNTED_KINDS = ("assessment", "attachment", "form", "report", "dataset", "return")
# Kinds added by a later minor version: a manifest of an earlier minor has no count for them (0).
LATER_KINDS = ("dataset", "return")


class ContentsDigest:
    """The running digest of the members, in zip order (manifest.json and signature.json excluded)."""

    def __init__(self) -> None:
        self._digest = hashlib.sha256()
        self.count = 0

    def add(self, name: str, size: int, sha256: str) -> None:
        self._digest.update(f"{name}\n{size}\n{sha256}\n".encode())
        self.count += 1

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


@dataclass(frozen=True)
class FormEntry:
    form_id: str
    version: str

    @property
    def member(self) -> str:
        return form_member(self.form_id, self.version)


@dataclass(frozen=True)
class Manifest:
    package_id: str
    created_at: str
    app_version: str
    device_id: str
    officer: str
    forms: tuple[FormEntry, ...]
    # Members of each kind in ``COUNTED_KINDS`` (assessments are revisions: one document each).
    counts: Mapping[str, int]
    contents_count: int
    contents_sha256: str
    format_version: str = FORMAT_VERSION
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The manifest as written to manifest.json."""
        return {
            "format": FORMAT_NAME,
            "format_version": self.format_version,
            "package_id": self.package_id,
            "created_at": self.created_at,
            "app_version": self.app_version,
            "device_id": self.device_id,
            "officer": self.officer,
            "forms": [{"form_id": f.form_id, "version": f.version} for f in self.forms],
            "counts": {kind: self.counts.get(kind, 0) for kind in COUNTED_KINDS},
            "contents": {"members": self.contents_count, "sha256": self.contents_sha256},
        }
