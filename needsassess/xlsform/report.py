"""What an XLSForm import kept, approximated, dropped or refused, row by row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from needsassess.errors import DEFAULT_LANGUAGE, Catalogue, UserError
from needsassess.xlsform.wording import Said, say

if TYPE_CHECKING:
    from needsassess.engine import FormProblem

ERROR = "error"  # the form cannot be imported until this is fixed
APPROXIMATED = "approximated"  # kept, in a simpler form, for a stated reason
DROPPED = "dropped"  # left out, for a stated reason
NOTE = "note"  # kept; something the person should know


@dataclass(frozen=True)
class Entry:
    level: str
    sheet: str
    row: int | None
    column: str | None
    message: str
    problem: FormProblem | None = None  # the form check behind an error: it reads in every language
    said: Said | None = None  # our own sentence, worded in every language (wording.py)

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Why, in ``language`` (pyxform's own messages stay as pyxform wrote them)."""
        if self.problem is not None:
            message, todo = self.problem.parts(language)
            return f"{message}. {todo}"
        if self.said is not None:
            return self.said.render(language)
        return self.message

    def line(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The whole line as the command line prints it: ``approximated: survey row 5, column 'type': why``."""
        where: Said | str = say("{sheet} row {row}", sheet=self.sheet, row=self.row) if self.row else self.sheet
        if self.column:
            where = say("{where}, column '{column}'", where=where, column=self.column)
        return say("{level}: {where}: {message}", level=say(self.level), where=where,
                   message=self.text(language)).render(language)

    def __str__(self) -> str:
        return self.line(DEFAULT_LANGUAGE)


@dataclass
class ImportReport:
    entries: list[Entry] = field(default_factory=list)

    def add(self, level: str, sheet: str, row: int | None, column: str | None, message: str | Said,
            problem: FormProblem | None = None) -> None:
        said = message if isinstance(message, Said) else None
        self.entries.append(Entry(level, sheet, row, column, str(message), problem, said))

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
