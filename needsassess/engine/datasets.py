"""Lists that travel with a form (datasets: CSV tables kept in the store) as the engine reads them.

Used by ``select_one_from_file``/``select_multiple_from_file`` questions (the list name ends in
``.csv``), by ``pulldata()`` and by ``instance('x')/root/item[...]`` lookups (read as pulldata).

A dataset may have 50,000 rows, so nothing here scans it per answer: each column used as a key gets a
dict index (value → row numbers), built on first use and kept with the table, and a choice_filter of
the shape ``column = expression`` (joined by ``and``) is answered from those indexes. Any other
filter is evaluated row by row, which is correct and slower.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from needsassess.engine.expr import ast as A
from needsassess.engine.expr import compile_expr
from needsassess.engine.expr.values import to_string
from needsassess.engine.model import Choice, Form, LocalText, Question

_EMPTY: tuple[int, ...] = ()


@dataclass
class DatasetTable:
    """One version of a dataset: a header and rows of text, with lazily built indexes."""

    name: str
    columns: tuple[str, ...]
    rows: Sequence[Sequence[str]]
    _indexes: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict, repr=False)
    _positions: dict[str, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._positions = {column: i for i, column in enumerate(self.columns)}

    def has(self, column: str) -> bool:
        return column in self._positions

    def value(self, row: int, column: str) -> str:
        position = self._positions.get(column)
        if position is None:
            return ""
        values = self.rows[row]
        return values[position] if position < len(values) else ""

    def index(self, column: str) -> dict[str, tuple[int, ...]]:
        """value → the rows holding it (in file order); built once per column."""
        found = self._indexes.get(column)
        if found is None:
            building: dict[str, list[int]] = {}
            for row in range(len(self.rows)):
                building.setdefault(self.value(row, column), []).append(row)
            found = {key: tuple(rows) for key, rows in building.items()}
            self._indexes[column] = found
        return found

    def rows_where(self, column: str, key: str) -> tuple[int, ...]:
        return self.index(column).get(key, _EMPTY) if self.has(column) else _EMPTY

    def lookup(self, column: str, key_column: str, key: str) -> str:
        """``column`` of the first row whose ``key_column`` equals ``key``; empty when none does."""
        rows = self.rows_where(key_column, key)
        return self.value(rows[0], column) if rows else ""

    def choice(self, row: int, value_column: str = "name", label_column: str = "label") -> Choice:
        texts = {_language_key(column.split("::", 1)[1]): self.value(row, column) for column in self.columns
                 if column.startswith(f"{label_column}::")}
        texts.setdefault("", self.value(row, label_column) or self.value(row, value_column))
        extras = {column: self.value(row, column) for column in self.columns}
        return Choice(name=self.value(row, value_column), label=LocalText(MappingProxyType(texts)),
                      extras=MappingProxyType(extras))


# A CSV's label columns are spelled as in XLSForm: ``label::English (en)``, ``label::en``, ``label::Nepali``.
_WITH_CODE = re.compile(r".*\(\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\s*\)\s*\Z")
_NAMES = {"english": "en", "nepali": "ne", "uzbek": "uz", "russian": "ru"}  # the app's own languages


def _language_key(spelling: str) -> str:
    """The language code a label column is for, so labels show in the form language like the form's own."""
    spelling = spelling.strip()
    match = _WITH_CODE.match(spelling)
    if match:
        return match.group(1).lower()
    return _NAMES.get(spelling.lower(), spelling.lower())


class DatasetSource(Protocol):
    """Where a session finds datasets by name (the store, or a dict in tests)."""

    def table(self, name: str) -> DatasetTable | None: ...


@dataclass
class MemoryDatasets:
    """Datasets held in memory: tests, benchmarks, and a form checked before its lists are stored."""

    tables: Mapping[str, DatasetTable]

    def table(self, name: str) -> DatasetTable | None:
        return self.tables.get(name)


def dataset_name(q: Question) -> str | None:
    """The dataset a select reads its choices from (``select_one_from_file sites.csv``), or None."""
    if q.list_name and q.list_name.lower().endswith(".csv"):
        return q.list_name[:-4]
    return None


def columns_of(q: Question) -> tuple[str, str]:
    """The value and label columns of a select from a dataset (``parameters: value=id label=title``)."""
    return q.parameters.get("value", "name"), q.parameters.get("label", "label")


def dataset_size(q: Question, source: DatasetSource | None) -> int:
    """How many rows a select from a dataset can offer before its filter (0 when the list is not stored)."""
    name = dataset_name(q)
    table = source.table(name) if source is not None and name is not None else None
    return len(table.rows) if table is not None else 0


def pulldata(form: Form, source: DatasetSource | None, dataset: str, column: str, key_column: str,
             key: str) -> str:
    """The lookup behind pulldata(): a choice list of the form first (``instance('list')``), else a dataset."""
    choices = form.choices.get(dataset)
    if choices is not None:
        for choice in choices.choices:
            if _choice_column(choice, key_column) == key:
                return _choice_column(choice, column)
        return ""
    table = source.table(dataset) if source is not None else None
    return table.lookup(column, key_column, key) if table is not None else ""


def _choice_column(choice: Choice, column: str) -> str:
    if column == "name":
        return choice.name
    if column == "label":
        return choice.label.get("", "en")
    return choice.extras.get(column, "")


@dataclass(frozen=True)
class FastFilter:
    """A choice_filter ``col = expr [and col2 = expr2 ...]``: each value computed once, rows from indexes."""

    terms: tuple[tuple[str, Callable[[Any], Any]], ...]


_FAST: dict[A.Node, FastFilter | None] = {}  # trees are immutable and compare by value


def fast_filter(node: A.Node) -> FastFilter | None:
    """The index-served form of a filter, or None when it has another shape."""
    if node not in _FAST:
        terms = _terms(node)
        _FAST[node] = FastFilter(tuple((column, compile_expr(expr)) for column, expr in terms)) if terms else None
    return _FAST[node]


def _terms(node: A.Node) -> list[tuple[str, A.Node]] | None:
    if isinstance(node, A.Binary) and node.op == "and":
        left, right = _terms(node.left), _terms(node.right)
        return None if left is None or right is None else left + right
    if isinstance(node, A.Binary) and node.op == "=":
        for column, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(column, A.Column) and not any(isinstance(n, A.Column) for n in other.walk()):
                return [(column.name, other)]
    return None


def filtered_rows(table: DatasetTable, fast: FastFilter, run: Callable[[Callable[[Any], Any]], Any]) -> Iterable[int]:
    """Rows that pass a fast filter; ``run`` evaluates a compiled expression in the question's context."""
    rows: set[int] | None = None
    first: tuple[int, ...] = ()
    for column, fn in fast.terms:
        found = table.rows_where(column, to_string(run(fn)))
        if rows is None:
            rows, first = set(found), found
        else:
            rows &= set(found)
    if rows is None:
        return range(len(table.rows))
    return first if len(fast.terms) == 1 else sorted(rows)


def allowed_names(q: Question, source: DatasetSource | None, choice_filter: A.Node | None,
                  run_compiled: Callable[[Callable[[Any], Any]], Any],
                  run_filter: Callable[[Choice], bool]) -> list[str]:
    """The names a select from a dataset offers now; fast through the indexes when the filter allows."""
    name = dataset_name(q)
    table = source.table(name) if source is not None and name is not None else None
    if table is None:
        return []
    value_column, label_column = columns_of(q)
    if choice_filter is None:
        return [table.value(row, value_column) for row in range(len(table.rows))]
    fast = fast_filter(choice_filter)
    if fast is not None:
        return [table.value(row, value_column) for row in filtered_rows(table, fast, run_compiled)]
    return [table.value(row, value_column) for row in range(len(table.rows))
            if run_filter(table.choice(row, value_column, label_column))]


def dataset_choice(q: Question, source: DatasetSource | None, value: str) -> Choice | None:
    """The row of a select from a dataset whose value column is ``value``, as a Choice."""
    name = dataset_name(q)
    table = source.table(name) if source is not None and name is not None else None
    if table is None:
        return None
    value_column, label_column = columns_of(q)
    rows = table.rows_where(value_column, value)
    return table.choice(rows[0], value_column, label_column) if rows else None


def dataset_labels(q: Question, source: DatasetSource | None, names: Sequence[str], language: str,
                   fallback: str) -> list[str]:
    """The labels of many rows at once (a drop-down of thousands): the table is looked up once, not per row."""
    name = dataset_name(q)
    table = source.table(name) if source is not None and name is not None else None
    if table is None:
        return list(names)
    value_column, label_column = columns_of(q)
    by_language = {_language_key(column.split("::", 1)[1]): column for column in table.columns
                   if column.startswith(f"{label_column}::")}
    # as Choice.label.get(language, fallback) reads it, without building a Choice per row
    column = by_language.get(language) or by_language.get(fallback) or (
        label_column if table.has(label_column) or not by_language else next(iter(by_language.values())))
    labels = []
    for value in names:
        rows = table.rows_where(value_column, value)
        labels.append((table.value(rows[0], column) or value) if rows else value)
    return labels


def row_allowed(q: Question, source: DatasetSource | None, choice_filter: A.Node | None, value: str,
                run_compiled: Callable[[Callable[[Any], Any]], Any],
                run_filter: Callable[[Choice], bool]) -> bool:
    """Whether ``value`` is a row of the question's dataset that its choice_filter lets through now."""
    name = dataset_name(q)
    table = source.table(name) if source is not None and name is not None else None
    if table is None:
        return False
    value_column, label_column = columns_of(q)
    rows = table.rows_where(value_column, value)
    if not rows or choice_filter is None:
        return bool(rows)
    fast = fast_filter(choice_filter)
    if fast is not None:
        wanted = [(column, to_string(run_compiled(fn))) for column, fn in fast.terms]
        return any(all(table.value(row, column) == key for column, key in wanted) for row in rows)
    return any(run_filter(table.choice(row, value_column, label_column)) for row in rows)
