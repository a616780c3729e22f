"""Splits an expression into tokens, with a located, explained error for every character it cannot use.

One compiled pattern does the scanning; the hints cover what people bring from other languages
(``==``, ``&&``, ``/``, ``$name``), since those are the mistakes form authors actually make.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from needsassess.engine.expr.errors import ExprSyntaxError

NAME = r"[^\W\d][\w.\-]*"
_REF = re.compile(rf"\$\{{({NAME})\}}")
_NUMBER = re.compile(r"\d+(?:\.\d*)?|\.\d+")
# A name may carry one prefix, as in ``jr:choice-name``.
_NAME = re.compile(rf"{NAME}(?::{NAME})?")
_SPACE = re.compile(r"\s+")
_MISTAKES = frozenset({"==", "=<", "=>", "<>"})
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


class Kind:
    """Token kinds: plain strings, not an Enum, because Enum member access and hashing are slow and the
    lexer and parser test kinds on every token."""

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
    kind: str
    text: str
    position: int


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``, ending with an END token; ExprSyntaxError on the first bad character.

    Dispatches on the first character (most tokens are one character), which is several times faster
    than one big alternation pattern; loading a form parses thousands of expressions.
    """
    tokens: list[Token] = []
    position = 0
    length = len(source)
    previous_kind = Kind.END
    single_kinds = _SINGLE
    pairs = _PAIRS
    while position < length:
        char = source[position]
        if char == " ":
            position += 1
            continue
        if char.isspace():
            position = _SPACE.match(source, position).end()  # type: ignore[union-attr]  # isspace: matches
            continue
        kind = single_kinds.get(char)
        if kind is not None and source[position:position + 2] not in pairs:  # the common case, inlined
            tokens.append(_new_token(Token, (kind, char, position)))
            position += 1
            previous_kind = kind
            continue
        token, position = _next_token(source, position, char, previous_kind)
        tokens.append(token)
        previous_kind = token.kind
    tokens.append(Token(Kind.END, "", length))
    return tokens


def _next_token(source: str, position: int, char: str, previous_kind: str) -> tuple[Token, int]:
    """The token starting at ``position`` (not a space) and the position after it."""
    single = _SINGLE.get(char)
    if single is not None or char == "!":
        return _punctuation(source, position, char, single)
    if char == "$":
        match = _REF.match(source, position)
        if match is not None:
            return Token(Kind.REF, match.group(1), position), match.end()
    elif char in "'\"":
        end = source.find(char, position + 1)
        if end >= 0:
            return Token(Kind.STRING, source[position:end + 1], position), end + 1
    elif char == ".":
        if source.startswith("..", position):
            return Token(Kind.DOTDOT, "..", position), position + 2
        if not source[position + 1:position + 2].isdigit():
            return Token(Kind.DOT, ".", position), position + 1
    if char.isdigit() or char == ".":
        match = _NUMBER.match(source, position)
        if match is not None:
            return Token(Kind.NUMBER, match.group(), position), match.end()
    match = _NAME.match(source, position)
    if match is not None:
        text = match.group()
        if text in _WORD_OPERATORS and previous_kind in _OPERAND_ENDS:
            return Token(Kind.OP, text, position), match.end()  # XPath: 'and', 'div'... after an operand
        return Token(Kind.NAME, text, position), match.end()
    raise ExprSyntaxError(_explain(source, position), position, source)


def _punctuation(source: str, position: int, char: str, single: str | None) -> tuple[Token, int]:
    pair = source[position:position + 2]
    if pair in _TWO_CHARACTER_OPERATORS:
        return Token(Kind.OP, pair, position), position + 2
    if single is None or pair in _MISTAKES:
        raise ExprSyntaxError(_explain(source, position), position, source)
    return Token(single, char, position), position + 1


_SINGLE: dict[str, str] = {
    "(": Kind.LPAREN, ")": Kind.RPAREN, ",": Kind.COMMA,
    "+": Kind.OP, "-": Kind.OP, "*": Kind.OP, "=": Kind.OP, "<": Kind.OP, ">": Kind.OP,
}
_TWO_CHARACTER_OPERATORS = frozenset({"<=", ">=", "!="})
_PAIRS = _TWO_CHARACTER_OPERATORS | _MISTAKES
# Builds a Token without NamedTuple's Python-level __new__ (twice as fast; tokens are made by the thousand).
_new_token = tuple.__new__


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
