"""Regular expressions for ``regex()``, matched in linear time by RE2.

Python's ``re`` backtracks: a constraint such as ``regex(., '^(a+)+$')`` on thirty ``a`` and a ``b``
runs for minutes and cannot be interrupted, and a form arriving in a package chooses its own patterns.
RE2 guarantees time linear in the text and bounded memory. XLSForm patterns are XPath regular
expressions, which have no backreferences or lookaround, so RE2 reads every pattern a form may
hold; it refuses the rest with a message at load time.

RE2's ``\\d``, ``\\w`` and ``\\s`` are ASCII only; here they are widened to Unicode, as in XPath (and
close to Python's ``re``), so ``regex(., '^\\d+$')`` accepts Devanagari digits and ``\\w`` Nepali words.
"""

from __future__ import annotations

from typing import Protocol

import re2

# Unicode meanings of the shorthand classes, (outside a [...] class, inside one).
_SHORTHANDS = {
    "d": (r"\p{Nd}", r"\p{Nd}"),
    "D": (r"\P{Nd}", r"\P{Nd}"),
    "w": (r"[\p{L}\p{M}\p{N}_]", r"\p{L}\p{M}\p{N}_"),
    "W": (r"[^\p{L}\p{M}\p{N}_]", r"\W"),
    "s": (r"[\t\n\v\f\r\p{Z}]", r"\t\n\v\f\r\p{Z}"),
    "S": (r"[^\t\n\v\f\r\p{Z}]", r"\S"),
}

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # a bad pattern is reported to the person, not logged to stderr by RE2
_OPTIONS.max_mem = 8 << 20  # RE2's default; a pattern needing more is refused when compiled



class Pattern(Protocol):
    """What ``regex()`` uses of a compiled RE2 program."""

    def search(self, text: str) -> object | None: ...


def widen_shorthands(pattern: str) -> str:
    """The pattern with ``\\d \\w \\s`` (and negations) written as Unicode classes for RE2."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\" and index + 1 < len(pattern):
            escaped = pattern[index + 1]
            forms = _SHORTHANDS.get(escaped)
            out.append(forms[1 if in_class else 0] if forms else char + escaped)
            index += 2
            continue
        if char == "[" and not in_class:
            in_class = True
            out.append(char)
            if pattern[index + 1:index + 2] == "^":
                out.append("^")
                index += 1
            if pattern[index + 1:index + 2] == "]":  # a ']' first in a class is a literal
                out.append("\\]")
                index += 1
        elif char == "]" and in_class:
            in_class = False
            out.append(char)
        else:
            out.append(char)
        index += 1
    return "".join(out)


def compile_pattern(pattern: str) -> Pattern:
    """The RE2 program for an XPath pattern; ``ValueError`` with RE2's reason when it cannot be used."""
    try:
        compiled: Pattern = re2.compile(widen_shorthands(pattern), _OPTIONS)
    except re2.error as err:
        reason = err.args[0] if err.args else err
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise ValueError(str(reason)) from None
    return compiled
