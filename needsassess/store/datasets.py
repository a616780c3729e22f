"""Datasets in the store: CSV lists that forms read (select_one_from_file, pulldata, instance lookups).

Every import of a list under a name is a new version unless its content is the same as the latest
(then nothing changes). Forms read the latest version. ``StoreDatasets`` is also the engine's
``DatasetSource``: a session asks it for a table by name and gets the rows once, with the engine's
indexes built on first use and kept while the version stays the latest.
"""

from __future__ import annotations

import builtins
import hashlib
import json
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, insert, select

from needsassess.engine.datasets import DatasetTable
from needsassess.store.models import DATASET_ROWS, DATASET_VERSIONS
from needsassess.timefmt import utc_now

if TYPE_CHECKING:
    from needsassess.store.store import AssessmentStore

_BATCH = 5_000


@dataclass(frozen=True)
class DatasetInfo:
    name: str
    version: int
    columns: tuple[str, ...]
    row_count: int
    sha256: str
    source: str
    stored_at: str


def content_sha256(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    digest = hashlib.sha256(json.dumps(list(columns), ensure_ascii=False).encode())
    for row in rows:
        digest.update(b"\n" + json.dumps(list(row), ensure_ascii=False).encode())
    return digest.hexdigest()


class StoreDatasets:
    """The datasets of one store; also the engine's DatasetSource for sessions of that store."""

    def __init__(self, store: AssessmentStore) -> None:
        self._store = store
        self._tables: dict[str, tuple[int, DatasetTable]] = {}

    def add(self, name: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
            source: str = "") -> tuple[DatasetInfo, bool]:
        """Store a new version (or nothing when it equals the latest); (info, whether it was added)."""
        sha = content_sha256(columns, rows)
        latest = self.latest(name)
        if latest is not None and latest.sha256 == sha:
            return latest, False
        with self._store.write("import a dataset") as conn:
            current = conn.execute(select(func.max(DATASET_VERSIONS.c.version))
                                   .where(DATASET_VERSIONS.c.name == name)).scalar()
            version = int(current or 0) + 1
            info = DatasetInfo(name, version, tuple(columns), len(rows), sha, source[:300], utc_now())
            conn.execute(insert(DATASET_VERSIONS).values(
                name=name, version=version, columns=list(columns), row_count=len(rows), sha256=sha,
                source=info.source, stored_at=info.stored_at))
            for start in range(0, len(rows), _BATCH):
                conn.execute(insert(DATASET_ROWS), [
                    {"name": name, "version": version, "position": start + i, "cells": list(row)}
                    for i, row in enumerate(rows[start:start + _BATCH])])
        return info, True

    def list(self) -> list[DatasetInfo]:
        """The latest version of every dataset, by name."""
        latest = (select(DATASET_VERSIONS.c.name, func.max(DATASET_VERSIONS.c.version).label("version"))
                  .group_by(DATASET_VERSIONS.c.name).subquery())
        query = (select(DATASET_VERSIONS).join(latest, (DATASET_VERSIONS.c.name == latest.c.name)
                                               & (DATASET_VERSIONS.c.version == latest.c.version))
                 .order_by(DATASET_VERSIONS.c.name))
        with self._store.read("list datasets") as conn:
            return [_info(row) for row in conn.execute(query).mappings()]

    def latest(self, name: str) -> DatasetInfo | None:
        query = (select(DATASET_VERSIONS).where(DATASET_VERSIONS.c.name == name)
                 .order_by(DATASET_VERSIONS.c.version.desc()).limit(1))
        with self._store.read("read a dataset") as conn:
            row = conn.execute(query).mappings().first()
        return _info(row) if row is not None else None

    def rows(self, name: str, version: int) -> builtins.list[builtins.list[str]]:
        query = (select(DATASET_ROWS.c.cells).where(DATASET_ROWS.c.name == name, DATASET_ROWS.c.version == version)
                 .order_by(DATASET_ROWS.c.position))
        with self._store.read("read a dataset") as conn:
            return [list(cells) for cells in conn.execute(query).scalars()]

    def table(self, name: str) -> DatasetTable | None:
        """The latest version as the engine reads it; cached (with its indexes) while it stays the latest."""
        info = self.latest(name)
        if info is None:
            return None
        cached = self._tables.get(name)
        if cached is not None and cached[0] == info.version:
            return cached[1]
        table = DatasetTable(name, info.columns, self.rows(name, info.version))
        self._tables[name] = (info.version, table)
        return table


_BY_STORE: weakref.WeakKeyDictionary[AssessmentStore, StoreDatasets] = weakref.WeakKeyDictionary()


def datasets_for(store: AssessmentStore) -> StoreDatasets:
    """The store's datasets, one object per store so the lists' indexes are built once per version."""
    found = _BY_STORE.get(store)
    if found is None:
        found = _BY_STORE[store] = StoreDatasets(store)
    return found


def _info(row: object) -> DatasetInfo:
    m = dict(row)  # type: ignore[call-overload]  # a RowMapping
    return DatasetInfo(name=m["name"], version=int(m["version"]), columns=tuple(m["columns"]),
                       row_count=int(m["row_count"]), sha256=m["sha256"], source=m["source"],
                       stored_at=m["stored_at"])
