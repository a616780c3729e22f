"""The merge decision on its own: new, fast-forward, history, unchanged, conflict, fork; any order."""

from __future__ import annotations

import itertools

from needsassess.sync.merge import Action, Held, Incoming, apply, decide

U = "0b9f5d2e-6c1a-4d7e-9a55-2f7c3b1e8d40"


def chain(n: int, tag: str = "a") -> list[Incoming]:
    revs, parent = [], None
    for r in range(1, n + 1):
        digest = f"{tag}{r}".ljust(64, "0")
        revs.append(Incoming(U, r, digest, parent))
        parent = digest
    return revs


def merge_all(revisions: list[Incoming]) -> tuple[Held, list[Action]]:
    held: Held | None = None
    actions = []
    for rev in revisions:
        action = decide(held, rev)
        held = held or Held()
        apply(held, rev, action)
        actions.append(action)
    assert held is not None
    return held, actions


def test_new_then_fast_forward_then_unchanged() -> None:
    a1, a2 = chain(2)
    held, actions = merge_all([a1, a2, a1, a2])
    assert actions == [Action.NEW, Action.FAST_FORWARD, Action.UNCHANGED, Action.UNCHANGED]
    assert sorted(held.main) == [1, 2]


def test_same_revision_different_content_is_a_conflict() -> None:
    a1, a2 = chain(2, "a")
    b2 = Incoming(U, 2, "b2".ljust(64, "0"), a1.content_hash)
    held, actions = merge_all([a1, a2, b2, b2])
    assert actions[2:] == [Action.CONFLICT, Action.UNCHANGED]
    assert held.main[2].content_hash == a2.content_hash and held.quarantined == {b2.content_hash}


def test_continuing_an_older_revision_is_a_fork() -> None:
    a1, a2 = chain(2, "a")
    b2 = Incoming(U, 2, "b2".ljust(64, "0"), a1.content_hash)
    b3 = Incoming(U, 3, "b3".ljust(64, "0"), b2.content_hash)
    _, actions = merge_all([a1, a2, b2, b3])
    assert actions[3] is Action.FORK


def test_a_local_draft_is_never_overwritten() -> None:
    a1, a2 = chain(2)
    held = Held()
    apply(held, a1, Action.NEW)
    held.draft_revision = 2
    assert decide(held, a2) is Action.CONFLICT


def test_a_linear_history_ends_the_same_in_every_order() -> None:
    revisions = chain(4)
    results = set()
    for order in itertools.permutations(revisions):
        held, actions = merge_all(list(order))
        assert Action.CONFLICT not in actions and Action.FORK not in actions, order
        results.add(
            (
                tuple(sorted((r, link.content_hash) for r, link in held.main.items())),
                frozenset(held.quarantined),
            )
        )
    assert len(results) == 1


def test_a_gap_filled_by_a_foreign_revision_is_a_fork() -> None:
    a1, a2, a3 = chain(3, "a")
    b2 = Incoming(U, 2, "b2".ljust(64, "0"), a1.content_hash)
    _, actions = merge_all([a1, a3, b2, a2])
    assert actions == [Action.NEW, Action.FAST_FORWARD, Action.FORK, Action.HISTORY]


def test_a_next_revision_with_an_unknown_parent_is_a_fork() -> None:
    a1 = chain(1, "a")[0]
    b2 = Incoming(U, 2, "b2".ljust(64, "0"), "f" * 64)
    _, actions = merge_all([a1, b2])
    assert actions[1] is Action.FORK
