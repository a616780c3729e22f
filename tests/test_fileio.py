"""needsassess.fileio: files land whole or not at all, and nothing else in the package renames files itself."""

from __future__ import annotations

import ast
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from needsassess import fileio

PACKAGE = Path(fileio.__file__).resolve().parent


def _leftovers(folder: Path, keep: set[str]) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in keep)


def test_write_atomic_replaces_the_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    data = os.urandom(3 * 1024 * 1024)
    fileio.write_atomic(target, data)
    assert target.read_bytes() == data
    assert _leftovers(tmp_path, {"settings.json"}) == []


def test_atomic_write_streams_into_place_only_at_the_end(tmp_path: Path) -> None:
    target = tmp_path / "package.napkg"
    with fileio.atomic_write(target) as out:
        out.write(b"first part ")
        assert not target.exists()  # nobody sees a half-written package under its name
        out.write(b"second part")
        out.seek(0)
        assert out.read(5) == b"first"  # readable and seekable, as zipfile and ReportLab need
    assert target.read_bytes() == b"first part second part"
    assert _leftovers(tmp_path, {"package.napkg"}) == []


def test_a_failure_in_the_block_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the old report")
    with pytest.raises(RuntimeError, match="half-way"), fileio.atomic_write(target) as out:
        out.write(b"the new rep")
        raise RuntimeError("half-way")
    assert target.read_bytes() == b"the old report"
    assert _leftovers(tmp_path, {"report.pdf"}) == []


class _FullDisk:
    """A file object whose writes fail with ENOSPC after ``room`` bytes, as on a full USB stick."""

    def __init__(self, real: Any, room: int) -> None:
        self._real, self._room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self._room -= len(data)
        return int(self._real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


def test_disk_full_during_write_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "tables.xlsx"
    target.write_bytes(b"yesterday's tables")
    real_open = fileio._open_new
    monkeypatch.setattr(fileio, "_open_new", lambda path, mode=0o666: _FullDisk(real_open(path, mode), 10))
    with pytest.raises(OSError) as raised:
        fileio.write_atomic(target, b"today's tables, too many for the stick")
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"yesterday's tables"
    assert _leftovers(tmp_path, {"tables.xlsx"}) == []


def test_disk_full_at_fsync_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "form.yaml"
    target.write_bytes(b"old")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fileio.os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        fileio.write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, {"form.yaml"}) == []


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_modes_owner_only_by_default_and_as_asked(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        fileio.write_atomic(tmp_path / "package.napkg", b"households")
        fileio.write_atomic(tmp_path / "device.pub", b"public", mode=0o644)
        assert fileio.write_private(tmp_path / "device.key", b"secret")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "package.napkg").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "device.pub").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "device.key").stat().st_mode) == 0o600


def test_write_private_never_clobbers_unless_asked(tmp_path: Path) -> None:
    key = tmp_path / "device.key"
    assert fileio.write_private(key, b"first key") is True
    assert fileio.write_private(key, b"second key") is False  # the one another process made stays
    assert key.read_bytes() == b"first key"
    assert fileio.write_private(key, b"restored key", replace=True) is True
    assert key.read_bytes() == b"restored key"
    assert _leftovers(tmp_path, {"device.key"}) == []


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_write_private_keeps_the_temporary_file_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real_link = os.link

    def spy(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        seen.append(stat.S_IMODE(os.stat(src).st_mode))
        real_link(src, dst)

    monkeypatch.setattr(fileio.os, "link", spy)
    old = os.umask(0)
    try:
        assert fileio.write_private(tmp_path / "coordinator.key", b"secret")
    finally:
        os.umask(old)
    assert seen == [0o600]


def test_durable_file_and_move_into_place(tmp_path: Path) -> None:
    staged = tmp_path / ".incoming-1"
    with fileio.durable_file(staged) as out:
        out.write(b"photo")
    with pytest.raises(FileExistsError), fileio.durable_file(staged):
        pass
    assert staged.read_bytes() == b"photo"  # the existing file was not touched
    (tmp_path / "ab").mkdir()
    fileio.move_into_place(staged, tmp_path / "ab" / "abcdef")
    assert (tmp_path / "ab" / "abcdef").read_bytes() == b"photo"
    with pytest.raises(ValueError), fileio.durable_file(tmp_path / ".incoming-2") as out:
        out.write(b"half")
        raise ValueError("refused")
    assert _leftovers(tmp_path, {"ab"}) == []


def test_fsync_folder_is_a_no_op_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fileio, "_FOLDERS_OPEN", False)
    monkeypatch.setattr(fileio.os, "open", lambda *_a: pytest.fail("a folder opened on Windows"))
    fileio.fsync_folder(tmp_path)


# -- nothing else in the package renames files or makes temporary files itself ------------------

_FORBIDDEN_CALLS = {("os", "replace"), ("os", "rename"), ("os", "renames"), ("os", "link"),
                    ("tempfile", "mkstemp"), ("tempfile", "NamedTemporaryFile"), ("shutil", "move")}
_FORBIDDEN_NAMES = {"mkstemp", "NamedTemporaryFile", "write_bytes", "write_text"}  # the last two: Path's, in place


def direct_file_moves(source: str) -> Iterator[tuple[int, str]]:
    """(line, what) of every rename, link or temporary file made without fileio in ``source``."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module in {"os", "tempfile", "shutil"}:
            for alias in node.names:
                if (node.module, alias.name) in _FORBIDDEN_CALLS:
                    yield node.lineno, f"from {node.module} import {alias.name}"
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            base = func.value.id if isinstance(func.value, ast.Name) else None
            if (base, func.attr) in _FORBIDDEN_CALLS or func.attr in _FORBIDDEN_NAMES:
                yield node.lineno, f"{base or '…'}.{func.attr}()"
            # Path.rename(x) / Path.replace(x); str.replace takes two arguments, datetime.replace keywords.
            elif func.attr == "rename" or (func.attr == "replace" and len(node.args) == 1 and not node.keywords):
                yield node.lineno, f"….{func.attr}() (a Path rename)"
        elif isinstance(func, ast.Name) and func.id in _FORBIDDEN_NAMES:
            yield node.lineno, f"{func.id}()"


def test_the_scan_finds_each_kind_of_direct_rename() -> None:
    source = (
        "import os, tempfile\nfrom os import replace\n"
        "os.replace(a, b)\nos.rename(a, b)\ntempfile.mkstemp()\nPath(a).replace(b)\nPath(a).rename(b)\n"
        "tempfile.NamedTemporaryFile()\nPath(a).write_text('x')\n"
        "'x'.replace('a', 'b')\nwhen.replace(tzinfo=None)\n"
    )
    assert sorted(line for line, _what in direct_file_moves(source)) == [2, 3, 4, 5, 6, 7, 8, 9]


def test_no_module_outside_fileio_renames_or_makes_temporary_files_itself() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {what}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != Path(fileio.__file__).resolve()
        for line, what in direct_file_moves(path.read_text(encoding="utf-8"))
    ]
    assert found == [], "write through needsassess.fileio instead:\n" + "\n".join(found)


def test_a_scratch_file_has_no_name_and_each_view_keeps_its_place(tmp_path: Path) -> None:
    data = os.urandom(700_000)
    with fileio.ScratchFile(tmp_path) as scratch:
        scratch.writer.write(data)
        assert list(tmp_path.iterdir()) == []  # nothing to find under any name, even while it is used
        assert scratch.size() == len(data)
        first, second = scratch.view(), scratch.view()
        assert first.read(10) == data[:10]
        second.seek(-5, os.SEEK_END)
        assert second.read() == data[-5:]
        assert first.read(20) == data[10:30]  # the other view did not move this one
        first.seek(300_000)
        assert first.read(1000) == data[300_000:301_000]
    assert list(tmp_path.iterdir()) == []
