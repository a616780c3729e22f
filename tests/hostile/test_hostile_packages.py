"""Nothing from a package is parsed beyond its manifest before its signature and signer are accepted.

A coordinator's folder holds back a package signed by a key it has not enrolled; that decision comes
before any member (a form definition, an assessment document) is read as YAML or JSON, so a form
member that is a YAML alias bomb, or a document that is a huge nested JSON, costs nothing. Checked
twice: in a child process under a 1 GB address-space ceiling (``bounded``), and in process with the
parsers replaced by tripwires.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from needsassess.crypto import api
from needsassess.crypto.keys import device_key
from needsassess.crypto.signing import sign_manifest
from needsassess.store import AssessmentStore
from needsassess.sync import importer
from needsassess.sync import package_format as fmt
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_packages
from needsassess.sync.incoming import IncomingForms
from tests.hostile.bounded import run_bounded
from tests.sync.conftest import StoreFactory, finalized, forms_dir, make_store  # noqa: F401 - shared fixtures
from tests.sync.test_import_refusals import rewrite
from tests.sync.zips import write_members

BOMB = "".join(
    [f'a0: &a0 [{", ".join(["lol"] * 9)}]\n']
    + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)]
).encode()
DEEP = b"[" * 1_900_000 + b"]" * 1_900_000  # 3.8 MB of nesting: within the size limit of a document


def _stored(info: zipfile.ZipInfo) -> None:
    info.compress_type = zipfile.ZIP_STORED  # stored: a ratio of 1, so only what is inside can refuse it


def hostile_package(officer: AssessmentStore, impostor: AssessmentStore, tmp_path: Path, deep: bool) -> Path:
    """The officer's package with its form swapped for an alias bomb (or its document for deep JSON),
    the manifest made again for the new members and signed, validly, by a key nobody enrolled."""
    good = export_package(officer, tmp_path / "good.napkg", encrypt=False).path

    def swap(name: str, data: bytes) -> list[tuple[str, bytes, Callable[[zipfile.ZipInfo], None] | None]]:
        if fmt.member_kind(name) == "form" and not deep:
            return [(name, BOMB, None)]
        if fmt.member_kind(name) == "assessment" and deep:
            return [(name, DEEP, _stored)]
        return [(name, data, None)]

    unsigned = rewrite(good, tmp_path / "unsigned.napkg", swap, remanifest=True)
    with zipfile.ZipFile(unsigned) as zin:
        members = [(info.filename, zin.read(info), _stored) for info in zin.infolist()]
    raw = next(data for name, data, _ in members if name == fmt.MANIFEST)
    manifest = json.loads(raw)
    signature = sign_manifest(device_key(impostor.data_dir), raw, manifest["officer"], manifest["device_id"])
    at = next(i for i, (name, _, _) in enumerate(members) if name == fmt.MANIFEST) + 1
    return write_members(tmp_path / f"hostile-{'deep' if deep else 'bomb'}.napkg",
                         [*members[:at], (fmt.SIGNATURE, signature, None), *members[at:]])


@pytest.fixture
def stores(
    make_store: StoreFactory, tmp_path: Path  # noqa: F811 - the sync tests' fixture, imported above
) -> tuple[AssessmentStore, AssessmentStore, AssessmentStore]:
    officer, impostor, office = make_store("officer"), make_store("impostor"), make_store("office")
    officer.settings.officer_name = "Sita"
    finalized(officer, "Khajura", 12)
    api.create_coordinator_key(office.data_dir, "Office", tmp_path / "office.pub")
    return officer, impostor, office


@pytest.mark.parametrize("deep", [False, True], ids=["yaml-alias-bomb", "deep-json"])
def test_an_unknown_signers_hostile_package_is_held_in_bounded_memory(
    stores: tuple[AssessmentStore, AssessmentStore, AssessmentStore], tmp_path: Path, deep: bool
) -> None:
    officer, impostor, office = stores
    package = hostile_package(officer, impostor, tmp_path, deep)
    office.close()
    outcome = run_bounded(office.data_dir, "import", str(package))
    assert outcome.code == 1 and "HELD BACK" in outcome.err and "not enrolled here" in outcome.err, outcome.err
    assert "Traceback" not in outcome.err and "MemoryError" not in outcome.err
    assert outcome.seconds < 10, outcome.seconds


@pytest.mark.parametrize("deep", [False, True], ids=["yaml-alias-bomb", "deep-json"])
def test_no_member_is_parsed_before_the_signer_is_accepted(
    stores: tuple[AssessmentStore, AssessmentStore, AssessmentStore], tmp_path: Path, deep: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    officer, impostor, office = stores
    package = hostile_package(officer, impostor, tmp_path, deep)

    def tripwire(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a member was parsed before the signer was accepted")

    monkeypatch.setattr(importer, "parse_document", tripwire)
    monkeypatch.setattr(IncomingForms, "take", tripwire)
    monkeypatch.setattr(importer.PackageReader, "read_document", tripwire)
    [result] = import_packages(office, [package])
    assert result.held and "not enrolled here" in result.held and result.total == 0
