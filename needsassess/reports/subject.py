"""What a report is made from, independent of how the store keeps it.

The report builder reads a :class:`ReportSubject` (one assessment) or a stream of :class:`SummaryItem`
(many); the command line and the window adapt store records to them. That keeps the PDF code testable
with a form built in a test and answers typed inline, and unaffected by changes in the store's classes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from needsassess.engine.datasets import DatasetSource
from needsassess.engine.model import Form
from needsassess.errors import UserError
from needsassess.locale import Conventions

Instance = tuple[int, ...]
PaperName = Literal["a4", "letter"]


def paper_name(setting: str | None) -> PaperName:
    """A paper setting ("A4", "Letter", in any case) as a report's paper name; A4 when unknown."""
    return "letter" if (setting or "").lower() == "letter" else "a4"


class ReportError(UserError):
    """A report cannot be made from this input (unknown language, unwritable output, ...)."""


class Relevance(Protocol):
    """Skip logic and required-ness per question and repeat instance (a FormSession satisfies it)."""

    def relevant(self, name: str, instance: Instance = ()) -> bool: ...

    def required(self, name: str, instance: Instance = ()) -> bool: ...


class StaticRelevance:
    """Relevance without the engine: everything is relevant, and required means ``required: true``.

    Used when no session is given; a complete assessment's document already lacks the answers of
    non-relevant questions (they are dropped at finalize), so this only errs on drafts.
    """

    def __init__(self, form: Form) -> None:
        self._required = {
            q.name
            for q in form.questions()
            if q.required is not None and q.required.source.strip() in ("true", "true()", "yes")
        }

    def relevant(self, name: str, instance: Instance = ()) -> bool:
        return True

    def required(self, name: str, instance: Instance = ()) -> bool:
        return name in self._required


def _no_photos(_sha256: str) -> Path | None:
    return None


@dataclass
class ReportSubject:
    """One assessment to print: its form, its answers and the identity printed on every page."""

    form: Form
    answers: Mapping[str, Any]
    uuid: str
    revision: int = 1
    status: str = "draft"
    content_hash: str = ""
    officer: str = ""
    created_at: object = None
    updated_at: object = None
    finalized_at: object = None
    photo_path: Callable[[str], Path | None] = _no_photos
    relevance: Relevance | None = None
    datasets: DatasetSource | None = None  # the lists behind selects from a file (their rows' labels)

    @property
    def is_draft(self) -> bool:
        return self.status != "complete"

    def rules(self) -> Relevance:
        return self.relevance if self.relevance is not None else StaticRelevance(self.form)


@dataclass
class SummaryItem:
    """One assessment as the summary reads it: identity, site and answers (no photos)."""

    uuid: str
    form_id: str
    form_version: str
    status: str
    revision: int
    site: str
    answers: Mapping[str, Any] = field(default_factory=dict)
    updated_at: object = None


LatLon = tuple[float, float]


@dataclass(frozen=True)
class BoundaryRings:
    """Outlines drawn under a map's features (countries, districts): rings of (lat, lon) and their credit."""

    rings: Sequence[Sequence[LatLon]]
    attribution: str = ""


# The boundary rings to draw in a map's (west, south, east, north) box, or None.
BoundarySource = Callable[[tuple[float, float, float, float]], BoundaryRings | None]


@dataclass(frozen=True)
class ReportOptions:
    """How to print: language, paper, and the project name in the page header."""

    lang: str = "en"
    paper: PaperName = "a4"
    project: str | None = None  # None: the translated default ("Field needs assessment")
    generated: object = None  # the generation date printed in footers; None: today
    digits: str | None = None  # "latin" or "devanagari"; None: the language's default (Nepali: Devanagari)
    basemap: str = ""  # an MBTiles file drawn under the maps ("": a graticule); settings.basemap_path
    boundaries: BoundarySource | None = None  # outlines drawn under the maps' features

    def conventions(self) -> Conventions:
        """How this report writes numbers and dates (needsassess.locale)."""
        return Conventions.for_language(self.lang, self.digits)
