"""Merging real packages: forks flagged not overwritten, any order ends the same, conflicts resolved."""

from __future__ import annotations

import itertools
import json
import os
import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from needsassess.store import AssessmentStore
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package, import_packages
from needsassess.sync.review import conflicts, differences, resolve_conflict, review_state, set_review
from tests.sync.conftest import StoreFactory, edit, finalized


def state(store: AssessmentStore) -> Any:
    with store.read("t") as conn:
        # A complete head's answers are its revision's document unless it holds its own (0301).
        heads = conn.exec_driver_sql(
            "SELECT a.uuid, a.revision, a.status, a.content_hash, COALESCE(a.answers, r.document)"
            " FROM assessments a LEFT JOIN revisions r"
            " ON r.uuid = a.uuid AND r.revision = a.revision AND a.answers IS NULL ORDER BY a.uuid"
        ).fetchall()
        revs = conn.exec_driver_sql(
            "SELECT uuid, revision, content_hash, parent_hash, document FROM revisions ORDER BY uuid, revision"
        ).fetchall()
        quarantine = conn.exec_driver_sql(
            "SELECT uuid, revision, content_hash, kind FROM sync_conflicts ORDER BY uuid, content_hash"
        ).fetchall()

    def parsed(rows: Any) -> list[Any]:  # JSON text compared as values: key order is not content
        return [(*r[:-1], json.loads(r[-1])) for r in rows]

    return parsed(heads), parsed(revs), list(quarantine)


def test_the_same_assessment_edited_in_two_copies_becomes_a_flagged_fork(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    officer = make_store("officer")
    uuid = finalized(officer, "Khajura", 100)
    first = export_package(officer, tmp_path / "first.napkg").path
    officer.close()
    shutil.copytree(tmp_path / "officer", tmp_path / "copy", ignore=shutil.ignore_patterns("sessions"))
    one, two = make_store("officer"), make_store("copy")
    edit(one, uuid, households=111)
    edit(two, uuid, households=222)
    p1 = export_package(one, tmp_path / "one.napkg").path
    p2 = export_package(two, tmp_path / "two.napkg").path
    coordinator = make_store("coordinator")
    results = import_packages(coordinator, [first, p1, p2])
    assert [(r.new, r.updated, r.conflicts) for r in results] == [(1, 0, 0), (0, 1, 0), (0, 0, 1)]
    assert coordinator.get(uuid).answers["households"] == 111  # not silently overwritten
    [conflict] = conflicts(coordinator)
    assert conflict.kind == "conflict" and conflict.incoming["households"] == 222
    assert [(d.name, d.stored, d.incoming) for d in differences(conflict)] == [("households", 111, 222)]
    resolve_conflict(coordinator, conflict.id, "incoming", comment="checked by phone", reviewer="Coordinator")
    assert coordinator.get(uuid).answers["households"] == 222
    assert (
        conflicts(coordinator) == [] and conflicts(coordinator, include_resolved=True)[0].status == "resolved"
    )
    assert [r.content_hash for r in coordinator.revisions(uuid)][
        1
    ] != conflict.incoming_hash  # history intact
    assert any("incoming version" in (e.detail or "") for e in coordinator.audit(uuid))
    assert import_package(coordinator, p2).already_imported


def test_review_state_is_kept_apart_from_answers(make_store: StoreFactory) -> None:
    store = make_store("coordinator")
    uuid = finalized(store, "Koidu")
    assert review_state(store, uuid) == ("received", "")
    answers = dict(store.get(uuid).answers)
    set_review(store, uuid, "needs_follow_up", "photo missing")
    assert review_state(store, uuid) == ("needs_follow_up", "photo missing")
    assert dict(store.get(uuid).answers) == answers


# --- any order ----------------------------------------------------------------------------------

Step = tuple[str, int]  # ("create", i) | ("edit", i) | ("export", 0)


@st.composite
def histories(draw: st.DrawFn) -> list[Step]:
    steps: list[Step] = [("create", 0)]
    count = 1
    for _ in range(draw(st.integers(2, 6))):
        kind = draw(st.sampled_from(["create", "edit", "export", "edit"]))
        if kind == "create":
            steps.append(("create", count))
            count += 1
        elif kind == "edit":
            steps.append(("edit", draw(st.integers(0, count - 1))))
        else:
            steps.append(("export", 0))
    steps.append(("export", 0))
    return steps


def play(store: AssessmentStore, steps: list[Step], folder: Path) -> list[Path]:
    uuids: list[str] = []
    packages: list[Path] = []
    for n, (kind, i) in enumerate(steps):
        if kind == "create":
            uuids.append(finalized(store, f"Site {i}", i + 1, photo=i if i % 2 else None))
        elif kind == "edit":
            edit(store, uuids[i], households=100 + n)
        else:
            try:
                packages.append(export_package(store, folder / f"p{n}.napkg").path)
            except Exception as exc:  # nothing new since the last export
                assert "nothing to export" in str(exc)
    return packages


@settings(
    max_examples=30 if os.environ.get("NEEDSASSESS_LONG") else 3,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    phases=[Phase.explicit, Phase.generate],
    database=None,
)
@given(steps=histories())
def test_packages_imported_in_every_order_end_identical(
    make_store: StoreFactory, tmp_path_factory: Any, steps: list[Step]
) -> None:
    folder = tmp_path_factory.mktemp("history")
    officer = make_store(str(folder / "officer"))
    packages = play(officer, steps, folder)
    expected = None
    every = list(itertools.permutations(packages))
    orders = every if len(every) <= 6 else [packages, packages[::-1], *every[1:3]]
    for n, order in enumerate(orders):
        coordinator = make_store(str(folder / f"coord{n}"))
        import_packages(coordinator, [*order, *order])  # twice: idempotent
        got = state(coordinator)
        assert not got[2], "a linear history never conflicts"
        expected = expected or got
        assert got == expected
        coordinator.close()
    officer_heads = state(officer)[1]
    assert expected is not None and expected[1] == officer_heads
