"""Turning the result of an export into a line for the person (an import's results have their own
table: ``import_result_dialog``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:  # the sync package is imported when an export runs, not at start-up
    from needsassess.sync.exporter import ExportResult


def describe_export(result: ExportResult, target: Path) -> str:
    text = QCoreApplication.translate("ImportSummary", "{count} assessments saved to {path}")
    return text.format(count=result.assessments, path=target)
