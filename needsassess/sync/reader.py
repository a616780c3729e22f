"""Reading a package that may be damaged or hostile.

Nothing is extracted: the central directory is walked, every entry checked (name, type, method,
sizes, ratio, overlap) and matched against the manifest before a byte of content is read; every
member is then read through a counter and a sha256 so that a lying header or a flipped byte is
caught. Every failure, from any layer of zipfile or zlib, becomes ``PackageRefused``.

Cost: a member that fits in one CHUNK (every document) is read in one go, taking the same steps and
raising the same errors as reading it through ``zipfile`` (local header against the central
directory, output capped, cut at the declared size, CRC); larger ones go through ``zipfile`` in
chunks. tests/sync/test_reader_fast_paths.py compares the two over damaged and lying members.
"""

from __future__ import annotations

import hashlib
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.manifest import parse_manifest
from needsassess.sync.safe_json import load_json

MiB = 1024 * 1024
CHUNK = 256 * 1024
# The local file header: signature, versions, flags, method, time, date, CRC, sizes, name and extra
# lengths (as zipfile reads it).
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_LOCAL_MAGIC = b"PK\x03\x04"
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# What a damaged or crafted zip can raise from inside zipfile, zlib and struct.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    NotImplementedError,
    UnicodeDecodeError,
    struct.error,
    ValueError,
    RuntimeError,
    OverflowError,
    KeyError,
    IndexError,
)


def _default_member_limits() -> dict[str, int]:
    return {
        "manifest": 64 * MiB,
        "signature": 64 * 1024,
        "assessment": 4 * MiB,
        "attachment": 32 * MiB,
        "form": 4 * MiB,
        "report": 64 * MiB,
    }


@dataclass(frozen=True)
class Limits:
    """What a package may hold; generous for real use, small enough to stop a bomb."""

    max_package_bytes: int = 4096 * MiB
    max_members: int = 250_000
    max_total_bytes: int = 8192 * MiB
    max_member_bytes: Mapping[str, int] = field(default_factory=_default_member_limits)
    # Compression ratio refused above this, for members big enough that the ratio means something.
    max_ratio: int = 200
    ratio_floor_bytes: int = 256 * 1024
    max_json_depth: int = 32


@contextmanager
def refusing(member: str | None) -> Iterator[None]:
    """Turn whatever a damaged zip raises while reading ``member`` into a refusal."""
    try:
        yield
    except PackageRefused:
        raise
    except _ZIP_ERRORS as exc:
        raise PackageRefused(f"damaged data ({type(exc).__name__}: {exc})", member) from None
    except OSError as exc:
        raise PackageRefused(f"the file could not be read ({exc.strerror or exc})", member) from None


def _check_entry(info: zipfile.ZipInfo, limits: Limits) -> str:
    """Refuse an entry that is not a plain, known, sanely compressed member; return its kind."""
    name = info.filename
    problem = fmt.name_problem(info.orig_filename)
    # The two differ only when the stored name holds a NUL (zipfile cuts it there).
    if problem is None and info.orig_filename != name:
        problem = fmt.name_problem(name)
    if problem:
        raise PackageRefused(problem, name)
    mode = info.external_attr >> 16
    if info.is_dir() or (mode and not stat.S_ISREG(mode)):
        raise PackageRefused("a link, folder or special file (only plain files are allowed)", name)
    if info.flag_bits & 0x1:
        raise PackageRefused("an encrypted member", name)
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackageRefused("a compression method other than stored or deflate", name)
    kind = fmt.member_kind(name)
    assert kind is not None  # name_problem returned None
    if info.file_size > limits.max_member_bytes[kind]:
        raise PackageRefused(
            f"a member larger than the {kind} limit of {limits.max_member_bytes[kind]} bytes", name
        )
    if info.file_size > limits.ratio_floor_bytes and info.file_size > limits.max_ratio * max(
        info.compress_size, 1
    ):
        raise PackageRefused(f"a compression ratio above {limits.max_ratio} (a zip bomb?)", name)
    return kind


def _check_layout(infos: list[zipfile.ZipInfo], file_size: int) -> None:
    """Refuse members whose data overlap (the trick behind non-recursive zip bombs)."""
    end = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset < end:
            raise PackageRefused("members whose data overlap", info.filename)
        end = info.header_offset + 30 + len(info.orig_filename.encode("utf-8")) + info.compress_size
        if end > file_size:
            raise PackageRefused("a member that runs past the end of the file (truncated?)", info.filename)


def _seek_data(handle: IO[bytes], info: zipfile.ZipInfo) -> None:
    """Check the local header against the central directory entry, as zipfile does; skip to the data."""
    handle.seek(info.header_offset)
    header = handle.read(_LOCAL.size)
    if len(header) != _LOCAL.size:
        raise zipfile.BadZipFile("Truncated file header")
    fields = _LOCAL.unpack(header)
    if fields[0] != _LOCAL_MAGIC:
        raise zipfile.BadZipFile("Bad magic number for file header")
    raw_name = handle.read(fields[10])
    if fields[11]:
        handle.read(fields[11])
    if info.flag_bits & 0x20:
        raise NotImplementedError("compressed patched data (flag bit 5)")
    if info.flag_bits & 0x40:
        raise NotImplementedError("strong encryption (flag bit 6)")
    if raw_name.decode("utf-8" if fields[3] & 0x800 else "cp437") != info.orig_filename:
        raise zipfile.BadZipFile(
            f"File name in directory {info.orig_filename!r} and header {raw_name!r} differ."
        )
    if info.flag_bits & 0x1:
        raise RuntimeError(f"File {info!r} is encrypted, password required for extraction")


class PackageReader:
    """A verified view of one package; use as a context manager.

    After construction the structure and manifest are checked; ``read`` and ``copy_to`` check each
    member's size and sha256 as they go.
    """

    def __init__(self, path: str | Path, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or Limits()
        self._zip: zipfile.ZipFile | None = None
        self._file: IO[bytes] | None = None
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        with refusing(None):
            size = self.path.stat().st_size
            with self.path.open("rb") as raw:
                head = raw.read(16)
        if size == 0:
            raise PackageRefused("the file is empty")
        if head.startswith(fmt.ENVELOPE_MAGIC):
            raise PackageRefused("an encrypted package, which this version of needsassess cannot open")
        if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            raise PackageRefused("not a package file (not a zip archive)")
        if size > self.limits.max_package_bytes:
            raise PackageRefused(f"a file larger than {self.limits.max_package_bytes} bytes")
        with refusing(None):
            self._zip = zipfile.ZipFile(self.path)
            infos = self._zip.infolist()
            self._file = self.path.open("rb")
        self._infos = self._check_structure(infos, size)
        # Not kept (it is as large as the package's table of contents): its digest is, and
        # ``manifest_bytes`` reads the same bytes again for the device signature.
        manifest_bytes = self._read_raw(fmt.MANIFEST)
        self._manifest_sha256 = hashlib.sha256(manifest_bytes).digest()
        manifest_raw = load_json(
            manifest_bytes,
            fmt.MANIFEST,
            self.limits.max_member_bytes["manifest"],
            self.limits.max_json_depth,
        )
        del manifest_bytes
        self.manifest = parse_manifest(manifest_raw)
        del manifest_raw
        self._expected = {m.name: m for m in self.manifest.members}
        self._match_manifest()

    def _check_structure(self, infos: list[zipfile.ZipInfo], size: int) -> dict[str, zipfile.ZipInfo]:
        if len(infos) > self.limits.max_members:
            raise PackageRefused(f"more than {self.limits.max_members} members")
        by_name: dict[str, zipfile.ZipInfo] = {}
        self._kinds: dict[str, str] = {}
        folded: set[str] = set()
        total = 0
        for info in infos:
            self._kinds[info.filename] = _check_entry(info, self.limits)
            if info.filename.casefold() in folded:
                raise PackageRefused("a duplicate member name", info.filename)
            folded.add(info.filename.casefold())
            by_name[info.filename] = info
            total += info.file_size
            if total > self.limits.max_total_bytes:
                raise PackageRefused(f"more than {self.limits.max_total_bytes} bytes once unpacked")
        _check_layout(infos, size)
        if fmt.MANIFEST not in by_name:
            raise PackageRefused("no manifest.json (not a needsassess package?)")
        return by_name

    def _match_manifest(self) -> None:
        present = set(self._infos) - {fmt.MANIFEST, fmt.SIGNATURE}
        for name in sorted(present - set(self._expected)):
            raise PackageRefused("a member the manifest does not list", name)
        for name in sorted(set(self._expected) - present):
            raise PackageRefused("a member the manifest lists is missing", name)
        for name, entry in self._expected.items():
            if self._infos[name].file_size != entry.size:
                raise PackageRefused("a member whose size differs from the manifest", name)

    # --- reading members --------------------------------------------------------------------------

    def _direct(self, info: zipfile.ZipInfo) -> bytes | None:
        """A small member's bytes read in one go, or None when it is not small (use ``_chunks``).

        The same steps and errors as ``zipfile.ZipFile.open`` followed by ``read(CHUNK)`` until
        empty, for a member whose compressed and declared sizes fit in one CHUNK (a test compares
        the two over damaged and lying members): the local header is checked against the central
        directory entry, the output is capped and cut at the declared size, and the CRC is checked.
        """
        size, packed = info.file_size, info.compress_size
        if size > CHUNK or packed > CHUNK or info.compress_type not in _METHODS:
            return None
        assert self._file is not None
        _seek_data(self._file, info)
        data = self._file.read(packed) if packed > 0 else b""
        if packed > 0 and not data:
            raise EOFError
        complete = len(data) >= packed
        if info.compress_type == zipfile.ZIP_DEFLATED:
            inflater = zlib.decompressobj(-15)
            out = inflater.decompress(data, CHUNK)
            ended = inflater.eof or (complete and not inflater.unconsumed_tail)
            if ended:
                out += inflater.flush()
        else:
            out, ended = data, complete
        out = out[:size]
        if not ended and len(out) < size:
            # Short of data and of output: zipfile asks the file for more, finds none and stops.
            raise EOFError
        if zlib.crc32(out) != info.CRC:
            raise zipfile.BadZipFile(f"Bad CRC-32 for file {info.filename!r}")
        return out

    def _read_small(self, name: str) -> bytes | None:
        """``_read_raw`` for a small member without zipfile's per-member objects, or None."""
        info = self._infos[name]
        try:
            out = self._direct(info)
        except _ZIP_ERRORS as exc:
            raise PackageRefused(f"damaged data ({type(exc).__name__}: {exc})", name) from None
        except OSError as exc:
            raise PackageRefused(f"the file could not be read ({exc.strerror or exc})", name) from None
        if out is None:
            return None
        limit = min(info.file_size, self.limits.max_member_bytes[self._kinds[name]])
        if len(out) > limit:
            raise PackageRefused("a member longer than its header says", name)
        if len(out) != info.file_size:
            raise PackageRefused("a member shorter than its header says (truncated?)", name)
        return out

    def _chunks(self, name: str) -> Iterator[bytes]:
        """The member's bytes, counted against its declared size and limit as they come."""
        assert self._zip is not None
        info = self._infos[name]
        limit = min(info.file_size, self.limits.max_member_bytes[fmt.member_kind(name) or "attachment"])
        count = 0
        with refusing(name), self._zip.open(info) as stream:
            while chunk := stream.read(CHUNK):
                count += len(chunk)
                if count > limit:
                    raise PackageRefused("a member longer than its header says", name)
                yield chunk
        if count != info.file_size:
            raise PackageRefused("a member shorter than its header says (truncated?)", name)

    def _read_raw(self, name: str) -> bytes:
        small = self._read_small(name)
        return small if small is not None else self._read_streamed(name)

    def _read_streamed(self, name: str) -> bytes:
        """The general path through zipfile, in chunks; ``_read_small`` is its shortcut."""
        return b"".join(self._chunks(name))

    def _verified_chunks(self, name: str) -> Iterator[bytes]:
        entry = self._expected.get(name)
        if entry is None:
            raise PackageRefused("a member the manifest does not list", name)
        digest = hashlib.sha256()
        for chunk in self._chunks(name):
            digest.update(chunk)
            yield chunk
        if digest.hexdigest() != entry.sha256:
            raise PackageRefused("a member whose checksum differs from the manifest (damaged?)", name)

    def read(self, name: str) -> bytes:
        """A member's bytes, checked against the manifest's size and sha256."""
        entry = self._expected.get(name)
        if entry is None:
            raise PackageRefused("a member the manifest does not list", name)
        small = self._read_small(name)
        if small is None:
            return b"".join(self._verified_chunks(name))
        if hashlib.sha256(small).hexdigest() != entry.sha256:
            raise PackageRefused("a member whose checksum differs from the manifest (damaged?)", name)
        return small

    def read_json(self, name: str) -> Any:
        kind = self._kinds.get(name) or fmt.member_kind(name) or "assessment"
        return load_json(
            self.read(name), name, self.limits.max_member_bytes[kind], self.limits.max_json_depth
        )

    def copy_to(self, name: str, out: IO[bytes]) -> None:
        """Stream a checked member into ``out`` (the caller discards ``out`` on refusal)."""
        for chunk in self._verified_chunks(name):
            out.write(chunk)

    @property
    def manifest_bytes(self) -> bytes:
        """The exact bytes of manifest.json that were parsed (the device signature is over them).

        Read again when asked and compared by sha256 with the bytes parsed at opening, so a file
        changed in between cannot have one manifest checked and another signed.
        """
        data = self._read_raw(fmt.MANIFEST)
        if hashlib.sha256(data).digest() != self._manifest_sha256:
            raise PackageRefused("manifest.json changed while the package was being read", fmt.MANIFEST)
        return data

    def signature(self) -> bytes | None:
        """The raw ``signature.json`` (checked by needsassess.crypto), or None when unsigned."""
        return self._read_raw(fmt.SIGNATURE) if fmt.SIGNATURE in self._infos else None

    def names(self) -> list[str]:
        return sorted(self._expected)

    def has(self, name: str) -> bool:
        return name in self._expected

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._zip is not None:
            self._zip.close()
            self._zip = None

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
