"""The catalogue of form-definition errors, and the errors raised for bad answers.

Every message a form author sees comes from ``FormErrorCode``: one template per kind of mistake,
so messages stay consistent and are tested one by one. A ``FormProblem`` says where (file, line,
question, column), what is wrong, and what to do.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING

from needsassess.errors import DEFAULT_LANGUAGE, UserError
from needsassess.errors.engine_codes import AnswerValueCode

if TYPE_CHECKING:
    from needsassess.engine.answers import AnswerValueError


class FormErrorCode(Enum):
    """What can be wrong in a form definition: (message template, what to do)."""

    BAD_FILE = ("cannot read the file: {detail}", "Check the path and the file's permissions.")
    BAD_YAML = ("not valid YAML: {detail}", "Fix the indentation or quoting near that line.")
    NOT_A_MAPPING = ("expected {expected}, found {found}", "See docs/forms.md for the shape of a form.")
    MISSING_KEY = ("'{key}' is missing", "Add '{key}'; see docs/forms.md.")
    UNKNOWN_KEY = ("unknown column '{key}'{suggestion}", "Remove it or correct its spelling.")
    UNKNOWN_TYPE = ("unknown type '{value}'{suggestion}", "Use one of the types in docs/forms.md.")
    BAD_NAME = (
        "'{value}' is not a valid name",
        "Use letters, digits and '_', starting with a letter or '_' (e.g. 'households_served').",
    )
    DUPLICATE_NAME = ("the name '{value}' is already used (line {other_line})", "Give each row its own name.")
    BAD_VALUE = ("'{value}' is not valid here: {detail}", "{todo}")
    SYNTAX = ("expression error: {detail}", "Correct the expression; see docs/expressions.md.")
    UNKNOWN_REFERENCE = ("refers to '${{{value}}}', which is not in this form{suggestion}",
                         "Use the name of a question of this form.")
    REPEAT_REFERENCE = (
        "reads '${{{value}}}' inside the repeat '{repeat}' from outside it",
        "Use an aggregate such as sum(${{{value}}}), count(${{{value}}}) or indexed-repeat().",
    )
    MISSING_CHOICES = ("the choice list '{value}' does not exist{suggestion}", "Add it under 'choices:'.")
    EMPTY_CHOICES = ("the choice list '{value}' has no choices", "Add at least one choice.")
    DUPLICATE_CHOICE = ("the choice '{value}' appears twice in the list '{list}'", "Give each choice its own name.")
    UNKNOWN_CHOICE_COLUMN = (
        "choice_filter uses the column '{value}', which no choice of '{list}' has",
        "Add that column to the choices or correct the filter.",
    )
    DEFAULT_INVALID = ("the default '{value}' is not a valid answer: {detail}", "Change the default.")
    DEFAULT_FAILS_CONSTRAINT = (
        "the default '{value}' fails the question's own constraint",
        "Change the default or the constraint.",
    )
    DEFAULT_CONSTRAINT_ERROR = (
        "the question's constraint cannot be computed for the default '{value}': {detail}",
        "Correct the constraint or the default; see docs/expressions.md.",
    )
    CYCLE = ("calculations depend on each other in a circle: {detail}", "Break the circle.")
    MISSING_TRANSLATION = (
        "has no text in '{lang}'",
        "Add a '{lang}' text; every text needs every language the form declares.",
    )
    MISSING_LABEL = ("has no label", "Add a label so the officer knows what to answer.")
    MISSING_CALCULATION = ("a calculate row needs a 'calculation'", "Add the expression it computes.")
    EMPTY_GROUP = ("the group '{value}' has no questions", "Add questions under 'children:' or remove it.")
    MISPLACED = ("'{key}' does not apply to a {kind}", "Remove it.")
    YAML_ALIAS = ("the YAML alias '*{value}' is refused",
                  "Write the value out in full where it is used: forms do not read anchors and aliases.")
    TOO_LARGE = ("the form is too large: {detail}",
                 "Split it into smaller forms, or move a long choice list into a dataset; docs/forms.md "
                 "lists the limits.")
    OVER_BUDGET = ("{detail}", "Shorten what the expression builds; docs/expressions.md gives the limits.")
    INCLUDE_MISSING = ("the included file '{value}' cannot be read: {detail}",
                       "Put the shared file next to the form (e.g. forms/_site.yaml) or correct 'file'.")
    INCLUDE_LOOP = ("the included file '{value}' includes itself: {detail}",
                    "Remove the include row that closes the circle.")
    INCLUDE_BAD = ("the included file '{value}' is not a shared block: {detail}",
                   "A shared block has 'survey:' (a list of rows) and optionally 'choices:'; see docs/forms.md.")
    INCLUDE_CLASH = ("the choice list '{value}' is defined both in the form and in '{block}'",
                     "Keep one definition: remove the list from the form or rename it.")

    @property
    def template(self) -> str:
        return self.value[0]

    @property
    def todo(self) -> str:
        return self.value[1]


def did_you_mean(value: str, options: Iterable[str]) -> str:
    """A ``" (did you mean 'x'?)"`` suffix, or "" when nothing is close."""
    matches = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


@dataclass(frozen=True)
class FormProblem:
    code: FormErrorCode
    file: str
    message: str
    todo: str
    line: int | None = None
    question: str | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = [where]
        if self.question:
            parts.append(f"question '{self.question}'")
        if self.column:
            parts.append(f"column '{self.column}'")
        return f"{', '.join(parts)}: {self.message}. {self.todo}"


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
    text = {k: str(v) for k, v in values.items()}
    return FormProblem(
        code=code,
        file=file,
        message=code.template.format(**text),
        todo=code.todo.format(**text),
        line=line,
        question=question,
        column=column,
    )


class FormLoadError(UserError):
    """A form definition was refused; ``problems`` lists every located problem found."""

    def __init__(self, problems: Sequence[FormProblem]) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


@dataclass(frozen=True)
class AnswerProblem:
    """One answer that cannot be accepted: which question, which instance, and why.

    The reason is a catalogue entry and its values (never finished text), so the entry window words
    it in the officer's language and the CLI in English: ``text(language)``; ``message`` is English.
    """

    name: str
    instance: tuple[int, ...]
    reason: AnswerValueCode
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
