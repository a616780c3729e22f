"""Reading needs no writing: read-only commands work on a read-only folder, a full disk and a database
another process is writing; a write waits its turn and says so (NA-STORE-700)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.demo.loader import ANSWERS_DIR
from needsassess.store import open_store
from tests.store.test_environment import _read_only

FORM = "land_reclamation"


def _answers_file(tmp_path: Path) -> Path:
    answers = json.loads((ANSWERS_DIR / f"{FORM}.json").read_text(encoding="utf-8"))[0]
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return make_filled(tmp_path_factory.mktemp("filled"))


def make_filled(root: Path) -> tuple[Path, str]:
    """A closed data folder (no -wal, no -shm) holding one complete assessment, and its uuid."""
    data_dir = root / "data"
    args = ["--data-dir", str(data_dir), "new", "--form", FORM, "--answers", str(_answers_file(root)), "--complete"]
    done = subprocess.run([sys.executable, "-m", "needsassess", *args], capture_output=True, text=True, check=True,
                          env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert main(["--data-dir", str(data_dir), "keys", "show"]) == 0  # the device key exists
    assert not (data_dir / "needsassess.db-wal").exists()
    return data_dir, done.stdout.split()[0]


def _reads(uuid: str, out: Path) -> list[list[str]]:
    return [
        ["list"], ["list", "--json"], ["show", uuid], ["show", uuid, "--json"],
        ["report", uuid, "-o", str(out / "one.pdf")], ["summary", "-o", str(out / "summary.pdf")],
        ["tables", "-o", str(out / "tables")], ["forms", "list"], ["keys", "show"], ["keys", "list"],
        ["--version"],
    ]


def _all_reads_work(data_dir: Path, uuid: str, out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for args in _reads(uuid, out):
        started = time.monotonic()
        code = main(["--data-dir", str(data_dir), *args])
        _out, err = capsys.readouterr()
        assert (code, err) == (0, ""), (args, err)
        assert time.monotonic() - started < 5, args
    assert (out / "one.pdf").read_bytes().startswith(b"%PDF")


def _copy(filled: tuple[Path, str], tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    shutil.copytree(filled[0], data_dir)
    return data_dir


def test_read_only_commands_work_in_a_read_only_folder(
    filled: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = _copy(filled, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    before = sorted(p.relative_to(data_dir) for p in data_dir.rglob("*"))
    folders = [data_dir, *[p for p in data_dir.rglob("*") if p.is_dir()]]
    with _read_only(*folders):
        _all_reads_work(data_dir, filled[1], out, capsys)
        answers = _answers_file(tmp_path)
        code = main(["--data-dir", str(data_dir), "new", "--form", FORM, "--answers", str(answers)])
        err = capsys.readouterr().err
        assert code == 1 and "NA-STORE-002" in err and "--data-dir" in err  # a write is refused clearly
    assert sorted(p.relative_to(data_dir) for p in data_dir.rglob("*")) == before


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MB file system of its own (tmpfs), so the test can fill it to the last byte."""
    mount = tmp_path / "disk"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("filling a disk needs a small file system of its own (root, tmpfs)")
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], check=False).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> None:
    with (folder / "filler").open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    with pytest.raises(OSError), (folder / "one-more").open("wb") as handle:
        handle.write(b"x" * 65536)
        handle.flush()
        os.fsync(handle.fileno())


def test_read_only_commands_work_on_a_full_disk(
    filled: tuple[Path, str], small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = small_disk / "data"
    shutil.copytree(filled[0], data_dir)
    out = tmp_path / "out"
    out.mkdir()
    _fill(small_disk)
    _all_reads_work(data_dir, filled[1], out, capsys)
    code = main(["--data-dir", str(data_dir), "new", "--form", FORM, "--answers", str(_answers_file(tmp_path))])
    err = capsys.readouterr().err
    assert code == 1 and "NA-STORE-001" in err, err  # the write is refused: the disk is full
    (small_disk / "filler").unlink()
    with open_store(data_dir) as store:
        assert store.count() == 1


class _WriteLock:
    """Another program holding the database's write lock (an open IMMEDIATE transaction)."""

    def __init__(self, data_dir: Path) -> None:
        self.conn = sqlite3.connect(data_dir / "needsassess.db", isolation_level=None, check_same_thread=False)
        self.conn.execute("BEGIN IMMEDIATE")
        self.conn.execute("UPDATE settings SET value = value WHERE key = 'device_id'")

    def release(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.close()


def test_read_only_commands_work_while_another_process_writes(
    filled: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = _copy(filled, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    lock = _WriteLock(data_dir)
    try:
        _all_reads_work(data_dir, filled[1], out, capsys)
    finally:
        lock.release()


def test_a_write_waits_its_turn_and_says_so(filled: tuple[Path, str], tmp_path: Path) -> None:
    data_dir = _copy(filled, tmp_path)
    lock = _WriteLock(data_dir)
    args = ["--data-dir", str(data_dir), "new", "--form", FORM, "--answers", str(_answers_file(tmp_path))]
    child = subprocess.Popen([sys.executable, "-m", "needsassess", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    try:
        notice = child.stderr.readline() if child.stderr else ""
        assert notice.startswith("needsassess: [NA-STORE-700]") and "waiting" in notice, notice
        assert child.poll() is None  # still waiting for the lock
    finally:
        threading.Timer(0.2, lock.release).start()
        out, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    with open_store(data_dir) as store:
        assert store.count() == 2 and out.split()[0] in {s.uuid for s in store.list()}
