"""Field packages (coordinator -> officers): the manifest's "field" block, the sealed returns, datasets.

A field package is an ordinary ``.napkg`` (format 2.1, docs/packages.md) whose manifest says
``"package_kind": "field"`` and carries a ``field`` block; its members are form definitions,
datasets (``datasets/NAME.csv``) and, per addressed officer key, one sealed member
(``returns/KEYID.sealed``: the encryption envelope around canonical JSON) with the returned
assessments and their comment threads. Every value read here is checked before it is trusted.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from needsassess.errors.field_codes import FieldCode
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused

PACKAGE_KIND = "field"
# In the signed manifest of packages going up: the officer device's X25519 key (base64).
ENCRYPTION_KEY_FIELD = "device_encryption_key"
RETURNS_FORMAT = "needsassess-returns"
SECTIONS = ("forms", "datasets", "returns")
MAX_SEQUENCE = 2**53
_HEX40 = re.compile(r"[0-9a-f]{40}")
_DATASET = re.compile(fmt.DATASET_NAME)
MAX_CSV_ROWS, MAX_CSV_COLUMNS = 1_000_000, 500


@dataclass(frozen=True)
class ReturnsEntry:
    """One sealed member: for which officer key (signing fingerprint) and encryption key id."""

    recipient: str
    officer: str
    key_id: str  # hex of the X25519 key id; the member is returns/<key_id>.sealed
    assessments: int

    @property
    def member(self) -> str:
        return fmt.return_member(self.key_id)


@dataclass(frozen=True)
class FieldBlock:
    """The manifest's ``field`` block, checked."""

    sequence: int
    coordinator: str
    coordinator_key: str  # fingerprint of the coordinator's X25519 key (whose file the officer loaded)
    signing_key: str  # fingerprint of the Ed25519 key that signs (also in signature.json)
    sections: tuple[str, ...]
    retired: tuple[str, ...]
    datasets: tuple[str, ...]
    returns: tuple[ReturnsEntry, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "sequence": self.sequence,
            "coordinator": self.coordinator,
            "coordinator_key": self.coordinator_key,
            "signing_key": self.signing_key,
            "sections": list(self.sections),
            "retired": list(self.retired),
            "datasets": list(self.datasets),
            "returns": [{"recipient": r.recipient, "officer": r.officer, "key_id": r.key_id,
                         "assessments": r.assessments} for r in self.returns],
        }


def is_field_package(manifest: fmt.Manifest) -> bool:
    return manifest.extra.get("package_kind") == PACKAGE_KIND


def _bad(field: str) -> PackageRefused:
    return PackageRefused(FieldCode.MANIFEST_FIELD, fmt.MANIFEST, field=field)


def _text(raw: Mapping[str, Any], key: str, limit: int = 200) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(f"field.{key}")
    return value


def _texts(raw: Mapping[str, Any], key: str, pattern: re.Pattern[str]) -> tuple[str, ...]:
    value = raw.get(key)
    if not isinstance(value, list) or len(value) > 10_000:
        raise _bad(f"field.{key}")
    if not all(isinstance(v, str) and pattern.fullmatch(v) for v in value) or len(set(value)) != len(value):
        raise _bad(f"field.{key}")
    return tuple(value)


def _returns(raw: Any) -> tuple[ReturnsEntry, ...]:
    if not isinstance(raw, list) or len(raw) > 10_000:
        raise _bad("field.returns")
    entries = []
    for index, item in enumerate(raw):
        where = f"field.returns[{index}]"
        if not isinstance(item, dict):
            raise _bad(where)
        count = item.get("assessments")
        key_id = _text(item, "key_id", 40)
        if type(count) is not int or not 0 <= count <= 10**6 or not _HEX40.fullmatch(key_id):
            raise _bad(where)
        entries.append(ReturnsEntry(_text(item, "recipient", 64), _text(item, "officer"), key_id, count))
    if len({e.key_id for e in entries}) != len(entries):
        raise _bad("field.returns")
    return tuple(entries)


def parse_field_block(manifest: fmt.Manifest) -> FieldBlock:
    """The checked ``field`` block of a field package's manifest; PackageRefused naming the field."""
    raw = manifest.extra.get("field")
    if not isinstance(raw, dict):
        raise _bad("field")
    sequence = raw.get("sequence")
    if type(sequence) is not int or not 1 <= sequence <= MAX_SEQUENCE:
        raise _bad("field.sequence")
    sections = _texts(raw, "sections", re.compile("|".join(SECTIONS)))
    block = FieldBlock(
        sequence=sequence,
        coordinator=_text(raw, "coordinator"),
        coordinator_key=_text(raw, "coordinator_key", 64),
        signing_key=_text(raw, "signing_key", 64),
        sections=sections,
        retired=_texts(raw, "retired", fmt.FORM_ID_RE),
        datasets=_texts(raw, "datasets", _DATASET),
        returns=_returns(raw.get("returns")),
    )
    if manifest.counts["dataset"] != len(block.datasets) or manifest.counts["return"] != len(block.returns):
        raise _bad("field.datasets/returns (counts)")
    if manifest.counts["assessment"] or manifest.counts["attachment"] or manifest.counts["report"]:
        raise _bad("counts (a field package carries no open assessments, photos or reports)")
    return block


# --- datasets as CSV members -------------------------------------------------------------------------

def dataset_csv(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> bytes:
    """A dataset as the CSV member holds it (UTF-8, no BOM, "\\n" line ends, a header row)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(list(columns))
    writer.writerows([list(r) for r in rows])
    return buffer.getvalue().encode("utf-8")


def read_dataset_csv(data: bytes, member: str) -> tuple[list[str], list[list[str]]]:
    """(columns, rows) of a dataset member; PackageRefused when it is not a sane CSV list."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PackageRefused(FieldCode.DATASET_MALFORMED, member, detail="not UTF-8") from None
    if "\x00" in text:
        raise PackageRefused(FieldCode.DATASET_MALFORMED, member, detail="NUL bytes")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        columns = [h.strip() for h in header or []]
        if not columns or not all(columns) or len(set(columns)) != len(columns) or len(columns) > MAX_CSV_COLUMNS:
            raise PackageRefused(FieldCode.DATASET_MALFORMED, member, detail="the header row")
        rows: list[list[str]] = []
        for row in reader:
            if len(rows) >= MAX_CSV_ROWS:
                raise PackageRefused(FieldCode.DATASET_MALFORMED, member, detail="too many rows")
            if any(cell.strip() for cell in row):
                rows.append([c.strip() for c in row[: len(columns)]] + [""] * (len(columns) - len(row)))
    except csv.Error as err:
        raise PackageRefused(FieldCode.DATASET_MALFORMED, member, detail=err) from None
    return columns, rows


def dataset_name_of(member: str) -> str:
    return member[len("datasets/"):-len(".csv")]


def datasets_named_by(definition: str, known: Sequence[str]) -> list[str]:
    """The stored datasets a form definition names: ``NAME.csv`` lists, ``pulldata('NAME', …)``,
    ``instance('NAME')`` and ``search('NAME')`` (the name quoted or followed by .csv)."""
    found = []
    for name in known:
        quoted = re.escape(name)
        if re.search(rf"(?<![\w.-]){quoted}\.csv\b|['\"]{quoted}['\"]", definition):
            found.append(name)
    return found


def b64_key(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def key_from_b64(value: Any) -> bytes | None:
    """A 32-byte key from base64 text, or None when it is not one."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == 32 else None
