"""The expression tree: small frozen dataclasses, compared by value, so a parsed form can be checked,
printed back (``to_source``) and compiled without keeping the text around.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

# Binding strength of binary operators, weakest first (XPath 1.0).
PRECEDENCE: dict[str, int] = {
    "or": 1,
    "and": 2,
    "=": 3, "!=": 3,
    "<": 4, "<=": 4, ">": 4, ">=": 4,
    "+": 5, "-": 5,
    "*": 6, "div": 6, "mod": 6,
}
UNARY_PRECEDENCE = 7
PRIMARY_PRECEDENCE = 8


@dataclass(frozen=True, slots=True)
class Node:
    """Base of every expression node."""

    def children(self) -> tuple[Node, ...]:
        return ()

    def walk(self) -> Iterator[Node]:
        """This node and every node below it, without recursion (trees can be deep)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed(node.children()))


@dataclass(frozen=True, slots=True)
class Number(Node):
    """A number literal (never negative: ``-3`` is ``Negate(Number(3))``)."""

    value: int | float


@dataclass(frozen=True, slots=True)
class String(Node):
    """A quoted text literal."""

    value: str


@dataclass(frozen=True, slots=True)
class Ref(Node):
    """``${name}``: another answer."""

    name: str


@dataclass(frozen=True, slots=True)
class Current(Node):
    """``.``: the answer of the question the expression belongs to."""


@dataclass(frozen=True, slots=True)
class Column(Node):
    """A bare name in a choice_filter: a column of the choice being filtered."""

    name: str


@dataclass(frozen=True, slots=True)
class Negate(Node):
    """Unary minus."""

    operand: Node

    def children(self) -> tuple[Node, ...]:
        return (self.operand,)


@dataclass(frozen=True, slots=True)
class Binary(Node):
    """A binary operator: one of the keys of ``PRECEDENCE``."""

    op: str
    left: Node
    right: Node

    def children(self) -> tuple[Node, ...]:
        return (self.left, self.right)


@dataclass(frozen=True, slots=True)
class Call(Node):
    """A function call; ``name`` is a key of ``functions.FUNCTIONS``."""

    name: str
    args: tuple[Node, ...] = ()

    def children(self) -> tuple[Node, ...]:
        return self.args


def precedence(node: Node) -> int:
    if isinstance(node, Binary):
        return PRECEDENCE[node.op]
    if isinstance(node, Negate):
        return UNARY_PRECEDENCE
    return PRIMARY_PRECEDENCE
