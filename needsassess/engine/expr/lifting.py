"""Helpers that turn plain value functions into call builders, so each function is written once as
ordinary Python over values and the closure plumbing lives here.
"""

from __future__ import annotations

from collections.abc import Callable

from needsassess.engine.expr.ast import Node, Ref
from needsassess.engine.expr.resolver import Builder, Compiled, Resolver
from needsassess.engine.expr.values import Value


def lift0(fn: Callable[[Resolver], Value]) -> Builder:
    def build(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
        return fn

    return build


def lift1(fn: Callable[[Value], Value], *, default_current: bool = False) -> Builder:
    """One argument; with ``default_current`` a call without arguments reads ``.`` (XPath's context)."""

    def build(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
        if not fns and default_current:
            return lambda r: fn(r.current())
        first = fns[0]
        return lambda r: fn(first(r))

    return build


def lift2(fn: Callable[[Value, Value], Value]) -> Builder:
    def build(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
        first, second = fns
        return lambda r: fn(first(r), second(r))

    return build


def lift3(fn: Callable[[Value, Value, Value], Value], default: Value = None) -> Builder:
    """Three arguments; a missing third one is ``default``."""

    def build(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
        first, second = fns[0], fns[1]
        if len(fns) < 3:
            return lambda r: fn(first(r), second(r), default)
        third = fns[2]
        return lambda r: fn(first(r), second(r), third(r))

    return build


def lift_many(fn: Callable[[list[Value]], Value]) -> Builder:
    """Any number of arguments, each one value."""

    def build(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
        return lambda r: fn([f(r) for f in fns])

    return build


def lift_nodesets(fn: Callable[[list[Value]], Value]) -> Builder:
    """Any number of arguments; a ``${name}`` argument brings every instance of that question."""

    def build(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
        parts = [expander(arg, f) for arg, f in zip(args, fns, strict=True)]

        def run(r: Resolver) -> Value:
            gathered: list[Value] = []
            for part in parts:
                gathered.extend(part(r))
            return fn(gathered)

        return run

    return build


def expander(arg: Node, fn: Compiled) -> Callable[[Resolver], list[Value]]:
    """A ``${name}`` argument as every instance of the question; anything else as its one value."""
    if isinstance(arg, Ref):
        name = arg.name
        return lambda r: list(r.values(name))
    return lambda r: [fn(r)]
