"""The reader against hostile and damaged zips, crafted by hand: each refused with its reason."""

from __future__ import annotations

import hashlib
import json
import stat
import struct
import warnings
import zipfile
from pathlib import Path

import pytest

from needsassess.errors import UserError
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import Limits, PackageReader
from tests.sync.zips import (
    PHOTO,
    PHOTO_HASH,
    document,
    manifest_for,
    read_all,
    valid_members,
    valid_package,
    write_zip,
)


def refusal(path: Path, limits: Limits | None = None) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught, PackageReader(path, limits) as reader:
        read_all(reader)
    assert isinstance(caught.value, UserError)
    return caught.value


def test_a_valid_package_reads_and_checks(tmp_path: Path) -> None:
    with PackageReader(valid_package(tmp_path / "p.napkg")) as reader:
        assert reader.manifest.counts == {"assessment": 1, "attachment": 1, "form": 1, "report": 0, "dataset": 0,
                                          "return": 0}
        members = list(reader.members())  # not read here: the reader reads and hashes each itself
        assert [m.kind for m in members] == ["form", "attachment", "assessment"]
    with PackageReader(valid_package(tmp_path / "p.napkg")) as reader:
        for member in reader.members():
            if member.kind == "attachment":
                assert reader.read(member) == PHOTO
            elif member.kind == "assessment":
                assert reader.read_json(member) == document()


def test_a_member_the_importer_skips_is_still_checked(tmp_path: Path) -> None:
    """A member nobody reads (a report, say) is read by the reader itself, into the digest."""
    path = valid_package(tmp_path / "p.napkg")
    data = bytearray(path.read_bytes())
    at = data.find(b"waste_management\nversion") + 2  # the form's bytes, stored deflated: find them
    if at < 2:  # deflated: flip a byte of the form member's compressed data instead
        at = data.find(b"forms/waste_management-2026.1.yaml") + 40
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(PackageRefused), PackageReader(path) as reader:
        for _member in reader.members():
            pass


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("../evil.json", "'..' component"),
        ("attachments/../../etc/passwd", "'..' component"),
        ("/etc/passwd", "absolute"),
        ("C:/Windows/evil.dll", "drive letter"),
        ("C:evil", "drive letter"),
        ("attachments\\..\\evil", "backslash"),
        ("forms/a\x01.yaml", "control character"),
        ("notes.txt", "unknown member name"),
    ],
)
def test_hostile_member_names_are_refused(tmp_path: Path, name: str, reason: str) -> None:
    path = write_zip(tmp_path / "p.napkg", [*valid_members(), (name, b"x", None)])
    err = refusal(path)
    assert reason in err.reason
    assert err.member == name.replace("\\", "/") or err.member == name


def test_a_symlink_member_is_refused(tmp_path: Path) -> None:
    def link(info: zipfile.ZipInfo) -> None:
        info.external_attr = (stat.S_IFLNK | 0o777) << 16

    members = valid_members()
    members[1] = (members[1][0], members[1][1], link)
    err = refusal(write_zip(tmp_path / "p.napkg", members))
    assert "link" in err.reason and err.member == fmt.attachment_member(PHOTO_HASH)


def test_duplicate_member_names_are_refused(tmp_path: Path) -> None:
    members = valid_members()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we make on purpose
        path = write_zip(tmp_path / "p.napkg", [*members, members[1]])
    err = refusal(path)
    assert "duplicate" in err.reason


def _zeros_member(size: int) -> tuple[str, bytes, None]:
    data = bytes(size)
    return fmt.attachment_member(hashlib.sha256(data).hexdigest()), data, None


def test_a_high_compression_ratio_is_refused(tmp_path: Path) -> None:
    err = refusal(write_zip(tmp_path / "p.napkg", [*valid_members(), _zeros_member(4 * 1024 * 1024)]))
    assert "ratio" in err.reason


def _patch_sizes(path: Path, name: str, size: int) -> None:
    """Rewrite the declared uncompressed size of ``name`` in its local and central headers."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, size_at, name_at in ((b"PK\x03\x04", 22, 30), (b"PK\x01\x02", 24, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into("<I", data, start + size_at, size)
            start += 4
    path.write_bytes(bytes(data))


def test_a_huge_declared_size_is_refused(tmp_path: Path) -> None:
    path = valid_package(tmp_path / "p.napkg")
    _patch_sizes(path, fmt.attachment_member(PHOTO_HASH), 3_000_000_000)
    err = refusal(path)
    assert "larger than" in err.reason or "ratio" in err.reason


def test_a_header_lying_small_is_refused(tmp_path: Path) -> None:
    path = valid_package(tmp_path / "p.napkg")
    _patch_sizes(path, fmt.attachment_member(PHOTO_HASH), 10)
    err = refusal(path)
    assert err.member in (fmt.attachment_member(PHOTO_HASH), None)


def test_the_total_size_and_member_count_are_limited(tmp_path: Path) -> None:
    path = valid_package(tmp_path / "p.napkg")
    assert "members" in refusal(path, Limits(max_members=2)).reason
    assert "unpacked" in refusal(path, Limits(max_total_bytes=100)).reason


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_file_is_refused(tmp_path: Path, keep: float) -> None:
    path = valid_package(tmp_path / "p.napkg")
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    refusal(path)


def test_a_flipped_byte_in_a_member_is_refused(tmp_path: Path) -> None:
    path = valid_package(tmp_path / "p.napkg")
    data = bytearray(path.read_bytes())
    at = data.find(PHOTO[:20]) + 30
    assert at > 30
    data[at] ^= 0x01
    path.write_bytes(bytes(data))
    err = refusal(path)
    assert err.member == fmt.attachment_member(PHOTO_HASH)


def test_a_member_altered_with_its_crc_is_refused_by_the_digest(tmp_path: Path) -> None:
    """A photo replaced by other bytes (a valid zip entry, CRC and all) fails the manifest's digest."""
    members = valid_members()
    manifest = manifest_for(members)
    other = PHOTO.replace(b"fake", b"FAKE")
    altered = [members[0], (fmt.attachment_member(PHOTO_HASH), other, None), members[2]]
    err = refusal(write_zip(tmp_path / "p.napkg", altered, manifest))
    assert "not those the manifest was made for" in err.reason and err.member == fmt.MANIFEST


def test_a_member_the_manifest_lacks_is_refused(tmp_path: Path) -> None:
    members = valid_members()
    extra = fmt.attachment_member(hashlib.sha256(b"more").hexdigest())
    err = refusal(write_zip(tmp_path / "p.napkg", [*members, (extra, b"more", None)], manifest_for(members)))
    assert "1 attachment" in err.reason or "2 attachment" in err.reason
    assert err.member == fmt.MANIFEST


def test_a_member_missing_from_the_zip_is_refused(tmp_path: Path) -> None:
    members = valid_members()
    err = refusal(write_zip(tmp_path / "p.napkg", [members[0], members[2]], manifest_for(members)))
    assert "holds 0 attachment member(s) but its manifest counts 1" in err.reason


def test_a_form_the_manifest_does_not_name_is_refused(tmp_path: Path) -> None:
    members = valid_members()
    manifest = manifest_for(members)
    manifest["forms"] = [{"form_id": "energy", "version": "2026.1"}]
    err = refusal(write_zip(tmp_path / "p.napkg", members, manifest))
    assert "does not name" in err.reason and err.member == members[0][0]


def test_documents_out_of_order_are_refused(tmp_path: Path) -> None:
    first, second = document(revision=2), document(revision=1)
    members = [*valid_members(first), valid_members(second)[2]]
    err = refusal(write_zip(tmp_path / "p.napkg", members))
    assert "out of (uuid, revision) order" in err.reason


def test_a_report_away_from_its_document_is_refused(tmp_path: Path) -> None:
    members = valid_members()
    report = (fmt.report_member(document()["uuid"], 1), b"%PDF-1.4", None)
    err = refusal(write_zip(tmp_path / "p.napkg", [members[0], report, members[1], members[2]]))
    assert "does not follow its assessment document" in err.reason


def test_an_unknown_format_version_is_refused(tmp_path: Path) -> None:
    members = valid_members()
    err = refusal(write_zip(tmp_path / "p.napkg", members, manifest_for(members, format_version="3.0")))
    assert "format version 3.0" in err.reason and err.member == fmt.MANIFEST


def test_a_package_of_the_earlier_format_is_refused_with_what_to_do(tmp_path: Path) -> None:
    members = valid_members()
    err = refusal(write_zip(tmp_path / "p.napkg", members, manifest_for(members, format_version="1.0")))
    assert "earlier needsassess" in err.reason and "export the assessments again" in err.reason


def test_a_later_minor_version_is_read(tmp_path: Path) -> None:
    members = valid_members()
    path = write_zip(
        tmp_path / "p.napkg", members, manifest_for(members, format_version="2.7", later_field=1)
    )
    with PackageReader(path) as reader:
        assert reader.manifest.extra == {"later_field": 1}
        read_all(reader)


@pytest.mark.parametrize(
    ("manifest", "reason"),
    [
        (b"{not json", "invalid JSON"),
        (b'{"format": NaN}', "NaN"),
        (b'{"format": -Infinity}', "Infinity"),
        (b'{"a": 1, "a": 2}', "duplicate key"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
        (b"[" * 40 + b"]" * 40, "nested deeper"),
        (b"\xff\xfe{}", "UTF-8"),
        (b"[]", "not a JSON object"),
        (b'{"format": "needsassess-package", "format_version": "2.0"}', "lacks"),
    ],
)
def test_a_bad_manifest_is_refused(tmp_path: Path, manifest: bytes, reason: str) -> None:
    err = refusal(write_zip(tmp_path / "p.napkg", valid_members(), manifest))
    assert reason in err.reason and err.member == fmt.MANIFEST


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"uuid": NaN}', "invalid JSON"),
        (b'{"a":1,"a":1}', "not in canonical form"),
        (b'{"b":1,"a":1}', "not in canonical form"),
        (b'{"a": 1}', "not in canonical form"),
        (b'{"a":"\\u0041"}', "not in canonical form"),
        (b"[" * 40 + b"]" * 40, "nested deeper"),
        (b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
        (b'{"a":1e999}', "invalid JSON"),
        (b'{"a":"\\ud800"}', "invalid JSON"),
        (b"\xff", "UTF-8"),
    ],
)
def test_an_assessment_that_is_not_canonical_json_is_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    members = valid_members()
    members[2] = (members[2][0], content, None)
    path = write_zip(tmp_path / "p.napkg", members)
    with PackageReader(path) as reader, pytest.raises(PackageRefused) as caught:
        for member in reader.members():
            if member.kind == "assessment":
                reader.read_json(member)
    assert reason in caught.value.reason and caught.value.member == members[2][0]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"just some text, not a zip", "not a package file"),
        (fmt.ENVELOPE_MAGIC + b"\x00" * 40, "encrypted package"),
        (b"PK\x03\x04" + b"\x00" * 100, "damaged"),
    ],
)
def test_files_that_are_not_packages_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "p.napkg"
    path.write_bytes(content)
    assert reason in refusal(path).reason


def test_an_unsupported_compression_method_is_refused(tmp_path: Path) -> None:
    def bzip(info: zipfile.ZipInfo) -> None:
        info.compress_type = zipfile.ZIP_BZIP2

    members = valid_members()
    members[2] = (members[2][0], members[2][1], bzip)
    assert "compression method" in refusal(write_zip(tmp_path / "p.napkg", members)).reason


def test_an_encrypted_member_flag_is_refused(tmp_path: Path) -> None:
    path = valid_package(tmp_path / "p.napkg")
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 8] |= 0x01  # general purpose flag, bit 0: encrypted
    path.write_bytes(bytes(data))
    assert "encrypted" in refusal(path).reason


def test_the_message_names_reason_member_and_what_to_do(tmp_path: Path) -> None:
    members = valid_members()
    err = refusal(write_zip(tmp_path / "p.napkg", members, manifest_for(members, format_version="9.0")))
    text = str(err.in_package("p.napkg"))
    assert "p.napkg" in text and "manifest.json" in text and "Nothing was imported" in text
    assert json.dumps(text)  # plain text, no traceback
