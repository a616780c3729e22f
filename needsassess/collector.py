"""Python's cycle collector paused while a bounded piece of work builds many objects that live on.

Loading the modules at start (some 56,000 objects that live as long as the process) and importing
a package (10,000 documents, their rows in batches) each make the collector traverse the same young
objects again and again and find almost nothing to free: about a quarter of a command's start-up
and 0.1 s of an import of 10,000 assessments (bench/bench_sync.py, docs/benchmarks.md), where such
an import leaves about 120 objects in reference cycles. Reference counting still frees every other
object at once, so memory stays flat; the collector runs again as soon as the last pause ends.

Pauses nest and may come from several threads (an import in the window's worker while the window
runs): the collector is enabled again, if it was enabled, when the outermost pause ends.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class _Pauses:
    """How many pauses are open, and whether the collector ran before the first one."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.open = 0
        self.was_enabled = False
        self.freeze_after = False  # a one-command process: what a pause leaves alive lives to the end

    def begin(self) -> None:
        with self.lock:
            if self.open == 0:
                self.was_enabled = gc.isenabled()
                gc.disable()
            self.open += 1

    def end(self) -> None:
        with self.lock:
            self.open -= 1
            if self.open == 0:
                if self.freeze_after:  # before the collector runs again, or its next walk takes them all
                    gc.freeze()
                if self.was_enabled:
                    gc.enable()


_PAUSES = _Pauses()


@contextmanager
def collection_paused() -> Iterator[None]:
    """Run the ``with`` block without automatic cycle collection (pauses nest, across threads)."""
    _PAUSES.begin()
    try:
        yield
    finally:
        _PAUSES.end()


def keep_loaded_objects(*, one_command: bool) -> None:
    """For the program's own process: spare the collector the objects loaded at start, and its last
    walks over everything at exit.

    Every object alive now (modules, classes, the parser) leaves the collector's sight (``gc.freeze``):
    they live as long as the process anyway. At exit the same is done again before the interpreter's
    final collections, which would otherwise walk every object the command loaded (0.1 s after an
    import of 10,000 assessments, more than a whole small command); the operating system takes the
    memory back either way. ``one_command``: the process ends with a command that is not the window,
    so what a pause leaves alive (the modules an import loaded) is frozen too when it ends. Frozen
    objects are never collected: not for a process that goes on (tests calling ``main``).
    """
    _PAUSES.freeze_after = one_command
    gc.freeze()
    atexit.unregister(gc.freeze)  # once, however many times it is asked
    atexit.register(gc.freeze)
