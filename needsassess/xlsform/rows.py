"""One survey row of an XLSForm → zero, one or two rows of our form, each decision reported."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from needsassess.engine.expr import ExprSyntaxError, parse
from needsassess.xlsform.columns import language_code, split_column
from needsassess.xlsform.report import APPROXIMATED, DROPPED, ERROR, NOTE, ImportReport

SUPPORTED = {"text", "integer", "decimal", "date", "time", "geopoint", "image", "note", "calculate",
             "acknowledge", "barcode", "start", "end", "today", "deviceid", "username"}
# type → (our type, why)
APPROXIMATE = {
    "datetime": ("date", "the time of day is not kept"),
    "geotrace": ("text", "lines are not drawn on a map here; the officer describes the route in words"),
    "geoshape": ("text", "areas are not drawn on a map here; the officer describes the boundary in words"),
    "rank": ("text", "ranking widgets are not available; the officer writes the choices in order"),
    "trigger": ("acknowledge", "shown as a box to tick"),
    "range": ("decimal", "entered as a number, with the range as a constraint"),
    "select one from file": ("text", "the choices are in an external file that is not read; answered as text"),
    "select multiple from file": ("text", "the choices are in an external file that is not read; answered as text"),
    "select one external": ("text", "external choices are not read; answered as text"),
}
DROP = {
    "audio": "sound recording is not available on field laptops",
    "video": "video recording is not available on field laptops",
    "file": "file attachments other than photos are not supported",
    "background audio": "background recording is not available",
    "background-audio": "background recording is not available",
    "audit": "audit logs are kept by the app itself",
    "simserial": "laptops have no SIM card",
    "subscriberid": "laptops have no SIM card",
    "phonenumber": "laptops have no SIM card",
    "start geopoint": "location is asked as a question instead",
    "start-geopoint": "location is asked as a question instead",
    "hidden": "a hidden field holds no value",
    "xml external": "external data instances are not supported",
    "xml-external": "external data instances are not supported",
    "csv external": "external data instances are not supported",
    "csv-external": "external data instances are not supported",
}
EXPRESSIONS = ("relevant", "constraint", "calculation", "choice_filter", "repeat_count")
SIMPLE = ("default", "appearance")
OTHER_LABEL = {"en": "Specify other", "ne": "अन्य खुलाउनुहोस्", "uz": "Boshqasini ko'rsating",
               "ru": "Укажите другое"}


@dataclass
class RowContext:
    report: ImportReport
    default_language: str
    languages: list[str]
    sheet: str = "survey"
    rows: dict[str, int] = field(default_factory=dict)  # our name → Excel row, for later messages
    or_other_lists: set[str] = field(default_factory=set)
    known_columns: frozenset[str] = frozenset({"type", "name", "required", "read_only", "parameters", "trigger",
                                               "guidance_hint", "label", "hint", *EXPRESSIONS, *SIMPLE})

    def texts(self, row: dict[str, Any], base: str, sheet: str, number: int) -> dict[str, str]:
        texts: dict[str, str] = {}
        for column, value in row.items():
            b, language = split_column(column)
            if b != base:
                continue
            code = language_code(language) if language else self.default_language
            if code:
                texts[code] = str(value)
        return texts


def convert_row(number: int, row: dict[str, Any], ctx: RowContext) -> list[dict[str, Any]]:
    raw_type = str(row.get("type", "")).strip()
    words = re.sub(r"[\s_]+", " ", raw_type.lower()).split()
    if not words:
        ctx.report.add(ERROR, ctx.sheet, number, "type", "the row has no type")
        return []
    kind = " ".join(words)
    name = str(row.get("name", "")).strip()
    if kind in DROP or (kind.endswith("external") and kind not in APPROXIMATE):
        ctx.report.add(DROPPED, ctx.sheet, number, "type", f"'{raw_type}': {DROP.get(kind, 'not supported')}")
        return []
    if not name:
        ctx.report.add(ERROR, ctx.sheet, number, "name", "the row has no name")
        return []
    element: dict[str, Any] = {"type": "", "name": name}
    extra: list[dict[str, Any]] = []
    if kind in ("begin group", "begin repeat"):
        element["type"] = kind.split()[1]
    elif kind.startswith(("select one ", "select multiple ")) and not any(kind.startswith(k) for k in APPROXIMATE):
        element["type"], other = _select(raw_type, number, ctx)
        if other:
            extra.append(_other_question(name, element, ctx))
    elif kind in SUPPORTED:
        element["type"] = kind
    elif kind in APPROXIMATE or any(kind.startswith(k + " ") for k in APPROXIMATE):
        key = kind if kind in APPROXIMATE else next(k for k in APPROXIMATE if kind.startswith(k + " "))
        element["type"], why = APPROXIMATE[key]
        ctx.report.add(APPROXIMATED, ctx.sheet, number, "type", f"'{raw_type}' becomes {element['type']}: {why}")
        if key == "range":
            _range_constraint(element, row)
    else:
        ctx.report.add(ERROR, ctx.sheet, number, "type", f"unknown type '{raw_type}'")
        return []
    ctx.rows[name] = number
    _columns(element, row, number, ctx)
    return [element, *extra]


def _select(raw_type: str, number: int, ctx: RowContext) -> tuple[str, bool]:
    """``select_one LIST [or_other]`` in any of its spellings → our type, and whether 'other' is added."""
    tokens = raw_type.replace("_", " ").split() if raw_type.lower().startswith("select ") else raw_type.split()
    if tokens[0].lower() == "select" and len(tokens) > 1:
        kind, rest = f"select_{tokens[1].lower()}", tokens[2:]
    else:
        kind, rest = tokens[0].lower(), tokens[1:]
    other = False
    if rest and rest[-1].lower() == "or_other":
        other, rest = True, rest[:-1]
    elif len(rest) >= 2 and [t.lower() for t in rest[-2:]] == ["or", "other"]:
        other, rest = True, rest[:-2]
    if len(rest) != 1:
        ctx.report.add(ERROR, ctx.sheet, number, "type", f"'{raw_type}' does not name one choice list")
        return kind, False
    if other:
        ctx.or_other_lists.add(rest[0])
        ctx.report.add(APPROXIMATED, ctx.sheet, number, "type",
                       "'or_other' becomes a choice 'other' and a question to specify it")
    return f"{kind} {rest[0]}", other


def _other_question(name: str, element: dict[str, Any], ctx: RowContext) -> dict[str, Any]:
    return {"type": "text", "name": f"{name}_other", "relevant": f"selected(${{{name}}}, 'other')",
            "required": True,
            "label": {lang: OTHER_LABEL.get(lang, OTHER_LABEL["en"]) for lang in ctx.languages}}


def _range_constraint(element: dict[str, Any], row: dict[str, Any]) -> None:
    params = _parameters(str(row.get("parameters", "")))
    start, end = params.get("start"), params.get("end")
    if start is not None and end is not None:
        element["constraint"] = f". >= {start} and . <= {end}"


def _parameters(text: str) -> dict[str, str]:
    params: dict[str, str] = {}
    for part in re.split(r"[\s;,]+", text.strip()):
        key, sep, value = part.partition("=")
        if sep:
            params[key.strip()] = value.strip()
    return params


def _columns(element: dict[str, Any], row: dict[str, Any], number: int, ctx: RowContext) -> None:
    for base in ("label", "hint", "constraint_message", "required_message"):
        texts = ctx.texts(row, base, ctx.sheet, number)
        if texts:
            element[base] = texts
    for column in EXPRESSIONS:
        if column in row and column not in element:
            _expression(element, column, str(row[column]), number, ctx)
    if "required" in row:
        value = str(row["required"]).strip()
        if value.lower() in ("yes", "true", "true()", "1"):
            element["required"] = True
        elif value.lower() not in ("no", "false", "false()", "0", ""):
            _expression(element, "required", value, number, ctx)
    if str(row.get("read_only", "")).strip().lower() in ("yes", "true", "true()", "1"):
        element["read_only"] = True
    if "default" in row:
        element["default"] = str(row["default"])
    _display_columns(element, row, number, ctx)


def _display_columns(element: dict[str, Any], row: dict[str, Any], number: int, ctx: RowContext) -> None:
    """appearance, parameters, and the display-only columns this app does not show."""
    if "appearance" in row:
        appearance = str(row["appearance"])
        if "search(" in appearance:
            ctx.report.add(DROPPED, ctx.sheet, number, "appearance",
                           "search() reads an external file of choices; the form's own choices are shown")
        else:
            element["appearance"] = appearance
    if "parameters" in row:
        params = _parameters(str(row["parameters"]))
        if element["type"].startswith("decimal"):  # a range's start/end became its constraint
            params = {k: v for k, v in params.items() if k not in ("start", "end", "step")}
        if params:
            element["parameters"] = params
    for column in row:
        base, _language = split_column(column)
        if base in ("guidance_hint", "trigger", "image", "audio", "video") or base.startswith("media::"):
            ctx.report.add(DROPPED, ctx.sheet, number, column, "not shown in this app")


def _expression(element: dict[str, Any], column: str, text: str, number: int, ctx: RowContext) -> None:
    if "pulldata(" in text or "instance(" in text:
        ctx.report.add(ERROR, ctx.sheet, number, column, "reads external data (pulldata or instance), which is "
                       "not supported; rewrite the expression with the form's own answers")
        return
    if re.search(r"(^|[\s(,=])/[A-Za-z_]", text):
        ctx.report.add(ERROR, ctx.sheet, number, column, "uses an absolute path (/data/...); write ${name} instead")
        return
    try:
        parse(text, allow_columns=column == "choice_filter")
    except ExprSyntaxError as err:
        ctx.report.add(ERROR, ctx.sheet, number, column, f"{err.message} in {text!r}")
        return
    element[column] = text
    if column == "calculation" and element["type"] not in ("calculate",):
        ctx.report.add(NOTE, ctx.sheet, number, column, "a calculation on an input question is used as its "
                       "default")
        element.pop(column)
        element.setdefault("default", text)
