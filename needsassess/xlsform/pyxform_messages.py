"""pyxform's messages, which it writes in English, read as our catalogue entries where we know them.

pyxform refuses a broken workbook (a missing column, an unknown type, an unclosed group, ...) and warns
about missing translations in English sentences. The ones a person meets in practice are matched here
and become a located report line with an ``NA-XLSFORM`` code, in every language; any other message is
passed on framed by ``PYXFORM_REFUSES`` / ``PYXFORM_WARNING`` with pyxform's words as the value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from needsassess.errors import Catalogue
from needsassess.errors.xlsform_codes import XLSFormReason as R

ROW = re.compile(r"\[row : (\d+)\]\s*(.*)", re.DOTALL)


@dataclass(frozen=True)
class Located:
    """One pyxform message as ours: where, the entry and its values."""

    sheet: str
    row: int | None
    column: str | None
    reason: Catalogue
    params: Mapping[str, object] = field(default_factory=dict)


# (pattern, entry, column): the named groups are the entry's values; ``sheet``/``column`` groups say where.
_REFUSALS: tuple[tuple[re.Pattern[str], Catalogue, str | None], ...] = (
    (re.compile(r"You must have a sheet named 'survey'"), R.NO_SURVEY_SHEET, None),
    (
        re.compile(
            r"Invalid headers provided for sheet: '(?P<sheet>[^']+)'\. One or more required column headers "
            r"were not found: '(?P<column>[^']+)'"
        ),
        R.MISSING_HEADER,
        None,
    ),
    (re.compile(r"Question or group with no name"), R.NO_NAME, "name"),
    (re.compile(r"Question with no type"), R.NO_TYPE, "type"),
    (re.compile(r"There should be a choices sheet in this xlsform"), R.NO_CHOICES_SHEET, "type"),
    (re.compile(r"List name not in choices sheet: (?P<list>\S+)"), R.UNKNOWN_LIST, "type"),
    (re.compile(r"Unmatched '(?P<kind>end_(?:group|repeat|loop))'"), R.END_WITHOUT_BEGIN, "type"),
    (
        re.compile(
            r"Unmatched '(?P<kind>begin_(?:group|repeat|loop))'\. No matching '(?P<end>end_\w+)' was found "
            r"for the name '(?P<name>[^']*)'"
        ),
        R.NEVER_CLOSED,
        "type",
    ),
    (
        re.compile(
            r"On the '(?P<sheet>\w+)' sheet, the 'name' value '(?P<name>[^']*)' is invalid\. Questions, "
            r"groups, and repeats must be unique"
        ),
        R.DUPLICATE_NAME,
        "name",
    ),
    (
        re.compile(r"On the '(?P<sheet>\w+)' sheet, the 'name' value is invalid\. Choice names must be unique"),
        R.DUPLICATE_CHOICE,
        "name",
    ),
    (re.compile(r"Unknown question type '(?P<kind>[^']+)'"), R.UNKNOWN_TYPE, "type"),
    (
        re.compile(
            r"On the '(?P<sheet>\w+)' sheet, the '(?P<column>[\w:]+)' value is invalid\. Reference variables "
            r"must contain a name from the 'survey' sheet\. Could not find the name '(?P<name>[^']+)'"
        ),
        R.UNKNOWN_REFERENCE,
        None,
    ),
    (re.compile(r"The survey element named '(?P<name>[^']+)' has no label or hint"), R.NO_LABEL_OR_HINT, "label"),
)
_WARNINGS: tuple[tuple[re.Pattern[str], Catalogue, str | None], ...] = (
    (
        re.compile(r"Language '(?P<language>[^']+)' is missing the (?P<sheet>\w+) (?P<column>[\w:]+) column"),
        R.LANGUAGE_COLUMN_MISSING,
        None,
    ),
    (re.compile(r"Use the max-pixels parameter"), R.MAX_PIXELS, "parameters"),
    (
        re.compile(
            r"The following language declarations do not contain valid machine-readable codes: "
            r"(?P<languages>.+?)\.(?: Learn more|\Z)"
        ),
        R.LANGUAGE_WITHOUT_CODE,
        None,
    ),
    (re.compile(r"This form uses or_other and translations"), R.OR_OTHER_TRANSLATED, "type"),
)
# Warnings our own report already gives, with its reason (a type we drop: TYPE_DROPPED).
_SAID_ALREADY = re.compile(r"\w+ is no longer supported on most devices")
_WHERE = ("sheet", "column")


def refusal(
    message: str, survey_sheet: str, rows: Sequence[Mapping[str, object]], sheets: Sequence[str], workbook: str
) -> Located:
    """pyxform's refusal as a located report line (``rows``: the survey sheet's rows, to find a row;
    ``sheets``: the workbook's sheet names; ``workbook``: its file name, where a sheet is missing)."""
    said = _read(message, survey_sheet, rows, _REFUSALS, R.PYXFORM_REFUSES)
    if said.reason is R.NO_SURVEY_SHEET:
        if "survey" in (name.lower() for name in sheets):  # pyxform says the same of an empty survey sheet
            return Located(survey_sheet, None, None, R.EMPTY_SURVEY)
        return Located(workbook, None, None, R.NO_SURVEY_SHEET, {"sheets": ", ".join(sheets) or "—"})
    return said


def warning(message: str, survey_sheet: str) -> Located | None:
    """pyxform's warning as a report line; None when our own report says it already."""
    if _SAID_ALREADY.search(message):
        return None
    return _read(message, survey_sheet, (), _WARNINGS, R.PYXFORM_WARNING)


def _read(
    message: str,
    survey_sheet: str,
    rows: Sequence[Mapping[str, object]],
    known: tuple[tuple[re.Pattern[str], Catalogue, str | None], ...],
    other: Catalogue,
) -> Located:
    text = " ".join(message.split())
    located = ROW.match(text)
    row, text = (int(located.group(1)), located.group(2)) if located else (None, text)
    for pattern, entry, column in known:
        match = pattern.search(text)
        if match is None:
            continue
        values = match.groupdict()
        sheet = values.get("sheet") or survey_sheet
        if entry is R.MISSING_HEADER:
            row = 1
        elif row is None:
            row = _row_of(rows, values)
        where_column = values.get("column") or column
        params = {k: v for k, v in values.items() if k not in _WHERE or k in entry.placeholders()}
        return Located(sheet, row, where_column, entry, params)
    named = re.search(r"the '(\w+)' sheet", text)
    return Located(named.group(1) if named else survey_sheet, row, None, other, {"text": text})


def _row_of(rows: Sequence[Mapping[str, object]], values: Mapping[str, str]) -> int | None:
    """The Excel row of the survey row with that type or name (pyxform keeps blank rows: index + 2)."""
    wanted = values.get("kind") or values.get("name")
    if not wanted:
        return None
    for index, row in enumerate(rows):
        cells = {str(k).strip().lower(): str(v).strip() for k, v in row.items() if v is not None}
        if cells.get("type") == wanted or cells.get("name") == wanted:
            return index + 2
    return None
