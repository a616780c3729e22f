"""What an XLSForm import kept, approximated, dropped or refused, row by row.

Each entry carries where (sheet, row, column), a catalogue entry (its stable code) and that entry's
values, never finished text: the window words it in the interface language, the command line in the
chosen one, and ``str()`` (logs, scripts) in English. The reasons are ``errors.xlsform_codes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from needsassess.errors import DEFAULT_LANGUAGE, Catalogue, Phrase, UserError
from needsassess.errors.xlsform_codes import XLSFormReason

ERROR = "error"  # the form cannot be imported until this is fixed
APPROXIMATED = "approximated"  # kept, in a simpler form, for a stated reason
DROPPED = "dropped"  # left out, for a stated reason
NOTE = "note"  # kept; something the person should know
LEVELS: dict[str, Catalogue] = {
    ERROR: XLSFormReason.LEVEL_ERROR,
    APPROXIMATED: XLSFormReason.LEVEL_APPROXIMATED,
    DROPPED: XLSFormReason.LEVEL_DROPPED,
    NOTE: XLSFormReason.LEVEL_NOTE,
}


@dataclass(frozen=True, eq=False)
class Entry:
    """One row's reason: ``reason`` is the catalogue entry, ``params`` its values."""

    level: str
    sheet: str
    row: int | None
    column: str | None
    reason: Catalogue
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.reason.code

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Why, in ``language``."""
        return self.reason.render(language, self.params)

    def level_text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return LEVELS[self.level].render(language)

    def where(self, language: str = DEFAULT_LANGUAGE) -> str:
        """``survey row 5, column 'type'`` in ``language`` (sheet and column names as in the workbook)."""
        where: Phrase | str = Phrase(XLSFormReason.AT_ROW, sheet=self.sheet, row=self.row) if self.row else self.sheet
        if self.column:
            where = Phrase(XLSFormReason.AT_COLUMN, where=where, column=self.column)
        return where if isinstance(where, str) else where.render(language)

    def line(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The whole line as the command line prints it:
        ``approximated [NA-XLSFORM-621]: survey row 5, column 'type': why``."""
        return f"{self.level_text(language)} [{self.code}]: {self.where(language)}: {self.text(language)}"

    def __str__(self) -> str:
        return self.line(DEFAULT_LANGUAGE)


@dataclass
class ImportReport:
    entries: list[Entry] = field(default_factory=list)

    def add(
        self,
        level: str,
        sheet: str,
        row: int | None,
        column: str | None,
        reason: Catalogue | Phrase,
        /,
        **params: object,
    ) -> None:
        """One row's reason; ``reason`` is a catalogue entry with ``params``, or a ``Phrase`` that has them."""
        if isinstance(reason, Phrase):
            self.entries.append(Entry(level, sheet, row, column, reason.entry, {**reason.params, **params}))
        else:
            self.entries.append(Entry(level, sheet, row, column, reason, params))

    @property
    def errors(self) -> list[Entry]:
        return [e for e in self.entries if e.level == ERROR]

    def lines(self, language: str = DEFAULT_LANGUAGE) -> list[str]:
        return [e.line(language) for e in self.entries]


class XLSFormError(UserError):
    """The spreadsheet cannot be imported; ``report`` says every reason, located, under the summary."""

    def __init__(self, report: ImportReport, code: Catalogue, /, **params: object) -> None:
        self.report = report
        super().__init__(code, **params)

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return "\n".join([self.body(language), *self.report.lines(language)])
