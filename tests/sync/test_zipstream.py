"""The streaming zip reader: what zipfile writes reads back as zipfile reads it; anything damaged,
lying or crafted is ``ZipDamaged`` (never another exception), in memory flat in the member count."""

from __future__ import annotations

import dataclasses
import io
import random
import struct
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from needsassess.sync.zipstream import Entry, ZipDamaged, directory, iter_entries, iter_member, read_member

LIMIT = 1 << 30
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
TEXT = b'{"settlement": "Khajura", "households": 120, "disposal": "burning"}\n' * 45
NOISE = random.Random(5).randbytes(700_000)
Member = tuple[str, bytes, int]
SMALL: list[Member] = [
    ("manifest.json", TEXT[:600], DEFLATED),
    ("photos/a.jpg", NOISE[:300], STORED),
    ("empty.txt", b"", DEFLATED),
    ("नमस्ते.json", TEXT[:90], DEFLATED),
]
MEMBERS: list[Member] = [
    *SMALL,
    ("assessments/doc.json", TEXT, DEFLATED),
    ("empty-stored", b"", STORED),
    ("folder/", b"", STORED),
    ("big/noise.bin", NOISE, DEFLATED),
]

# Field offsets: central directory record, local header, end of central directory record.
C_FLAGS, C_METHOD, C_CRC, C_PACKED, C_SIZE, C_NAME_LEN, C_EXTRA_LEN = 8, 10, 16, 20, 24, 28, 30
C_DISK, C_OFFSET = 34, 42
L_FLAGS, L_EXTRA_LEN = 6, 28
E_DISK, E_HERE, E_COUNT, E_SIZE, E_OFFSET = 4, 8, 10, 12, 16


# --- making and reading archives -----------------------------------------------------------------------


def make_zip(members: list[Member] = MEMBERS, comment: bytes = b"") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.external_attr = 0o100644 << 16
            zf.writestr(info, data)
        zf.comment = comment
    return buffer.getvalue()


def save(tmp_path: Path, data: bytes, name: str = "package.zip") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def listed(path: Path) -> list[Entry]:
    with path.open("rb") as handle:
        return list(iter_entries(handle, path.stat().st_size))


def read_all(path: Path, limit: int = LIMIT) -> list[tuple[str, bytes]]:
    """Every member through ``read_member``, read between two entries as an importer does."""
    with path.open("rb") as handle:
        return [(e.name, read_member(handle, e, limit)) for e in iter_entries(handle, path.stat().st_size)]


def stream_all(path: Path, limit: int = LIMIT, chunk: int = 1000) -> list[tuple[str, bytes]]:
    """Every member through ``iter_member``, the handle moved between pieces."""
    out = []
    with path.open("rb") as handle:
        for entry in iter_entries(handle, path.stat().st_size):
            pieces = []
            for piece in iter_member(handle, entry, limit, chunk):
                assert 0 < len(piece) <= chunk
                pieces.append(piece)
                handle.seek(0)
            out.append((entry.name, b"".join(pieces)))
    return out


Reader = Callable[..., list[tuple[str, bytes]]]
READERS: list[Reader] = [read_all, stream_all]


def by_zipfile(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info.orig_filename, zf.read(info)) for info in zf.infolist()]


def refusal(path: Path, reader: Callable[[Path], object] = read_all) -> str:
    with pytest.raises(ZipDamaged) as caught:
        reader(path)
    assert str(caught.value) == f"damaged zip archive: {caught.value.reason}"
    return caught.value.reason


def agrees_with_zipfile(path: Path, reader: Reader) -> bool:
    """Refused, or read exactly as zipfile reads it; False when refused."""
    try:
        ours = reader(path)
    except ZipDamaged:
        return False
    try:
        theirs = by_zipfile(path)
    except zipfile.BadZipFile as exc:  # newer zipfile refuses members overlapping through a local extra
        assert "Overlapped" in str(exc)
        return True
    assert ours == theirs
    return True


# --- byte surgery --------------------------------------------------------------------------------------


def eocd_at(data: bytes) -> int:
    return data.rindex(b"PK\x05\x06")


def central_records(data: bytes) -> list[int]:
    size, offset = struct.unpack_from("<LL", data, eocd_at(data) + E_SIZE)
    at, records = offset, []
    while at < offset + size:
        records.append(at)
        lengths = struct.unpack_from("<3H", data, at + C_NAME_LEN)
        at += 46 + sum(lengths)
    return records


def local_headers(data: bytes) -> list[int]:
    return [struct.unpack_from("<L", data, at + C_OFFSET)[0] for at in central_records(data)]


def put(data: bytes, at: int, fmt: str, *values: int) -> bytes:
    buffer = bytearray(data)
    struct.pack_into(fmt, buffer, at, *values)
    return bytes(buffer)


def zip64_directory(
    data: bytes, fields: tuple[str, ...] = ("size", "packed", "offset"), which: int | None = None, **change: int
) -> bytes:
    """The central directory rewritten with ``fields`` moved into zip64 extras (values may be changed).

    ``cut`` shortens each added extra by that many bytes, ``twice`` adds it twice.
    """
    cut, twice = change.pop("cut", 0), change.pop("twice", 0)
    end = eocd_at(data)
    offset = struct.unpack_from("<L", data, end + E_OFFSET)[0]
    records = b""
    for index, at in enumerate(central_records(data)):
        name_len, extra_len, comment_len = struct.unpack_from("<3H", data, at + C_NAME_LEN)
        fixed = bytearray(data[at : at + 46])
        rest = data[at + 46 : at + 46 + name_len + extra_len + comment_len]
        values = b""
        if which is None or which == index:
            for field, pos in (("size", C_SIZE), ("packed", C_PACKED), ("offset", C_OFFSET)):  # the spec's order
                if field in fields:
                    value = change.get(field, struct.unpack_from("<L", fixed, pos)[0])
                    values += struct.pack("<Q", value)
                    struct.pack_into("<L", fixed, pos, 0xFFFFFFFF)
        values = values[: len(values) - cut]
        extra = struct.pack("<HH", 1, len(values)) + values if values else b""
        extra *= 2 if twice else 1
        struct.pack_into("<H", fixed, C_EXTRA_LEN, extra_len + len(extra))
        name, old = rest[:name_len], rest[name_len:]
        records += bytes(fixed) + name + old[:extra_len] + extra + old[extra_len:]
    return put(data[:offset] + records + data[end:], offset + len(records) + E_SIZE, "<L", len(records))


def zip64_end(
    data: bytes, record: dict[int, int] | None = None, locator: dict[int, int] | None = None, classic: int = 0xFFFF
) -> bytes:
    """A zip64 end record and locator added before the end record, whose fields are then saturated.

    ``record`` and ``locator`` change fields by index (in the order of their struct formats).
    """
    end = eocd_at(data)
    here, count, size, offset = struct.unpack_from("<HHLL", data, end + E_HERE)
    fields = [b"PK\x06\x06", 44, 45, 45, 0, 0, here, count, size, offset]
    for index, value in (record or {}).items():
        fields[index] = value
    where = [b"PK\x06\x07", 0, end, 1]
    for index, value in (locator or {}).items():
        where[index] = value
    zip64 = struct.pack("<4sQ2H2L4Q", *fields) + struct.pack("<4sLQL", *where)
    eocd = put(data[end:], E_HERE, "<HHLL", classic, classic, 0xFFFFFFFF, 0xFFFFFFFF)
    return data[:end] + zip64 + eocd


# --- reading what zipfile writes -------------------------------------------------------------------------


@pytest.mark.parametrize("reader", READERS)
def test_members_read_back_as_zipfile_reads_them(tmp_path: Path, reader: Reader) -> None:
    path = save(tmp_path, make_zip())
    assert reader(path) == by_zipfile(path) == [(name, data) for name, data, _ in MEMBERS]


def test_entries_carry_what_zipfile_knows(tmp_path: Path) -> None:
    path = save(tmp_path, make_zip())
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
    entries = listed(path)
    assert len(entries) == len(infos)
    for entry, info in zip(entries, infos, strict=True):
        assert type(entry) is Entry
        encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
        assert entry == Entry(
            info.orig_filename,
            info.orig_filename.encode(encoding),
            info.compress_type,
            info.flag_bits,
            info.CRC,
            info.compress_size,
            info.file_size,
            info.header_offset,
            info.external_attr,
            info.create_system,
        )
        assert entry.is_dir() == info.is_dir()
    assert [e.name for e in entries if e.is_dir()] == ["folder/"]
    assert entries[3].flags & 0x800 and entries[3].raw_name == "नमस्ते.json".encode()
    assert len({*entries}) == len(entries)
    with pytest.raises(dataclasses.FrozenInstanceError):
        entries[0].size = 1  # type: ignore[misc]


def test_cp437_names_are_decoded_as_zipfile_does(tmp_path: Path) -> None:
    data = make_zip([("caf_.txt", b"x", STORED), ("r_sum_.json", b"{}", DEFLATED)])
    data = data.replace(b"caf_", b"caf\x82").replace(b"r_sum_", b"r\x82sum\x82")
    path = save(tmp_path, data)
    assert [e.name for e in listed(path)] == ["café.txt", "résumé.json"]
    assert [e.raw_name for e in listed(path)] == [b"caf\x82.txt", b"r\x82sum\x82.json"]
    assert read_all(path) == by_zipfile(path) == [("café.txt", b"x"), ("résumé.json", b"{}")]


@pytest.mark.parametrize("comment", [b"exported by needsassess", b"PK" * 32767 + b"!"])
def test_archive_comments(tmp_path: Path, comment: bytes) -> None:
    data = make_zip(SMALL, comment)
    path = save(tmp_path, data)
    assert read_all(path) == by_zipfile(path) == [(n, d) for n, d, _ in SMALL]
    assert "comment does not end with the file" in refusal(save(tmp_path, data + b"!"))
    assert "comment does not end with the file" in refusal(save(tmp_path, data[:-1]))


def test_an_empty_archive(tmp_path: Path) -> None:
    path = save(tmp_path, make_zip([]))
    with path.open("rb") as handle:
        assert directory(handle, path.stat().st_size) == (0, 0, 0)
    assert listed(path) == []


def test_large_members_stream_in_bounded_pieces(tmp_path: Path) -> None:
    path = save(tmp_path, make_zip([("noise.bin", NOISE, DEFLATED), ("zeros.bin", b"\0" * 3_000_000, DEFLATED)]))
    with path.open("rb") as handle:
        for entry in iter_entries(handle, path.stat().st_size):
            pieces = list(iter_member(handle, entry, LIMIT, chunk=64 * 1024))
            assert max(map(len, pieces)) <= 64 * 1024 and len(pieces) > entry.size // (64 * 1024)
            assert b"".join(pieces) == read_member(handle, entry, entry.size)


def test_local_zip64_extras_are_skipped(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data, method in SMALL:
            info = zipfile.ZipInfo(name)
            info.compress_type = method
            with zf.open(info, "w", force_zip64=True) as out:
                out.write(data)
    data = buffer.getvalue()
    assert all(struct.unpack_from("<H", data, at + L_EXTRA_LEN)[0] == 20 for at in local_headers(data))
    path = save(tmp_path, data)
    assert read_all(path) == stream_all(path) == by_zipfile(path)


@pytest.mark.parametrize("fields", [("size", "packed", "offset"), ("offset",), ("packed",), ("size", "offset")])
def test_central_zip64_extras(tmp_path: Path, fields: tuple[str, ...]) -> None:
    path = save(tmp_path, zip64_directory(make_zip(), fields))
    assert read_all(path) == stream_all(path) == by_zipfile(path) == [(n, d) for n, d, _ in MEMBERS]
    assert listed(path) == listed(save(tmp_path, make_zip(), "plain.zip"))


def test_zip64_end_records(tmp_path: Path) -> None:
    path = save(tmp_path, zip64_end(make_zip()))
    with path.open("rb") as handle:
        offset, size, count = directory(handle, path.stat().st_size)
    assert count == len(MEMBERS) and offset + size == eocd_at(path.read_bytes()) - 76
    assert read_all(path) == by_zipfile(path) == [(n, d) for n, d, _ in MEMBERS]
    # A classic record need not be saturated (zipfile writes real values below 4 GiB) if it agrees.
    assert read_all(save(tmp_path, zip64_end(make_zip(), classic=len(MEMBERS)))) == read_all(path)


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """Archives of 2,000 and of 70,000 members (zipfile writes a zip64 end record past 65,535)."""
    folder = tmp_path_factory.mktemp("many")
    paths = {}
    for count in (2_000, 70_000):
        paths[count] = path = folder / f"{count}.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for i in range(count):
                zf.writestr(f"assessments/{i:06d}.json", TEXT[: i % 200] if i % 997 == 0 else b"")
    return paths


def test_more_than_65535_members(many: dict[int, Path]) -> None:
    path = many[70_000]
    data = path.read_bytes()
    assert struct.unpack_from("<H", data, eocd_at(data) + E_COUNT)[0] == 0xFFFF
    with path.open("rb") as handle:
        assert directory(handle, len(data))[2] == 70_000
        names = []
        for entry in iter_entries(handle, len(data)):
            names.append(entry.name)
            if entry.size:
                assert read_member(handle, entry, LIMIT) == TEXT[: entry.size]
    assert names == [f"assessments/{i:06d}.json" for i in range(70_000)]


def test_memory_does_not_grow_with_the_number_of_entries(many: dict[int, Path]) -> None:
    def peak(path: Path) -> int:
        with path.open("rb") as handle:
            for _ in iter_entries(handle, path.stat().st_size):
                pass
            tracemalloc.start()
            try:
                for _ in iter_entries(handle, path.stat().st_size):
                    pass
                return tracemalloc.get_traced_memory()[1]
            finally:
                tracemalloc.stop()

    small, large = peak(many[2_000]), peak(many[70_000])
    assert large < small + 16 * 1024, (small, large)
    assert large < 512 * 1024


# --- refusals ----------------------------------------------------------------------------------------------


def test_every_truncation_is_refused(tmp_path: Path) -> None:
    data = make_zip(SMALL, b"comment")
    for cut in range(len(data)):
        path = save(tmp_path, data[:cut])
        refusal(path)
        refusal(path, stream_all)


def test_a_file_shorter_than_said_is_refused(tmp_path: Path) -> None:
    path = save(tmp_path, make_zip(SMALL))
    with path.open("rb") as handle, pytest.raises(ZipDamaged, match="ends early"):
        directory(handle, path.stat().st_size + 10)


def test_every_flipped_byte_is_refused_or_harmless(tmp_path: Path) -> None:
    """Flip each byte in turn: refused, or read as zipfile reads it; refused wherever it matters."""
    data = make_zip(SMALL)
    must_refuse = set(range(eocd_at(data), len(data)))
    for record, (local, (name, _, _)) in zip(central_records(data), enumerate(SMALL), strict=True):
        header = local_headers(data)[local]
        name_len = len(name.encode())
        must_refuse.update(range(record, record + 4), range(record + 6, record + 7))
        must_refuse.update(range(record + C_FLAGS, record + 46 + name_len))
        must_refuse.difference_update(range(record + 12, record + 16), range(record + 36, record + 42))
        must_refuse.update(range(header, header + 4), range(header + 30, header + 30 + name_len))
        packed = struct.unpack_from("<L", data, record + C_PACKED)[0]
        must_refuse.update(range(header + 30 + name_len, header + 30 + name_len + packed))
    for at in range(len(data)):
        path = save(tmp_path, put(data, at, "<B", data[at] ^ 0xFF))
        for reader in READERS:
            accepted = agrees_with_zipfile(path, reader)
            assert not (accepted and at in must_refuse), (at, reader)


ARCHIVE = make_zip(SMALL)
FIRST, SECOND, LAST = central_records(ARCHIVE)[0], central_records(ARCHIVE)[1], central_records(ARCHIVE)[-1]
END = eocd_at(ARCHIVE)
HEADERS = local_headers(ARCHIVE)


def _field(at: int, fmt: str, delta: int) -> bytes:
    return put(ARCHIVE, at, fmt, struct.unpack_from(fmt, ARCHIVE, at)[0] + delta)


def _trailing_bytes() -> bytes:
    """Junk slipped between the last member's deflate stream and the directory, its sizes raised."""
    data = make_zip([("doc.json", TEXT, DEFLATED)])
    end, cd = eocd_at(data), central_records(data)[0]
    data = data[:cd] + b"junk" + data[cd:]
    data = put(data, eocd_at(data) + E_OFFSET, "<L", cd + 4)
    data = put(data, cd + 4 + C_PACKED, "<L", struct.unpack_from("<L", data, cd + 4 + C_PACKED)[0] + 4)
    assert end + 4 == eocd_at(data)
    return put(data, 18, "<L", struct.unpack_from("<L", data, cd + 4 + C_PACKED)[0])


ENTRY_REFUSALS: dict[str, tuple[bytes, str]] = {
    "not a zip": (bytes(range(256)) * 4, "no end of central directory record"),
    "too short": (b"PK\x05\x06", "too short"),
    "several disks": (put(ARCHIVE, END + E_DISK, "<H", 1), "several disks"),
    "counts disagree": (_field(END + E_HERE, "<H", 1), "two entry counts disagree"),
    "count too high": (put(_field(END + E_HERE, "<H", 1), END + E_COUNT, "<H", 5), "fewer entries"),
    "count too low": (put(_field(END + E_HERE, "<H", -1), END + E_COUNT, "<H", 3), "more entries"),
    "count impossible": (put(ARCHIVE, END + E_HERE, "<HH", 999, 999), "more entries than the central directory can"),
    "directory too long": (_field(END + E_SIZE, "<L", 1), "runs past its end record"),
    "directory too far": (_field(END + E_OFFSET, "<L", 1), "runs past its end record"),
    "directory too early": (_field(END + E_OFFSET, "<L", -1), "bytes between"),
    "data prepended": (b"MZ self-extractor" + ARCHIVE, "bytes between"),
    "central signature": (put(ARCHIVE, SECOND, "<B", 0), "without its signature"),
    "name too long": (_field(LAST + C_NAME_LEN, "<H", 1), "runs past the end of the central directory"),
    "bad UTF-8 name": (put(ARCHIVE, FIRST + C_FLAGS, "<H", 0x800).replace(b"manifest", b"\xffanifest"), "UTF-8"),
    "newer version": (put(ARCHIVE, FIRST + 6, "<B", 64), "newer than this reader"),
    "member disk": (put(ARCHIVE, SECOND + C_DISK, "<H", 1), "several disks"),
    "out of order": (
        put(put(ARCHIVE, FIRST + C_OFFSET, "<L", HEADERS[1]), SECOND + C_OFFSET, "<L", HEADERS[0]),
        "out of order",
    ),
    "same header twice": (put(ARCHIVE, SECOND + C_OFFSET, "<L", HEADERS[0]), "out of order"),
    "overlapping offset": (put(ARCHIVE, SECOND + C_OFFSET, "<L", HEADERS[0] + 1), "overlap"),
    "overlapping size": (_field(FIRST + C_PACKED, "<L", 1), "overlap"),
    "last runs into directory": (_field(LAST + C_PACKED, "<L", 1), "runs into the central directory"),
    "offset past the end": (put(ARCHIVE, LAST + C_OFFSET, "<L", 0xFFFFFFF0), "runs into the central directory"),
    "extra too long": (_field(LAST + C_EXTRA_LEN, "<H", 4), "runs past the end of the central directory"),
}


@pytest.mark.parametrize("case", list(ENTRY_REFUSALS))
def test_damaged_directories_are_refused(tmp_path: Path, case: str) -> None:
    data, reason = ENTRY_REFUSALS[case]
    path = save(tmp_path, data)
    assert reason in refusal(path, listed)


def test_extra_fields_that_do_not_fit_are_refused(tmp_path: Path) -> None:
    data = make_zip(SMALL)
    # Grow the last record's extra into 6 bytes that claim 200.
    last = central_records(data)[-1]
    end = eocd_at(data)
    data = data[:end] + struct.pack("<HH2s", 0x5455, 200, b"..") + data[end:]
    data = put(data, last + C_EXTRA_LEN, "<H", 6)
    data = put(data, eocd_at(data) + E_SIZE, "<L", struct.unpack_from("<L", data, eocd_at(data) + E_SIZE)[0] + 6)
    assert "extra field (0x5455) longer" in refusal(save(tmp_path, data), listed)


ZIP64_REFUSALS: dict[str, tuple[bytes, str]] = {
    "missing": (put(ARCHIVE, FIRST + C_PACKED, "<L", 0xFFFFFFFF), "without the zip64 extra"),
    "short": (zip64_directory(ARCHIVE, cut=4), "too short"),
    "twice": (zip64_directory(ARCHIVE, twice=1), "two zip64 extra"),
    "huge packed size": (zip64_directory(ARCHIVE, ("packed",), which=3, packed=2**63), "runs into the central"),
    "huge offset": (zip64_directory(ARCHIVE, ("offset",), which=3, offset=2**64 - 1), "runs into the central"),
    "locator nowhere": (zip64_end(ARCHIVE, locator={2: END - 1}), "locator pointing nowhere"),
    "locator far away": (zip64_end(ARCHIVE, locator={2: 2**64 - 1}), "locator pointing nowhere"),
    "record signature": (zip64_end(ARCHIVE, record={0: b"PK\x06\x08"}), "locator pointing nowhere"),  # type: ignore[dict-item]
    "record length": (zip64_end(ARCHIVE, record={1: 52}), "locator pointing nowhere"),
    "locator disks": (zip64_end(ARCHIVE, locator={3: 2}), "several disks"),
    "record disk": (zip64_end(ARCHIVE, record={4: 1}), "several disks"),
    "record counts": (zip64_end(ARCHIVE, record={6: 3}), "two entry counts disagree"),
    "classic disagrees": (zip64_end(ARCHIVE, classic=3), "disagree"),
    "record count": (zip64_end(ARCHIVE, record={6: 5, 7: 5}), "fewer entries"),
    "record offset": (zip64_end(ARCHIVE, record={9: 2**64 - 1}), "runs past its end record"),
}


@pytest.mark.parametrize("case", list(ZIP64_REFUSALS))
def test_damaged_zip64_records_are_refused(tmp_path: Path, case: str) -> None:
    data, reason = ZIP64_REFUSALS[case]
    assert reason in refusal(save(tmp_path, data), listed)


MEMBER_REFUSALS: dict[str, tuple[bytes, str]] = {
    "local signature": (put(ARCHIVE, HEADERS[1], "<B", 0), "local header signature"),
    "local name": (put(ARCHIVE, HEADERS[1] + 30, "<B", ord("P")), "names it differently"),
    "local encoding": (put(ARCHIVE, HEADERS[3] + L_FLAGS, "<H", 0), "names it differently"),
    "local patched": (put(ARCHIVE, HEADERS[0] + L_FLAGS, "<H", 0x20), "patched"),
    "patched": (put(ARCHIVE, FIRST + C_FLAGS, "<H", 0x20), "patched"),
    "strong encryption": (put(ARCHIVE, FIRST + C_FLAGS, "<H", 0x40), "strong encryption"),
    "encrypted": (put(ARCHIVE, FIRST + C_FLAGS, "<H", 0x1), "encrypted"),
    "bzip2": (put(ARCHIVE, FIRST + C_METHOD, "<H", 12), "compression method 12"),
    "crc": (_field(FIRST + C_CRC, "<L", 1), "CRC-32"),
    "stored crc": (_field(SECOND + C_CRC, "<L", 1), "CRC-32"),
    "data": (_field(HEADERS[0] + 30 + len(b"manifest.json") + 20, "<B", 1), "damaged"),
    "bad block": (put(ARCHIVE, HEADERS[0] + 30 + len(b"manifest.json"), "<B", 0xFF), "damaged deflate data"),
    "size too small": (_field(FIRST + C_SIZE, "<L", -1), "longer than its header says"),
    "size too large": (_field(FIRST + C_SIZE, "<L", 1), "shorter than its header says"),
    "stored sizes differ": (_field(SECOND + C_SIZE, "<L", -1), "stored member whose compressed and uncompressed"),
    "stream cut": (_field(FIRST + C_PACKED, "<L", -1), "does not end within"),
    "bytes after the stream": (_trailing_bytes(), "bytes after the end"),
    "local extra into the next member": (put(ARCHIVE, HEADERS[1] + L_EXTRA_LEN, "<H", 10), "CRC-32"),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("case", list(MEMBER_REFUSALS))
def test_damaged_members_are_refused(tmp_path: Path, case: str, reader: Reader) -> None:
    data, reason = MEMBER_REFUSALS[case]
    path = save(tmp_path, data)
    listed(path)  # the directory itself is fine
    assert reason in refusal(path, reader)


@pytest.mark.parametrize("reader", READERS)
def test_limit(tmp_path: Path, reader: Reader) -> None:
    path = save(tmp_path, make_zip(SMALL))
    assert len(reader(path, limit=600)) == len(SMALL)
    with pytest.raises(ZipDamaged, match="over the limit of 599"):
        reader(path, limit=599)


def _bomb(tmp_path: Path, declared: int) -> tuple[Path, Entry]:
    data = make_zip([("bomb.json", b"\0" * (32 << 20), DEFLATED)])
    path = save(tmp_path, put(data, central_records(data)[0] + C_SIZE, "<L", declared))
    (entry,) = listed(path)
    assert entry.compressed_size < 64 * 1024
    return path, entry


@pytest.mark.parametrize("how", ["read", "stream"])
def test_a_bomb_with_a_lying_size_never_expands(tmp_path: Path, how: str) -> None:
    path, entry = _bomb(tmp_path, 1000)
    with path.open("rb") as handle:
        tracemalloc.start()
        try:
            with pytest.raises(ZipDamaged, match="longer than its header says"):
                if how == "read":
                    read_member(handle, entry, LIMIT)
                else:
                    list(iter_member(handle, entry, LIMIT, chunk=64 * 1024))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 512 * 1024


def test_a_bomb_streams_in_bounded_memory(tmp_path: Path) -> None:
    path, entry = _bomb(tmp_path, 32 << 20)
    with path.open("rb") as handle:
        tracemalloc.start()
        try:
            total = sum(len(piece) for piece in iter_member(handle, entry, LIMIT, chunk=64 * 1024))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert total == 32 << 20
    assert peak < 1024 * 1024


def test_huge_declared_sizes(tmp_path: Path) -> None:
    path = save(tmp_path, zip64_directory(make_zip(SMALL), ("size",), which=0, size=2**63))
    entry = listed(path)[0]
    assert entry.size == 2**63
    with path.open("rb") as handle:
        with pytest.raises(ZipDamaged, match="over the limit"):
            read_member(handle, entry, LIMIT)
        with pytest.raises(ZipDamaged, match="over the limit"):
            iter_member(handle, entry, LIMIT)
        # Even a limit that lets it through allocates nothing the size claims.
        with pytest.raises(ZipDamaged, match="shorter than its header says"):
            read_member(handle, entry, 2**70)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"compressed_size": 2**63}, "beyond any possible end of file"),
        ({"header_offset": 2**64}, "beyond any possible end of file"),
        ({"header_offset": -1}, "negative"),
        ({"compressed_size": 10**12}, "ends early"),
        ({"compressed_size": 10**5}, "ends early"),
        ({"method": 0}, "stored member whose compressed and uncompressed sizes differ"),
        ({"raw_name": b"other.json"}, "names it differently"),
    ],
)
def test_lying_entries_made_by_hand(tmp_path: Path, change: dict[str, object], reason: str) -> None:
    path = save(tmp_path, make_zip(SMALL))
    entry = dataclasses.replace(listed(path)[0], **change)  # type: ignore[arg-type]
    with path.open("rb") as handle:
        with pytest.raises(ZipDamaged, match=reason):
            read_member(handle, entry, LIMIT)
        with pytest.raises(ZipDamaged, match=reason):
            list(iter_member(handle, entry, LIMIT))


def test_reading_between_entries_across_buffer_refills(tmp_path: Path) -> None:
    members = [(f"assessments/{i:05d}-{'x' * (i % 90)}.json", TEXT[: i % 700], DEFLATED) for i in range(3000)]
    path = save(tmp_path, make_zip(members))
    assert struct.unpack_from("<L", path.read_bytes(), eocd_at(path.read_bytes()) + E_SIZE)[0] > 4 * 64 * 1024
    assert read_all(path) == by_zipfile(path)


# --- fuzzing --------------------------------------------------------------------------------------------

Mutation = tuple[str, int, int]


def mutate(data: bytes, changes: list[Mutation]) -> bytes:
    buffer = bytearray(data)
    for kind, where, value in changes:
        if not buffer:
            break
        at = where % len(buffer)
        if kind == "flip":
            buffer[at] ^= 1 << (value % 8)
        elif kind == "set":
            buffer[at] = value
        elif kind == "cut":
            del buffer[at:]
        elif kind == "insert":
            buffer[at:at] = bytes([value]) * (1 + value % 7)
        else:
            del buffer[at : at + 1 + value % 16]
    return bytes(buffer)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("fuzz")


ARCHIVE_ZIP64 = zip64_end(zip64_directory(ARCHIVE, ("offset", "packed")))
MUTATIONS = st.lists(
    st.tuples(
        st.sampled_from(["flip", "set", "cut", "insert", "delete"]), st.integers(0, 1 << 30), st.integers(0, 255)
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=MUTATIONS, zip64=st.booleans())
def test_any_mutation_is_refused_or_read_as_zipfile_reads_it(
    fuzz_dir: Path, changes: list[Mutation], zip64: bool
) -> None:
    path = save(fuzz_dir, mutate(ARCHIVE_ZIP64 if zip64 else ARCHIVE, changes))
    for reader in READERS:
        agrees_with_zipfile(path, reader)
