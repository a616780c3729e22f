"""Which functions exist, how many arguments each takes, and the checks made when a call is read.

Everything here runs at form load, so a mistake in a form file is reported with its position before
anyone fills the form in, instead of surfacing as a wrong skip while an officer is in the field.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from types import MappingProxyType

from needsassess.engine.expr.ast import Call, Node, Ref, String
from needsassess.engine.expr.lexer import NAME
from needsassess.engine.expr.regex import compile_pattern

# name -> (usage, what it does); the usage doubles as the example in error messages and docs.
_CATALOGUE: dict[str, tuple[str, str]] = {
    "if": ("if(condition, then, else)", "then when the condition is true, else otherwise"),
    "selected": ("selected(${q}, 'choice')", "true when a select answer includes the choice"),
    "selected-at": ("selected-at(${q}, 0)", "the choice at a 0-based position of a select_multiple answer"),
    "count-selected": ("count-selected(${q})", "how many choices a select_multiple answer has"),
    "jr:choice-name": ("jr:choice-name(${q}, '${q}')", "the label of a choice of question q"),
    "concat": ("concat(a, b, ...)", "the texts joined together"),
    "coalesce": ("coalesce(a, b, ...)", "the first value that is not empty"),
    "regex": ("regex(., '^[0-9]{10}$')", "true when the text matches the pattern (anywhere: use ^...$)"),
    "string-length": ("string-length(.)", "the number of characters"),
    "substr": ("substr(text, start, end)", "characters from 0-based start up to (not including) end"),
    "substring": ("substring(text, start, length)", "XPath substring: 1-based start, optional length"),
    "contains": ("contains(text, 'part')", "true when the text contains the part"),
    "starts-with": ("starts-with(text, 'part')", "true when the text starts with the part"),
    "ends-with": ("ends-with(text, 'part')", "true when the text ends with the part"),
    "translate": ("translate(text, 'abc', 'ABC')", "replaces each character of the 2nd text by the 3rd's"),
    "normalize-space": ("normalize-space(text)", "trims and collapses runs of spaces"),
    "int": ("int(x)", "the number with its fraction dropped (towards zero)"),
    "number": ("number(x)", "the value as a number (empty when it is not one)"),
    "string": ("string(x)", "the value as text"),
    "boolean": ("boolean(x)", "the value as true/false (empty, 0 are false)"),
    "boolean-from-string": ("boolean-from-string(x)", "true for 'true' or '1', false otherwise"),
    "round": ("round(x, 2)", "rounds half away from zero, to 0 or the given number of decimals"),
    "floor": ("floor(x)", "the largest whole number not above x"),
    "ceiling": ("ceiling(x)", "the smallest whole number not below x"),
    "abs": ("abs(x)", "the absolute value"),
    "pow": ("pow(x, y)", "x to the power y"),
    "sqrt": ("sqrt(x)", "the square root (empty for negative x)"),
    "min": ("min(${q}) or min(a, b, ...)", "the smallest number"),
    "max": ("max(${q}) or max(a, b, ...)", "the largest number"),
    "sum": ("sum(${q})", "the total over every instance of a repeated question"),
    "count": ("count(${repeat})", "the number of instances"),
    "join": ("join(', ', ${q})", "the values of every instance joined by a separator"),
    "indexed-repeat": ("indexed-repeat(${q}, ${repeat}, 1)", "the value of q in the n-th instance (1-based)"),
    "position": ("position(..)", "the 1-based number of the current repeat instance"),
    "once": ("once(uuid())", "keeps the first non-empty value computed"),
    "uuid": ("uuid()", "a new random identifier (or a random text of the given length)"),
    "today": ("today()", "today's date"),
    "now": ("now()", "the current date and time"),
    "date": ("date('2024-03-01')", "the value as a date (text, date or days since 1970-01-01)"),
    "decimal-date-time": ("decimal-date-time(${d})", "days since 1970-01-01, with the time as a fraction"),
    "format-date": ("format-date(${d}, '%d/%m/%Y')", "the date as text in a format"),
    "format-date-time": ("format-date-time(now(), '%Y-%m-%d %H:%M')", "the date and time as text"),
    "not": ("not(condition)", "true when the condition is false"),
    "true": ("true()", "true"),
    "false": ("false()", "false"),
    "pulldata": ("pulldata('list', 'column', 'key_column', ${q})",
                 "the column of the first row of a dataset (or choice list) whose key column equals the value"),
    "area": ("area(${shape})", "the area of a geoshape in square metres (geodesic, WGS 84)"),
    "distance": ("distance(${trace})", "the length of a geotrace, or perimeter of a geoshape, in metres"),
}

_ARITY: dict[str, tuple[int, int | None]] = {
    "if": (3, 3), "selected": (2, 2), "selected-at": (2, 2), "count-selected": (1, 1),
    "jr:choice-name": (2, 2), "concat": (1, None), "coalesce": (2, None), "regex": (2, 2),
    "string-length": (0, 1), "substr": (2, 3), "substring": (2, 3), "contains": (2, 2),
    "starts-with": (2, 2), "ends-with": (2, 2), "translate": (3, 3), "normalize-space": (0, 1),
    "int": (1, 1), "number": (0, 1), "string": (0, 1), "boolean": (1, 1), "boolean-from-string": (1, 1),
    "round": (1, 2), "floor": (1, 1), "ceiling": (1, 1), "abs": (1, 1), "pow": (2, 2), "sqrt": (1, 1),
    "min": (1, None), "max": (1, None), "sum": (1, 1), "count": (1, 1), "join": (2, None),
    "indexed-repeat": (3, 3), "position": (0, 0), "once": (1, 1), "uuid": (0, 1), "today": (0, 0),
    "now": (0, 0), "date": (1, 1), "decimal-date-time": (1, 1), "format-date": (2, 2),
    "format-date-time": (2, 2), "not": (1, 1), "true": (0, 0), "false": (0, 0),
    "pulldata": (4, 4),
    "area": (1, 1), "distance": (1, 1),
}

FUNCTIONS: Mapping[str, tuple[int, int | None]] = MappingProxyType(_ARITY)
USAGE: Mapping[str, tuple[str, str]] = MappingProxyType(_CATALOGUE)
# Functions whose argument is a set of answers (every instance), not one value.
NODESET_FUNCTIONS = frozenset({"sum", "count"})
MAX_PATTERN = 1000

# Names from spreadsheets and programming languages that people reach for.
_ALIASES = {
    "len": "string-length", "length": "string-length", "iif": "if", "sqr": "sqrt", "avg": "sum",
    "lower": "translate", "upper": "translate", "trim": "normalize-space", "str": "string",
    "choice-name": "jr:choice-name", "floor-div": "floor", "today-date": "today", "isblank": "coalesce",
}
_CHOICE_QUESTION = re.compile(rf"\s*\$\{{({NAME})\}}\s*\Z|\s*({NAME})\s*\Z")


def suggest(name: str) -> str:
    """A 'did you mean' hint for an unknown function name, or an empty string."""
    lowered = name.lower()
    if lowered in _ARITY and lowered != name:
        return f"; did you mean {lowered!r}?"
    if lowered in _ALIASES:
        return f"; did you mean {_ALIASES[lowered]!r}?"
    close = difflib.get_close_matches(lowered, list(_ARITY), n=2, cutoff=0.6)
    if close:
        return "; did you mean " + " or ".join(repr(c) for c in close) + "?"
    return "; see the list of functions in docs/expressions.md"


def arity_problem(name: str, count: int) -> str | None:
    """What is wrong with calling ``name`` with ``count`` arguments, or None."""
    low, high = _ARITY[name]
    if low <= count and (high is None or count <= high):
        return None
    if high is None:
        wanted = f"at least {low} argument{'s' if low != 1 else ''}"
    elif low == high:
        wanted = f"{low} argument{'s' if low != 1 else ''}" if low else "no arguments"
    else:
        wanted = f"{low} to {high} arguments"
    return f"{name}() takes {wanted}, got {count}: write {_CATALOGUE[name][0]}"


def argument_problem(call: Call) -> tuple[int, str] | None:
    """(argument index, message) for an argument that cannot work in this call, or None."""
    name, args = call.name, call.args
    if name in NODESET_FUNCTIONS and not isinstance(args[0], Ref):
        return 0, f"{name}() needs a question reference such as ${{name}}: write {_CATALOGUE[name][0]}"
    if name == "indexed-repeat":
        for index in (0, 1):
            if not isinstance(args[index], Ref):
                return index, f"indexed-repeat() needs references to a question and its repeat: " \
                    f"write {_CATALOGUE[name][0]}"
    if name == "jr:choice-name" and choice_question(args[1]) is None:
        return 1, "jr:choice-name() needs the question's name in quotes as its 2nd argument: " \
            "write jr:choice-name(${q}, '${q}')"
    if name == "regex" and isinstance(args[1], String):
        problem = pattern_problem(args[1].value)
        if problem:
            return 1, problem
    return None


def choice_question(node: Node) -> str | None:
    """The question named by jr:choice-name's 2nd argument (``'${q}'`` or ``'q'``), or None."""
    if not isinstance(node, String):
        return None
    match = _CHOICE_QUESTION.match(node.value)
    if match is None:
        return None
    return match.group(1) or match.group(2)


def pattern_problem(pattern: str) -> str | None:
    """Why a regular expression cannot be used, or None."""
    if len(pattern) > MAX_PATTERN:
        return f"the pattern is longer than {MAX_PATTERN} characters: shorten it"
    try:
        compile_pattern(pattern)
    except ValueError as err:
        return f"invalid regular expression {pattern!r}: {err}"
    return None
