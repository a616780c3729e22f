"""What an expression needs from its surroundings (the session): answers, repeats, labels, the clock.

Kept as a Protocol so the evaluator never imports the session, and tests can pass a small fake.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol, TypeAlias

from needsassess.engine.expr.ast import Node
from needsassess.engine.expr.values import Value


class Resolver(Protocol):
    def value(self, name: str) -> Value:
        """``${name}``: in the same repeat instance when the expression sits inside that repeat."""

    def values(self, name: str) -> list[Value]:
        """Every instance of ``${name}`` in scope (sum, count, min, max, join); a repeat: one per instance."""

    def current(self) -> Value:
        """``.``: the value of the question the expression belongs to."""

    def position(self) -> int:
        """1-based index of the current repeat instance, 0 outside repeats."""

    def indexed(self, name: str, repeat: str, index: int) -> Value:
        """``indexed-repeat(${name}, ${repeat}, index)``; index is 1-based."""

    def choice_label(self, question: str, choice: str) -> str:
        """The label of ``choice`` in the list of select question ``question``."""

    def column(self, name: str) -> Value:
        """A bare name in a choice_filter: that column of the choice being filtered."""

    def pulldata(self, dataset: str, column: str, key_column: str, key: str) -> Value:
        """``pulldata()``: ``column`` of the first row of a dataset or choice list whose ``key_column`` is ``key``."""

    def now(self) -> dt.datetime:
        """The clock (injected, so tests and reports can fix it)."""


Compiled: TypeAlias = Callable[[Resolver], Value]
# Builds the closure of a call from its argument trees and their compiled closures.
Builder: TypeAlias = Callable[[tuple[Node, ...], list[Compiled]], Compiled]
