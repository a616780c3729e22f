"""Turns a tree into nested closures once (``compile_expr``), so each later evaluation is a few plain
calls: no walking the tree, no looking up operators or functions by name.
"""

from __future__ import annotations

from needsassess.engine.expr.ast import Binary, Call, Column, Current, Negate, Node, Number, Ref, String
from needsassess.engine.expr.errors import EvalError
from needsassess.engine.expr.functions import BUILDERS
from needsassess.engine.expr.operators import BINARY, negate
from needsassess.engine.expr.resolver import Compiled, Resolver
from needsassess.engine.expr.signatures import arity_problem
from needsassess.engine.expr.values import Value, truthy
from needsassess.errors.engine_codes import ExprCode

# Parsed trees are far shallower (see parser.MAX_OPERATIONS); the bound matters for trees built by
# hand, whose closures would otherwise recurse past Python's stack when called.
MAX_DEPTH = 300


def compile_expr(node: Node) -> Compiled:
    """A function of a Resolver computing ``node``; raises only EvalError, now or when called."""
    if _depth(node) > MAX_DEPTH:
        raise EvalError(ExprCode.TOO_DEEP, limit=MAX_DEPTH)
    return _compile(node)


def _depth(node: Node) -> int:
    """The depth of the tree, without recursion."""
    deepest = 0
    stack = [(node, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in current.children())
    return deepest


def evaluate(node: Node, resolver: Resolver) -> Value:
    """Compile and run once; for repeated use keep the result of ``compile_expr``."""
    return compile_expr(node)(resolver)


def _compile(node: Node) -> Compiled:
    if isinstance(node, Binary):
        return _compile_binary(node)
    if isinstance(node, Call):
        return _compile_call(node)
    if isinstance(node, Ref):
        name = node.name
        return lambda r: r.value(name)
    if isinstance(node, Number | String):
        constant: Value = node.value
        return lambda r: constant
    if isinstance(node, Current):
        return lambda r: r.current()
    if isinstance(node, Negate):
        operand = _compile(node.operand)
        return lambda r: negate(operand(r))
    if isinstance(node, Column):
        column = node.name
        return lambda r: r.column(column)
    raise EvalError(ExprCode.UNKNOWN_NODE, kind=type(node).__name__)


def _compile_binary(node: Binary) -> Compiled:
    left = _compile(node.left)
    right = _compile(node.right)
    if node.op == "and":  # both short-circuit, as XPath's and/or do
        return lambda r: truthy(left(r)) and truthy(right(r))
    if node.op == "or":
        return lambda r: truthy(left(r)) or truthy(right(r))
    operator = BINARY.get(node.op)
    if operator is None:
        raise EvalError(ExprCode.UNKNOWN_OPERATOR, op=node.op)
    return lambda r: operator(left(r), right(r))


def _compile_call(node: Call) -> Compiled:
    builder = BUILDERS.get(node.name)
    if builder is None:
        raise EvalError(ExprCode.UNKNOWN_FUNCTION, name=node.name)
    problem = arity_problem(node.name, len(node.args))
    if problem:
        raise EvalError(problem)
    return builder(node.args, [_compile(arg) for arg in node.args])
