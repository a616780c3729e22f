"""Run the command line in a child process under a memory ceiling and a time limit.

A hostile input that slips past a budget must fail its test, not exhaust the machine that runs the
suite: the child gets ``RLIMIT_AS`` (its address space; Python raises MemoryError, or the child
dies) and a timeout. The figures are far above what a refusal needs (tens of MB, under a second).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

MEMORY_LIMIT = 1024 * 2**20  # address space, not resident memory: Python, Qt-free core and RE2 use ~400 MB
TIME_LIMIT = 20.0

resource = pytest.importorskip("resource", reason="memory limits need a POSIX system")


@dataclass
class Outcome:
    code: int
    out: str
    err: str
    seconds: float


# The child sets its own ceiling before importing anything (no preexec_fn: unsafe with threads).
_BOOT = ("import resource, runpy, sys; resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit})); "
         "sys.argv[0] = 'needsassess'; runpy.run_module('needsassess', run_name='__main__')")


def run_bounded(data_dir: Path, *args: str, stdin: str | None = None) -> Outcome:
    """``needsassess --data-dir DATA ARGS`` in a bounded child; its exit code, output and time."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "PYTHONFAULTHANDLER": "1"}
    started = time.monotonic()
    boot = _BOOT.format(limit=MEMORY_LIMIT)
    done = subprocess.run([sys.executable, "-c", boot, "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=TIME_LIMIT, env=env, input=stdin, check=False)
    return Outcome(done.returncode, done.stdout, done.stderr, time.monotonic() - started)
