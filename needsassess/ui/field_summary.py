"""What a field package did on an officer's laptop, in sentences of the interface language.

A field package (``sync.field_import.FieldImport``) installs forms, retires forms, replaces lists and
returns assessments for follow-up; or, when it is not newer than one already imported or holds
nothing for this laptop, changes nothing. ``ui.import_summary`` uses these sentences in the import
result dialog and the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from needsassess.locale import format_number
from needsassess.ui.i18n import current_language, interface_conventions

if TYPE_CHECKING:
    from needsassess.sync.field_import import FieldImport


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldSummary", text)


def field_sentence(done: FieldImport, digits: str | None = None) -> str:
    """One or two sentences: which package, and what changed (or why nothing did); numbers in the
    interface's digits (``digits``: the Nepali setting)."""

    def n(number: int) -> str:
        return format_number(number, interface_conventions(digits))

    head = _tr("Field package {number} from {coordinator}.").format(
        number=n(done.sequence), coordinator=done.coordinator or _tr("the coordinator"))
    if done.ignored == "older":
        return head + " " + _tr("Nothing changed: package {last} or a later one was already imported.").format(
            last=n(done.last_sequence))
    if done.ignored == "not_addressed":
        return head + " " + _tr("Nothing changed: nothing in it is addressed to this laptop.")
    parts = []
    if done.forms:
        parts.append(_tr("forms installed: {forms}").format(forms=", ".join(done.forms)))
    if done.retired:
        parts.append(_tr("forms retired: {forms}").format(forms=", ".join(done.retired)))
    if done.datasets:
        parts.append(_tr("lists replaced: {names}").format(names=", ".join(done.datasets)))
    if done.returned:
        parts.append(_tr("assessments returned for follow-up: {count}").format(count=n(done.returned)))
    if done.commented:
        parts.append(_tr("new comments on assessments changed here since (your answers kept): {count}").format(
            count=n(done.commented)))
    if done.unknown:
        parts.append(_tr("returned assessments not on this laptop: {count}").format(count=n(done.unknown)))
    if not parts:
        return head + " " + _tr("Nothing changed: everything in it was already here.")
    changes = "; ".join(parts)
    stop = "।" if current_language() == "ne" else "."
    return f"{head} {changes[0].upper()}{changes[1:]}{stop}"
