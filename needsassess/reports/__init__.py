"""PDF reports with ReportLab: one or more assessments, and summaries across many. No Qt.

Text is shaped with HarfBuzz and set in the shipped Noto fonts, one font per script run, so Nepali
prints correctly next to English and Uzbek; see docs/reports.md.
"""

from needsassess.reports.assessment import render_report
from needsassess.reports.output import ReportResult
from needsassess.reports.subject import (
    BoundaryRings,
    BoundarySource,
    ReportError,
    ReportOptions,
    ReportSubject,
    SummaryItem,
)
from needsassess.reports.summary import Selection, render_summary
from needsassess.reports.wording import LANGUAGES

__all__ = [
    "LANGUAGES",
    "BoundaryRings",
    "BoundarySource",
    "ReportError",
    "ReportOptions",
    "ReportResult",
    "ReportSubject",
    "Selection",
    "SummaryItem",
    "render_report",
    "render_summary",
]
