"""The check that every character of a report has a glyph in the font that draws it.

ReportLab draws nothing, and says nothing, for a character its font lacks. This walks a finished story
(paragraphs, tables, kept-together blocks) and looks up each character of each text fragment in the
font the fragment is set in, independently of how the fonts were chosen. Plain strings in tables are
flagged too: they would be drawn unshaped, in the table's default font.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, Table

_SILENT = frozenset("\u200c\u200d\u00ad")  # joiners and soft hyphen draw nothing by design
# Spaces ReportLab does not break words at: a font change across one is still inside a word.
NO_BREAK_SPACES = frozenset("\u00a0\u2007\u202f")


def _breaks(text: str) -> bool:
    """Whether ``text`` (one character or none) ends or starts a word for ReportLab's shaping."""
    return not text or (text.isspace() and text not in NO_BREAK_SPACES)


@dataclass(frozen=True)
class GlyphProblem:
    font: str
    char: str
    text: str

    def __str__(self) -> str:
        return f"U+{ord(self.char):04X} {self.char!r} has no glyph in {self.font} (in {self.text[:40]!r})"


def _cmap(font_name: str, cache: dict[str, frozenset[int]]) -> frozenset[int]:
    if font_name not in cache:
        face = getattr(pdfmetrics.getFont(font_name), "face", None)
        mapping = getattr(face, "charToGlyph", None)
        # A standard Type 1 font (Helvetica...) has no cmap here: only Latin-1 can be drawn with it.
        cache[font_name] = (
            frozenset(c for c, g in mapping.items() if g) if mapping is not None else frozenset(range(32, 256))
        )
    return cache[font_name]


def _walk(items: Iterable[Any], plain_font: str | None = None) -> Iterator[tuple[Any, str | None]]:
    """(item, font of plain strings in its table) for every leaf of the story."""
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from _walk(item, plain_font)
        elif isinstance(item, Table):
            yield from _walk(item._cellvalues, getattr(item, "plain_font", None))
        elif hasattr(item, "_content"):  # KeepTogether and friends
            yield from _walk(item._content, plain_font)
        else:
            yield item, plain_font


def check_story(story: Iterable[Any]) -> list[GlyphProblem]:
    """Every (font, character) of the story's text that its font cannot draw."""
    cache: dict[str, frozenset[int]] = {}
    problems: list[GlyphProblem] = []
    for item, plain_font in _walk(story):
        if isinstance(item, str):
            problems += _check_plain(item, plain_font, cache)
            continue
        if isinstance(item, Paragraph):
            problems += _check_paragraph(item, cache)
    return problems


def _check_plain(text: str, font: str | None, cache: dict[str, frozenset[int]]) -> list[GlyphProblem]:
    """A plain table string is drawn unshaped: fine for Latin text in a font that has every glyph."""
    if not text.strip():
        return []
    if font is None:
        return [GlyphProblem("the table's default font (plain string)", text.strip()[0], text)]
    cmap = _cmap(font, cache)
    return [
        GlyphProblem(font, ch, text)
        for ch in text
        if not ch.isspace() and (ord(ch) not in cmap or 0x0900 <= ord(ch) <= 0x097F)
    ]


def _check_paragraph(para: Paragraph, cache: dict[str, frozenset[int]]) -> list[GlyphProblem]:
    problems = []
    before = ("", "")  # (font, text) of the previous fragment
    for frag in para.frags:
        if getattr(frag, "lineBreak", False):  # <br/>: the next fragment starts a word of its own
            before = ("", "")
            continue
        text = getattr(frag, "text", "")
        cmap = _cmap(frag.fontName, cache)
        for ch in text:
            if ch not in _SILENT and not ch.isspace() and ord(ch) not in cmap:
                problems.append(GlyphProblem(frag.fontName, ch, text))
        # Shaping works word by word in the font of the word's start: a font change inside a word
        # draws the rest of the word with the wrong glyphs.
        joined = not _breaks(before[1][-1:]) and not _breaks(text[:1])
        if joined and before[0] != frag.fontName and getattr(para.style, "shaping", 0):
            problems.append(GlyphProblem(f"{before[0]} → {frag.fontName} inside a word", text[0], before[1] + text))
        if text:
            before = (frag.fontName, text)
    return problems
