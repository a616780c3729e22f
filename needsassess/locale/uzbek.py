"""Uzbek apostrophes written one way everywhere: oʻ and gʻ with U+02BB, the tutuq belgisi with U+02BC.

Uzbek Latin spells oʻ, gʻ with a turned comma (ʻ, U+02BB MODIFIER LETTER TURNED COMMA) and the glottal
stop with an apostrophe (ʼ, U+02BC MODIFIER LETTER APOSTROPHE): "Oʻzbekiston", "maʼlumot". Both are
letters to Unicode, so a word stays one word for line breaking, search and sorting, and both have
glyphs in the shipped fonts. The ASCII ', the typographic ’ and ‘ and the backtick ` are punctuation
and split words; forms and translations must not use them inside Uzbek words (tests/locale check).
"""

from __future__ import annotations

import re

OKINA = "\u02bb"  # oʻ gʻ
TUTUQ = "\u02bc"  # maʼlumot
# An apostrophe look-alike between two letters (YAML's doubled '' and XML's &apos; count as one).
_INSIDE_WORD = re.compile(r"(?<=[A-Za-z\u02bb\u02bc])(''|'|\u2019|\u2018|`|&apos;)(?=[A-Za-z])")


def wrong_apostrophes(text: str) -> list[str]:
    """The words of ``text`` with an apostrophe look-alike inside, for a test to list."""
    return [text[max(m.start() - 8, 0) : m.end() + 4] for m in _INSIDE_WORD.finditer(text)]


def fix_apostrophes(text: str) -> str:
    """``text`` with each look-alike inside a word replaced: ʻ after o or g, ʼ elsewhere."""

    def replace(match: re.Match[str]) -> str:
        before = text[match.start() - 1]
        return OKINA if before in "oOgG" else TUTUQ

    return _INSIDE_WORD.sub(replace, text)
