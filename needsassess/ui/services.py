"""The core operations the start page runs beyond the store: demo data, PDF reports, packages, tables.

Each function imports its core package when it runs, not when the window starts: the reports and
sync packages (ReportLab, the zip reader, the key handling) take most of a second to import, and a
person who only fills in forms never needs them. Every function here runs on a worker thread (see
``tasks.py``) and receives ``progress(done, total)`` and ``cancelled()``, passed on to the core.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from needsassess.reports import ReportResult
    from needsassess.store import AssessmentStore
    from needsassess.sync.exporter import ExportResult
    from needsassess.sync.field_send import SendResult
    from needsassess.sync.importer import ImportResult
    from needsassess.ui.send_dialog import SendChoice

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]


def load_demo(store: AssessmentStore, progress: ProgressFn, cancelled: CancelledFn) -> list[str]:
    from needsassess.demo import load_demo as load

    return load(store, progress=progress, cancelled=cancelled)


def write_report(store: AssessmentStore, uuids: Sequence[str], path: Path, lang: str, paper: str,
                 progress: ProgressFn, cancelled: CancelledFn) -> ReportResult | None:
    from needsassess.reports import ReportOptions, render_report
    from needsassess.reports.from_store import subject_from_store
    from needsassess.reports.shipped_boundaries import shipped_boundaries
    from needsassess.reports.subject import paper_name

    subjects = []
    for done, uuid in enumerate(uuids):
        if cancelled():
            return None
        subjects.append(subject_from_store(store, uuid))
        progress(done + 1, len(uuids) + 1)
    digits = store.settings.digits if lang == "ne" else None  # the Settings' Nepali digits, as on screen
    options = ReportOptions(lang=lang, paper=paper_name(paper), digits=digits, basemap=store.settings.basemap_path,
                            boundaries=shipped_boundaries)
    result = render_report(subjects, path, options)
    progress(len(uuids) + 1, len(uuids) + 1)
    return result


def export_package(store: AssessmentStore, path: Path, include_all: bool, progress: ProgressFn,
                   cancelled: CancelledFn, encrypt: bool | None = None) -> ExportResult:
    from needsassess.sync.exporter import export_package as export

    return export(store, path, include_all=include_all, progress=progress, cancelled=cancelled,
                  encrypt=encrypt)


def import_packages(store: AssessmentStore, paths: Sequence[Path], progress: ProgressFn,
                    cancelled: CancelledFn, accept_signer: bool = False) -> list[ImportResult]:
    from needsassess.store.backups import backup_before_import
    from needsassess.sync.importer import import_packages as run

    backup_before_import(store)  # a copy of the database in backups/ before every import
    return run(store, list(paths), progress=progress, cancelled=cancelled, accept_signer=accept_signer)


def export_tables(store: AssessmentStore, target: Path, form_id: str | None, lang: str,
                  progress: ProgressFn, cancelled: CancelledFn) -> list[Path]:
    """Tables for analysis: one .xlsx workbook, a folder of CSV files, or one .geojson."""
    from needsassess.analysis.tables import export_tables as export

    progress(0, 0)
    return export(store, target, form_id=form_id, lang=lang)


def send_field_package(store: AssessmentStore, path: Path, choice: SendChoice, progress: ProgressFn,
                       cancelled: CancelledFn) -> SendResult:
    """Coordinator → Send to officers…: write the signed field package (nothing written if refused)."""
    from needsassess.sync.field_send import send_field_package as send

    progress(0, 0)
    return send(store, path, to=choice.to, sections=choice.sections, retire=choice.retire,
                unretire=choice.unretire)
