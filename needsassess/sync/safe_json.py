"""JSON parsing for untrusted bytes: sizes, depth, NaN and duplicate keys checked.

Python's ``json`` accepts NaN and Infinity, keeps the last of duplicate keys and recurses on
nesting; a package could use each to mean different things to different readers or to exhaust the
stack. Every failure here is a ``PackageRefused`` naming the member.

Cost matters (an import parses one document per revision): NaN and duplicates are refused by the
decoder's own hooks, and the depth walk is skipped when the text has too few brackets to be deep.
Documents, which must be canonical, take the faster ``load_document_json``.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

import msgspec

from needsassess.errors.sync_codes import SyncCode
from needsassess.sync.errors import PackageRefused
from needsassess.sync.package_format import canonical_bytes, fast_canonical

MAX_DEPTH = 32


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed in a package")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate key {key!r}")
            seen.add(key)
    return result


_DECODER = json.JSONDecoder(parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)


def depth(value: Any, limit: int = MAX_DEPTH) -> int:
    """Nesting depth of a parsed value, without recursion; stops counting past ``limit``.

    Level by level: each pass keeps only the containers of the next level, so scalars cost one
    type test and the work is one list comprehension per level.
    """
    level = [value] if type(value) in (dict, list) else []
    deepest = 0
    while level and deepest <= limit:
        deepest += 1
        level = [
            child
            for item in level
            for child in (item.values() if type(item) is dict else item)
            if type(child) is dict or type(child) is list
        ]
    return deepest


def _may_be_deeper(text: str | bytes, limit: int) -> bool:
    """False when ``text`` holds too few opening brackets (even inside strings) to nest past ``limit``."""
    if isinstance(text, bytes):
        return text.count(b"{") + text.count(b"[") > limit
    return text.count("{") + text.count("[") > limit


def load_json(data: bytes, member: str, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8 JSON) from ``member``, refusing anything hostile or malformed."""
    if len(data) > max_bytes:
        raise PackageRefused(SyncCode.JSON_TOO_LARGE, member, limit=max_bytes)
    try:
        text = data.decode("utf-8")
        value = _DECODER.decode(text)
    except UnicodeDecodeError:
        raise PackageRefused(SyncCode.JSON_NOT_UTF8, member) from None
    except RecursionError:
        raise PackageRefused(SyncCode.JSON_TOO_DEEP, member, limit=max_depth) from None
    except ValueError as exc:  # JSONDecodeError, NaN, duplicate keys, huge integers
        raise PackageRefused(SyncCode.JSON_INVALID, member, detail=f" ({exc})") from None
    if max_depth and _may_be_deeper(text, max_depth) and depth(value, max_depth) > max_depth:
        raise PackageRefused(SyncCode.JSON_TOO_DEEP, member, limit=max_depth)
    return value


_FAST_DECODER = msgspec.json.Decoder()


def _decode_fast(data: bytes, member: str, max_bytes: int, max_depth: int) -> Any:
    if len(data) > max_bytes:
        raise PackageRefused(SyncCode.JSON_TOO_LARGE, member, limit=max_bytes)
    try:
        value = _FAST_DECODER.decode(data)
    except (RecursionError, msgspec.DecodeError, UnicodeDecodeError):
        # The standard library's decoder says more precisely what is wrong (NaN, depth, where).
        load_json(data, member, max_bytes, max_depth)
        raise PackageRefused(SyncCode.JSON_INVALID, member, detail="") from None
    if max_depth and _may_be_deeper(data, max_depth) and depth(value, max_depth) > max_depth:
        raise PackageRefused(SyncCode.JSON_TOO_DEEP, member, limit=max_depth)
    return value


def _require_canonical(value: Any, data: bytes, member: str) -> None:
    try:
        canonical = canonical_bytes(value)
    except (ValueError, UnicodeError) as exc:
        raise PackageRefused(SyncCode.JSON_INVALID, member, detail=f" ({exc})") from None
    if canonical != data:
        raise PackageRefused(SyncCode.JSON_NOT_CANONICAL, member)


def load_document_json(
    data: bytes, member: str, max_bytes: int, max_depth: int = MAX_DEPTH
) -> tuple[Any, bytes | None]:
    """An assessment document, which must be canonical JSON, and the canonical bytes of its answers.

    Decoded by msgspec (which refuses NaN, infinities and invalid UTF-8, and keeps the last of
    duplicate keys), then encoded again: bytes that differ from the canonical form are refused. That
    one comparison refuses duplicate keys, which no canonical text holds, without a hook per object.

    The answers are what is hashed and stored, so their encoding is made here once. Only they are
    looked at for floats that msgspec writes otherwise than ``json`` (package_format): the rest of a
    valid document is integers and text, and nothing else of it is stored. None for the answers'
    bytes when the document took the general path (its answers are then encoded by the caller).
    """
    value = _decode_fast(data, member, max_bytes, max_depth)
    answers = value.get("answers") if type(value) is dict else None
    if type(answers) is dict:
        try:
            encoded = fast_canonical(answers)
        except (ValueError, UnicodeError) as exc:
            raise PackageRefused(SyncCode.JSON_INVALID, member, detail=f" ({exc})") from None
        if encoded is not None and fast_canonical(value, trusted=True) == data:
            return value, encoded
    _require_canonical(value, data, member)
    return value, None
