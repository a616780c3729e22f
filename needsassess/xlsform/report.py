"""What an XLSForm import kept, approximated, dropped or refused, row by row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from needsassess.errors import DEFAULT_LANGUAGE, UserError

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

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Why, in ``language`` when the entry is a form check's problem, else as reported (English)."""
        if self.problem is None:
            return self.message
        message, todo = self.problem.parts(language)
        return f"{message}. {todo}"

    def __str__(self) -> str:
        where = self.sheet + (f" row {self.row}" if self.row else "") + (f", column '{self.column}'" if self.column
                                                                          else "")
        return f"{self.level}: {where}: {self.message}"


@dataclass
class ImportReport:
    entries: list[Entry] = field(default_factory=list)

    def add(self, level: str, sheet: str, row: int | None, column: str | None, message: str,
            problem: FormProblem | None = None) -> None:
        self.entries.append(Entry(level, sheet, row, column, message, problem))

    @property
    def errors(self) -> list[Entry]:
        return [e for e in self.entries if e.level == ERROR]

    def lines(self) -> list[str]:
        return [str(e) for e in self.entries]


class XLSFormError(UserError):
    """The spreadsheet cannot be imported; ``report`` says every reason, located."""

    def __init__(self, report: ImportReport, summary: str) -> None:
        self.report = report
        super().__init__("\n".join([summary, *report.lines()]))
