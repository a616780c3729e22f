"""``review_states``: the Review column of a whole page of the list in one query."""

from __future__ import annotations

from sqlalchemy import event

from needsassess.store import AssessmentStore
from needsassess.sync.review import review_state, review_states, set_review
from tests.sync.conftest import StoreFactory, finalized


def test_latest_review_of_each_uuid_in_one_query(make_store: StoreFactory) -> None:
    store: AssessmentStore = make_store("coordinator")
    uuids = [finalized(store, f"Site {n}") for n in range(4)]
    set_review(store, uuids[0], "needs_follow_up", "count the pits")
    set_review(store, uuids[0], "approved", "pits counted")
    set_review(store, uuids[2], "rejected", "wrong ward")
    statements: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    states = review_states(store, [*uuids, uuids[1]])  # a uuid twice is asked for once
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 1
    assert states == {
        uuids[0]: ("approved", "pits counted"),
        uuids[1]: ("received", ""),
        uuids[2]: ("rejected", "wrong ward"),
        uuids[3]: ("received", ""),
    }
    assert all(states[u] == review_state(store, u) for u in uuids)


def test_nothing_asked_reads_nothing(make_store: StoreFactory) -> None:
    store: AssessmentStore = make_store("coordinator")
    assert review_states(store, []) == {}
    assert review_states(store, ["00000000-0000-4000-8000-000000000099"]) == {
        "00000000-0000-4000-8000-000000000099": ("received", "")
    }
