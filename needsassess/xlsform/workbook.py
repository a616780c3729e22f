"""Reading an XLSForm workbook safely, keeping sheet names and row numbers for the report.

pyxform's own reader is the reference for XLSForm, but it drops blank rows and so the row numbers
a person sees in Excel; we read with openpyxl (what pyxform uses underneath), cell values only
(``data_only``: a formula gives its last computed value), with limits on size so a hostile file
cannot exhaust memory.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from needsassess.xlsform.report import ERROR, NOTE, ImportReport, XLSFormError

MAX_FILE_BYTES = 20 * 2**20
MAX_ROWS = 20_000
MAX_COLUMNS = 200
# openpyxl needs ~0.4 s and ~10 MB of memory per MB of sheet XML: 16 MB is read in under 8 s, and
# a real XLSForm of a few thousand rows unpacks to a few MB (docs/xlsform.md).
MAX_UNPACKED = 16 * 2**20


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)  # (Excel row number, values)


def _check_container(path: Path, report: ImportReport) -> None:
    try:
        size = path.stat().st_size
    except OSError as err:
        raise XLSFormError(report, f"cannot read {path}: {err.strerror or err}") from None
    if size > MAX_FILE_BYTES:
        raise XLSFormError(report, f"{path.name} is {size // 2**20} MB; an XLSForm is at most "
                                   f"{MAX_FILE_BYTES // 2**20} MB")
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise XLSFormError(report, f"{path.name} is not an .xlsx workbook (an old .xls or another file "
                                   "renamed?). Save it from Excel as .xlsx and try again.") from None
    if unpacked > MAX_UNPACKED:
        raise XLSFormError(report, f"{path.name} unpacks to {unpacked // 2**20} MB; an XLSForm unpacks to at most "
                                   f"{MAX_UNPACKED // 2**20} MB")
    if "xl/workbook.xml" not in names:
        raise XLSFormError(report, f"{path.name} is a zip file but not an Excel workbook")


def read_workbook(path: Path, report: ImportReport) -> dict[str, Sheet]:
    """Every sheet by lower-cased name; raises XLSFormError for a file that is not a sane workbook."""
    import openpyxl

    _check_container(path, report)
    try:
        book = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception as err:  # openpyxl raises many exception types for damaged files
        raise XLSFormError(report, f"{path.name} cannot be read as a workbook: {type(err).__name__}: {err}") \
            from None
    sheets: dict[str, Sheet] = {}
    try:
        for ws in book.worksheets:
            sheet = _read_sheet(ws, report)
            if sheet is not None:
                sheets[ws.title.strip().lower()] = sheet
    finally:
        book.close()
    _report_formulas(path, sheets, report)
    return sheets


def _report_formulas(path: Path, sheets: dict[str, Sheet], report: ImportReport) -> None:
    """Formulas are read as their last computed value; one never computed (a file written by a
    program, not Excel) reads as empty, which the person must be told."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        for ws in book.worksheets:
            sheet = sheets.get(ws.title.strip().lower())
            if sheet is None:
                continue
            for row in ws.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str) and cell.value.startswith("="):
                        report.add(NOTE, sheet.name, cell.row, sheet.header[cell.column - 1]
                                   if cell.column - 1 < len(sheet.header) else None,
                                   f"cell {cell.coordinate} is a formula ({cell.value[:40]}); its last computed "
                                   "value is used (open and save the file in Excel if it looks empty)")
    finally:
        book.close()


def _read_sheet(ws: Any, report: ImportReport) -> Sheet | None:
    name = ws.title.strip()
    if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
        report.add(ERROR, name, None, None, f"the sheet has {ws.max_row} rows and {ws.max_column} columns; "
                   f"at most {MAX_ROWS} rows and {MAX_COLUMNS} columns are read")
        return None
    for merged in ws.merged_cells.ranges:
        report.add(NOTE, name, merged.min_row, None, f"merged cells {merged.coord}: only the first cell's value "
                   "is used")
    rows = ws.iter_rows(values_only=True)
    header_row = next(rows, None)
    if header_row is None:
        return Sheet(name, [])
    header = [str(v).strip() if v is not None else "" for v in header_row]
    sheet = Sheet(name, header)
    for number, values in enumerate(rows, start=2):
        row = {header[i]: _cell(v) for i, v in enumerate(values) if i < len(header) and header[i] and
               _cell(v) is not None}
        if row:
            sheet.rows.append((number, row))
    return sheet


def _cell(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
