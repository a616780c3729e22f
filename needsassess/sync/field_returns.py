"""Returned assessments in a field package: sealed per officer key, opened only by that device.

The plaintext of ``returns/KEYID.sealed`` is canonical JSON::

    {"format": "needsassess-returns", "version": 1,
     "returns": [{"document": <revision document, as in packages going up>,
                  "review": {"state": "needs_follow_up",
                             "comments": [{"question": NAME|null, "text": T, "by": WHO, "at": UTC,
                                           "state": S, "revision": N}, ...]}}, ...]}

sealed with the package envelope (crypto/envelope.py) to the officer device's X25519 key.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from needsassess.crypto.envelope import EnvelopeWriter, decrypt_stream
from needsassess.crypto.errors import EnvelopeRefused
from needsassess.crypto.keys import CoordinatorKey, PublicKey
from needsassess.errors.field_codes import FieldCode
from needsassess.store.field import ReturnedComment
from needsassess.store.records import ReviewRecord
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.field_format import RETURNS_FORMAT
from needsassess.sync.safe_json import load_json

_TEXT_MAX = 20_000


@dataclass(frozen=True)
class ReturnedAssessment:
    uuid: str
    revision: int
    content_hash: str
    state: str
    comments: tuple[ReturnedComment, ...]


def comment_json(review: ReviewRecord) -> dict[str, Any]:
    return review.to_json()


def payload(items: Sequence[tuple[dict[str, Any], str, Sequence[ReviewRecord]]]) -> bytes:
    """Canonical JSON of (revision document, state, thread) for each returned assessment."""
    return fmt.canonical_json({
        "format": RETURNS_FORMAT,
        "version": 1,
        "returns": [{"document": doc, "review": {"state": state, "comments": [comment_json(r) for r in thread]}}
                    for doc, state, thread in items],
    })


def seal(plain: bytes, officer: str, encryption_raw: bytes) -> bytes:
    """``plain`` in an envelope that only the officer device holding that X25519 key opens."""
    out = io.BytesIO()
    writer = EnvelopeWriter(out, PublicKey("coordinator", officer, encryption_raw))
    writer.write(plain)
    writer.close()
    return out.getvalue()


def unseal(sealed: bytes, key: CoordinatorKey, member: str) -> bytes:
    out = io.BytesIO()
    try:
        decrypt_stream(io.BytesIO(sealed), out, key)
    except EnvelopeRefused as err:
        raise PackageRefused(FieldCode.RETURN_UNREADABLE, member, detail=err.body()) from None
    return out.getvalue()


def _bad(member: str, field: str) -> PackageRefused:
    return PackageRefused(FieldCode.RETURN_MALFORMED, member, field=field)


def _str(obj: dict[str, Any], key: str, member: str, where: str, limit: int = 200, empty: bool = True) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or len(value) > limit or (not empty and not value):
        raise _bad(member, f"{where}{key}")
    return value


def _comment(raw: Any, member: str, where: str) -> ReturnedComment:
    if not isinstance(raw, dict):
        raise _bad(member, where)
    question = raw.get("question")
    revision = raw.get("revision")
    if question is not None and not (isinstance(question, str) and 0 < len(question) <= 200):
        raise _bad(member, f"{where}.question")
    if type(revision) is not int or not 1 <= revision < 10**9:
        raise _bad(member, f"{where}.revision")
    return ReturnedComment(revision, _str(raw, "state", member, where + ".", 30, empty=False),
                           _str(raw, "text", member, where + ".", _TEXT_MAX), _str(raw, "by", member, where + "."),
                           _str(raw, "at", member, where + ".", 64), question)


def _returned(raw: Any, member: str, index: int) -> ReturnedAssessment:
    where = f"returns[{index}]"
    if not (isinstance(raw, dict) and isinstance(raw.get("document"), dict) and isinstance(raw.get("review"), dict)):
        raise _bad(member, where)
    doc, review = raw["document"], raw["review"]
    uuid, revision, content = doc.get("uuid"), doc.get("revision"), doc.get("content_hash")
    if not (isinstance(uuid, str) and fmt.UUID_RE.fullmatch(uuid)):
        raise _bad(member, f"{where}.document.uuid")
    if type(revision) is not int or not 1 <= revision < 10**9:
        raise _bad(member, f"{where}.document.revision")
    if not (isinstance(content, str) and fmt.SHA256_RE.fullmatch(content)):
        raise _bad(member, f"{where}.document.content_hash")
    comments = review.get("comments")
    if not isinstance(comments, list) or len(comments) > 10_000:
        raise _bad(member, f"{where}.review.comments")
    return ReturnedAssessment(uuid, revision, content, _str(review, "state", member, f"{where}.review.", 30),
                              tuple(_comment(c, member, f"{where}.review.comments[{i}]")
                                    for i, c in enumerate(comments)))


def parse_payload(plain: bytes, member: str, max_bytes: int) -> list[ReturnedAssessment]:
    """The returned assessments of an opened sealed member, every field checked."""
    raw = load_json(plain, member, max_bytes)
    if not isinstance(raw, dict) or raw.get("format") != RETURNS_FORMAT or raw.get("version") != 1:
        raise _bad(member, "format")
    items = raw.get("returns")
    if not isinstance(items, list):
        raise _bad(member, "returns")
    return [_returned(item, member, i) for i, item in enumerate(items)]
