"""The report of one or more assessments: cover, key figures, site map, sections, photos, signatures.

Each assessment starts on a new page and is numbered on its own ("page N of M"), with its uuid,
revision and content hash in every footer, and the draft watermark on every page of a draft.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer

from needsassess.errors.cli_codes import ReportCode
from needsassess.reports.basemap import open_basemap
from needsassess.reports.cover import CoverBuilder
from needsassess.reports.output import ReportResult, check_options, project_name, text_width, write_pdf
from needsassess.reports.page import InfoMarker, PageInfo
from needsassess.reports.photos import photo_grid
from needsassess.reports.sections import SectionBuilder
from needsassess.reports.sitemap import SiteMap
from needsassess.reports.subject import ReportError, ReportOptions, ReportSubject
from needsassess.reports.text import TextKit
from needsassess.reports.wording import word
from needsassess.store.mbtiles import MBTiles


def assessment_story(
    kit: TextKit, subject: ReportSubject, options: ReportOptions, key: int, basemap: MBTiles | None = None
) -> list[Any]:
    """The flowables of one assessment, starting with the marker that sets its page decorations."""
    lang, width = options.lang, text_width(options)
    content_hash = subject.content_hash or "—"
    info = PageInfo(
        key=key,
        header_left=project_name(options),
        header_right=subject.form.title_in(lang),
        footer_lines=(
            word("footer_id", lang, uuid=subject.uuid, revision=subject.revision),
            word("footer_hash", lang, hash=content_hash),
        ),
        draft=subject.is_draft,
    )
    conv = options.conventions()
    cover = CoverBuilder(kit, subject, lang, width, conv)
    sections = SectionBuilder(kit, subject, lang, width, conv)
    story: list[Any] = [InfoMarker(info), *cover.cover(), *cover.key_figures()]
    story += SiteMap(subject, lang).figure(kit, width, conv, basemap, options.boundaries)
    story += sections.sections()
    story += photo_grid(kit, sections.photos, subject.photo_path, lang, width)
    story += [Spacer(1, 6 * mm), cover.signatures()]
    return story


def render_report(
    subjects: Sequence[ReportSubject],
    path: Path | str,
    options: ReportOptions | None = None,
    kit: TextKit | None = None,
) -> ReportResult:
    """Write one PDF with every subject, each from a new page; returns pages and glyph problems."""
    options = options or ReportOptions()
    check_options(options)
    if not subjects:
        raise ReportError(ReportCode.NO_ASSESSMENT)
    kit = kit or TextKit()
    basemap, problem = open_basemap(options.basemap)
    try:
        story: list[Any] = []
        for key, subject in enumerate(subjects):
            if key:
                story.append(PageBreak())
            story += assessment_story(kit, subject, options, key, basemap)
        first = subjects[0]
        title = first.form.title_in(options.lang) if len(subjects) == 1 else word("project", options.lang)
        result = write_pdf(Path(path), story, kit, options, title)
    finally:
        if basemap is not None:
            basemap.close()
    if problem:
        result.warnings.append(problem)
    return result
