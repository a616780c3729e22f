"""Fuzzing the importer with mutated packages: refused or imported, never a crash, never half-done.

Brief in CI; ``NEEDSASSESS_LONG=1`` runs many more examples.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from needsassess.sync.errors import PackageRefused
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from needsassess.sync.reader import PackageReader
from tests.sync.conftest import StoreFactory, finalized
from tests.sync.test_import_refusals import folder_state, rows_state
from tests.sync.zips import read_all

LONG = bool(os.environ.get("NEEDSASSESS_LONG"))
Mutation = tuple[str, int, int]


@st.composite
def mutations(draw: st.DrawFn) -> list[Mutation]:
    kinds = st.sampled_from(["flip", "set", "cut", "insert", "delete"])
    return draw(
        st.lists(st.tuples(kinds, st.integers(0, 1 << 30), st.integers(0, 255)), min_size=1, max_size=4)
    )


def mutate(data: bytes, changes: list[Mutation]) -> bytes:
    buf = bytearray(data)
    for kind, where, value in changes:
        if not buf:
            break
        at = where % len(buf)
        if kind == "flip":
            buf[at] ^= 1 << (value % 8)
        elif kind == "set":
            buf[at] = value
        elif kind == "cut":
            del buf[at:]
        elif kind == "insert":
            buf[at:at] = bytes([value]) * (1 + value % 7)
        else:
            del buf[at : at + 1 + value % 16]
    return bytes(buf)


@pytest.fixture(scope="module")
def good_package(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from needsassess.store import open_store
    from tests.sync.conftest import FORM_YAML

    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "forms").mkdir()
    (folder / "forms" / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    with open_store(folder / "officer", forms_dir=folder / "forms") as store:
        finalized(store, "Khajura", 12, photo=5, pits=(1.0, 2.5))
        finalized(store, "Bukhara", 30)
        return export_package(store, folder / "p.napkg").path.read_bytes()


@settings(
    max_examples=2000 if LONG else 150,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.generate],
    database=None,
)
@given(changes=mutations())
def test_the_reader_refuses_or_reads_mutated_packages(
    good_package: bytes, tmp_path_factory: pytest.TempPathFactory, changes: list[Mutation]
) -> None:
    path = tmp_path_factory.mktemp("m") / "p.napkg"
    path.write_bytes(mutate(good_package, changes))
    try:
        with PackageReader(path) as reader:
            read_all(reader)
    except PackageRefused as refusal:
        assert refusal.reason


@settings(
    max_examples=300 if LONG else 12,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.generate],
    database=None,
)
@given(changes=mutations())
def test_the_importer_is_all_or_nothing_on_mutated_packages(
    good_package: bytes,
    make_store: StoreFactory,
    tmp_path_factory: pytest.TempPathFactory,
    changes: list[Mutation],
) -> None:
    folder = tmp_path_factory.mktemp("i")
    store = make_store(str(folder / "coordinator"))
    path = folder / "p.napkg"
    path.write_bytes(mutate(good_package, changes))
    before = rows_state(store), folder_state(store.data_dir)
    try:
        result = import_package(store, path)
    except PackageRefused:
        assert (rows_state(store), folder_state(store.data_dir)) == before
    else:
        assert result.new == 2  # a mutation that changed nothing that matters
    store.close()


def test_mutation_is_not_a_no_op(good_package: bytes) -> None:
    assert mutate(good_package, [("flip", 100, 3)]) != good_package
