"""The report fonts, and which font draws which character.

Reports embed Noto Sans (Latin, Cyrillic) and Noto Sans Devanagari from ``resources/fonts``, never a
system font, so a report prints the same on every laptop. Noto Sans Devanagari has no Latin letters and
Noto Sans no Devanagari, and ReportLab drops a glyph missing from the font silently: so text is split
into script runs, each run is given the font that has its glyphs, and any character that no shipped font
has is replaced by a visible mark and recorded in a :class:`GlyphLog`, never lost without a trace.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from needsassess.errors import UserError
from needsassess.errors.cli_codes import ReportCode
from needsassess.paths import fonts_dir
from needsassess.reports.copytext import ClusterFont, install_shaping_hook

LATIN = "NaNotoSans"
LATIN_BOLD = "NaNotoSans-Bold"
DEVANAGARI = "NaNotoSansDevanagari"
DEVANAGARI_BOLD = "NaNotoSansDevanagari-Bold"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
}
# Shown in place of a character no shipped font can draw (Noto Sans has it).
REPLACEMENT = "\ufffd"
# Joiners shape Devanagari conjuncts; they belong to the run they sit in and draw nothing themselves.
_JOINERS = frozenset("\u200c\u200d")


class FontError(UserError):
    """A shipped font file is missing or unreadable."""


_TOKENS = re.compile(r"\s+|\S+")


# A no-break space between a Latin and a Devanagari word ("UZS\u00a0६०,०००", a foreign currency code
# before Devanagari digits): ReportLab keeps the two as one word and shapes it in the first word's
# font, drawing the second with the wrong glyphs. There it becomes an ordinary space (the two may go
# on two lines of a narrow cell, which still reads right).
_NO_BREAK = re.compile(r"[\u00a0\u2007\u202f]")


def _script(word: str) -> bool | None:
    """Whether ``word`` is set in Devanagari (by its first letter or Devanagari digit); None: neither."""
    for ch in word:
        if (is_devanagari(ch) and (ch.isalpha() or ch.isdigit())) or _is_deva_mark(ch):
            return True
        if ch.isalpha():
            return False
    return None


def _space_between_scripts(text: str) -> str:
    """``text`` with each no-break space between a Latin and a Devanagari word made ordinary."""
    if not _NO_BREAK.search(text):
        return text
    parts = _NO_BREAK.split(text)
    spaces = _NO_BREAK.findall(text)
    out = [parts[0]]
    for space, before, after in zip(spaces, parts, parts[1:], strict=False):
        left = _script(before.split()[-1]) if before.strip() else None  # the words either side
        right = _script(after.split()[0]) if after.strip() else None
        out.append(" " if left is not None and right is not None and left != right else space)
        out.append(after)
    return "".join(out)


def _is_deva_mark(ch: str) -> bool:
    return is_devanagari(ch) and unicodedata.category(ch).startswith("M")


def is_devanagari(ch: str) -> bool:
    code = ord(ch)
    return 0x0900 <= code <= 0x097F or 0xA8E0 <= code <= 0xA8FF or 0x1CD0 <= code <= 0x1CFF


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn with one font."""

    font: str
    text: str


@dataclass
class GlyphLog:
    """Characters that had no glyph in any shipped font, with the text they came from."""

    missing: dict[str, str] = field(default_factory=dict)  # character -> first text it was seen in

    def record(self, ch: str, text: str) -> None:
        self.missing.setdefault(ch, text)

    def describe(self) -> str:
        parts = [f"U+{ord(ch):04X} in {text[:40]!r}" for ch, text in sorted(self.missing.items())]
        return "; ".join(parts)


class FontSet:
    """The registered report fonts and their character coverage."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or fonts_dir()
        self._cmaps: dict[str, frozenset[int]] = {}
        install_shaping_hook()  # shaped words keep their typed text, for copy and search (copytext.py)
        for name, filename in _FILES.items():
            self._cmaps[name] = _register(name, self.directory / filename)

    def covers(self, font: str, ch: str) -> bool:
        return ch in _JOINERS or ord(ch) in self._cmaps[font]

    def split(self, text: str, bold: bool = False, log: GlyphLog | None = None) -> list[Run]:
        """Split ``text`` into runs, each in a font that has every one of its glyphs.

        ReportLab shapes word by word and a word that changes font mid-way is drawn with the wrong
        glyphs, so font changes are kept at spaces: digits and punctuation take the font of the letters
        of their own word ("(वडा", "3f1c-…"), a word without letters and the spaces stay in the font
        before them. Only a word mixing Devanagari and Latin letters changes font inside (rare, and
        flagged by the glyph check). A character no font has becomes :data:`REPLACEMENT` and is
        recorded in ``log``.
        """
        latin, deva = (LATIN_BOLD, DEVANAGARI_BOLD) if bold else (LATIN, DEVANAGARI)
        runs: list[tuple[str, list[str]]] = []
        for token in _TOKENS.findall(_space_between_scripts(text)):
            previous = runs[-1][0] if runs else latin
            word_font = self._word_font(token, latin, deva, previous)
            for ch in token:
                font = self._char_font(ch, latin, deva, word_font)
                if font is None:
                    if log is not None:
                        log.record(ch, text)
                    ch, font = REPLACEMENT, latin
                if runs and runs[-1][0] == font:
                    runs[-1][1].append(ch)
                else:
                    runs.append((font, [ch]))
        return [Run(font, "".join(chars)) for font, chars in runs]

    def _word_font(self, token: str, latin: str, deva: str, previous: str) -> str:
        """The font of a word's first letter or Devanagari digit ("१२,३४,५६७" is one Devanagari word);
        for a word without either, the font before it if it can."""
        for ch in token:
            if (is_devanagari(ch) and (ch.isalpha() or ch.isdigit())) or _is_deva_mark(ch):
                return deva
            if ch.isalpha():
                return latin
        return previous if all(self.covers(previous, ch) for ch in token) else latin

    def _char_font(self, ch: str, latin: str, deva: str, word_font: str) -> str | None:
        if is_devanagari(ch):
            return deva if self.covers(deva, ch) else None
        if ch.isalpha():
            return latin if self.covers(latin, ch) else deva if self.covers(deva, ch) else None
        for font in (word_font, latin, deva):
            if self.covers(font, ch):
                return font
        return None

    def uncovered(self, runs: list[Run]) -> Iterator[tuple[str, str]]:
        """(font, character) pairs of ``runs`` the font has no glyph for: the independent check."""
        for run in runs:
            for ch in run.text:
                if not ch.isspace() and not self.covers(run.font, ch):
                    yield run.font, ch


def _register(name: str, path: Path) -> frozenset[int]:
    """Register ``path`` under ``name`` once per process; return the code points it maps."""
    try:
        font = pdfmetrics.getFont(name)
    except KeyError:
        if not path.is_file():
            raise FontError(ReportCode.FONT_MISSING, name=path.name, folder=path.parent) from None
        try:
            font = ClusterFont(name, str(path))
        except Exception as exc:  # ReportLab raises TTFError and struct errors for damaged files
            raise FontError(ReportCode.FONT_UNREADABLE, path=path, detail=exc) from exc
        pdfmetrics.registerFont(font)
    cmap: dict[int, int] = font.face.charToGlyph
    aliases = getattr(font, "typed", {})  # codes made for copy and search, not characters anyone typed
    return frozenset(code for code, glyph in cmap.items() if glyph != 0 and code not in aliases)


_DEFAULT: FontSet | None = None


def default_fonts() -> FontSet:
    """The shipped fonts, registered once (ReportLab's font registry is process-wide anyway)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = FontSet()
    return _DEFAULT
