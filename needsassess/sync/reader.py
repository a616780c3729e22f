"""Reading a package that may be damaged or hostile, member by member, in constant memory.

Nothing is extracted and nothing is held per member. Opening walks the central directory once
(``zipstream``), checking every entry (name, type, method, sizes, ratio, layout, order) and
counting members by kind, then reads and checks the small manifest. ``members()`` walks the
directory again and hands each member to the importer in zip order; every member is read through
a size counter, its CRC and a sha256, and the sha256s feed the digest that the manifest (and so the
device signature) fixes. Only when the last member has passed does ``members()`` finish: a member
added, removed, replaced or altered makes it raise ``PackageRefused`` before the import commits.

Every failure, from any layer, becomes ``PackageRefused`` naming the member.
"""

from __future__ import annotations

import hashlib
import stat
import zlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import IO, Any, BinaryIO

from needsassess.errors.sync_codes import SyncCode
from needsassess.fileio import ScratchFile
from needsassess.sync import package_format as fmt
from needsassess.sync import zipstream as zs
from needsassess.sync.errors import PackageRefused
from needsassess.sync.manifest import parse_manifest
from needsassess.sync.safe_json import load_document_json, load_json

MiB = 1024 * 1024
CHUNK = 256 * 1024
_STORED, _DEFLATED = 0, 8
# What the file layer can raise besides ZipDamaged (zipstream turns the format's own problems into
# ZipDamaged; these are kept as a net).
_ZIP_ERRORS = (zs.ZipDamaged, zlib.error, EOFError, ValueError, OverflowError, MemoryError)


def _default_member_limits() -> dict[str, int]:
    return {
        "manifest": 1 * MiB,
        "signature": 64 * 1024,
        "assessment": 4 * MiB,
        "attachment": 32 * MiB,
        "form": 4 * MiB,
        "report": 64 * MiB,
        "dataset": 64 * MiB,
        "return": 64 * MiB,
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
    max_forms: int = 1000


class refusing:  # used as ``with refusing(member):``, like a function
    """Turn whatever a damaged file raises while reading ``member`` into a refusal.

    A class rather than a ``@contextmanager`` generator: the import enters it once per member,
    and a generator-based one costs several times more per ``with``.
    """

    __slots__ = ("member",)

    def __init__(self, member: str | None) -> None:
        self.member = member

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if exc is None or isinstance(exc, PackageRefused):
            return
        if isinstance(exc, zs.ZipDamaged):
            raise PackageRefused(SyncCode.DAMAGED, self.member, detail=exc.reason) from None
        if isinstance(exc, _ZIP_ERRORS):
            raise PackageRefused(SyncCode.DAMAGED, self.member, detail=f"{type(exc).__name__}: {exc}") from None
        if isinstance(exc, OSError):
            raise PackageRefused(SyncCode.UNREADABLE, self.member, detail=exc.strerror or exc) from None


def _check_entry(entry: zs.Entry, limits: Limits) -> str:
    """Refuse an entry that is not a plain, known, sanely compressed member; return its kind."""
    name = entry.name
    # A known kind within the length limit is exactly what ``name_problem`` passes (asked only
    # otherwise, for the reason): one pattern match per member instead of two.
    kind = fmt.member_kind(name) if len(name) <= fmt.MAX_NAME_LENGTH else None
    problem = fmt.name_problem(name) if kind is None else None
    if problem is None and "\x00" in name:
        problem = SyncCode.NAME_CONTROL
    if problem:
        raise PackageRefused(problem, name)
    mode = entry.external_attr >> 16
    if entry.is_dir() or (mode and not stat.S_ISREG(mode)):
        raise PackageRefused(SyncCode.NOT_PLAIN, name)
    if entry.flags & 0x41:
        raise PackageRefused(SyncCode.MEMBER_ENCRYPTED, name)
    if entry.flags & 0x20:
        raise PackageRefused(SyncCode.PATCHED, name)
    if entry.method not in (_STORED, _DEFLATED):
        raise PackageRefused(SyncCode.COMPRESSION, name)
    assert kind is not None  # name_problem returned None
    if entry.size > limits.max_member_bytes[kind]:
        raise PackageRefused(SyncCode.MEMBER_TOO_LARGE, name, kind=kind, limit=limits.max_member_bytes[kind])
    if entry.size > limits.ratio_floor_bytes and entry.size > limits.max_ratio * max(entry.compressed_size, 1):
        raise PackageRefused(SyncCode.RATIO, name, limit=limits.max_ratio)
    return kind


def _document_key(name: str) -> tuple[str, int]:
    """(uuid, revision) of an assessment or report member name (already matched by its pattern)."""
    _folder, uuid, last = name.split("/")
    return uuid, int(last.split(".")[0])


@dataclass
class _Scan:
    """What the first walk of the directory learns, in constant memory (forms and photos aside)."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(fmt.COUNTED_KINDS, 0))
    manifest: zs.Entry | None = None
    signature: zs.Entry | None = None
    forms: set[str] = field(default_factory=set)
    photos: set[str] = field(default_factory=set)  # a name each: photos are few and large
    last_document: tuple[str, int] | None = None
    last_was_document: bool = False
    total: int = 0


class Member:
    """One member handed out by ``PackageReader.members()``; read it at most once."""

    __slots__ = ("entry", "kind", "name", "sha256")

    def __init__(self, entry: zs.Entry, kind: str) -> None:
        self.entry, self.kind, self.name = entry, kind, entry.name
        self.sha256: str | None = None  # set once read

    @property
    def size(self) -> int:
        return self.entry.size


class PackageReader:
    """A verified view of one package; use as a context manager.

    After construction the structure and manifest are checked. ``members()`` then yields the
    members in zip order; ``read``, ``read_json`` and ``copy_to`` check each as they go.
    """

    def __init__(self, path: str | Path | ScratchFile, limits: Limits | None = None) -> None:
        # A decrypted package has no name (``fileio.ScratchFile``): it is read through views of it.
        self._scratch = path if isinstance(path, ScratchFile) else None
        self.path = Path(path) if not isinstance(path, ScratchFile) else Path("package")
        self.limits = limits or Limits()
        self._file: BinaryIO | None = None
        self._directory: BinaryIO | None = None
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    # --- opening: the directory walk and the manifest ------------------------------------------------

    def _open(self) -> None:
        with refusing(None):
            self._size = self.path.stat().st_size if self._scratch is None else self._scratch.size()
            with self._open_file() as raw:
                head = raw.read(16)
        if self._size == 0:
            raise PackageRefused(SyncCode.EMPTY_FILE)
        if head.startswith(fmt.ENVELOPE_MAGIC):
            raise PackageRefused(SyncCode.ENCRYPTED_UNSUPPORTED)
        if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
            raise PackageRefused(SyncCode.NOT_A_ZIP)
        if self._size > self.limits.max_package_bytes:
            raise PackageRefused(SyncCode.FILE_TOO_LARGE, limit=self.limits.max_package_bytes)
        with refusing(None):
            self._file = self._open_file()
            self._directory = self._open_file()
        scan = self._scan()
        if scan.manifest is None:
            raise PackageRefused(SyncCode.NO_MANIFEST)
        self._manifest_entry, self._signature_entry = scan.manifest, scan.signature
        manifest_bytes = self._read_whole(scan.manifest)
        self._manifest_sha256 = hashlib.sha256(manifest_bytes).digest()
        raw_manifest = load_json(
            manifest_bytes, fmt.MANIFEST, self.limits.max_member_bytes["manifest"], self.limits.max_json_depth
        )
        self.manifest = parse_manifest(raw_manifest)
        self._match_manifest(scan)

    def _open_file(self) -> BinaryIO:
        return self.path.open("rb") if self._scratch is None else self._scratch.view()

    def _entries(self) -> Iterator[zs.Entry]:
        assert self._directory is not None
        # One ``with`` around the whole walk: what the caller raises between two entries does not
        # come in here (only ``close()``'s GeneratorExit does, which ``refusing`` lets pass).
        with refusing(None):
            yield from zs.iter_entries(self._directory, self._size)

    def _scan(self) -> _Scan:
        scan = _Scan()
        for count, entry in enumerate(self._entries(), start=1):
            if count > self.limits.max_members:
                raise PackageRefused(SyncCode.TOO_MANY_MEMBERS, limit=self.limits.max_members)
            kind = _check_entry(entry, self.limits)
            scan.total += entry.size
            if scan.total > self.limits.max_total_bytes:
                raise PackageRefused(SyncCode.TOO_LARGE_UNPACKED, limit=self.limits.max_total_bytes)
            self._place(scan, entry, kind)
        return scan

    def _place(self, scan: _Scan, entry: zs.Entry, kind: str) -> None:
        """Count the member and check it stands where the format puts it (docs/packages.md, Order)."""
        name = entry.name
        was_document, scan.last_was_document = scan.last_was_document, kind == "assessment"
        if kind in ("manifest", "signature"):
            if getattr(scan, kind) is not None:
                raise PackageRefused(SyncCode.DUPLICATE_MEMBER, name)
            setattr(scan, kind, entry)
            return
        scan.counts[kind] += 1
        if kind == "assessment":
            key = _document_key(name)
            if scan.last_document is not None and key <= scan.last_document:
                raise PackageRefused(SyncCode.DOCUMENT_ORDER, name)
            scan.last_document = key
        elif kind == "report":
            if not was_document or _document_key(name) != scan.last_document:
                raise PackageRefused(SyncCode.REPORT_ORDER, name)
        else:
            seen = scan.forms if kind == "form" else scan.photos
            if name.casefold() in seen:
                raise PackageRefused(SyncCode.DUPLICATE_MEMBER, name)
            if kind == "form" and len(seen) >= self.limits.max_forms:
                raise PackageRefused(SyncCode.TOO_MANY_FORMS, name, limit=self.limits.max_forms)
            seen.add(name.casefold())

    def _match_manifest(self, scan: _Scan) -> None:
        for kind in fmt.COUNTED_KINDS:
            found, stated = scan.counts[kind], self.manifest.counts[kind]
            if found != stated:
                raise PackageRefused(SyncCode.COUNT_MISMATCH, fmt.MANIFEST, found=found, kind=kind, stated=stated)
        named = {f.member.casefold() for f in self.manifest.forms}
        for name in sorted(scan.forms - named):
            raise PackageRefused(SyncCode.FORM_NOT_NAMED, name)

    # --- reading members ---------------------------------------------------------------------------

    def _limit(self, entry: zs.Entry, kind: str | None = None) -> int:
        return min(entry.size, self.limits.max_member_bytes[kind or fmt.member_kind(entry.name) or "attachment"])

    def _read_whole(self, entry: zs.Entry, kind: str | None = None) -> bytes:
        """``kind``: the member's, when the caller knows it already (saves matching its name again)."""
        assert self._file is not None
        with refusing(entry.name):
            return zs.read_member(self._file, entry, self._limit(entry, kind))

    def _chunks(self, entry: zs.Entry) -> Iterator[bytes]:
        assert self._file is not None
        with refusing(entry.name):
            yield from zs.iter_member(self._file, entry, self._limit(entry), CHUNK)

    def members(self) -> Iterator[Member]:
        """Every member but the manifest and signature, in zip order; checks the digest at the end.

        A member the caller does not read is read (and hashed) here before the next one comes.
        """
        contents = fmt.ContentsDigest()
        for entry in self._entries():
            kind = fmt.member_kind(entry.name)
            if kind in ("manifest", "signature"):
                continue
            if kind is None:  # the file changed since it was opened
                raise PackageRefused(SyncCode.CHANGED_WHILE_READING, entry.name)
            member = Member(entry, kind)
            yield member
            if member.sha256 is None:
                digest = hashlib.sha256()
                for chunk in self._chunks(entry):
                    digest.update(chunk)
                member.sha256 = digest.hexdigest()
            contents.add(member.name, entry.size, member.sha256)
        m = self.manifest
        if contents.count != m.contents_count or contents.hexdigest() != m.contents_sha256:
            raise PackageRefused(SyncCode.MEMBERS_ALTERED, fmt.MANIFEST)

    def read(self, member: Member) -> bytes:
        """A member's bytes (size, CRC and limits checked); for members small enough to hold."""
        if member.sha256 is not None:
            raise PackageRefused(SyncCode.READ_TWICE, member.name)
        data = self._read_whole(member.entry, member.kind)
        member.sha256 = hashlib.sha256(data).hexdigest()
        return data

    def read_json(self, member: Member) -> Any:
        """A JSON member, parsed with every check; documents must be canonical JSON as well."""
        return self.read_document(member)[0] if member.kind == "assessment" else self._load(member)

    def _load(self, member: Member) -> Any:
        limit = self.limits.max_member_bytes[member.kind]
        return load_json(self.read(member), member.name, limit, self.limits.max_json_depth)

    def read_document(self, member: Member) -> tuple[Any, bytes | None]:
        """An assessment document (canonical JSON) and, when at hand, its answers' canonical bytes."""
        limit = self.limits.max_member_bytes[member.kind]
        return load_document_json(self.read(member), member.name, limit, self.limits.max_json_depth)

    def copy_to(self, member: Member, out: IO[bytes]) -> str:
        """Stream a member into ``out`` (the caller discards ``out`` on refusal); its sha256."""
        if member.sha256 is not None:
            raise PackageRefused(SyncCode.READ_TWICE, member.name)
        digest = hashlib.sha256()
        for chunk in self._chunks(member.entry):
            digest.update(chunk)
            out.write(chunk)
        member.sha256 = digest.hexdigest()
        return member.sha256

    @property
    def manifest_bytes(self) -> bytes:
        """The exact bytes of manifest.json that were parsed (the device signature is over them).

        Read again when asked and compared by sha256 with the bytes parsed at opening, so a file
        changed in between cannot have one manifest checked and another signed.
        """
        data = self._read_whole(self._manifest_entry)
        if hashlib.sha256(data).digest() != self._manifest_sha256:
            raise PackageRefused(SyncCode.MANIFEST_CHANGED, fmt.MANIFEST)
        return data

    def signature(self) -> bytes | None:
        """The raw ``signature.json`` (checked by needsassess.crypto), or None when unsigned."""
        return self._read_whole(self._signature_entry) if self._signature_entry is not None else None

    def close(self) -> None:
        for handle in (self._file, self._directory):
            if handle is not None:
                handle.close()
        self._file = self._directory = None

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
