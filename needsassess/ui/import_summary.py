"""What an import or an export did, in sentences for the person, in the interface language.

An import's results (``sync.importer.ImportResult``, one per package) read here as: one headline for
the whole import (packages imported, refused, held back; assessments new, updated, unchanged, in
conflict), one short sentence per package (imported, already imported, refused or held back, and
why: the reason alone, from the error catalogue, in the interface language), and the details a
person may need to act (the whole message with its advice and code, who sent it, the signing key).
``ui.import_result_dialog`` lays them out; the status bar shows the headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from needsassess.locale import format_number
from needsassess.ui.i18n import current_language, error_text, interface_conventions

if TYPE_CHECKING:  # the sync package is imported when an export runs, not at start-up
    from needsassess.sync.exporter import ExportResult
    from needsassess.sync.importer import ImportResult

IMPORTED, ALREADY, REFUSED, HELD = "imported", "already", "refused", "held"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportSummary", text)


def count(number: int, digits: str | None = None) -> str:
    """A count as the window writes numbers (Devanagari digits in Nepali unless Latin is chosen)."""
    return format_number(number, interface_conventions(digits))


def field_contents(result: ImportResult, digits: str | None = None) -> str:
    """What a field package brought, in words, for its row of the result table (never 0/0/0/0: it
    carries no officer's assessments): form versions, lists, returned assessments, retired forms."""
    done = result.field
    if done is None:
        return ""
    parts = [(len(done.forms), _tr("form versions: {n}")), (len(done.datasets), _tr("lists: {n}")),
             (done.returned + done.commented, _tr("returned assessments: {n}")),
             (len(done.retired), _tr("retired forms: {n}"))]
    text = ", ".join(template.format(n=count(n, digits)) for n, template in parts if n)
    if not text:
        return _tr("Field package: nothing new for this laptop")
    return _tr("Field package: {contents}").format(contents=text)


def describe_export(result: ExportResult, target: Path) -> str:
    text = _tr("{count} assessments saved to {path}")
    return text.format(count=result.assessments, path=target)


def outcome(result: ImportResult) -> str:
    """``IMPORTED``, ``ALREADY``, ``REFUSED`` or ``HELD``."""
    if result.held:
        return HELD
    if result.refused:
        return REFUSED
    return ALREADY if result.already_imported else IMPORTED


def reason(result: ImportResult) -> str:
    """Why a package was refused or held back, in one sentence of the interface language."""
    if result.error is not None:
        text = result.error.body(current_language()).strip()
    else:
        text = (result.held or result.refused or "").strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "।", "?", "!")) else text + ("।" if current_language() == "ne" else ".")


def outcome_sentence(result: ImportResult, digits: str | None = None) -> str:
    """The package's result in one sentence: what happened and, when it was not imported, why."""
    kind = outcome(result)
    if kind == HELD:
        return _tr("Held back, nothing imported: {reason}").format(reason=reason(result))
    if kind == REFUSED:
        return _tr("Refused, nothing imported: {reason}").format(reason=reason(result))
    if kind == ALREADY:
        return _tr("Already imported earlier: nothing to do.")
    if result.field is not None:
        from needsassess.ui.field_summary import field_sentence

        return field_sentence(result.field, digits)
    return _tr("Imported.")


def key_state(result: ImportResult) -> str:
    """Whose key signed it, in two words: enrolled, accepted now, not enrolled, not signed."""
    if result.already_imported:
        return ""
    if result.field is not None:  # checked against the coordinator key loaded here, or refused
        return _tr("Coordinator's")
    if not result.signer_fingerprint:
        return _tr("Not signed")
    if result.signer_accepted_now:
        return _tr("Accepted now")
    return _tr("Enrolled") if result.signer_enrolled else _tr("Not enrolled")


def details(result: ImportResult) -> str:
    """Everything about one package: file, sender, key, encryption, and the whole message."""
    lines = [Path(result.path).name]
    if result.officer or result.device_id:
        lines.append(_tr("Sent by {officer} from device {device}").format(
            officer=result.officer or _tr("an unnamed officer"), device=result.device_id or "?"))
    if result.signer_fingerprint:
        lines.append(_tr("Signing key: {fingerprint} ({state})").format(
            fingerprint=result.signer_fingerprint, state=key_state(result).lower()))
    if result.encrypted_for:
        lines.append(_tr("Was encrypted for {name}").format(name=result.encrypted_for))
    if result.field is not None and outcome(result) == IMPORTED:
        lines.append(outcome_sentence(result))
    elif result.field is None and outcome(result) in (IMPORTED, ALREADY):
        lines.append(_tr("{new} new, {updated} updated, {unchanged} unchanged, {conflicts} in conflict").format(
            new=result.new, updated=result.updated, unchanged=result.unchanged, conflicts=result.conflicts))
    if result.error is not None:
        code = f" [{result.error.code}]" if result.error.code else ""
        lines.append(error_text(result.error) + code)
    elif result.refused:
        lines.append(result.refused)
    return "\n".join(lines)


def headline(results: Sequence[ImportResult], digits: str | None = None) -> str:
    """The whole import in one or two sentences (also for the status bar); counts in the interface's
    digits. Field packages (coordinator to officer) say what they brought, not assessment counts."""
    kinds = [outcome(r) for r in results]
    done = [r for r, k in zip(results, kinds, strict=True) if k in (IMPORTED, ALREADY)]
    ordinary = [r for r in done if r.field is None]
    if len(results) == 1 and results[0].field is not None and kinds[0] == IMPORTED:
        text = outcome_sentence(results[0], digits)  # an officer's field package: what it changed here
    elif done and not ordinary:  # field packages only
        text = _tr("{done} of {total} packages imported.").format(
            done=count(len(done), digits), total=count(len(results), digits))
        fresh = [field_contents(r, digits) for r in done if outcome(r) == IMPORTED]
        if fresh:
            text += " " + "; ".join(fresh) + ("।" if current_language() == "ne" else ".")
    else:
        text = _tr("{done} of {total} packages imported: {new} new, {updated} updated, {unchanged} unchanged, "
                   "{conflicts} in conflict.").format(
            done=count(len(done), digits), total=count(len(results), digits),
            new=count(sum(r.new for r in ordinary), digits), updated=count(sum(r.updated for r in ordinary), digits),
            unchanged=count(sum(r.unchanged for r in ordinary), digits),
            conflicts=count(sum(r.conflicts for r in ordinary), digits))
    refused, held = kinds.count(REFUSED), kinds.count(HELD)
    if refused or held:
        text += " " + _tr("Refused: {refused}. Held back: {held}.").format(
            refused=count(refused, digits), held=count(held, digits))
    return text
