"""JSON parsing for untrusted bytes: sizes, depth, NaN and duplicate keys checked.

Python's ``json`` accepts NaN and Infinity, keeps the last of duplicate keys and recurses on
nesting; a package could use each to mean different things to different readers or to exhaust the
stack. Every failure here is a ``PackageRefused`` naming the member.
"""

from __future__ import annotations

import json
from typing import Any, NoReturn

from needsassess.sync.errors import PackageRefused

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
    """Nesting depth of a parsed value, without recursion; stops counting past ``limit``."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in children if isinstance(child, dict | list))
    return deepest


def load_json(data: bytes, member: str, max_bytes: int, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` (UTF-8 JSON) from ``member``, refusing anything hostile or malformed."""
    if len(data) > max_bytes:
        raise PackageRefused(f"a JSON member larger than {max_bytes} bytes", member)
    try:
        text = data.decode("utf-8")
        value = _DECODER.decode(text)
    except UnicodeDecodeError:
        raise PackageRefused("JSON that is not valid UTF-8", member) from None
    except RecursionError:
        raise PackageRefused(f"JSON nested deeper than {max_depth} levels", member) from None
    except ValueError as exc:  # JSONDecodeError, NaN, duplicate keys, huge integers
        raise PackageRefused(f"invalid JSON ({exc})", member) from None
    if max_depth and depth(value, max_depth) > max_depth:
        raise PackageRefused(f"JSON nested deeper than {max_depth} levels", member)
    return value
