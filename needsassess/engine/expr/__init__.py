"""The XLSForm expression language: parse once at load, compile to closures, evaluate many times.

See docs/expressions.md for the operators, the functions and the rules for empty answers.
"""

from __future__ import annotations

from needsassess.engine.expr.ast import Node
from needsassess.engine.expr.errors import EvalError, ExprSyntaxError
from needsassess.engine.expr.evaluator import compile_expr, evaluate
from needsassess.engine.expr.parser import parse
from needsassess.engine.expr.printer import references, to_source, uses_current
from needsassess.engine.expr.resolver import Compiled, Resolver
from needsassess.engine.expr.signatures import FUNCTIONS
from needsassess.engine.expr.values import Value, to_number, to_string, truthy

__all__ = [
    "FUNCTIONS",
    "Compiled",
    "EvalError",
    "ExprSyntaxError",
    "Node",
    "Resolver",
    "Value",
    "compile_expr",
    "evaluate",
    "parse",
    "references",
    "to_number",
    "to_source",
    "to_string",
    "truthy",
    "uses_current",
]
