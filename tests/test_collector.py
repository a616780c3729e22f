"""The cycle collector's pauses: nested, across threads, and what a one-command process does at exit."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from needsassess.collector import collection_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_a_pause_stops_the_collector_and_its_end_restarts_it(collector_on: None) -> None:
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_pauses_nest_and_the_outermost_end_restarts_it(collector_on: None) -> None:
    with collection_paused():
        with collection_paused():
            pass
        assert not gc.isenabled()  # the inner end does not restart it
    assert gc.isenabled()


def test_a_pause_that_raises_still_restarts_it(collector_on: None) -> None:
    with pytest.raises(KeyError), collection_paused():
        raise KeyError("x")
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off(collector_on: None) -> None:
    gc.disable()
    with collection_paused():
        pass
    assert not gc.isenabled()


def test_pauses_from_two_threads_restart_it_when_both_end(collector_on: None) -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collection_paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with collection_paused():
        pass
    assert not gc.isenabled()  # the other thread's pause is still open
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_an_import_leaves_the_collector_as_it_found_it(collector_on: None, tmp_path: object) -> None:
    """The import pauses it (sync.importer), whether the package is taken or refused."""
    from needsassess.store import open_store
    from needsassess.sync.importer import import_packages

    with open_store(tmp_path) as store:  # type: ignore[arg-type]  # a Path from pytest
        [result] = import_packages(store, [__file__])  # not a package: refused
    assert result.refused
    assert gc.isenabled()


PROBE = """
import atexit, gc, sys
from needsassess.cli import main
sys.argv = ["needsassess", "--data-dir", sys.argv[1], "forms", "list"]
code = main()
print(gc.isenabled(), gc.get_freeze_count() > 10_000, {arg})
"""


@pytest.mark.parametrize("as_program", [True, False])
def test_only_the_program_keeps_its_loaded_objects_from_the_collector(tmp_path: object, as_program: bool) -> None:
    """``main()`` run as the program freezes what it loaded; ``main(ARGS)`` (tests) freezes nothing."""
    probe = PROBE.replace("code = main()", "code = main()" if as_program else "code = main(sys.argv[1:])")
    out = subprocess.run(
        [sys.executable, "-c", probe.format(arg="code"), str(tmp_path)], check=True, capture_output=True, text=True
    ).stdout.splitlines()[-1]
    assert out == f"True {as_program} 0"


def test_a_one_command_process_freezes_what_a_pause_leaves_alive() -> None:
    probe = """
import gc
from needsassess.collector import collection_paused, keep_loaded_objects
keep_loaded_objects(one_command=True)
before = gc.get_freeze_count()
with collection_paused():
    kept = [[i] for i in range(5000)]
print(gc.get_freeze_count() - before >= 5000, gc.isenabled())
"""
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert out.split() == ["True", "True"]
