"""Shaped text that copies, searches and extracts as typed.

HarfBuzz turns a Devanagari word into glyphs that are not its characters one for one: conjuncts and
half forms are glyphs with no character of their own, the i-matra is drawn before its consonant and the
reph after its syllable. ReportLab writes each glyph with the one character it maps to (a private-use
one when there is none), so a PDF reader gave back "आव\\ue000यकता" for "आवश्यकता". Two things put the
typed text back, one for each kind of reader:

- **ToUnicode**, read by every extractor (pypdf, pdf.js, ...): a glyph of a cluster whose glyphs do not
  spell its characters is written with an alias code of the same glyph, whose ToUnicode entry is its
  share of the cluster's characters in typed order (:class:`ClusterFont`, :func:`keep_typed_text`).
- **ActualText**, read by poppler (pdftotext, Evince), Acrobat and MuPDF, which place each glyph by
  where it is drawn and so would split a word at a stacked conjunct or a moved mark: every shaped word
  is one marked-content span ``/Span <</ActualText (the word)>> BDC ... EMC`` (``textout.py``).

ReportLab has no seam between shaping and drawing, so its paragraph module's ``shapeFragWord`` is
wrapped once (:func:`install_shaping_hook`), for our fonts only: the typed text of each word is kept on
its glyphs' shape data, which ReportLab carries through line breaking to the text object unchanged.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapedStr, TTFont
from reportlab.platypus import paragraph

# Alias codes live in plane 15's private use area, apart from the codes ReportLab gives glyphs that
# have no character (U+E000 up), and from anything a person types.
_ALIAS_FIRST = 0xF0000
_ALIAS_LAST = 0xFFFFD


@dataclass(frozen=True, eq=False)
class TypedSpan:
    """The typed text of one shaped word piece, and how many glyphs draw it."""

    text: str
    glyphs: int


class ClusterFont(TTFont):  # type: ignore[misc]  # ReportLab is untyped
    """A TrueType font whose ToUnicode map can give a glyph several characters, or another one.

    ``alias(code, text)`` is a new code that draws the glyph of ``code`` with its width, and that
    extracts as ``text``. Aliases are shared by every document of the process, like the glyphs.
    """

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        self.typed: dict[int, str] = {}  # alias code -> the characters it stands for
        self._aliases: dict[tuple[int, str], int] = {}
        self._lock = threading.Lock()  # reports may be written in a worker thread

    def alias(self, code: int, text: str) -> int:
        key = (code, text)
        found = self._aliases.get(key)
        if found is not None:
            return found
        with self._lock:
            found = self._aliases.get(key)
            if found is None:
                found = _ALIAS_FIRST + len(self._aliases)
                if found > _ALIAS_LAST:  # never in practice: 65,534 distinct (glyph, text) pairs
                    return code
                face = self.face
                face.charToGlyph[found] = face.charToGlyph[code]
                face.charWidths[found] = face.charWidths.get(code, face.defaultWidth)
                self.typed[found] = text
                self._aliases[key] = found
        return found

    def addObjects(self, doc: Any) -> None:  # ReportLab's name
        """ReportLab's font objects, with the ToUnicode map of each subset that holds an alias rewritten."""
        state = self.state.get(doc)
        subsets = [list(s) for s in state.subsets] if state is not None else []
        super().addObjects(doc)
        for number, subset in enumerate(subsets):
            if not any(code in self.typed for code in subset):
                continue
            base = (SUBSETN(number) + b"+" + self.face.name + self.face.subfontNameX).decode("pdfdoc")
            stream = doc.idToObject["toUnicodeCMap:" + base]  # a KeyError here: ReportLab changed its names
            stream.content = to_unicode_cmap(base, [self.typed.get(code, chr(code)) for code in subset])


def to_unicode_cmap(name: str, texts: Sequence[str]) -> str:
    """A ToUnicode CMap giving code ``i`` the characters ``texts[i]`` (ReportLab's layout otherwise)."""
    entries = [f"<{i:02X}> <{text.encode('utf-16-be').hex().upper()}>" for i, text in enumerate(texts)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo\n<< /Registry ({name})\n/Ordering ({name})\n/Supplement 0\n>> def",
            f"/CMapName /{name} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(texts) - 1:02X}>",
            "endcodespacerange",
            *_chunks(entries),
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _chunks(entries: list[str]) -> list[str]:
    """bfchar blocks of at most 100 entries, as the CMap format asks."""
    out = []
    for start in range(0, len(entries), 100):
        block = entries[start : start + 100]
        out += [f"{len(block)} beginbfchar", *block, "endbfchar"]
    return out


def keep_typed_text(word: list[Any], shaped: list[Any]) -> None:
    """Give the glyphs of ``shaped`` (ReportLab's shaping of the frag word ``word``) their typed text.

    Glyphs are grouped into the smallest runs whose clusters come after every cluster before them (a
    syllable whose i-matra or reph moved is one run). A run whose glyphs do not spell its characters
    gets alias codes; every piece (one font) gets a :class:`TypedSpan` on each of its glyphs.
    """
    typed = "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))
    pieces = [
        (i, piece[0], piece[1])
        for i, piece in enumerate(shaped[1:], 1)
        if isinstance(piece[1], ShapedStr) and piece[1].__shapeData__
    ]
    piece_runs = [_runs([sd.cluster for sd in text.__shapeData__]) for _, _, text in pieces]
    starts = sorted({start for runs in piece_runs for start, _, _ in runs})
    ends = dict(zip(starts, [*starts[1:], len(typed)], strict=True))
    for (index, frag, text), runs in zip(pieces, piece_runs, strict=True):
        font = pdfmetrics.getFont(frag.fontName)
        if not isinstance(font, ClusterFont):
            continue
        chars = list(text)
        for start, a, b in runs:
            _alias_run(font, chars, a, b, typed[start : ends[start]])
        data = text.__shapeData__
        span = TypedSpan(typed[min(s for s, _, _ in runs) : ends[max(s for s, _, _ in runs)]], len(data))
        for sd in data:
            sd.typed_span = span
        shaped[index] = (frag, ShapedStr("".join(chars), shapeData=data))


def _runs(clusters: list[int]) -> list[tuple[int, int, int]]:
    """(first cluster, first glyph, end glyph) of each run of ``clusters`` that no later glyph reaches back into."""
    suffix_min = list(clusters)
    for i in range(len(clusters) - 2, -1, -1):
        suffix_min[i] = min(clusters[i], suffix_min[i + 1])
    runs = []
    start, top = 0, -1
    for i, cluster in enumerate(clusters):
        top = max(top, cluster)
        if i + 1 == len(clusters) or suffix_min[i + 1] > top:
            runs.append((min(clusters[start : i + 1]), start, i + 1))
            start, top = i + 1, -1
    return runs


def _alias_run(font: ClusterFont, chars: list[str], a: int, b: int, text: str) -> None:
    """Alias the glyphs ``chars[a:b]`` so that together, in order, they extract as ``text``."""
    if "".join(chars[a:b]) == text:
        return
    for i, share in zip(range(a, b), _shares(text, b - a), strict=True):
        if chars[i] != share:
            chars[i] = chr(font.alias(ord(chars[i]), share))


def _shares(text: str, glyphs: int) -> list[str]:
    """``text`` cut into ``glyphs`` parts in order: one character each, the rest on the last."""
    if glyphs <= 1:
        return [text]
    if len(text) >= glyphs:
        return [*text[: glyphs - 1], text[glyphs - 1 :]]
    return [*text, *[""] * (glyphs - len(text))]


_installed = False


def install_shaping_hook() -> None:
    """Wrap ReportLab's paragraph shaping so shaped words keep their typed text (once per process)."""
    global _installed
    if _installed:
        return
    original: Callable[..., Any] = paragraph.shapeFragWord

    def shape_keeping_text(word: Any, *args: Any, **kwargs: Any) -> Any:
        shaped = original(word, *args, **kwargs)
        if shaped is not word:
            keep_typed_text(word, shaped)
        return shaped

    paragraph.shapeFragWord = shape_keeping_text
    _installed = True
