"""Paragraphs of mixed-script text, shaped, with the right font per run.

Every piece of text in a report goes through :class:`TextKit`: it escapes the text for ReportLab's
paragraph markup, wraps each script run in its font, and uses styles with ``shaping=1`` so HarfBuzz puts
Devanagari vowel signs and conjuncts in place. Plain strings are never handed to ReportLab tables or
canvases (they would be drawn unshaped in a font that may lack the glyphs).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from needsassess.reports.fonts import LATIN, LATIN_BOLD, FontSet, GlyphLog, default_fonts, is_devanagari

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
ACCENT = colors.HexColor("#1d4e89")
WARN = colors.HexColor("#a3341f")
RULE = colors.HexColor("#c5ccd6")
SHADE = colors.HexColor("#eef2f7")
KEY_SHADE = colors.HexColor("#e3edf8")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=LATIN, fontSize=9.5, leading=13, textColor=INK, shaping=1)

    def derive(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return {
        "body": base,
        "small": derive("small", fontSize=8, leading=10.5),
        "muted": derive("muted", fontSize=8, leading=10.5, textColor=MUTED),
        "label": derive("label", textColor=MUTED),
        "title": derive("title", fontName=LATIN_BOLD, fontSize=17, leading=23, textColor=ACCENT, spaceAfter=2),
        "subtitle": derive("subtitle", fontSize=11, leading=15, textColor=MUTED, spaceAfter=8),
        "h1": derive(
            "h1",
            fontName=LATIN_BOLD,
            fontSize=12.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            keepWithNext=1,
            spaceAfter=5,
        ),
        "h2": derive("h2", fontName=LATIN_BOLD, fontSize=10.5, leading=14, spaceBefore=7, spaceAfter=3, keepWithNext=1),
        "th": derive("th", fontName=LATIN_BOLD, fontSize=8.5, leading=11),
        "cell": derive("cell", fontSize=8.5, leading=11),
        "num": derive("num", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "thnum": derive("thnum", fontName=LATIN_BOLD, fontSize=8.5, leading=11, alignment=TA_RIGHT),
        "keylabel": derive("keylabel", fontSize=8.5, leading=11, textColor=MUTED),
        "keyvalue": derive("keyvalue", fontName=LATIN_BOLD, fontSize=14, leading=18, textColor=ACCENT),
        "caption": derive("caption", fontSize=8, leading=10.5, alignment=TA_CENTER, textColor=MUTED),
        "header": derive("header", fontSize=7.5, leading=9.5, textColor=MUTED),
        "header_right": derive("header_right", fontSize=7.5, leading=9.5, textColor=MUTED, alignment=TA_RIGHT),
        "footer": derive("footer", fontSize=6.8, leading=8.6, textColor=MUTED),
        "footer_right": derive("footer_right", fontSize=6.8, leading=8.6, textColor=MUTED, alignment=TA_RIGHT),
        "watermark": derive(
            "watermark",
            fontName=LATIN_BOLD,
            fontSize=46,
            leading=56,
            alignment=TA_CENTER,
            textColor=colors.Color(0.75, 0.2, 0.15, alpha=0.18),
        ),
        "missing": derive("missing", fontSize=8.5, leading=11, textColor=WARN),
    }


@dataclass
class TextKit:
    """Builds shaped, font-correct paragraphs and remembers characters no font could draw."""

    fonts: FontSet = field(default_factory=default_fonts)
    log: GlyphLog = field(default_factory=GlyphLog)
    styles: dict[str, ParagraphStyle] = field(default_factory=_styles)
    _unshaped: dict[str, ParagraphStyle] = field(default_factory=dict)

    def markup(self, text: str, bold: bool = False) -> str:
        """``text`` as paragraph markup: escaped, one ``<font>`` per script run, line breaks kept."""
        parts = []
        for line_no, line in enumerate(str(text).split("\n")):
            if line_no:
                parts.append("<br/>")
            for run in self.fonts.split(line, bold=bold, log=self.log):
                parts.append(f'<font name="{run.font}">{escape(run.text)}</font>')
        return "".join(parts)

    def para(self, text: str, style: str = "body", bold: bool | None = None) -> Paragraph:
        """A paragraph of ``text`` in the named style (bold follows the style unless given)."""
        st = self.styles[style]
        is_bold = st.fontName == LATIN_BOLD if bold is None else bold
        return Paragraph(self.markup(text, bold=is_bold), self._style_for(style, str(text)))

    def rich(self, pieces: list[tuple[str, bool]], style: str = "body") -> Paragraph:
        """One paragraph from several (text, bold) pieces, e.g. a label and a value on one line."""
        markup = "".join(self.markup(text, bold=bold) for text, bold in pieces)
        return Paragraph(markup, self._style_for(style, "".join(text for text, _ in pieces)))

    def _style_for(self, style: str, text: str) -> ParagraphStyle:
        """The style, without shaping when the text has no Devanagari.

        Latin and Cyrillic need no shaping here, and HarfBuzz costs about a third of the time of a page.
        """
        if any(is_devanagari(ch) for ch in text):
            return self.styles[style]
        plain = self._unshaped.get(style)
        if plain is None:
            plain = self._unshaped[style] = ParagraphStyle(f"{style}-plain", parent=self.styles[style], shaping=0)
        return plain


class PlainTable(Table):  # type: ignore[misc]  # ReportLab is untyped
    """A table of plain strings in one font, for long lists where a paragraph per cell is too slow.

    Only for text that needs no shaping and whose glyphs the font has (checked by the glyph check,
    which reads ``plain_font``); anything else goes in a paragraph.
    """

    def __init__(
        self, rows: list[list[object]], *args: object, font: str = LATIN, size: float = 7.5, **kwargs: object
    ) -> None:
        super().__init__(rows, *args, **kwargs)
        self.plain_font = font
        self.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), size),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )

    @staticmethod
    def can_hold(fonts: FontSet, text: str) -> bool:
        """Whether ``text`` can go in a plain cell: no Devanagari, every glyph in Noto Sans."""
        return all(not is_devanagari(ch) and (ch.isspace() or fonts.covers(LATIN, ch)) for ch in text)
