"""``needsassess report`` and ``needsassess summary``: PDF reports from the command line.

``report UUID ... -o FILE.pdf`` prints one or more assessments (each from a new page); ``summary``
prints counts, key figures per site, charts and the list of the completed assessments selected.
Language and paper default to the settings of the data folder; maps are drawn over the basemap chosen
in the window's map (``settings.basemap_path``), if any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from needsassess import paths
from needsassess.locale.conventions import LANGUAGES
from needsassess.locale.digits import DIGIT_STYLES

if TYPE_CHECKING:  # ReportLab and the store load when a report is made, not when the parser is built
    from needsassess.reports import ReportOptions, ReportResult
    from needsassess.reports.quality_page import QualityCounts
    from needsassess.reports.subject import PaperName
    from needsassess.store import AssessmentStore


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="PDF report of one or more assessments")
    report.add_argument("uuids", nargs="+", metavar="UUID", help="assessments to print, in this order")
    _common(report)
    report.set_defaults(func=run_report)

    summary = subparsers.add_parser("summary", help="summary PDF across completed assessments")
    summary.add_argument("--form", metavar="ID", help="only this form")
    summary.add_argument("--site", help="only this site (as shown by 'needsassess list')")
    _common(summary)
    summary.set_defaults(func=run_summary)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument("--lang", choices=LANGUAGES, help="report language (default: the form language setting)")
    parser.add_argument("--paper", choices=("a4", "letter"), help="paper size (default: the setting)")
    parser.add_argument("--digits", choices=DIGIT_STYLES, help="digits of numbers and dates (Nepali: devanagari)")


def _options(args: argparse.Namespace, lang: str, paper: PaperName, basemap: str = "") -> ReportOptions:
    from needsassess.reports import ReportOptions
    from needsassess.reports.shipped_boundaries import shipped_boundaries
    from needsassess.reports.subject import paper_name

    return ReportOptions(lang=args.lang or lang, paper=paper_name(args.paper) if args.paper else paper,
                         digits=args.digits, basemap=basemap, boundaries=shipped_boundaries)


def _done(result: ReportResult) -> int:
    if result.missing_glyphs:
        chars = ", ".join(f"U+{ord(c):04X}" for c in sorted(result.missing_glyphs))
        print(f"needsassess: warning: no font has {chars}; shown as \ufffd in {result.path}", file=sys.stderr)
    for warning in result.warnings:
        print(f"needsassess: warning: {warning}", file=sys.stderr)
    print(f"Wrote {result.path} ({result.pages} pages).")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from needsassess.reports import render_report
    from needsassess.reports.from_store import default_language, default_paper, subject_from_store
    from needsassess.store import open_store

    with open_store(paths.data_dir(args.data_dir)) as store:
        subjects = [subject_from_store(store, uuid) for uuid in args.uuids]
        options = _options(args, default_language(store), default_paper(store), store.settings.basemap_path)
        return _done(render_report(subjects, Path(args.output), options))


def run_summary(args: argparse.Namespace) -> int:
    from needsassess.reports import render_summary
    from needsassess.reports.from_store import default_language, default_paper, form_lookup, summary_items
    from needsassess.reports.summary import Selection
    from needsassess.store import open_store

    with open_store(paths.data_dir(args.data_dir)) as store:
        options = _options(args, default_language(store), default_paper(store), store.settings.basemap_path)
        items = summary_items(store, form_id=args.form, site=args.site)
        selection = Selection(form_id=args.form, site=args.site)
        from needsassess.store.datasets import datasets_for

        return _done(render_summary(items, form_lookup(store), Path(args.output), options, selection,
                                    datasets=datasets_for(store), quality=_quality_counts(store, args)))


def _quality_counts(store: AssessmentStore, args: argparse.Namespace) -> QualityCounts:
    """The quality flags of the summary's assessments, judged against every complete one (docs/quality.md)."""
    from needsassess.analysis.quality import store_flags
    from needsassess.reports.quality_page import QualityCounts

    records, flags = store_flags(store)
    counts = QualityCounts()
    site = args.site.casefold() if args.site else None
    for record in records:
        if (args.form is None or record.form_id == args.form) and (site is None or record.site.casefold() == site):
            counts.add(record.officer, record.site, [f.name for f in flags[record.uuid]])
    return counts
