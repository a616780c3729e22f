"""The errors raised for broken form definitions and for bad answers.

Every message a form author sees comes from ``FormErrorCode`` (in the error catalogue, with its
Nepali and Uzbek texts): one entry per kind of mistake, so messages stay consistent and are tested
one by one. A ``FormProblem`` says where (file, line, question, column), what is wrong, and what to
do, in the reader's language.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from needsassess.errors import DEFAULT_LANGUAGE, Phrase, UserError
from needsassess.errors.engine_codes import AnswerValueCode
from needsassess.errors.form_codes import FormErrorCode as FormErrorCode  # re-exported: the engine raises with it
from needsassess.errors.form_codes import FormWhere
from needsassess.errors.geo_codes import GeoEntryCode

if TYPE_CHECKING:
    from needsassess.engine.answers import AnswerValueError


def did_you_mean(value: str, options: Iterable[str]) -> Phrase | str:
    """A ``" (did you mean 'x'?)"`` suffix (worded in the reader's language), or "" when nothing is close."""
    matches = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return Phrase(FormWhere.DID_YOU_MEAN, name=matches[0]) if matches else ""


@dataclass(frozen=True)
class FormProblem:
    """One located problem of a form definition: a catalogue entry, its values, and where.

    ``text(language)`` words it for the reader; ``message`` and ``todo`` are the English parts.
    """

    code: FormErrorCode
    file: str
    values: Mapping[str, object]
    line: int | None = None
    question: str | None = None
    column: str | None = None

    @property
    def message(self) -> str:
        return self.code.render(DEFAULT_LANGUAGE, self.values)

    @property
    def todo(self) -> str:
        return self.code.todo.render(DEFAULT_LANGUAGE, self.values)

    def parts(self, language: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
        """What is wrong and what to do, in ``language``."""
        return self.code.render(language, self.values), self.code.todo.render(language, self.values)

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        where = [self.file + (f":{self.line}" if self.line else "")]
        if self.question:
            where.append(FormWhere.QUESTION.render(language, {"name": self.question}))
        if self.column:
            where.append(FormWhere.COLUMN.render(language, {"name": self.column}))
        message, todo = self.parts(language)
        return f"{', '.join(where)}: {message}. {todo}"

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


def make_problem(
    code: FormErrorCode,
    file: str,
    *,
    line: int | None = None,
    question: str | None = None,
    column: str | None = None,
    **values: object,
) -> FormProblem:
    values.setdefault("suggestion", "")
    return FormProblem(code=code, file=file, values=values, line=line, question=question, column=column)


class FormLoadError(UserError):
    """A form definition was refused; ``problems`` lists every located problem found."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return "\n".join(p.text(language) for p in self.problems)


@dataclass(frozen=True)
class AnswerProblem:
    """One answer that cannot be accepted: which question, which instance, and why.

    The reason is a catalogue entry and its values (never finished text), so the entry window words
    it in the officer's language and the CLI in English: ``text(language)``; ``message`` is English.
    """

    name: str
    instance: tuple[int, ...]
    reason: AnswerValueCode | GeoEntryCode
    params: Mapping[str, object] = field(default_factory=dict)

    @classmethod
    def refused(cls, name: str, instance: tuple[int, ...], err: AnswerValueError) -> AnswerProblem:
        """The problem for a value ``coerce_answer`` refused."""
        return cls(name, instance, err.reason, err.params)

    @property
    def message(self) -> str:
        return self.reason.render(DEFAULT_LANGUAGE, self.params)

    def reason_text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """Why, alone (as shown under the question)."""
        return self.reason.render(language, self.params)

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        where = self.name + "".join(f"[{i + 1}]" for i in self.instance)
        return f"{where}: {self.reason_text(language)}"

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)


class AnswerError(UserError):
    """One or more answers were refused (wrong type, out of range, unknown choice or question)."""

    def __init__(self, problems: Sequence[AnswerProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return "\n".join(p.text(language) for p in self.problems)
