"""Writing a story to a PDF file: options checked, page decorations, glyph check, atomic rename.

The PDF is written to a temporary file beside the target and renamed into place, so an interrupted
report never leaves half a file under the name a person will print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab import rl_config

from needsassess.errors.cli_codes import ReportCode
from needsassess.fileio import atomic_write
from needsassess.locale import DIGIT_STYLES
from needsassess.reports.formatting import format_date
from needsassess.reports.glyphs import GlyphProblem, check_story
from needsassess.reports.page import MARGIN_X, PAPER, PageDecorator, make_document
from needsassess.reports.subject import ReportError, ReportOptions
from needsassess.reports.text import TextKit
from needsassess.reports.wording import LANGUAGES, word


@dataclass
class ReportResult:
    """What was written, and any character that could not be drawn (should always be empty)."""

    path: Path
    pages: int
    missing_glyphs: dict[str, str] = field(default_factory=dict)  # character -> text it was in
    glyph_problems: list[GlyphProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # printed anyway: e.g. the basemap could not be read

    @property
    def clean(self) -> bool:
        return not self.missing_glyphs and not self.glyph_problems


def check_options(options: ReportOptions) -> None:
    if options.lang not in LANGUAGES:
        raise ReportError(ReportCode.LANGUAGE, languages=", ".join(LANGUAGES), lang=repr(options.lang))
    if options.paper not in PAPER:
        raise ReportError(ReportCode.PAPER, paper=repr(options.paper), allowed=", ".join(PAPER))
    if options.digits not in (None, *DIGIT_STYLES):
        raise ReportError(ReportCode.DIGITS, digits=repr(options.digits))


def text_width(options: ReportOptions) -> float:
    return float(PAPER[options.paper][0] - 2 * MARGIN_X)


def project_name(options: ReportOptions) -> str:
    return options.project or word("project", options.lang)


def write_pdf(path: Path, story: list[Any], kit: TextKit, options: ReportOptions, title: str) -> ReportResult:
    """Build ``story`` into ``path`` (atomically) and report pages and glyph problems."""
    target = Path(path)
    if not target.parent.is_dir():
        raise ReportError(ReportCode.FOLDER_MISSING, target=target, folder=target.parent)
    problems = check_story(story)
    generated = format_date(options.generated or date.today(), options.conventions())
    decorator = PageDecorator(kit, options.lang, generated, options.conventions().digits)
    # Binary streams: ReportLab's ASCII85 step is pure Python and costs seconds per photo; PDF readers
    # do not need it. (A process-wide ReportLab setting, read when each stream is written.)
    rl_config.useA85 = 0
    try:
        with atomic_write(target, suffix=".pdf") as out:
            doc, canvasmaker = make_document(out, options.paper, decorator, title)
            doc.build(story, canvasmaker=canvasmaker)
    except OSError as exc:
        raise ReportError(ReportCode.WRITE_FAILED, target=target, detail=exc.strerror or exc) from exc
    return ReportResult(target, doc.page, dict(kit.log.missing), problems)
