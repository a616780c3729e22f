"""Checks on an answers document from outside (a JSON file) before the engine walks it.

An answers file is objects keyed by question name, repeats as lists of objects: a few levels deep.
One nested 100,000 levels deep would overflow the stack of every recursive walk after it, and a
lone surrogate (``"\\ud800"``, valid JSON, not valid Unicode) would fail only when the answers are
hashed or written. Both are refused here, whole, with the place where they were found.
"""

from __future__ import annotations

from typing import Any

# Nesting of objects and lists: repeats inside repeats are ~4 levels; geopoints one more.
MAX_ANSWER_DEPTH = 32


def answers_shape_problem(data: Any) -> str | None:
    """Why this parsed JSON cannot be answers (too deep, text that is not Unicode), or None."""
    pending: list[tuple[Any, int, str]] = [(data, 1, "")]
    while pending:
        value, depth, where = pending.pop()
        if isinstance(value, dict | list):
            if depth > MAX_ANSWER_DEPTH:
                return f"is nested more than {MAX_ANSWER_DEPTH} levels deep (at {where or 'the top'})"
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, child in items:
                place = f"{where}[{key!r}]" if isinstance(key, int) else f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and not _is_unicode(key):
                    return f"has a name that is not valid Unicode text (at {place!a})"
                pending.append((child, depth + 1, place))
        elif isinstance(value, str) and not _is_unicode(value):
            return f"has text that is not valid Unicode, such as a lone surrogate \\ud800 (at {where!a})"
    return None


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
