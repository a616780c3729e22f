"""A Resolver over plain mappings: evaluates expressions against an answers dict without a session.

Useful for checks and tools (e.g. computing a title from an answers file) and as the resolver tests
use. A list value stands for a question inside a repeat: one entry per instance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from needsassess.engine.expr.values import Value

AnswerValue = Value | Sequence[Value]


@dataclass
class MappingResolver:
    """Answers by name; ``instance`` is the 1-based repeat instance being computed (0: not in a repeat)."""

    answers: Mapping[str, AnswerValue] = field(default_factory=dict)
    current_value: Value = None
    instance: int = 0
    labels: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # question -> choice -> label
    columns: Mapping[str, Value] = field(default_factory=dict)  # the choice under a choice_filter
    clock: dt.datetime | None = None  # None: the real clock

    def value(self, name: str) -> Value:
        answer = self.answers.get(name)
        if isinstance(answer, str) or not isinstance(answer, Sequence):
            return answer
        return self._instance_value(answer, self.instance)

    def values(self, name: str) -> list[Value]:
        if name not in self.answers:
            return []
        answer = self.answers[name]
        if isinstance(answer, str) or not isinstance(answer, Sequence):
            return [answer]
        return list(answer)

    def current(self) -> Value:
        return self.current_value

    def position(self) -> int:
        return self.instance

    def indexed(self, name: str, repeat: str, index: int) -> Value:
        answer = self.answers.get(name)
        if isinstance(answer, str) or not isinstance(answer, Sequence):
            return answer if index == 1 else None
        return self._instance_value(answer, index)

    def choice_label(self, question: str, choice: str) -> str:
        return self.labels.get(question, {}).get(choice, choice)

    def column(self, name: str) -> Value:
        return self.columns.get(name)

    def pulldata(self, dataset: str, column: str, key_column: str, key: str) -> Value:
        return ""  # no datasets outside a session

    def now(self) -> dt.datetime:
        return self.clock if self.clock is not None else dt.datetime.now()

    @staticmethod
    def _instance_value(answer: Sequence[Value], index: int) -> Value:
        return answer[index - 1] if 1 <= index <= len(answer) else None
