"""One msgspec type per form version that vouches for a whole answers document in a single C call.

An import checks 10,000 documents of the same few form versions, about thirty answers each; a
Python predicate per answer (``documents.AnswerChecker``) made that the largest part of an import.
This module turns each level of a form (the top, each repeat) into a ``msgspec.Struct`` that
refuses unknown names and whose fields accept only what the answer's predicate accepts: text that
is not blank and not too long, integers in the safe range, decimals in range, geopoints with known
parts in range, a select_one among its choices, a calculation's scalar. ``msgspec.convert`` of an
answers document then checks all of them at once.

It only ever vouches: a document it refuses goes through the predicates and the engine's coercion
exactly as before, which accept it or refuse it with the reason. Answers it cannot express
(dates, select_multiple order, photos and the rest) are typed ``Any`` here and named in
``Residue`` for the checker to look at in Python, level by level.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

import msgspec

from needsassess.engine.model import ChoiceList, Form, QType, Question, Repeat

MAX_INSTANCES = 10_000
MAX_TEXT = 10_000
_SAFE_INT = 2**53
_MAX_DECIMAL = 1e15

# Each mirrors its predicate in ``sync.documents`` (a test compares them over generated values).
_Text = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_TEXT, pattern=r"\S")]  # re.search
_Integer = Annotated[int, msgspec.Meta(gt=-_SAFE_INT, lt=_SAFE_INT)]  # bool is not an int here
_Decimal = Annotated[float, msgspec.Meta(gt=-_MAX_DECIMAL, lt=_MAX_DECIMAL)]  # ints accepted, as there


class _Geopoint(msgspec.Struct, forbid_unknown_fields=True):
    """Latitude and longitude required and in range; altitude and accuracy optional, never null."""

    lat: Annotated[float, msgspec.Meta(ge=-90, le=90)]
    lon: Annotated[float, msgspec.Meta(ge=-180, le=180)]
    alt: _Decimal = 0.0
    accuracy: Annotated[float, msgspec.Meta(ge=0, lt=_MAX_DECIMAL)] = 0.0


_PLAIN: dict[QType, Any] = {
    QType.TEXT: _Text,
    QType.INTEGER: _Integer,
    QType.DECIMAL: _Decimal,
    QType.GEOPOINT: _Geopoint,
    QType.CALCULATE: str | int | float | bool,
}
_LITERAL: Any = Literal  # built from the choice names at run time


def answer_type(question: Question, choices: ChoiceList | None) -> Any:
    """The type vouching for ``question``'s values, or None when only Python can check them."""
    if question.type is QType.SELECT_ONE:
        names = tuple(c.name for c in choices.choices) if choices is not None else ()
        return _LITERAL[names] if names else None
    return _PLAIN.get(question.type)


@dataclass
class Residue:
    """Per level (repeat name, "" at the top): the names the type left to Python (``Any``), and the
    repeats whose instances hold such names."""

    names: dict[str, list[str]] = field(default_factory=dict)

    def at(self, level: str) -> list[str]:
        return self.names.get(level, [])


@dataclass(frozen=True)
class AnswersType:
    """The top level's struct and what it leaves to Python."""

    struct: type[msgspec.Struct]
    residue: Residue

    def vouches(self, answers: dict[str, Any]) -> bool:
        """Whether every answer the type expresses fits (no unknown names, at any level)."""
        try:
            msgspec.convert(answers, self.struct)
        except msgspec.ValidationError:
            return False
        return True


def answers_type(form: Form, elements: Mapping[str, Mapping[str, Question | Repeat]]) -> AnswersType:
    """Build the structs of ``form``, whose elements are given level by level (as the checker holds them)."""
    residue = Residue()
    structs: dict[str, Any] = {}

    def build(level: str) -> Any:
        fields: list[tuple[str, Any, Any]] = []
        rename: dict[str, str] = {}
        left: list[str] = []
        for index, (name, element) in enumerate(elements[level].items()):
            if isinstance(element, Repeat):
                inner = structs.get(element.name) or build(element.name)
                kind: Any = Annotated[list[inner], msgspec.Meta(max_length=MAX_INSTANCES)]  # type: ignore[valid-type]
                if residue.at(element.name):
                    left.append(name)  # msgspec checks the list; Python looks inside for the residue
            else:
                choices = form.choices.get(element.list_name) if element.list_name else None
                kind = answer_type(element, choices)
                if kind is None:
                    kind = Any
                    left.append(name)
            # Question names need not be Python identifiers: fields are numbered, renamed to them.
            fields.append((f"f{index}", kind | None, None))
            rename[f"f{index}"] = name
        if left:
            residue.names[level] = left
        struct = msgspec.defstruct(f"Level_{level or 'top'}", fields, rename=rename, forbid_unknown_fields=True)
        structs[level] = struct
        return struct

    return AnswersType(build(""), residue)
