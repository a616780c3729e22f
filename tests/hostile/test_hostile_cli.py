"""Bad input to the command line ends in one clear line and exit 1, never a traceback or a hang.

Each case runs in a bounded child (``bounded``): a regression to a hang (a FIFO read as a photo)
fails on the timeout instead of stopping the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from needsassess.demo.loader import ANSWERS_DIR
from tests.hostile.bounded import Outcome, run_bounded

FORM = "land_reclamation"  # has a photo question outside repeats (site_photo)


def _one_clear_line(outcome: Outcome, needle: str) -> None:
    assert outcome.code == 1, (outcome.code, outcome.err)
    assert "Traceback" not in outcome.err, outcome.err
    lines = outcome.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("needsassess: ") and needle in lines[0], outcome.err


def _answers(tmp_path: Path, **changes: object) -> Path:
    first = json.loads((ANSWERS_DIR / f"{FORM}.json").read_text(encoding="utf-8"))[0]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({**first, **changes}), encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["file", "under_file"])
def test_a_data_dir_that_is_a_file_is_refused(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    data = blocker if where == "file" else blocker / "data"
    outcome = run_bounded(data, "list")
    _one_clear_line(outcome, f"The data folder {data} cannot be used: {blocker} is a file, not a folder")


def test_answers_nested_100000_deep_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    _one_clear_line(run_bounded(tmp_path / "data", "new", "--form", FORM, "--answers", str(path)),
                    "is nested too deeply")
    path.write_text('{"a": ' + "[" * 500 + "]" * 500 + "}")  # deep enough to hurt, below json's own limit
    _one_clear_line(run_bounded(tmp_path / "data", "new", "--form", FORM, "--answers", str(path)),
                    "is nested more than 32 levels deep")


def test_a_lone_surrogate_in_an_answer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "answers.json"
    path.write_text('{"settlement": "Khajura \\ud800"}', encoding="utf-8")
    _one_clear_line(run_bounded(tmp_path / "data", "new", "--form", FORM, "--answers", str(path)),
                    "not valid Unicode, such as a lone surrogate \\ud800 (at 'settlement')")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_photo_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    outcome = run_bounded(tmp_path / "data", "new", "--form", FORM, "--answers",
                          str(_answers(tmp_path, site_photo=str(fifo))))
    _one_clear_line(outcome, f"Cannot read the photo {fifo}: not a regular file")


def test_keys_backup_without_a_terminal_asks_for_a_passphrase_file(tmp_path: Path) -> None:
    outcome = run_bounded(tmp_path / "data", "keys", "backup", "-o", str(tmp_path / "keys.bak"), stdin="")
    _one_clear_line(outcome, "no terminal to ask it on: give --passphrase-file FILE")
    assert not (tmp_path / "keys.bak").exists()


def test_list_into_a_pipe_closed_early_ends_quietly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_bounded(data, "demo").code == 0
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    with subprocess.Popen([sys.executable, "-m", "needsassess", "--data-dir", str(data), "list"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as child:
        assert child.stdout is not None and child.stderr is not None
        child.stdout.close()  # as `head` does once it has its lines
        err = child.stderr.read().decode()
        code = child.wait(timeout=20)
    assert code == 1 and err == "", err
