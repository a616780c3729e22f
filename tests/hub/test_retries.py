"""Writers that collide are run again; a lasting collision becomes a message, with nothing changed."""

from __future__ import annotations

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from needsassess.store import AssessmentStore, StoreError
from needsassess.store.locking import ConcurrentChange
from needsassess.store.models import SETTINGS


def _serialization_failure() -> sa_exc.DBAPIError:
    psycopg_errors = pytest.importorskip("psycopg.errors")
    return sa_exc.OperationalError("UPDATE ...", {}, psycopg_errors.SerializationFailure("could not serialize"))


def _count(store: AssessmentStore) -> int:
    with store.read("count") as conn:
        return int(conn.execute(select(func.count()).select_from(SETTINGS)).scalar_one())


@pytest.mark.parametrize("failure", ["concurrent_change", "serialization", "deadlock"])
def test_a_collision_is_rolled_back_and_run_again(hub: AssessmentStore, failure: str) -> None:
    before = _count(hub)
    attempts: list[int] = []

    def work(conn: Connection) -> str:
        attempts.append(1)
        conn.execute(SETTINGS.insert().values(key=f"k{len(attempts)}", value="v"))
        if len(attempts) < 3:
            if failure == "concurrent_change":
                raise ConcurrentChange()
            if failure == "serialization":
                raise _serialization_failure()
            psycopg_errors = pytest.importorskip("psycopg.errors")
            raise sa_exc.OperationalError("UPDATE ...", {}, psycopg_errors.DeadlockDetected("deadlock detected"))
        return "done"

    assert hub.write_retrying("test", work) == "done"
    assert len(attempts) == 3
    assert _count(hub) == before + 1  # the two failed attempts left nothing behind


def test_a_lasting_collision_is_a_message_and_changes_nothing(hub: AssessmentStore) -> None:
    before = _count(hub)

    def work(conn: Connection) -> None:
        conn.execute(SETTINGS.insert().values(key="never", value="v"))
        raise _serialization_failure()

    with pytest.raises(StoreError) as caught:
        hub.write_retrying("import the package", work, attempts=3)
    assert caught.value.kind == "contention" and "Try again" in str(caught.value)
    assert _count(hub) == before


def test_other_errors_are_not_retried(hub: AssessmentStore) -> None:
    calls: list[int] = []

    def work(conn: Connection) -> None:
        calls.append(1)
        raise StoreError("refused input", kind="refused")

    with pytest.raises(StoreError):
        hub.write_retrying("test", work)
    assert calls == [1]
