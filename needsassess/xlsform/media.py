"""Form media: the CSV lists an XLSForm names, found, read and checked against the form.

ODK keeps them beside the form or in ``FORM-media/``; ``--media DIR`` names another folder. A CSV is
UTF-8 (with or without BOM) with a header row. Every reference a form makes to a list (a select from
a file, pulldata(), an instance lookup, a choice_filter's columns) is checked against the list's
columns here, so a missing file or column is reported before anything is stored.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from needsassess.engine.datasets import columns_of, dataset_name
from needsassess.engine.expr import ast as A
from needsassess.engine.model import Expression, Form, Question
from needsassess.errors import Phrase, UserError
from needsassess.errors.dataset_codes import DatasetCode, XLSFormCode
from needsassess.errors.xlsform_codes import XLSFormReason
from needsassess.xlsform.report import ERROR, ImportReport

MAX_CSV_BYTES = 50 * 2**20
MAX_CSV_ROWS = 500_000
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*\Z")


class DatasetError(UserError):
    """A CSV list cannot be used; the message says which file, line or column and why."""


@dataclass(frozen=True)
class CsvList:
    name: str
    columns: tuple[str, ...]
    rows: list[list[str]]
    source: Path


def read_csv(path: Path, name: str) -> CsvList:
    """A CSV list: UTF-8 (BOM allowed), a header row of distinct non-empty names, rows as text."""
    if not NAME_RE.match(name):
        raise DatasetError(DatasetCode.BAD_NAME, name=name)
    try:
        if path.stat().st_size > MAX_CSV_BYTES:
            raise DatasetError(DatasetCode.TOO_LARGE, file=path.name, limit=MAX_CSV_BYTES // 2**20)
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as err:
        raise DatasetError(DatasetCode.UNREADABLE, path=path, detail=err.strerror or err) from None
    except UnicodeDecodeError as err:
        line = text_line(path, err.start)
        raise DatasetError(DatasetCode.NOT_UTF8, file=path.name, line=line) from None
    if "\x00" in text:
        raise DatasetError(DatasetCode.NOT_TEXT, file=path.name)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header or not any(h.strip() for h in header):
            raise DatasetError(DatasetCode.EMPTY_HEADER, file=path.name)
        columns = tuple(h.strip() for h in header)
        _check_header(path, columns)
        rows: list[list[str]] = []
        for row in reader:
            if len(rows) >= MAX_CSV_ROWS:
                raise DatasetError(DatasetCode.TOO_MANY_ROWS, file=path.name, limit=MAX_CSV_ROWS)
            if any(cell.strip() for cell in row):
                rows.append([cell.strip() for cell in row[: len(columns)]] + [""] * (len(columns) - len(row)))
    except csv.Error as err:
        raise DatasetError(DatasetCode.NOT_CSV, file=path.name, line=reader.line_num, detail=err) from None
    return CsvList(name, columns, rows, path)


def text_line(path: Path, offset: int) -> int:
    return path.read_bytes()[:offset].count(b"\n") + 1


def _check_header(path: Path, columns: Sequence[str]) -> None:
    seen: set[str] = set()
    for number, column in enumerate(columns, start=1):
        if not column:
            raise DatasetError(DatasetCode.UNNAMED_COLUMN, file=path.name, number=number)
        if column in seen:
            raise DatasetError(DatasetCode.DUPLICATE_COLUMN, file=path.name, column=column)
        seen.add(column)


def find_media(form_path: Path, names: Iterable[str], media_dir: Path | None) -> dict[str, Path | None]:
    """Each list's CSV file: in ``media_dir``, else beside the form, else in ``FORM-media/``."""
    folders = [media_dir] if media_dir is not None else [form_path.parent,
                                                          form_path.parent / f"{form_path.stem}-media"]
    found: dict[str, Path | None] = {}
    for name in sorted(names):
        found[name] = next((folder / f"{name}.csv" for folder in folders if (folder / f"{name}.csv").is_file()),
                           None)
    return found


def read_media(form: Form, names: Iterable[str], form_path: Path, report: ImportReport,
               media_dir: Path | None = None) -> tuple[CsvList, ...]:
    """The CSV lists ``form`` reads, found as ``forms import`` finds them; a missing file, an unreadable list
    or a missing column becomes an error line of ``report``, shown with the rest of the import report."""
    lists: list[CsvList] = []
    where = Phrase(XLSFormCode.BESIDE_THE_FORM, folder=f"{form_path.stem}-media/") if media_dir is None \
        else str(media_dir)
    for name, path in find_media(form_path, names, media_dir).items():
        if path is None:
            report.add(ERROR, "survey", None, "type", XLSFormCode.LIST_NOT_FOUND, name=name, where=where)
            continue
        try:
            lists.append(read_csv(path, name))
        except DatasetError as err:
            if err.entry is None:  # every DatasetError carries its entry; a plain one would be our bug
                raise
            report.add(ERROR, f"{name}.csv", None, None, err.entry, **err.params)
    if not report.errors:
        for problem in reference_problems(form, {item.name: item.columns for item in lists}):
            report.add(ERROR, "survey", None, None, problem)
    return tuple(lists)


def reference_problems(form: Form, columns: Mapping[str, Sequence[str]]) -> list[Phrase]:
    """Every use of a dataset in ``form`` whose list or column is missing (``columns``: name → header)."""
    problems: list[Phrase] = []
    for q in form.questions():
        problems.extend(_question_problems(q, form, columns))
    return problems


def _question_problems(q: Question, form: Form, columns: Mapping[str, Sequence[str]]) -> list[Phrase]:
    problems: list[Phrase] = []
    name = dataset_name(q)
    if name is not None:
        header = columns.get(name)
        if header is None:
            problems.append(Phrase(XLSFormReason.QUESTION_COLUMN_PROBLEM, question=q.name, column="type",
                                   problem=Phrase(XLSFormReason.LIST_TO_IMPORT, name=name)))
        else:
            value, label = columns_of(q)
            wanted = [value, label] + ([n.name for n in q.choice_filter.node.walk() if isinstance(n, A.Column)]
                                       if q.choice_filter is not None else [])
            problems.extend(Phrase(XLSFormReason.QUESTION_PROBLEM, question=q.name,
                                   problem=_no_column(name, c, header))
                            for c in dict.fromkeys(wanted) if c not in header
                            and not any(h.startswith(f"{c}::") for h in header))
    for column in ("relevant", "constraint", "calculation", "required", "choice_filter"):
        expression: Expression | None = getattr(q, column)
        if expression is not None:
            problems.extend(Phrase(XLSFormReason.QUESTION_COLUMN_PROBLEM, question=q.name, column=column, problem=p)
                            for p in _pulldata_problems(expression, form, columns))
    return problems


def _no_column(name: str, column: str, header: Sequence[str]) -> Phrase:
    return Phrase(XLSFormReason.LIST_HAS_NO_COLUMN, name=name, column=column, columns=", ".join(header))


def _pulldata_problems(expression: Expression, form: Form, columns: Mapping[str, Sequence[str]]) -> list[Phrase]:
    problems: list[Phrase] = []
    for node in expression.node.walk():
        if not (isinstance(node, A.Call) and node.name == "pulldata" and isinstance(node.args[0], A.String)):
            continue
        name = node.args[0].value
        if name in form.choices:
            header: Sequence[str] = ["name", "label", *{k for c in form.choices[name].choices for k in c.extras}]
        elif name in columns:
            header = columns[name]
        else:
            problems.append(Phrase(XLSFormReason.PULLDATA_UNKNOWN_LIST, name=name))
            continue
        for arg in (node.args[1], node.args[2]):
            if isinstance(arg, A.String) and arg.value not in header:
                problems.append(_no_column(name, arg.value, header))
    return problems


def datasets_used(form: Form) -> list[str]:
    """The names of the datasets a form reads (selects from file, pulldata with a literal name), sorted."""
    names: set[str] = set()
    for q in form.questions():
        name = dataset_name(q)
        if name is not None:
            names.add(name)
        for column in ("relevant", "constraint", "calculation", "required", "choice_filter"):
            expression: Expression | None = getattr(q, column)
            if expression is None:
                continue
            for node in expression.node.walk():
                if isinstance(node, A.Call) and node.name == "pulldata" and isinstance(node.args[0], A.String) \
                        and node.args[0].value not in form.choices:
                    names.add(node.args[0].value)
    return sorted(names)
