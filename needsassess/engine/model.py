"""The typed, immutable model of a form definition.

``forms/*.yaml`` is parsed by ``loader`` into these frozen dataclasses, once, with every check done at
load; after that the rest of the app (session, store, reports, window) trusts them. Column names and
meanings follow XLSForm, so that people who know ODK or Kobo recognise them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from needsassess.engine.expr.ast import Node


class QType(StrEnum):
    """Question types (XLSForm names)."""

    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"
    DATE = "date"
    TIME = "time"
    SELECT_ONE = "select_one"
    SELECT_MULTIPLE = "select_multiple"
    GEOPOINT = "geopoint"
    GEOTRACE = "geotrace"  # a line: a list of points
    GEOSHAPE = "geoshape"  # a closed area: a list of points, the first again at the end
    IMAGE = "image"
    NOTE = "note"
    CALCULATE = "calculate"
    ACKNOWLEDGE = "acknowledge"
    BARCODE = "barcode"
    # Metadata, recorded automatically, never shown as questions.
    START = "start"
    END = "end"
    TODAY = "today"
    DEVICEID = "deviceid"
    USERNAME = "username"


INPUT_TYPES = frozenset(
    {
        QType.TEXT, QType.INTEGER, QType.DECIMAL, QType.DATE, QType.TIME, QType.SELECT_ONE,
        QType.SELECT_MULTIPLE, QType.GEOPOINT, QType.IMAGE, QType.ACKNOWLEDGE, QType.BARCODE,
        QType.GEOTRACE, QType.GEOSHAPE,
    }
)
METADATA_TYPES = frozenset({QType.START, QType.END, QType.TODAY, QType.DEVICEID, QType.USERNAME})
NUMERIC_TYPES = frozenset({QType.INTEGER, QType.DECIMAL})


@dataclass(frozen=True)
class LocalText:
    """A translatable text: language code → text."""

    texts: Mapping[str, str]

    def get(self, lang: str, fallback: str = "en") -> str:
        """The text in ``lang``, else in ``fallback``, else any language we have."""
        if lang in self.texts:
            return self.texts[lang]
        if fallback in self.texts:
            return self.texts[fallback]
        return next(iter(self.texts.values()), "")

    def languages(self) -> frozenset[str]:
        return frozenset(self.texts)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.texts.items())))


@dataclass(frozen=True)
class Expression:
    """A parsed expression with the text it came from (kept for messages and export)."""

    source: str
    node: Node
    refs: frozenset[str]  # question names it reads (``${name}``)
    uses_current: bool  # reads ``.`` (the question's own value)

    def __hash__(self) -> int:
        return hash(self.source)


@dataclass(frozen=True)
class Choice:
    name: str
    label: LocalText
    # Extra columns (e.g. ``country`` for a cascading select's choice_filter), as in XLSForm.
    extras: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    def __hash__(self) -> int:
        return hash(self.name)


@dataclass(frozen=True)
class ChoiceList:
    name: str
    choices: tuple[Choice, ...]

    def get(self, name: str) -> Choice | None:
        for choice in self.choices:
            if choice.name == name:
                return choice
        return None

    def names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.choices)


@dataclass(frozen=True)
class Question:
    """One row of the survey that holds (or computes) a value."""

    name: str
    type: QType
    label: LocalText | None = None
    hint: LocalText | None = None
    required: Expression | None = None  # ``true`` is stored as an expression too
    required_message: LocalText | None = None
    constraint: Expression | None = None
    constraint_message: LocalText | None = None
    relevant: Expression | None = None
    calculation: Expression | None = None
    default: str | None = None
    choice_filter: Expression | None = None
    read_only: bool = False
    appearance: str | None = None
    list_name: str | None = None  # for select_one / select_multiple
    parameters: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # Where it sits: the enclosing group and repeat names, outermost first.
    parents: tuple[str, ...] = ()
    repeats: tuple[str, ...] = ()  # enclosing repeats, outermost first
    # The range a coordinator expects (low, high; either open): a value outside is accepted but
    # flagged for review (analysis.quality), unlike a constraint, which refuses it.
    plausible: tuple[float | None, float | None] | None = None

    @property
    def is_input(self) -> bool:
        return self.type in INPUT_TYPES

    def __hash__(self) -> int:
        return hash(self.name)


@dataclass(frozen=True)
class Group:
    """A group of questions; a top-level group is one page of the form."""

    name: str
    label: LocalText | None
    children: tuple[Element, ...]
    relevant: Expression | None = None
    appearance: str | None = None
    parents: tuple[str, ...] = ()
    repeats: tuple[str, ...] = ()  # enclosing repeats, outermost first (not including itself)

    def walk(self) -> Iterator[Element]:
        """Every element below this one, depth first, in form order."""
        for child in self.children:
            yield child
            if isinstance(child, Group):
                yield from child.walk()

    def __hash__(self) -> int:
        return hash(self.name)


@dataclass(frozen=True)
class Repeat(Group):
    """A group answered any number of times (pits, river segments, dumpsites...)."""

    repeat_count: Expression | None = None
    # Bounds when repeat_count is not set; None means no upper limit.
    min_count: int = 0
    max_count: int | None = None

    def __hash__(self) -> int:
        return hash(self.name)


Element = Union[Question, Group]  # noqa: UP007 - a runtime alias; Repeat is a Group


@dataclass(frozen=True)
class Settings:
    instance_name: Expression | None = None  # the assessment's title in lists
    site: Expression | None = None  # the site column in lists and reports
    # Record paradata (time per page and question) for this form: XLSForm's ``audit`` type maps to
    # it (docs/xlsform.md). The window records it for every form; this marks a form that asks for it.
    paradata: bool = False


@dataclass(frozen=True)
class Form:
    form_id: str
    version: str
    title: LocalText
    default_language: str
    languages: tuple[str, ...]
    survey: tuple[Element, ...]
    choices: Mapping[str, ChoiceList]
    settings: Settings = Settings()
    description: LocalText | None = None
    source: Path | None = None
    # Built by the loader: name → element, for every question, group and repeat.
    elements: Mapping[str, Element] = field(default_factory=lambda: MappingProxyType({}))

    def walk(self) -> Iterator[Element]:
        for element in self.survey:
            yield element
            if isinstance(element, Group):
                yield from element.walk()

    def questions(self) -> Iterator[Question]:
        for element in self.walk():
            if isinstance(element, Question):
                yield element

    def question(self, name: str) -> Question:
        element = self.elements[name]
        if not isinstance(element, Question):
            raise KeyError(name)
        return element

    def repeat(self, name: str) -> Repeat:
        element = self.elements[name]
        if not isinstance(element, Repeat):
            raise KeyError(name)
        return element

    def pages(self) -> tuple[Group, ...]:
        """One page per top-level group; loose top-level questions are gathered by the loader."""
        return tuple(e for e in self.survey if isinstance(e, Group))

    def title_in(self, lang: str) -> str:
        return self.title.get(lang, self.default_language)

    def __hash__(self) -> int:
        return hash((self.form_id, self.version))
