"""Tables for analysis: one sheet per form, one row per assessment, one column per question.

Repeats get their own sheets, one row per instance, linked to their assessment by uuid. A choice
question gives its choice name and its label (for a select from a file, the label of the dataset's
row); a geopoint four columns. Text that a spreadsheet would
run as a formula (``=``, ``+``, ``-``, ``@`` first) is neutralised: imported data is not trusted.
CSV is UTF-8 with a BOM so that Excel reads Nepali and Uzbek correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from needsassess.engine import geo
from needsassess.engine.datasets import DatasetSource, dataset_choice
from needsassess.engine.model import Form, QType, Question, Repeat
from needsassess.errors.sync_codes import ExportCode
from needsassess.store import COMPLETE, AssessmentStore, ListQuery, ledger
from needsassess.store.datasets import datasets_for
from needsassess.sync.errors import ExportError
from needsassess.sync.writer import atomic_file

META = (
    "uuid",
    "form_id",
    "form_version",
    "revision",
    "status",
    "title",
    "site",
    "officer",
    "origin_device",
    "created_at",
    "finalized_at",
    "content_hash",
    "review",
)
_GEO = ("lat", "lon", "alt", "accuracy")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: list[list[Any]] = field(default_factory=list)


def _columns(question: Question) -> list[str]:
    if question.type in (QType.SELECT_ONE, QType.SELECT_MULTIPLE):
        return [question.name, f"{question.name}_label"]
    if question.type is QType.GEOPOINT:
        return [f"{question.name}_{k}" for k in _GEO]
    return [question.name]


def _cells(form: Form, question: Question, value: Any, lang: str, datasets: DatasetSource | None = None) -> list[Any]:
    if question.type in (QType.SELECT_ONE, QType.SELECT_MULTIPLE):
        names = value if isinstance(value, list) else ([] if value is None else [value])
        choices = form.choices.get(question.list_name or "")
        labels = []
        for name in names:
            choice = choices.get(str(name)) if choices else dataset_choice(question, datasets, str(name))
            labels.append(choice.label.get(lang, form.default_language) if choice else str(name))
        return [" ".join(str(n) for n in names) or None, "; ".join(labels) or None]
    if question.type is QType.GEOPOINT:
        point = value if isinstance(value, dict) else {}
        return [point.get(k) for k in _GEO]
    if question.type in (QType.GEOTRACE, QType.GEOSHAPE) and isinstance(value, list):
        return [geo.odk_text(value)]  # ODK's "lat lon alt acc;..." text, as KoboToolbox exports it
    if isinstance(value, list | dict):
        return [str(value)]
    return [value]


def _level_questions(form: Form, level: str) -> list[Question]:
    return [
        q
        for q in form.questions()
        if (q.repeats[-1] if q.repeats else "") == level and q.type is not QType.NOTE
    ]


class _FormTables:
    """The sheets of one form version (the newest version used decides the columns)."""

    def __init__(self, form: Form, lang: str, datasets: DatasetSource | None = None) -> None:
        self.form, self.lang, self.datasets = form, lang, datasets
        self.levels = {"": _level_questions(form, "")}
        for element in form.walk():
            if isinstance(element, Repeat):
                self.levels[element.name] = _level_questions(form, element.name)
        self.sheets = {
            level: Sheet(self._sheet_name(level), self._header(level, qs))
            for level, qs in self.levels.items()
        }

    def _sheet_name(self, level: str) -> str:
        return self.form.form_id if not level else f"{self.form.form_id}.{level}"

    def _header(self, level: str, questions: list[Question]) -> list[str]:
        lead = list(META) if not level else ["uuid", "instance"]
        return lead + [c for q in questions for c in _columns(q)]

    def add(self, meta: list[Any], answers: Mapping[str, Any]) -> None:
        self._add_level("", meta, answers, str(meta[0]), "")

    def _add_level(self, level: str, lead: list[Any], answers: Mapping[str, Any], uuid: str, path: str) -> None:
        row = list(lead)
        for q in self.levels[level]:
            row.extend(_cells(self.form, q, answers.get(q.name), self.lang, self.datasets))
        self.sheets[level].rows.append(row)
        for name, value in answers.items():
            if name in self.levels and name != level and isinstance(value, list):
                for index, instance in enumerate(value, start=1):
                    if isinstance(instance, dict):
                        child = f"{path}.{index}" if path else str(index)
                        self._add_level(name, [uuid, child], instance, uuid, child)


def build_tables(store: AssessmentStore, form_id: str | None = None, lang: str = "en") -> list[Sheet]:
    """Sheets for every form (or one), over complete assessments; reviews in the ``review`` column."""
    selection = ListQuery(form_id=form_id or None, status=COMPLETE)
    rows = sorted(store.records(selection), key=lambda r: (r.form_id, r.created_at, r.uuid))
    with store.read("read the review states") as conn:
        reviews = {uuid: state for uuid, (state, _comment) in ledger.review_states(conn, None).items()}
    by_form: dict[str, _FormTables] = {}
    datasets = datasets_for(store)
    for row in rows:
        tables = by_form.get(row.form_id)
        if tables is None or tables.form.version < row.form_version:
            tables = by_form[row.form_id] = _merge(
                tables, store.forms.get(row.form_id, row.form_version), lang, datasets
            )
        meta = [
            row.uuid,
            row.form_id,
            row.form_version,
            row.revision,
            row.status,
            row.title,
            row.site,
            row.officer,
            row.origin_device,
            row.created_at,
            row.finalized_at,
            row.content_hash,
            reviews.get(row.uuid, "received"),
        ]
        tables.add(meta, row.answers or {})
    if form_id and not by_form:
        raise ExportError(ExportCode.NO_TABLE_ROWS, form_id=form_id)
    return [sheet for tables in by_form.values() for sheet in tables.sheets.values()]


def _merge(previous: _FormTables | None, form: Form, lang: str, datasets: DatasetSource | None = None) -> _FormTables:
    tables = _FormTables(form, lang, datasets)
    if previous is not None:  # rows already made keep their columns by name
        for level, sheet in previous.sheets.items():
            target = tables.sheets.get(level)
            if target is not None:
                index = {name: i for i, name in enumerate(sheet.header)}
                target.rows.extend(
                    [[r[index[h]] if h in index else None for h in target.header] for r in sheet.rows]
                )
    return tables


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def write_csv(sheets: list[Sheet], folder: Path) -> list[Path]:
    """One ``<sheet>.csv`` per sheet in ``folder`` (UTF-8 with BOM)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for sheet in sheets:
        target = folder / f"{sheet.name}.csv"
        with atomic_file(target) as out:
            text = _csv_text(sheet)
            out.write(text.encode("utf-8-sig"))
        written.append(target)
    return written


def _csv_text(sheet: Sheet) -> str:
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(sheet.header)
    writer.writerows([[_safe(v) for v in row] for row in sheet.rows])
    return buffer.getvalue()


def _xlsx_rows(sheet: Sheet, ws: Any) -> Iterator[list[Any]]:
    from openpyxl.cell import WriteOnlyCell

    yield list(sheet.header)
    for row in sheet.rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
            cells.append(cell)
        yield cells


def write_xlsx(sheets: list[Sheet], path: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    used: set[str] = set()
    for sheet in sheets:
        title = sheet.name[:31]
        while title in used:
            title = title[:28] + f"~{len(used)}"
        used.add(title)
        ws = workbook.create_sheet(title)
        for row in _xlsx_rows(sheet, ws):
            ws.append(row)
    with atomic_file(path) as out:
        workbook.save(out)
    return path


def export_tables(
    store: AssessmentStore, target: str | Path, form_id: str | None = None, lang: str = "en"
) -> list[Path]:
    """``target`` ending in .xlsx: one workbook; in .geojson: points, lines and areas (``geojson``);
    otherwise a folder of CSV files."""
    target = Path(target)
    if target.suffix.lower() == ".geojson":
        from needsassess.analysis.geojson import export_geojson

        return [export_geojson(store, target, form_id, lang)]
    sheets = build_tables(store, form_id, lang)
    if target.suffix.lower() == ".xlsx":
        return [write_xlsx(sheets, target)]
    return write_csv(sheets, target)
