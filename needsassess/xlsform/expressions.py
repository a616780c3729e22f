"""XLSForm expressions as pyxform passes them on → our expression language, or a stated reason why not.

pyxform keeps expressions as written (with typographic quotes already straightened). What we rewrite:

- ``instance('x')/root/item[col = EXPR]/field`` → ``pulldata('x', 'field', 'col', EXPR)``: the same
  lookup (the first row whose ``col`` equals the value), read from dataset or choice list ``x``;
- ``../name`` (pyxform's own relative path, e.g. in the ``or_other`` question it adds) → ``${name}``;
- ``position(..)`` is kept (our language has it).

Whatever then does not parse is reported by the caller and left out (pyxform accepts expressions it
does not read; we must be able to compute them).
"""

from __future__ import annotations

import re

from needsassess.engine.expr import ExprSyntaxError, parse
from needsassess.errors import Catalogue, Phrase
from needsassess.errors.xlsform_codes import XLSFormReason

_QUOTED = r"(?:'[^']*'|\"[^\"]*\")"
_INSTANCE = re.compile(
    r"instance\(\s*(?P<q>['\"])(?P<name>[^'\"]+)(?P=q)\s*\)\s*/\s*root\s*/\s*item\s*"
    r"\[\s*(?P<key>[A-Za-z_][\w.-]*)\s*=\s*(?P<value>\$\{[^}]+\}|" + _QUOTED + r"|[-\w.]+|current\(\)/\.\./[\w.-]+)"
    r"\s*\]\s*/\s*(?P<field>[A-Za-z_][\w.-]*)")
_PARENT = re.compile(r"(?<![\w.])\.\./(?P<name>[A-Za-z_][\w-]*)\b(?!\s*/)")
_CURRENT = re.compile(r"current\(\)/\.\./(?P<name>[A-Za-z_][\w-]*)")
DATA_INSTANCE = re.compile(r"instance\(\s*['\"]([^'\"]+)['\"]\s*\)")


def rewrite(text: str) -> str:
    """The expression with pyxform/XPath lookups turned into our spelling (see the module docstring)."""

    def lookup(match: re.Match[str]) -> str:
        value = _CURRENT.sub(lambda m: "${" + m.group("name") + "}", match.group("value"))
        return f"pulldata('{match.group('name')}', '{match.group('field')}', '{match.group('key')}', {value})"

    text = _INSTANCE.sub(lookup, text)
    text = _CURRENT.sub(lambda m: "${" + m.group("name") + "}", text)
    return _PARENT.sub(lambda m: "${" + m.group("name") + "}", text)


def problem(text: str, *, columns: bool = False) -> Catalogue | Phrase | None:
    """Why ``text`` cannot be used here, as a catalogue value worded in any language, or None when it
    parses. The parser's messages that are not yet catalogue entries are framed by one that is (the
    position is said in the reader's language, the parser's detail as it wrote it)."""
    if DATA_INSTANCE.search(text):
        return XLSFormReason.XPATH_LOOKUP
    if re.search(r"(^|[\s(,=])/[A-Za-z_]", text):
        return XLSFormReason.ABSOLUTE_PATH
    try:
        parse(text, allow_columns=columns)
    except ExprSyntaxError as err:
        if isinstance(err.problem, Phrase):
            return err.problem
        return _syntax(err.problem, err.position + 1)
    return None


# The expression reader's own messages met most in XLSForms, as catalogue entries (the reader words
# its messages in English; any other is framed by UNREADABLE_EXPRESSION with the reader's words).
_OPERATORS = {"==": "=", "=<": "<=", "=>": ">=", "&&": "and", "||": "or", "|": "or", "%": "mod", "<>": "!="}
_NOT_AN_OPERATOR = re.compile(r"'(?P<operator>[^']+)' is not an operator")
_UNKNOWN_FUNCTION = re.compile(r"unknown function '(?P<function>[^']+)'")
_BARE_NAME = re.compile(r"bare name '(?P<name>[^']+)'")


def _syntax(message: str, position: int) -> Phrase:
    operator = _NOT_AN_OPERATOR.match(message)
    if operator and operator.group("operator") in _OPERATORS:
        return Phrase(XLSFormReason.NOT_AN_OPERATOR, operator=operator.group("operator"),
                      instead=_OPERATORS[operator.group("operator")], position=position)
    function = _UNKNOWN_FUNCTION.match(message)
    if function:
        return Phrase(XLSFormReason.UNKNOWN_FUNCTION, function=function.group("function"))
    bare = _BARE_NAME.match(message)
    if bare:
        return Phrase(XLSFormReason.BARE_NAME, name=bare.group("name"))
    return Phrase(XLSFormReason.UNREADABLE_EXPRESSION, position=position, detail=message)


def datasets_read(text: str) -> set[str]:
    """Names of the datasets an expression reads with pulldata('name', ...)."""
    return set(re.findall(r"pulldata\(\s*['\"]([^'\"]+)['\"]", text))
