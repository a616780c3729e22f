"""Turning the result of an import or export into a few lines for the person.

The sync layer reports, per package, how many assessments were new, updated (fast-forward),
unchanged, in conflict or forked. Counts may come as numbers or as lists of uuids, and the result
as one object per package or a mapping by file; all read the same here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from needsassess.ui.i18n import error_text

_KINDS = ("new", "updated", "unchanged", "conflicts", "forks")


def _labels() -> dict[str, str]:
    # Literal calls, so that lupdate finds every text.
    return {
        "new": QCoreApplication.translate("ImportSummary", "new"),
        "updated": QCoreApplication.translate("ImportSummary", "updated"),
        "unchanged": QCoreApplication.translate("ImportSummary", "unchanged"),
        "conflicts": QCoreApplication.translate("ImportSummary", "in conflict"),
        "forks": QCoreApplication.translate("ImportSummary", "forked"),
    }


def _count(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, Sequence | set | frozenset | Mapping) and not isinstance(value, str):
        return len(value)
    return None


def counts_of(result: Any) -> dict[str, int]:
    """The known counts of one package's result (attributes or mapping keys)."""
    found: dict[str, int] = {}
    for kind in _KINDS:
        value = result.get(kind) if isinstance(result, Mapping) else getattr(result, kind, None)
        number = _count(value)
        if number is not None:
            found[kind] = number
    return found


def _line(name: str, result: Any) -> str:
    refused = getattr(result, "refused", None)
    if refused:
        text = QCoreApplication.translate("ImportSummary", "{name}: refused, nothing was changed. {reason}")
        error = getattr(result, "error", None)
        return text.format(name=name, reason=error_text(error) if error is not None else refused)
    counts = counts_of(result)
    if not counts:
        return f"{name}: {result}"
    labels = _labels()
    line = f"{name}: " + ", ".join(f"{n} {labels[k]}" for k, n in counts.items())
    officer = getattr(result, "officer", "")
    if officer:
        line += " " + QCoreApplication.translate("ImportSummary", "(from {officer})").format(officer=officer)
    if getattr(result, "already_imported", False):
        line += " " + QCoreApplication.translate("ImportSummary", "(already imported)")
    return line


def describe_import(result: Any, paths: Sequence[Path]) -> str:
    """One line per package with its counts; a fallback text when the result has none."""
    if isinstance(result, Mapping) and not counts_of(result):
        items = [(Path(str(k)).name, v) for k, v in result.items()]
    elif isinstance(result, Sequence) and not isinstance(result, str):
        items = [(Path(getattr(r, "path", p)).name, r) for p, r in zip(paths, result, strict=False)]
    else:
        name = paths[0].name if len(paths) == 1 else QCoreApplication.translate("ImportSummary", "All packages")
        items = [(name, result)]
    lines = [_line(name, r) for name, r in items]
    return QCoreApplication.translate("ImportSummary", "Import finished.") + "\n\n" + "\n".join(lines)


def describe_export(result: Any, target: Path) -> str:
    number = _count(getattr(result, "assessments", None))
    if number is None and isinstance(result, Mapping):
        number = _count(result.get("assessments"))
    if number is None:
        return QCoreApplication.translate("ImportSummary", "Package saved to {path}").format(path=target)
    text = QCoreApplication.translate("ImportSummary", "{count} assessments saved to {path}")
    return text.format(count=number, path=target)
