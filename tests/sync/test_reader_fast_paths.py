"""The reader's one-go read of small members gives exactly what reading through zipfile gives.

``PackageReader._read_small`` reads a member's local header and data itself; ``_read_streamed`` goes
through ``zipfile.ZipFile.open``. Over damaged local headers and data, central directory entries
that lie (sizes, CRC, offsets, flags, method) and data running off the end of the file, both must
return the same bytes or refuse with the same reason.
"""

from __future__ import annotations

import io
import os
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import CHUNK, Limits, PackageReader
from tests.sync.zips import valid_package

LONG = os.environ.get("NEEDSASSESS_LONG") == "1"
NAME = "attachments/" + "a" * 64  # a member kind with a generous size limit
contents = st.binary(max_size=600) | st.text(max_size=300).map(lambda t: (t * 7).encode("utf-8"))
info_tweaks = st.fixed_dictionaries(
    {},
    optional={
        "file_size": st.integers(0, 2000),
        "compress_size": st.integers(0, 2000),
        "CRC": st.integers(0, 2**32 - 1),
        "header_offset": st.integers(0, 3000),
        "flag_bits": st.sampled_from([0, 0x8, 0x20, 0x40, 0x800]),
        "compress_type": st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    },
)
flips = st.lists(st.tuples(st.integers(0, 2000), st.integers(1, 255)), max_size=3)


def _zip_bytes(data: bytes, method: int, comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.comment = comment
        zf.writestr(zipfile.ZipInfo("manifest.json", (2020, 1, 1, 0, 0, 0)), b"{}")
        info = zipfile.ZipInfo(NAME, (2020, 1, 1, 0, 0, 0))
        info.compress_type = method
        zf.writestr(info, data)
    return buffer.getvalue()


def _reader(path: Path) -> PackageReader:
    """A reader over any zip, without the package checks (only the two read paths are compared)."""
    reader = PackageReader.__new__(PackageReader)
    reader.path, reader.limits = path, Limits()
    reader._zip = zipfile.ZipFile(path)
    reader._file = path.open("rb")
    reader._infos = {i.filename: i for i in reader._zip.infolist()}
    reader._kinds = {name: fmt.member_kind(name) or "attachment" for name in reader._infos}
    return reader


def _outcome(read: object) -> object:
    try:
        return read() if callable(read) else read
    except PackageRefused as refusal:
        return ("refused", refusal.reason, refusal.member)


def _compare(path: Path, changes: dict[str, int]) -> object:
    reader = _reader(path)
    try:
        info = reader._infos[NAME]
        for key, value in changes.items():
            setattr(info, key, value)
        fast = _outcome(lambda: reader._read_small(NAME))
        slow = _outcome(lambda: reader._read_streamed(NAME))
        assert fast == slow or fast is None
        return fast
    finally:
        reader.close()


@settings(max_examples=1500 if LONG else 250, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    data=contents,
    method=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    changes=info_tweaks,
    damage=flips,
    cut=st.integers(0, 200),
)
# A deflate stream that ends before its compressed size is reached, the file ending too.
@example(b"abc" * 50, zipfile.ZIP_DEFLATED, {"compress_size": 2000, "file_size": 400}, [], 1)
@example(b"abc" * 50, zipfile.ZIP_DEFLATED, {"compress_size": 2000}, [], 1)
@example(b"abc" * 50, zipfile.ZIP_STORED, {"compress_size": 2000}, [], 1)
# Nothing left after the local header, for an empty member that claims compressed data.
@example(b"abc" * 50, zipfile.ZIP_STORED, {"file_size": 0}, [], 151)
def test_the_direct_read_equals_zipfile(
    tmp_path_factory: pytest.TempPathFactory,
    data: bytes,
    method: int,
    changes: dict[str, int],
    damage: list[tuple[int, int]],
    cut: int,
) -> None:
    raw = bytearray(_zip_bytes(data, method))
    with zipfile.ZipFile(io.BytesIO(bytes(raw))) as zf:
        directory = zf.start_dir  # type: ignore[attr-defined]
        start = zf.getinfo(NAME).header_offset
    for at, xor in damage:  # local headers and data only: zipfile must still open the file
        raw[at % directory] ^= xor
    if cut:
        # Data that runs off the end of the file: the member's local entry, cut short by cut - 1
        # bytes, is the last
        # thing in the file (the archive comment), and the entry points there.
        entry = bytes(raw[start:directory])[: max(directory - start - (cut - 1), 0)]
        raw = bytearray(_zip_bytes(data, method, comment=entry))
        changes = {"header_offset": len(raw) - len(entry), **changes}
    path = tmp_path_factory.mktemp("z") / "p.zip"
    path.write_bytes(bytes(raw))
    _compare(path, changes)


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"CRC": 0},
        {"file_size": 3},
        {"file_size": 5000},
        {"compress_size": 2},
        {"compress_size": 0},
        {"header_offset": 1},
        {"flag_bits": 0x20},
        {"flag_bits": 0x40},
        {"flag_bits": 0x1},
    ],
)
def test_each_lie_is_treated_alike(tmp_path: Path, method: int, changes: dict[str, int]) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(_zip_bytes(b"some member text " * 40, method))
    fast = _compare(path, changes)
    assert fast is not None
    if changes:
        assert isinstance(fast, tuple) and fast[0] == "refused"


def test_large_members_take_the_zipfile_path(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(_zip_bytes(os.urandom(CHUNK + 1), zipfile.ZIP_STORED))
    reader = _reader(path)
    try:
        assert reader._read_small(NAME) is None
        assert len(reader._read_streamed(NAME)) == CHUNK + 1
    finally:
        reader.close()


def test_a_small_member_that_inflates_hugely_is_cut_without_inflating_it_all(tmp_path: Path) -> None:
    path = tmp_path / "p.zip"
    path.write_bytes(_zip_bytes(bytes(40 * 1024 * 1024), zipfile.ZIP_DEFLATED))
    lie = {"file_size": 100, "CRC": zlib.crc32(bytes(100))}
    tracemalloc.start()
    try:
        assert _compare(path, lie) == bytes(100)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * CHUNK


def test_the_manifest_bytes_are_read_again_and_compared(tmp_path: Path) -> None:
    path = valid_package(tmp_path / "p.napkg")
    with zipfile.ZipFile(path) as zf:
        stored = zf.read(fmt.MANIFEST)
    with PackageReader(path) as reader:
        assert reader.manifest_bytes == stored
        reader._manifest_sha256 = bytes(32)  # as if the file had changed since it was parsed
        with pytest.raises(PackageRefused) as caught:
            reader.manifest_bytes  # noqa: B018
    assert "changed" in caught.value.reason and caught.value.member == fmt.MANIFEST
