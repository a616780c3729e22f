"""Canonical text of a tree (``to_source``) and what a tree reads (``references``, ``uses_current``).

The printed text parses back to the same tree, so forms can be rewritten (an XLSForm importer, a
renamed question) without losing meaning; parentheses appear only where precedence needs them.
"""

from __future__ import annotations

from decimal import Decimal

from needsassess.engine.expr.ast import (
    PRECEDENCE,
    UNARY_PRECEDENCE,
    Binary,
    Call,
    Column,
    Current,
    Negate,
    Node,
    Number,
    Ref,
    String,
    precedence,
)
from needsassess.engine.expr.errors import EvalError
from needsassess.engine.expr.signatures import choice_question
from needsassess.errors.engine_codes import ExprCode


def to_source(node: Node) -> str:
    """The canonical text of ``node``: ``parse(to_source(n)) == n`` for every parsed tree."""
    try:
        return _print(node)
    except RecursionError:
        raise EvalError(ExprCode.TOO_DEEP_TO_PRINT) from None


def _print(node: Node) -> str:
    if isinstance(node, Binary):
        own = PRECEDENCE[node.op]
        left = _wrap(node.left, precedence(node.left) < own)
        right = _wrap(node.right, precedence(node.right) <= own)
        return f"{left} {node.op} {right}"
    if isinstance(node, Negate):
        return "-" + _wrap(node.operand, precedence(node.operand) < UNARY_PRECEDENCE)
    if isinstance(node, Call):
        return f"{node.name}({', '.join(_print(arg) for arg in node.args)})"
    return _print_leaf(node)


def _print_leaf(node: Node) -> str:
    if isinstance(node, Number):
        return _number_text(node.value)
    if isinstance(node, String):
        return _string_text(node.value)
    if isinstance(node, Ref):
        return f"${{{node.name}}}"
    if isinstance(node, Column):
        return node.name
    if isinstance(node, Current):
        return "."
    raise EvalError(ExprCode.UNPRINTABLE_NODE, kind=type(node).__name__)


def _wrap(node: Node, needed: bool) -> str:
    text = _print(node)
    return f"({text})" if needed else text


def _number_text(value: int | float) -> str:
    """Digits only (no exponent), with a '.' for floats so they read back as floats."""
    if isinstance(value, int):
        return str(int(value))
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
        if "." not in text:
            text += ".0"
    return text


def _string_text(value: str) -> str:
    """A quoted literal. XPath has no escapes: text holding both quote kinds becomes a concat()."""
    if "'" not in value:
        return f"'{value}'"
    if '"' not in value:
        return f'"{value}"'
    parts = [_string_text(part) for part in value.split("'")]
    return "concat(" + ", \"'\", ".join(parts) + ")"


def references(node: Node) -> frozenset[str]:
    """Every question name the expression reads: ``${name}`` and jr:choice-name's quoted question."""
    names: set[str] = set()
    stack: list[Node] = [node]
    while stack:  # iterative: a long chain of operators is a deep tree
        sub = stack.pop()
        if isinstance(sub, Ref):
            names.add(sub.name)
        elif isinstance(sub, Binary):
            stack.append(sub.left)
            stack.append(sub.right)
        elif isinstance(sub, Call):
            stack.extend(sub.args)
            question = choice_question(sub.args[1]) if sub.name == "jr:choice-name" and len(sub.args) == 2 \
                else None
            if question:
                names.add(question)
        elif isinstance(sub, Negate):
            stack.append(sub.operand)
    return frozenset(names)


def uses_current(node: Node) -> bool:
    """True when the expression reads ``.`` (directly, or through once())."""
    return any(
        isinstance(sub, Current) or (isinstance(sub, Call) and sub.name == "once") for sub in node.walk()
    )
