"""Reading an XLSForm with pyxform itself, the converter ODK Central and KoboToolbox use.

pyxform is the reference: a workbook it converts is a workbook we import, and one it refuses we
refuse with its own (row-located) message. Its workbook-to-dict stage keeps blank rows, so the
position of a row in its sheet list is the Excel row number minus two; we keep a map from each
question name to that row, for the report.

Before pyxform sees the file we check the container (size, zip bomb, .xlsx or .xls by its magic
bytes), and after, the number of cells with content: a sheet whose declared range spans thousands
of empty columns is fine (pyxform stops after a run of empty columns or rows).
"""

from __future__ import annotations

import dataclasses
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from typing import Any

from needsassess.errors.dataset_codes import XLSFormCode
from needsassess.errors.xlsform_codes import XLSFormReason
from needsassess.xlsform import pyxform_messages
from needsassess.xlsform.report import ERROR, NOTE, ImportReport, XLSFormError

MAX_FILE_BYTES = 20 * 2**20
# openpyxl needs ~0.4 s and ~10 MB of memory per MB of sheet XML: 16 MB is read in under 8 s, and
# a real XLSForm of a few thousand rows unpacks to a few MB (docs/xlsform.md).
MAX_UNPACKED = 16 * 2**20
MAX_CONTENT_CELLS = 400_000  # cells with a value, over every sheet
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_NAME_COLUMNS = ("name", "value", "tag")


@dataclass
class PyxformForm:
    """pyxform's normalised form (``workbook_to_json``'s dict) and what we need beside it."""

    data: dict[str, Any]
    warnings: list[str]
    rows: dict[str, int] = field(default_factory=dict)  # question name -> Excel row of the survey sheet
    survey_sheet: str = "survey"
    external_choices: bool = False


def _file_type(path: Path, raw: bytes, report: ImportReport) -> str:
    if raw.startswith(_OLE2):
        return ".xls"
    try:
        with zipfile.ZipFile(BytesIO(raw)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise XLSFormError(report, XLSFormCode.NOT_A_WORKBOOK, file=path.name) from None
    if sum(info.file_size for info in infos) > MAX_UNPACKED:
        raise XLSFormError(report, XLSFormCode.UNPACKS_TOO_LARGE, file=path.name, limit=MAX_UNPACKED // 2**20)
    if "xl/workbook.xml" not in {info.filename for info in infos}:
        raise XLSFormError(report, XLSFormCode.ZIP_NOT_WORKBOOK, file=path.name)
    return ".xlsx"


def read_bytes(path: Path, report: ImportReport) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise XLSFormError(report, XLSFormCode.FILE_TOO_LARGE, file=path.name, size=size // 2**20,
                               limit=MAX_FILE_BYTES // 2**20)
        return path.read_bytes()
    except OSError as err:
        raise XLSFormError(report, XLSFormCode.UNREADABLE, path=path, detail=err.strerror or err) from None


def read_xlsform(path: Path, report: ImportReport) -> PyxformForm:
    """pyxform's conversion of the file; XLSFormError with pyxform's message where pyxform refuses."""
    from pyxform.xls2json_backends import get_xlsform
    from pyxform.xls2xform import convert

    raw = read_bytes(path, report)
    file_type = _file_type(path, raw, report)
    warnings: list[str] = []
    survey_rows: list[dict[str, Any]] = []
    survey_sheet = "survey"  # until pyxform has read the sheet names
    sheets: list[str] = []
    try:
        definition = get_xlsform(xlsform=raw, file_type=file_type)
        _check_content(path, definition, report)
        sheets = [str(name) for name in definition.sheet_names or []]
        survey_sheet = _survey_sheet_name(definition)
        survey_rows = list(definition.survey or [])
        rows = _name_rows(survey_rows)
        data = dataclasses.asdict(definition)
        data["fallback_form_name"] = path.stem
        result = convert(xlsform=data, warnings=warnings, form_name="data")
    except XLSFormError:
        raise
    # pyxform raises its own PyXFormError for what it refuses, and on damaged or hostile files a
    # range of others (KeyError, ValueError, zlib.error, xlrd's, ...): each means "pyxform does not
    # convert this file", which we report as a refusal (in our words where we know the message,
    # pyxform_messages), never as a traceback.
    except Exception as err:
        detail = " ".join(str(err).split()) or type(err).__name__
        said = pyxform_messages.refusal(detail, survey_sheet, survey_rows, sheets, path.name)
        report.add(ERROR, said.sheet, said.row, said.column, said.reason, **said.params)
        if said.reason is XLSFormReason.PYXFORM_REFUSES:
            raise XLSFormError(report, XLSFormCode.PYXFORM_REFUSES, file=path.name, detail=detail) from None
        raise XLSFormError(report, XLSFormCode.PROBLEMS, file=path.name, count=1) from None
    for warning in warnings:
        noted = pyxform_messages.warning(warning, survey_sheet)
        if noted is not None:
            report.add(NOTE, noted.sheet, noted.row, noted.column, noted.reason, **noted.params)
    return PyxformForm(data=result._pyxform, warnings=warnings, rows=rows, survey_sheet=survey_sheet,
                       external_choices=result.itemsets is not None)


def _check_content(path: Path, definition: Any, report: ImportReport) -> None:
    cells = 0
    for name in ("survey", "choices", "settings", "external_choices", "entities", "osm"):
        cells += sum(len(row) for row in getattr(definition, name) or [])
    if cells > MAX_CONTENT_CELLS:
        raise XLSFormError(report, XLSFormCode.TOO_MANY_CELLS, file=path.name, cells=cells, limit=MAX_CONTENT_CELLS)


def _survey_sheet_name(definition: Any) -> str:
    names = list(definition.sheet_names or [])
    for name in names:
        if name.lower() == "survey":
            return str(name)
    return str(names[0]) if len(names) == 1 else "survey"


def _name_rows(survey: list[dict[str, Any]]) -> dict[str, int]:
    """Question name -> Excel row (pyxform keeps blank rows, so index + 2 is the row)."""
    rows: dict[str, int] = {}
    for index, row in enumerate(survey):
        for header, value in row.items():
            if str(header).strip().lower() in _NAME_COLUMNS and value:
                rows.setdefault(str(value).strip(), index + 2)
                break
    return rows
