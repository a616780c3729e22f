"""A zip reader for packages that may be damaged or hostile, in memory that does not grow with them.

``zipfile.ZipFile`` builds an object for every member as it opens an archive, so a package of
100,000 members costs tens of megabytes before anything is checked. Here the central directory is
streamed one record at a time and members are read one at a time; everything read is checked
against everything else known (end records, directory, local headers, sizes, layout, CRC), and
every inconsistency becomes ``ZipDamaged``. Only what Python's ``zipfile`` writes needs to be
accepted: one disk, offsets that line up (no self-extracting stub), stored or deflated members.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

CHUNK = 256 * 1024
# How much of the central directory is read at a time.
_BUFFER = 64 * 1024
# Members this small are read in one go; larger ones through ``iter_member``.
_FAST_PACKED = 256 * 1024
_FAST_SIZE = 16 * 1024 * 1024
# Beyond this no file position is possible (and ``seek`` would overflow).
_MAX_POSITION = (1 << 63) - 1 - 0x10000

_EOCD = struct.Struct("<4s4H2LH")
_LOCATOR = struct.Struct("<4sLQL")
_EOCD64 = struct.Struct("<4sQ2H2L4Q")
# The central directory record (46 bytes) less what is not used: signature, system that made it,
# version needed, flags, method, CRC, sizes, name/extra/comment lengths, disk, attributes, offset.
_CENTRAL = struct.Struct("<4sxBBxHH4xLLLHHHHxxLL")
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_FIELD = struct.Struct("<HH")
_U64 = struct.Struct("<Q")
_U32 = struct.Struct("<L")

_EOCD_MAGIC = b"PK\x05\x06"
_LOCATOR_MAGIC = b"PK\x06\x07"
_EOCD64_MAGIC = b"PK\x06\x06"
_CENTRAL_MAGIC = b"PK\x01\x02"
_LOCAL_MAGIC = b"PK\x03\x04"

_STORED, _DEFLATED = 0, 8
_UTF8_NAME = 0x800
_ENCRYPTED, _PATCHED, _STRONG = 0x1, 0x20, 0x40
_MAX_VERSION = 63  # the newest "version needed to extract" zipfile accepts
_SATURATED16, _SATURATED32 = 0xFFFF, 0xFFFFFFFF
_ZIP64_EXTRA = 0x0001

_MULTI_DISK = "an archive spread over several disks (not supported)"
_TRUNCATED = "the file ends early (truncated)"


class ZipDamaged(Exception):
    """A zip archive that is damaged or crafted; ``reason`` says what is wrong, in plain English."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"damaged zip archive: {reason}")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Entry:
    """One central directory record, zip64 values applied."""

    name: str
    raw_name: bytes
    method: int
    flags: int
    crc: int
    compressed_size: int
    size: int
    header_offset: int
    external_attr: int
    create_system: int

    def is_dir(self) -> bool:
        return self.name.endswith("/")


class _EntryDraft:
    """``Entry``'s very slots without the frozen ``__setattr__``; made an ``Entry`` once filled.

    A frozen dataclass's ``__init__`` goes through ``object.__setattr__`` field by field and costs
    three times as much, in the loop that walks 100,000 entries.
    """

    __slots__ = Entry.__slots__

    def __init__(
        self,
        name: str,
        raw_name: bytes,
        method: int,
        flags: int,
        crc: int,
        compressed_size: int,
        size: int,
        header_offset: int,
        external_attr: int,
        create_system: int,
    ) -> None:
        self.name = name
        self.raw_name = raw_name
        self.method = method
        self.flags = flags
        self.crc = crc
        self.compressed_size = compressed_size
        self.size = size
        self.header_offset = header_offset
        self.external_attr = external_attr
        self.create_system = create_system


def _read_at(handle: BinaryIO, at: int, count: int) -> bytes:
    """``count`` bytes at ``at`` (from a buffered file, which reads short only at its end)."""
    handle.seek(at)
    data = handle.read(count)
    if len(data) != count:
        raise ZipDamaged(_TRUNCATED)
    return data


# --- the end records --------------------------------------------------------------------------------


def _end_record(handle: BinaryIO, file_size: int) -> tuple[int, tuple[int, ...], bytes]:
    """The end of central directory record: its offset, fields, and the 20 bytes before it (or b"")."""
    before = _LOCATOR.size
    # Usually the record ends the file (no comment): one small read holds it and a zip64 locator.
    span = min(file_size, _EOCD.size + before)
    tail = _read_at(handle, file_size - span, span)
    at = span - _EOCD.size
    if not (tail.startswith(_EOCD_MAGIC, at) and tail.endswith(b"\0\0")):
        span = min(file_size, _EOCD.size + 0xFFFF + before)
        tail = _read_at(handle, file_size - span, span)
        # The last signature, as zipfile takes it; a comment is assumed not to hold one.
        at = tail.rfind(_EOCD_MAGIC)
        if at < 0 or at + _EOCD.size > span:
            raise ZipDamaged("no end of central directory record (not a zip archive, or truncated)")
    fields = _EOCD.unpack_from(tail, at)
    if at + _EOCD.size + fields[7] != span:
        raise ZipDamaged("the archive comment does not end with the file (truncated, or bytes added after it)")
    return file_size - span + at, fields, tail[at - before : at] if at >= before else b""


def _zip64_end(handle: BinaryIO, locator: bytes, locator_at: int, classic: tuple[int, int, int]) -> tuple[int, ...]:
    """(offset of the zip64 end record, entries, directory size, directory offset)."""
    _, disk, record_at, disks = _LOCATOR.unpack(locator)
    if disk != 0 or disks > 1:
        raise ZipDamaged(_MULTI_DISK)
    # Right before the locator, without "extensible data" (which zipfile neither writes nor reads).
    if record_at != locator_at - _EOCD64.size:
        raise ZipDamaged("a zip64 end locator pointing nowhere")
    record = _EOCD64.unpack(_read_at(handle, record_at, _EOCD64.size))
    magic, length, _, _, disk, disk_start, here, count, size, offset = record
    if magic != _EOCD64_MAGIC or length != _EOCD64.size - 12:
        raise ZipDamaged("a zip64 end locator pointing nowhere")
    if disk or disk_start:
        raise ZipDamaged(_MULTI_DISK)
    if here != count:
        raise ZipDamaged("the zip64 end record's two entry counts disagree")
    saturated_values = (_SATURATED16, _SATURATED32, _SATURATED32)
    for old, new, saturated in zip(classic, (count, size, offset), saturated_values, strict=True):
        if old not in (saturated, new):
            raise ZipDamaged("the zip64 end record and the classic end record disagree")
    return record_at, count, size, offset


def directory(handle: BinaryIO, file_size: int) -> tuple[int, int, int]:
    """(offset of the central directory, its size, number of entries), from the end records.

    The directory must end exactly where the end records begin: data prepended to the archive or
    slipped in between is refused rather than guessed around.
    """
    if file_size < _EOCD.size:
        raise ZipDamaged("the file is too short to be a zip archive")
    end, fields, locator = _end_record(handle, file_size)
    _, disk, disk_start, here, count, size, offset, _ = fields
    if disk or disk_start:
        raise ZipDamaged(_MULTI_DISK)
    if here != count:
        raise ZipDamaged("the end record's two entry counts disagree")
    if locator.startswith(_LOCATOR_MAGIC):
        end, count, size, offset = _zip64_end(handle, locator, end - _LOCATOR.size, (count, size, offset))
    if offset + size > end:
        raise ZipDamaged("the central directory runs past its end record or the end of the file")
    if offset + size < end:
        raise ZipDamaged("bytes between the central directory and its end record (data added to the archive?)")
    if count * _CENTRAL.size > size:
        raise ZipDamaged("the end record counts more entries than the central directory can hold")
    return offset, size, count


# --- the central directory ---------------------------------------------------------------------------


def _zip64_values(extra: bytes, size: int, packed: int, offset: int, disk: int) -> tuple[int, int, int]:
    """Walk the extra fields; take the saturated size, packed size and offset from the zip64 one."""
    at, end, found = 0, len(extra), False
    while at + 4 <= end:
        kind, length = _FIELD.unpack_from(extra, at)
        at += 4
        if at + length > end:
            raise ZipDamaged(f"an extra field (0x{kind:04x}) longer than the space left for it")
        if kind == _ZIP64_EXTRA:
            if found:
                raise ZipDamaged("two zip64 extra fields in one entry")
            found = True
            values, stop = at, at + length
            # The spec's order: size, packed size, header offset, disk, each only when saturated.
            if size == _SATURATED32:
                size, values = _take64(extra, values, stop), values + 8
            if packed == _SATURATED32:
                packed, values = _take64(extra, values, stop), values + 8
            if offset == _SATURATED32:
                offset, values = _take64(extra, values, stop), values + 8
            if disk == _SATURATED16:
                if values + 4 > stop:
                    raise ZipDamaged("a zip64 extra field too short for the values it should hold")
                disk = _U32.unpack_from(extra, values)[0]
        at += length
    if not found and _SATURATED32 in (size, packed, offset):
        raise ZipDamaged("a size or offset of 0xFFFFFFFF without the zip64 extra field that holds it")
    if disk:
        raise ZipDamaged(_MULTI_DISK)
    return size, packed, offset


def _take64(extra: bytes, at: int, stop: int) -> int:
    if at + 8 > stop:
        raise ZipDamaged("a zip64 extra field too short for the values it should hold")
    value: int = _U64.unpack_from(extra, at)[0]
    return value


def _refill(handle: BinaryIO, data: bytes, at: int, where: int, left: int, need: int) -> tuple[bytes, int, int]:
    """Keep ``data[at:]`` and read on so that at least ``need`` bytes are buffered: (data, where, left)."""
    have = len(data) - at
    if have + left < need:
        raise ZipDamaged("an entry runs past the end of the central directory")
    count = min(left, max(_BUFFER, need - have))
    return data[at:] + _read_at(handle, where, count), where + count, left - count


def iter_entries(handle: BinaryIO, file_size: int) -> Iterator[Entry]:
    """Every central directory entry in order, in memory that does not grow with their number.

    The end records are checked at once; each entry as it comes, with the layout (offsets strictly
    increasing, no member's data overlapping the next one's header or the directory) so that
    overlapping members, the trick of non-recursive zip bombs, are refused without remembering the
    earlier entries. The handle may be used (``read_member``) between two entries.
    """
    offset, size, count = directory(handle, file_size)
    return _entries(handle, offset, size, count)


def _entries(handle: BinaryIO, directory_at: int, left: int, count: int) -> Iterator[Entry]:
    # The hot loop of an import (100,000 entries): locals only, one comparison per check.
    unpack, fixed, magic_expected, draft = _CENTRAL.unpack_from, _CENTRAL.size, _CENTRAL_MAGIC, _EntryDraft
    data, at, filled, where = b"", 0, 0, directory_at
    previous, previous_end = -1, 0
    while left or at < filled:
        if filled - at < fixed:
            data, where, left = _refill(handle, data, at, where, left, fixed)
            at, filled = 0, len(data)
        (magic, system, version, flags, method, crc, packed, size,
         name_length, extra_length, comment_length, disk, attributes, offset) = unpack(data, at)  # fmt: skip
        if magic != magic_expected:
            raise ZipDamaged("a central directory entry without its signature")
        name_at = at + fixed
        at = name_at + name_length + extra_length + comment_length
        if at > filled:
            data, where, left = _refill(handle, data, name_at - fixed, where, left, at - name_at + fixed)
            at, name_at, filled = at - name_at + fixed, fixed, len(data)
        count -= 1
        if count < 0:
            raise ZipDamaged("more entries in the central directory than its end record counts")
        if version > _MAX_VERSION:
            raise ZipDamaged(f"an entry needing zip version {version / 10:.1f}, newer than this reader")
        raw_name = data[name_at : name_at + name_length]
        if flags & _UTF8_NAME:
            try:
                name = raw_name.decode("utf-8")
            except UnicodeDecodeError:
                raise ZipDamaged("a member name that is not valid UTF-8") from None
        elif raw_name.isascii():  # cp437 agrees with ASCII there, and decoding ASCII is much faster
            name = raw_name.decode("ascii")
        else:
            name = raw_name.decode("cp437")
        if extra_length or disk or size == _SATURATED32 or packed == _SATURATED32 or offset == _SATURATED32:
            extra_at = name_at + name_length
            size, packed, offset = _zip64_values(data[extra_at : extra_at + extra_length], size, packed, offset, disk)
        if offset < previous_end:
            raise ZipDamaged(
                "members out of order (header offsets not increasing in the directory)"
                if offset <= previous
                else "members whose data overlap"
            )
        previous, previous_end = offset, offset + _LOCAL.size + name_length + packed
        if previous_end > directory_at:
            raise ZipDamaged("a member whose data runs into the central directory (lying size or offset?)")
        entry = draft(name, raw_name, method, flags, crc, packed, size, offset, attributes, system)
        entry.__class__ = Entry  # type: ignore[assignment]
        yield entry  # type: ignore[misc]
    if count:
        raise ZipDamaged("fewer entries in the central directory than its end record counts")


# --- members -----------------------------------------------------------------------------------------


def _check_readable(entry: Entry, limit: int) -> None:
    if entry.method not in (_STORED, _DEFLATED):
        raise ZipDamaged(f"compression method {entry.method} (only stored and deflate are read)")
    if entry.flags & _ENCRYPTED:
        raise ZipDamaged("an encrypted member")
    if entry.flags & _PATCHED:
        raise ZipDamaged("compressed patched data (flag bit 5)")
    if entry.flags & _STRONG:
        raise ZipDamaged("strong encryption (flag bit 6)")
    if min(entry.size, entry.compressed_size, entry.header_offset) < 0:
        raise ZipDamaged("a negative size or offset")
    if entry.size > limit:
        raise ZipDamaged(f"a member of {entry.size} bytes, over the limit of {limit}")
    if entry.method == _STORED and entry.compressed_size != entry.size:
        raise ZipDamaged("a stored member whose compressed and uncompressed sizes differ")
    if entry.header_offset + _LOCAL.size + len(entry.raw_name) + entry.compressed_size > _MAX_POSITION:
        raise ZipDamaged("a member beyond any possible end of file (lying size or offset)")


def _local_extra(header: bytes, entry: Entry) -> int:
    """Check the local header (and the name after it) against the directory; its extra's length."""
    magic, _, _, flags, _, _, _, _, _, _, name_length, extra_length = _LOCAL.unpack_from(header)
    if magic != _LOCAL_MAGIC:
        raise ZipDamaged("a member without its local header signature (lying offset?)")
    if flags & (_PATCHED | _STRONG):
        raise ZipDamaged("a local header flagged as patched data or strong encryption")
    raw_name = entry.raw_name
    name = header[_LOCAL.size : _LOCAL.size + name_length]
    if name_length != len(raw_name) or name != raw_name or (flags ^ entry.flags) & _UTF8_NAME:
        raise ZipDamaged("a member whose local header names it differently from the central directory")
    result: int = extra_length
    return result


def _checked(out: bytes, entry: Entry, crc: int) -> None:
    if len(out) < entry.size:
        raise ZipDamaged("a member shorter than its header says (truncated?)")
    if crc != entry.crc:
        raise ZipDamaged("a member whose CRC-32 differs (damaged data)")


def read_member(handle: BinaryIO, entry: Entry, limit: int) -> bytes:
    """The whole member, checked (local header, sizes, end of the deflate stream, CRC-32).

    For members the caller can hold: ``limit`` is the most bytes it accepts. Output is capped just
    past the declared size as it is inflated, so a lying size never makes it allocate more.
    """
    _check_readable(entry, limit)
    if entry.compressed_size > _FAST_PACKED or entry.size > _FAST_SIZE:
        return b"".join(iter_member(handle, entry, limit))
    head = _LOCAL.size + len(entry.raw_name)
    block = _read_at(handle, entry.header_offset, head + entry.compressed_size)
    extra = _local_extra(block, entry)
    # A local extra field (zipfile writes one only for zip64) moves the data: read it again.
    data = _read_at(handle, entry.header_offset + head + extra, entry.compressed_size) if extra else block[head:]
    if entry.method == _STORED:
        out = data
    else:
        inflater = zlib.decompressobj(-15)
        try:
            out = inflater.decompress(data, entry.size + 1)
        except zlib.error as exc:
            raise ZipDamaged(f"damaged deflate data ({exc})") from None
        if len(out) > entry.size:
            raise ZipDamaged("a member longer than its header says (a zip bomb?)")
        if not inflater.eof:
            raise ZipDamaged("a deflate stream that does not end within the member's data (truncated?)")
        if inflater.unused_data:
            raise ZipDamaged("bytes after the end of a member's deflate stream")
    _checked(out, entry, zlib.crc32(out))
    return out


def iter_member(handle: BinaryIO, entry: Entry, limit: int, chunk: int = CHUNK) -> Iterator[bytes]:
    """The member in pieces of at most ``chunk`` bytes, with the checks of ``read_member``.

    The entry and local header are checked at once; sizes as the pieces come; the CRC-32 and the
    end of the data only after the last piece, so the caller must exhaust the iterator and discard
    what it got if that raises. The handle may be used elsewhere between two pieces.
    """
    if chunk <= 0:
        raise ValueError("chunk must be positive")
    _check_readable(entry, limit)
    head = _LOCAL.size + len(entry.raw_name)
    extra = _local_extra(_read_at(handle, entry.header_offset, head), entry)
    where = entry.header_offset + head + extra
    if entry.method == _STORED:
        return _stored(handle, entry, where, chunk)
    return _inflated(handle, entry, where, chunk)


def _stored(handle: BinaryIO, entry: Entry, where: int, chunk: int) -> Iterator[bytes]:
    left, crc = entry.compressed_size, 0
    while left:
        piece = _read_at(handle, where, min(chunk, left))
        where, left = where + len(piece), left - len(piece)
        crc = zlib.crc32(piece, crc)
        yield piece
    if crc != entry.crc:
        raise ZipDamaged("a member whose CRC-32 differs (damaged data)")


def _inflated(handle: BinaryIO, entry: Entry, where: int, chunk: int) -> Iterator[bytes]:
    inflater = zlib.decompressobj(-15)
    left, total, crc, pending = entry.compressed_size, 0, 0, b""
    while not inflater.eof:
        if not pending and left:
            pending = _read_at(handle, where, min(chunk, left))
            where, left = where + len(pending), left - len(pending)
        try:
            out = inflater.decompress(pending, chunk)
        except zlib.error as exc:
            raise ZipDamaged(f"damaged deflate data ({exc})") from None
        pending = inflater.unconsumed_tail
        if out:
            total += len(out)
            if total > entry.size:
                raise ZipDamaged("a member longer than its header says (a zip bomb?)")
            crc = zlib.crc32(out, crc)
            yield out
        elif not (pending or left or inflater.eof):
            raise ZipDamaged("a deflate stream that does not end within the member's data (truncated?)")
    if left or inflater.unused_data:
        raise ZipDamaged("bytes after the end of a member's deflate stream")
    if total < entry.size:
        raise ZipDamaged("a member shorter than its header says (truncated?)")
    if crc != entry.crc:
        raise ZipDamaged("a member whose CRC-32 differs (damaged data)")
