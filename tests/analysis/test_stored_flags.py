"""Quality flags stored per revision: current after they are computed, stale when a revision arrives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from needsassess.analysis.quality import Thresholds, compute_flags, refresh_stored_flags, store_flags
from needsassess.cli import main
from needsassess.store import AssessmentStore, flag_rows
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.sync.conftest import StoreFactory, finalized


def _state(store: AssessmentStore) -> flag_rows.StoredFlags:
    with store.read("t") as conn:
        return flag_rows.read_flags(conn)


def _dup(state: flag_rows.StoredFlags) -> set[str]:
    """The assessments flagged as copies (every one of this form also lacks its photo)."""
    return {u for u, (_rev, found) in state.flags.items() if any(f.flag == "duplicate" for f in found)}


def _copies(store: AssessmentStore, count: int = 2) -> list[str]:
    return [finalized(store, "Khajura", 10) for _ in range(count)]  # the same answers: duplicates


def test_flags_are_stored_per_revision_and_read_back_the_same(make_store: StoreFactory) -> None:
    store = make_store("coordinator")
    a, b = _copies(store)
    finalized(store, "Koidu", 12)
    assert not _state(store).current
    records, computed = store_flags(store, save=True)
    state = _state(store)
    assert state.current and _dup(state) == {a, b}
    assert state.flags[a][0] == 1 and [f.flag for f in state.flags[a][1]] == ["duplicate", "missing_photo"]
    _records, read = store_flags(store)  # current: read, not computed
    assert {u: [f.text("ne") for f in fs] for u, fs in read.items()} == \
        {u: [f.text("ne") for f in fs] for u, fs in computed.items()}
    assert {r.uuid for r in records} == set(read)


def test_a_finalize_marks_them_stale_and_a_reader_computes_without_writing(make_store: StoreFactory) -> None:
    store = make_store("coordinator")
    a, _b = _copies(store)
    store_flags(store, save=True)
    c = finalized(store, "Khajura", 10)  # a third copy arrives
    assert not _state(store).current
    _records, flags = store_flags(store)  # a reader: computed now, nothing stored
    assert [f.name for f in flags[c]] == ["duplicate", "missing_photo"]
    assert c not in _state(store).flags and not _state(store).current
    assert refresh_stored_flags(store) and _state(store).current and c in _dup(_state(store))
    assert not refresh_stored_flags(store)  # current: nothing to do
    assert a in _dup(_state(store))


def test_other_thresholds_are_computed_on_demand_and_never_stored(make_store: StoreFactory) -> None:
    store = make_store("coordinator")
    _copies(store)
    store_flags(store, save=True)
    before = _state(store)
    _records, flags = store_flags(store, Thresholds(gps_accuracy_m=5), save=True)
    assert _state(store) == before and flags == compute_flags(store, Thresholds(gps_accuracy_m=5))[1]


def test_an_import_marks_them_stale_and_the_import_command_stores_them(
    make_store: StoreFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    officer = make_store("officer")
    a, b = _copies(officer)
    export_package(officer, tmp_path / "p.napkg")
    coordinator = make_store("coordinator", with_forms=False)  # the form comes with the package
    store_flags(coordinator, save=True)
    assert _state(coordinator).current
    import_package(coordinator, tmp_path / "p.napkg")
    assert not _state(coordinator).current  # marked in the import's own transaction
    folder = coordinator.data_dir
    coordinator.close()
    other = make_store("hub", with_forms=False)
    hub_folder = other.data_dir
    other.close()
    assert main(["--data-dir", str(hub_folder), "import", str(tmp_path / "p.napkg"), "--flags"]) == 0
    capsys.readouterr()
    again = make_store("hub", with_forms=False)
    state = _state(again)
    assert state.current and _dup(state) == {a, b}
    again.close()
    assert main(["--data-dir", str(folder), "import", str(tmp_path / "p.napkg")]) == 0  # again: nothing new
    capsys.readouterr()
    assert main(["--data-dir", str(folder), "quality", "--json"]) == 0  # stale: computed and stored
    flagged = json.loads(capsys.readouterr().out)
    stored = make_store("coordinator", with_forms=False)
    assert _state(stored).current and _dup(_state(stored)) == {a, b}
    stored.close()
    assert {item["uuid"] for item in flagged if any(f["flag"] == "duplicate" for f in item["flags"])} == {a, b}
    assert main(["--data-dir", str(folder), "list", "--json"]) == 0
    listed = {row["uuid"]: row["flags"] for row in json.loads(capsys.readouterr().out)}
    assert listed[a] == ["duplicate", "missing_photo"] and listed[b] == ["duplicate", "missing_photo"]
