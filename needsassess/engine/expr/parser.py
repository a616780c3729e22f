"""Reads expression text into a tree (``parse``), checking everything that can be checked before the
form is used: syntax, function names and argument counts, references written as ``${name}``.

Recursive descent by precedence (XPath: or < and < equality < relational < additive < multiplicative
< unary). Nesting is bounded so hostile text can only ever produce an ``ExprSyntaxError``.
"""

from __future__ import annotations

import functools
import math

from needsassess.engine.expr.ast import (
    PRECEDENCE,
    Binary,
    Call,
    Column,
    Current,
    Negate,
    Node,
    Number,
    Ref,
    String,
)
from needsassess.engine.expr.errors import ExprSyntaxError
from needsassess.engine.expr.lexer import Kind, Token, tokenize
from needsassess.engine.expr.signatures import FUNCTIONS, argument_problem, arity_problem, suggest
from needsassess.errors import Phrase
from needsassess.errors.dataset_codes import ExprLimitCode

MAX_LENGTH = 10_000
MAX_NESTING = 40
# Operators and calls in one expression; bounds the tree's depth so compiling and computing it can
# never exhaust Python's stack.
MAX_OPERATIONS = 200
_OPERAND_STARTS = frozenset({Kind.NUMBER, Kind.STRING, Kind.REF, Kind.DOT, Kind.NAME, Kind.LPAREN})


def parse(source: str, *, allow_columns: bool = False) -> Node:
    """The tree of ``source``; ``allow_columns`` lets bare names stand for choice columns (choice_filter)."""
    return _parse_cached(source, allow_columns)


# Forms repeat the same checks (``. >= 0``) many times and trees are immutable, so sharing is safe.
@functools.lru_cache(maxsize=4096)
def _parse_cached(source: str, allow_columns: bool) -> Node:
    if len(source) > MAX_LENGTH:
        raise ExprSyntaxError(Phrase(ExprLimitCode.EXPRESSION_TOO_LONG, limit=MAX_LENGTH), MAX_LENGTH, source)
    if not source.strip():
        raise ExprSyntaxError(Phrase(ExprLimitCode.EXPRESSION_EMPTY), 0, source)
    return _Parser(source, allow_columns).parse_all()


def describe(token: Token) -> str:
    """How a token is named in a message."""
    if token.kind is Kind.REF:
        return f"${{{token.text}}}"
    if token.kind is Kind.END:
        return "the end of the expression"
    return repr(token.text)


class _Parser:
    def __init__(self, source: str, allow_columns: bool) -> None:
        self.source = source
        self.allow_columns = allow_columns
        self.tokens = tokenize(source)
        self.index = 0
        self.depth = 0
        self.operations = 0

    def error(self, message: str, position: int) -> ExprSyntaxError:
        return ExprSyntaxError(message, position, self.source)

    def peek(self) -> Token:
        return self.tokens[self.index]

    def advance(self) -> Token:
        token = self.tokens[self.index]
        if token.kind is not Kind.END:
            self.index += 1
        return token

    def parse_all(self) -> Node:
        node = self.expression(1)
        token = self.peek()
        if token.kind is not Kind.END:
            raise self.unexpected_after_operand(token, self.tokens[self.index - 1])
        return node

    def expression(self, min_precedence: int) -> Node:
        left = self.unary()
        while True:
            token = self.peek()
            precedence = PRECEDENCE.get(token.text, 0) if token.kind is Kind.OP else 0
            if precedence < min_precedence:
                return left
            self.advance()
            self.count_operation(token)
            right = self.expression(precedence + 1)
            left = Binary(token.text, left, right)

    def unary(self) -> Node:
        minus_count = 0
        while self.peek().kind is Kind.OP and self.peek().text == "-":
            self.count_operation(self.advance())
            minus_count += 1
        node = self.primary()
        for _ in range(minus_count):
            node = Negate(node)
        return node

    def primary(self) -> Node:
        previous = self.tokens[self.index - 1] if self.index > 0 else None
        token = self.advance()
        kind = token.kind
        if kind is Kind.NUMBER:
            return self.number(token)
        if kind is Kind.STRING:
            return String(token.text[1:-1])
        if kind is Kind.REF:
            return Ref(token.text)
        if kind is Kind.DOT:
            return Current()
        if kind is Kind.LPAREN:
            return self.parenthesised(token)
        if kind is Kind.NAME:
            return self.name(token)
        raise self.missing_value(token, previous)

    def number(self, token: Token) -> Number:
        text = token.text
        if "." not in text and len(text) <= 15:
            return Number(int(text))
        value = float(text)
        if math.isinf(value):
            raise self.error("this number is too large", token.position)
        return Number(value)

    def nest(self, token: Token) -> None:
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise self.error(f"the expression nests more than {MAX_NESTING} levels deep: "
                             "split it up with calculate questions", token.position)

    def count_operation(self, token: Token) -> None:
        self.operations += 1
        if self.operations > MAX_OPERATIONS:
            raise self.error(f"the expression has more than {MAX_OPERATIONS} operators and functions: "
                             "split it up with calculate questions", token.position)

    def parenthesised(self, opening: Token) -> Node:
        self.nest(opening)
        if self.peek().kind is Kind.RPAREN:
            raise self.error("empty parentheses: put a value inside, or remove them", opening.position)
        node = self.expression(1)
        closing = self.advance()
        if closing.kind is Kind.END:
            raise self.error("'(' is never closed: add ')'", opening.position)
        if closing.kind is not Kind.RPAREN:
            raise self.unexpected_after_operand(closing, self.tokens[self.index - 2])
        self.depth -= 1
        return node

    def name(self, token: Token) -> Node:
        if self.peek().kind is Kind.LPAREN:
            return self.call(token)
        if self.allow_columns:
            return Column(token.text)
        if token.text in FUNCTIONS:
            raise self.error(f"{token.text} is a function: write {token.text}(...)", token.position)
        if token.text in ("and", "or", "div", "mod"):
            raise self.error(f"expected a value before {token.text!r}", token.position)
        raise self.error(f"bare name {token.text!r}: to use the answer to that question write "
                         f"${{{token.text}}}, or put text in quotes: '{token.text}'", token.position)

    def call(self, name: Token) -> Node:
        if name.text not in FUNCTIONS:
            raise self.error(f"unknown function {name.text!r}{suggest(name.text)}", name.position)
        self.count_operation(name)
        opening = self.advance()
        self.nest(opening)
        args, positions = self.arguments(name, opening)
        self.depth -= 1
        problem = arity_problem(name.text, len(args))
        if problem:
            raise self.error(problem, name.position)
        call = Call(name.text, tuple(args))
        located = argument_problem(call)
        if located:
            raise self.error(located[1], positions[located[0]])
        return call

    def arguments(self, name: Token, opening: Token) -> tuple[list[Node], list[int]]:
        args: list[Node] = []
        positions: list[int] = []
        if self.peek().kind is Kind.RPAREN:
            self.advance()
            return args, positions
        if name.text == "position" and self.peek().kind is Kind.DOTDOT:
            self.advance()  # position(..) is how XLSForm spells position(): same meaning here
            if self.advance().kind is not Kind.RPAREN:
                raise self.error("write position(..) or position()", name.position)
            return args, positions
        while True:
            positions.append(self.peek().position)
            args.append(self.expression(1))
            token = self.advance()
            if token.kind is Kind.RPAREN:
                return args, positions
            if token.kind is Kind.END:
                raise self.error(f"'(' of {name.text}( is never closed: add ')'", opening.position)
            if token.kind is not Kind.COMMA:
                raise self.error(f"expected ',' or ')' in {name.text}(...), found {describe(token)}",
                                 token.position)

    def missing_value(self, token: Token, previous: Token | None) -> ExprSyntaxError:
        """The error for a token found where a value should start."""
        if token.kind is Kind.END:
            after = f" after {describe(previous)}" if previous else ""
            return self.error(f"the expression ends too early: expected a value{after}", token.position)
        if token.kind is Kind.DOTDOT:
            return self.error("'..' is only allowed as position(..); refer to questions as ${name}",
                              token.position)
        if token.kind is Kind.OP and token.text == "+" and (previous is None or previous.kind is not Kind.OP):
            return self.error("expected a value before '+' (there is no unary plus)", token.position)
        if previous is None:
            return self.error(f"the expression cannot start with {describe(token)}", token.position)
        return self.error(f"expected a value between {describe(previous)} and {describe(token)}",
                          token.position)

    def unexpected_after_operand(self, token: Token, previous: Token) -> ExprSyntaxError:
        """The error for a token found where an operator or the end should be."""
        if token.kind is Kind.STRING and previous.kind is Kind.STRING \
                and previous.position + len(previous.text) == token.position:
            return self.error("a quote inside text: write the text in the other kind of quotes, e.g. "
                              "\"it's\" (or use concat)", token.position - 1)
        if token.kind in _OPERAND_STARTS:
            return self.error(f"missing operator before {describe(token)} (after {describe(previous)})",
                              token.position)
        if token.kind is Kind.RPAREN:
            return self.error("')' has no matching '('", token.position)
        if token.kind is Kind.COMMA:
            return self.error("',' is only allowed between the arguments of a function", token.position)
        return self.error(f"unexpected {describe(token)}", token.position)
