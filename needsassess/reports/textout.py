"""Writing shaped text into the page: each word in an ActualText span, moves a reader takes as glyphs.

ReportLab's text object writes a shaped string glyph by glyph, with HarfBuzz's offsets as ``TJ``
adjustments. :class:`SearchableTextObject` writes the same operators (so the page looks the same),
with two differences for the readers that turn a page back into text:

- every shaped word piece (see ``copytext.py``) is wrapped in ``/Span <</ActualText <FEFF...>>> BDC``
  ... ``EMC``, so poppler, Acrobat and MuPDF copy and search it as typed;
- a move to the right inside a word (after a stacked conjunct or a mark drawn to the left) is written
  in steps of at most :data:`MAX_STEP` thousandths of an em: pypdf takes one larger step for a space
  and would cut "मूल्याङ्कन" in two. The steps add up to the same move.

A piece cut by line breaking (a long word split, which ReportLab does only for very long words)
keeps its glyphs but gets no span: a wrong ActualText is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr
from reportlab.pdfgen.textobject import PDFTextObject

from needsassess.reports.copytext import ClusterFont, TypedSpan

MAX_STEP = 100  # below pypdf's space test (0.95 x half the width of a space: about 124 in Noto Sans)


def actual_text(text: str) -> str:
    """``text`` as a PDF text string: UTF-16BE with its byte order mark, in hex."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class SearchableTextObject(PDFTextObject):  # type: ignore[misc]  # ReportLab is untyped
    """A text object that writes shaped words as described in the module docstring."""

    # ReportLab's state, named here for the type checker.
    _code: list[str]
    _x: float
    _y: float
    _rise: float
    _curSubset: int

    def _formatText(self, text: Any) -> str:  # ReportLab's name
        font = pdfmetrics.getFont(self._fontname)
        if not (isinstance(text, ShapedStr) and isinstance(font, ClusterFont) and font.shapable):
            return str(super()._formatText(text))
        saved = (self._code, self._x, self._y)
        self._code = []
        try:
            for piece, span in _pieces(text):
                if span is not None:
                    self._code.append(f"/Span <</ActualText {actual_text(span.text)}>> BDC")
                self._shaped(piece, font)
                if span is not None:
                    self._code.append("EMC")
            return " ".join(self._code)
        finally:
            self._code, self._x, self._y = saved

    def _shaped(self, text: ShapedStr, font: ClusterFont) -> None:
        """The glyphs of ``text`` as ReportLab writes them: per font subset, a ``TJ`` per baseline."""
        doc = self._canvas._doc
        base_rise = self._rise
        data = text.__shapeData__
        done = 0
        for subset, codes in font.splitString(text, doc):
            if subset != self._curSubset:
                name = font.getSubsetInternalName(subset, doc)
                self._code.append(f"{name} {fp_str(self._fontsize)} Tf {fp_str(self._leading)} TL")
                self._curSubset = subset
            items: list[float | bytes] = []
            for code, sd in zip(codes, data[done : done + len(codes)], strict=True):
                rise = base_rise + self._fontsize * sd.y_offset / 1000
                if rise != self._rise:
                    self._show(items)
                    items = []
                    self._rise_to(rise)
                items += [-sd.x_offset, bytes((code,)), sd.width - sd.x_advance + sd.x_offset]
            done += len(codes)
            self._show(items)
        if self._rise != base_rise:
            self._rise_to(base_rise)

    def _show(self, items: list[float | bytes]) -> None:
        parts: list[str] = []
        for is_glyphs, group in groupby((item for item in items if item), key=lambda item: isinstance(item, bytes)):
            if is_glyphs:
                parts.append(f"({self._canvas._escape(b''.join(group))})")  # type: ignore[arg-type]
            else:
                parts += _moves(sum(group))  # type: ignore[arg-type]
        if len(parts) == 1 and parts[0].startswith("("):
            self._code.append(f"{parts[0]} Tj")
        elif parts:
            self._code.append(f"[{' '.join(parts)}] TJ")

    def _rise_to(self, rise: float) -> None:
        """Set the text rise (one ``Ts``, replacing one just written, as ReportLab's ``setRise`` does)."""
        op = f"{fp_str(rise)} Ts"
        if self._code and self._code[-1].endswith(" Ts"):
            self._code[-1] = op
        else:
            self._code.append(op)
        self._rise = rise


def _moves(total: float) -> list[str]:
    """``TJ`` numbers adding up to ``total``; a move right (negative) cut in steps of :data:`MAX_STEP`."""
    out = []
    while total < -MAX_STEP:
        out.append(fp_str(-MAX_STEP))
        total += MAX_STEP
    last = fp_str(total)
    return out if last == "0" else [*out, last]


def _pieces(text: ShapedStr) -> Iterator[tuple[ShapedStr, TypedSpan | None]]:
    """``text`` cut into whole word pieces (with their span) and what lies between (without)."""
    data = text.__shapeData__
    start = 0
    while start < len(data):
        span = getattr(data[start], "typed_span", None)
        end = start + 1
        limit = start + span.glyphs if span is not None else len(data)
        while end < min(limit, len(data)) and getattr(data[end], "typed_span", None) is span:
            end += 1
        whole = span is not None and end - start == span.glyphs
        yield text[start:end], span if whole else None
        start = end
