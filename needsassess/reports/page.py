"""Pages: paper size, margins, the header and footer on every page, and the draft watermark.

"Page N of M" needs M before the first page is finished, so the canvas keeps each finished page and
draws headers and footers when the document is saved (ReportLab's usual NumberedCanvas recipe). Pages
are numbered per assessment: when several assessments share one PDF, each is a document of its own
(its own page count, uuid, revision and content hash in the footer), so a printed copy can be matched
to its data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from needsassess.errors.cli_codes import ReportCode
from needsassess.locale import with_digits
from needsassess.reports.fonts import LATIN
from needsassess.reports.subject import ReportError
from needsassess.reports.text import RULE, TextKit
from needsassess.reports.textout import SearchableTextObject
from needsassess.reports.wording import word

PAPER = {"a4": A4, "letter": LETTER}
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm


@dataclass(frozen=True)
class PageInfo:
    """What the decorations of one document (one assessment, or a summary) show."""

    key: int  # pages with the same key are numbered together
    header_left: str
    header_right: str
    footer_lines: tuple[str, ...]  # left-hand footer lines (identity of the data)
    draft: bool = False


class InfoMarker(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """A zero-size flowable that tells the canvas which document the following pages belong to."""

    def __init__(self, info: PageInfo) -> None:
        super().__init__()
        self.info = info

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        self.canv.na_info = self.info


class PageDecorator:
    """Draws header, footer and watermark on a finished page."""

    def __init__(self, kit: TextKit, lang: str, generated: str, digits: str = "latin") -> None:
        self.kit = kit
        self.lang = lang
        self.generated = generated
        self.digits = digits

    def draw(self, canvas: Canvas, info: PageInfo, number: int, total: int) -> None:
        width, height = canvas._pagesize
        if info.draft:
            self._watermark(canvas, width, height)
        inner = width - 2 * MARGIN_X
        top = height - 11 * mm
        self._put(canvas, self.kit.para(info.header_left, "header"), MARGIN_X, top, inner * 0.45, top_aligned=True)
        self._put(
            canvas,
            self.kit.para(info.header_right, "header_right"),
            MARGIN_X + inner * 0.45,
            top,
            inner * 0.55,
            top_aligned=True,
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, height - MARGIN_TOP + 3 * mm, width - MARGIN_X, height - MARGIN_TOP + 3 * mm)
        canvas.line(MARGIN_X, MARGIN_BOTTOM - 5 * mm, width - MARGIN_X, MARGIN_BOTTOM - 5 * mm)
        base = MARGIN_BOTTOM - 7 * mm
        left = self.kit.para("\n".join(info.footer_lines), "footer")
        self._put(canvas, left, MARGIN_X, base, inner * 0.74, top_aligned=True)
        right_text = "\n".join(
            [
                with_digits(word("page_n_of_m", self.lang, n=number, m=total), self.digits),
                word("generated", self.lang, date=self.generated),
            ]
        )
        self._put(
            canvas,
            self.kit.para(right_text, "footer_right"),
            MARGIN_X + inner * 0.74,
            base,
            inner * 0.26,
            top_aligned=True,
        )

    def _watermark(self, canvas: Canvas, width: float, height: float) -> None:
        mark = self.kit.para(word("draft_watermark", self.lang), "watermark")
        w, h = mark.wrapOn(canvas, height * 0.9, height)
        canvas.saveState()
        canvas.translate(width / 2, height / 2)
        canvas.rotate(52)
        mark.drawOn(canvas, -w / 2, -h / 2)
        canvas.restoreState()

    @staticmethod
    def _put(canvas: Canvas, para: Any, x: float, y: float, width: float, top_aligned: bool) -> None:
        _, h = para.wrapOn(canvas, width, 100 * mm)
        para.drawOn(canvas, x, y - h if top_aligned else y)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab is untyped
    """Holds pages back until save, then decorates each with its number and its document's page count."""

    def __init__(self, *args: Any, decorator: PageDecorator, **kwargs: Any) -> None:
        kwargs.setdefault("initialFontName", LATIN)
        super().__init__(*args, **kwargs)
        self._decorator = decorator
        self._pages: list[dict[str, Any]] = []
        self.na_info: PageInfo | None = None

    def beginText(self, x: float = 0, y: float = 0, direction: Any = None) -> SearchableTextObject:
        """Text objects that write shaped words so they copy and search as typed (``textout.py``)."""
        return SearchableTextObject(self, x, y, direction=direction)

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._pages:
            info = state["na_info"]
            if info is not None:
                totals[info.key] = totals.get(info.key, 0) + 1
        seen: dict[int, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            info = state["na_info"]
            if info is not None:
                seen[info.key] = seen.get(info.key, 0) + 1
                self._decorator.draw(self, info, seen[info.key], totals[info.key])
            Canvas.showPage(self)
        Canvas.save(self)


def make_document(
    path: str | IO[bytes], paper: str, decorator: PageDecorator, title: str
) -> tuple[BaseDocTemplate, Any]:
    """A document template on ``paper`` and the canvas maker that decorates its pages."""
    if paper not in PAPER:
        raise ReportError(ReportCode.PAPER, paper=repr(paper), allowed=", ".join(PAPER))
    size = PAPER[paper]
    doc = BaseDocTemplate(
        path,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="needsassess",
        creator="needsassess",
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        size[0] - 2 * MARGIN_X,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, decorator=decorator, **kwargs)

    return doc, canvasmaker
