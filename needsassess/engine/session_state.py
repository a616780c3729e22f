"""The mutable state of a FormSession, and the small value types it hands out.

Kept apart from the session's logic so the logic reads as rules and this as storage: answers,
calculated values and relevance are flat dictionaries keyed by (name, instance ids).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from needsassess.engine import messages
from needsassess.engine.datasets import DatasetSource
from needsassess.engine.model import Element, LocalText, Question

Ids = tuple[int, ...]
Key = tuple[str, Ids]


@dataclass(frozen=True)
class SessionContext:
    """Who and where: fills the metadata questions (deviceid, username)."""

    officer: str = ""
    device_id: str = ""
    datasets: DatasetSource | None = None  # lists used by selects from file and pulldata()


@dataclass(frozen=True)
class Problem:
    """Why an answer is not acceptable yet. ``kind``: "required", "constraint" or "invalid"."""

    name: str
    instance: tuple[int, ...]
    kind: str
    message: LocalText

    def text(self, language: str, fallback: str = "en") -> str:
        return self.message.get(language, fallback)

    @classmethod
    def required(cls, q: Question, instance: tuple[int, ...]) -> Problem:
        return cls(q.name, instance, "required", q.required_message or messages.REQUIRED)

    @classmethod
    def constraint(cls, q: Question, instance: tuple[int, ...]) -> Problem:
        return cls(q.name, instance, "constraint", q.constraint_message or messages.CONSTRAINT)

    @classmethod
    def filtered(cls, q: Question, instance: tuple[int, ...]) -> Problem:
        return cls(q.name, instance, "invalid", messages.CHOICE_FILTERED)


@dataclass(frozen=True)
class PageState:
    """A page for the page list: "untouched", "in_progress", "complete" or "problems"."""

    name: str
    label: LocalText | None
    state: str
    answered: int
    total: int
    problems: int


@dataclass
class State:
    values: dict[Key, Any] = field(default_factory=dict)  # answers given (document form)
    calculated: dict[Key, Any] = field(default_factory=dict)  # calculate results (document form)
    relevant: dict[Key, bool] = field(default_factory=dict)  # only False entries are stored
    problems: dict[Key, Problem] = field(default_factory=dict)
    instances: dict[tuple[str, Ids], list[int]] = field(default_factory=dict)  # (repeat, parent ids) → ids
    position: dict[int, int] = field(default_factory=dict)  # instance id → 0-based position
    repeat_of: dict[int, str] = field(default_factory=dict)  # instance id → its repeat's name
    _next: int = 0

    def new_id(self) -> int:
        self._next += 1
        return self._next

    def value_of(self, name: str, ids: Ids, element: Element) -> Any:
        key = (name, ids)
        if key in self.values:
            return self.values[key]
        return self.calculated.get(key)

    def effective(self, name: str, ids: Ids) -> Any:
        """The value expressions see: empty when not relevant."""
        key = (name, ids)
        if self.relevant.get(key, True) is False:
            return None
        if key in self.values:
            return self.values[key]
        return self.calculated.get(key)

    def expand(self, repeats: tuple[str, ...], prefix: Ids) -> Iterator[Ids]:
        """Every ids tuple of an element living in ``repeats`` that starts with ``prefix``."""
        if len(prefix) >= len(repeats):
            yield prefix[: len(repeats)]
            return
        repeat = repeats[len(prefix)]
        if len(prefix) + 1 == len(repeats):  # the common case, without recursion
            for instance_id in self.instances.get((repeat, prefix), ()):
                yield (*prefix, instance_id)
            return
        for instance_id in self.instances.get((repeat, prefix), ()):
            yield from self.expand(repeats, (*prefix, instance_id))

    def forget(self, key: Key) -> None:
        self.values.pop(key, None)
        self.calculated.pop(key, None)
        self.relevant.pop(key, None)
        self.problems.pop(key, None)
