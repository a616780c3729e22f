"""Splits an expression into tokens, with a located, explained error for every character it cannot use.

One compiled pattern does the scanning; the hints cover what people bring from other languages
(``==``, ``&&``, ``/``, ``$name``), since those are the mistakes form authors actually make.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import NamedTuple

from needsassess.engine.expr.errors import ExprSyntaxError

NAME = r"[^\W\d][\w.\-]*"
# A name may carry one prefix, as in ``jr:choice-name``.
_TOKEN = re.compile(
    rf"""
    \s*(?:
    (?P<ref>\$\{{(?P<refname>{NAME})\}})
  | (?P<number>\d+(?:\.\d*)?|\.\d+)
  | (?P<dotdot>\.\.)
  | (?P<dot>\.)
  | (?P<string>'[^']*'|"[^"]*")
  | (?P<bad>==|=<|=>|<>|&&|\|\||!(?!=))
  | (?P<op><=|>=|!=|[-+*=<>])
  | (?P<lparen>\()
  | (?P<rparen>\))
  | (?P<comma>,)
  | (?P<name>{NAME}(?::{NAME})?)
  | (?P<end>\Z)
    )""",
    re.VERBOSE,
)
_WORD_OPERATORS = frozenset({"and", "or", "div", "mod"})
_HINTS: tuple[tuple[str, str], ...] = (
    ("==", "'==' is not an operator: write '=' to compare"),
    ("=<", "'=<' is not an operator: write '<='"),
    ("=>", "'=>' is not an operator: write '>='"),
    ("&&", "'&&' is not an operator: write 'and'"),
    ("||", "'||' is not an operator: write 'or'"),
    ("<>", "'<>' is not an operator: write '!=' for 'not equal'"),
    ("!", "'!' is not an operator: write not(...), or '!=' for 'not equal'"),
    ("/", "'/' is not an operator: write 'div' to divide (paths are not supported; use ${name})"),
    ("%", "'%' is not an operator: write 'mod' for the remainder"),
    ("&", "'&' is not an operator: write 'and', or concat(...) to join text"),
    ("|", "'|' is not an operator: write 'or'"),
    ("[", "'[' is not supported: use indexed-repeat(${name}, ${repeat}, n) for one repeat instance"),
)


class Kind(Enum):
    NUMBER = "number"
    STRING = "text"
    REF = "reference"
    DOT = "'.'"
    DOTDOT = "'..'"
    NAME = "name"
    OP = "operator"
    LPAREN = "'('"
    RPAREN = "')'"
    COMMA = "','"
    END = "end of the expression"


# After these a word operator (``and``, ``div``...) is an operator, elsewhere it is a name (XPath rule).
_OPERAND_ENDS = frozenset({Kind.NUMBER, Kind.STRING, Kind.REF, Kind.DOT, Kind.DOTDOT, Kind.NAME, Kind.RPAREN})


class Token(NamedTuple):
    kind: Kind
    text: str
    position: int


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``, ending with an END token; ExprSyntaxError on the first bad character."""
    tokens: list[Token] = []
    append = tokens.append
    match_at = _TOKEN.match
    kinds = _KINDS
    position = 0
    previous_kind = Kind.END
    while True:
        match = match_at(source, position)
        group = match.lastgroup if match else "bad"
        if match is None or group == "bad":
            position += len(source[position:]) - len(source[position:].lstrip())
            raise ExprSyntaxError(_explain(source, position), position, source)
        if group == "end":
            append(Token(Kind.END, "", len(source)))
            return tokens
        start = match.start(group)
        if group == "ref":
            token = Token(Kind.REF, match.group("refname"), start)
        else:
            text = match.group(group)
            kind = kinds[group]
            if kind is Kind.NAME and text in _WORD_OPERATORS and previous_kind in _OPERAND_ENDS:
                kind = Kind.OP  # XPath: 'and', 'div'... after an operand are operators, elsewhere names
            token = Token(kind, text, start)
        append(token)
        previous_kind = token.kind
        position = match.end()


_KINDS = {
    "number": Kind.NUMBER,
    "dotdot": Kind.DOTDOT,
    "dot": Kind.DOT,
    "string": Kind.STRING,
    "op": Kind.OP,
    "lparen": Kind.LPAREN,
    "rparen": Kind.RPAREN,
    "comma": Kind.COMMA,
    "name": Kind.NAME,
}


def _explain(source: str, position: int) -> str:
    """Why the text at ``position`` cannot start a token, and what to write instead."""
    rest = source[position:]
    if rest.startswith("${"):
        return _explain_reference(rest)
    if rest[0] in "'\"":
        return f"the text starting here has no closing {rest[0]}: add {rest[0]} at its end"
    if rest.startswith("$"):
        name = re.match(NAME, rest[1:])
        shown = name.group() if name else "name"
        return f"'$' must be followed by {{...}}: write ${{{shown}}}"
    for text, hint in _HINTS:
        if rest.startswith(text):
            return hint
    return f"unexpected character {rest[0]!r}"


def _explain_reference(rest: str) -> str:
    close = rest.find("}")
    if close < 0:
        return "'${' is not closed: write ${name} with a closing '}'"
    inside = rest[2:close]
    if not inside.strip():
        return "'${}' names no question: write ${name}"
    if inside != inside.strip():
        return f"no spaces inside ${{...}}: write ${{{inside.strip()}}}"
    return (f"{inside!r} is not a valid question name: names start with a letter or '_' and hold "
            "letters, digits, '_', '-', '.'")
