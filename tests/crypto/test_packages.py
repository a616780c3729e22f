"""Signed and encrypted packages between an officer's and a coordinator's data folders."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from needsassess.crypto import api
from needsassess.crypto.keys import device_key
from needsassess.crypto.signing import sign_manifest
from needsassess.store import AssessmentStore
from needsassess.store.models import AUDIT
from needsassess.store.trust_models import HELD, KEYS
from needsassess.sync import enrolment
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import ExportError, PackageRefused
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package, import_packages
from needsassess.sync.trust import PackageHeld
from tests.sync.conftest import StoreFactory, edit, finalized
from tests.sync.test_import_refusals import folder_state, rows_state
from tests.sync.test_roundtrip import snapshot


@pytest.fixture
def officer(make_store: StoreFactory) -> AssessmentStore:
    store = make_store("officer")
    store.settings.officer_name = "Sita"
    uuid = finalized(store, "Khajura", 120, photo=1, pits=(1.5, 2.0))
    finalized(store, "Koidu", 40, photo=2)
    edit(store, uuid, households=130)
    return store


@pytest.fixture
def coordinator(make_store: StoreFactory, tmp_path: Path) -> AssessmentStore:
    """A coordinator's folder whose public key the officer has loaded."""
    store = make_store("coordinator")
    api.create_coordinator_key(store.data_dir, "Bukhara office", tmp_path / "coordinator.pub")
    return store


def load_coordinator(officer: AssessmentStore, tmp_path: Path) -> None:
    api.load_coordinator_key(officer.data_dir, tmp_path / "coordinator.pub")


def enrol_officer(officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path) -> None:
    enrolment.write_device_public_key(officer, tmp_path / "officer.pub")
    enrolment.enrol_key_file(coordinator, tmp_path / "officer.pub", api.fingerprint_text(officer.data_dir))


def audit_events(store: AssessmentStore) -> list[tuple[str, str]]:
    with store.read("t") as conn:
        rows = conn.execute(select(AUDIT.c.event, AUDIT.c.detail).where(AUDIT.c.uuid.is_(None))).all()
    return [(r.event, r.detail) for r in rows]


def test_sign_only_package_imports_exactly(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path
) -> None:
    enrol_officer(officer, coordinator, tmp_path)
    result = export_package(officer, tmp_path / "plain.napkg", encrypt=False)
    assert not result.encrypted and result.signed_by == api.fingerprint_text(officer.data_dir)
    assert (tmp_path / "plain.napkg").read_bytes().startswith(b"PK")
    imported = import_package(coordinator, tmp_path / "plain.napkg")
    assert imported.signer_fingerprint == result.signed_by and imported.signer_enrolled
    assert snapshot(coordinator) == snapshot(officer)


def test_encrypted_package_imports_exactly(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path
) -> None:
    enrol_officer(officer, coordinator, tmp_path)
    load_coordinator(officer, tmp_path)
    result = export_package(officer, tmp_path / "sealed.napkg", chunk_size=1024)
    assert result.encrypted and "Bukhara office" in result.encrypted_for
    raw = (tmp_path / "sealed.napkg").read_bytes()
    assert raw.startswith(fmt.ENVELOPE_MAGIC) and b"Khajura" not in raw
    imported = import_package(coordinator, tmp_path / "sealed.napkg")
    assert imported.encrypted_for.startswith("Bukhara office") and imported.signer_enrolled
    assert (imported.new, imported.updated) == (2, 1)
    assert snapshot(coordinator) == snapshot(officer)
    assert not [p for p in coordinator.data_dir.iterdir() if p.name.startswith(".import-")]


def test_encrypt_without_a_coordinator_key_is_refused(officer: AssessmentStore, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="no coordinator key is loaded"):
        export_package(officer, tmp_path / "x.napkg", encrypt=True)
    assert not (tmp_path / "x.napkg").exists()


def test_the_wrong_coordinator_cannot_decrypt(
    officer: AssessmentStore, coordinator: AssessmentStore, make_store: StoreFactory, tmp_path: Path
) -> None:
    load_coordinator(officer, tmp_path)
    export_package(officer, tmp_path / "sealed.napkg")
    other = make_store("other")
    api.create_coordinator_key(other.data_dir, "Koidu office", tmp_path / "other.pub")
    before = rows_state(other)
    with pytest.raises(PackageRefused, match="encrypted for another coordinator key: 'Bukhara office'"):
        import_package(other, tmp_path / "sealed.napkg")
    without_key = make_store("nokey")
    with pytest.raises(PackageRefused, match="has no coordinator key"):
        import_package(without_key, tmp_path / "sealed.napkg")
    assert rows_state(other) == before


def rezip(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """Copy a package, replacing (or with None dropping) the named members' bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = change.get(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info, data)
    target.write_bytes(out.getvalue())
    return target


def flip(data: bytes, index: int) -> bytes:
    damaged = bytearray(data)
    damaged[index] ^= 0x01
    return bytes(damaged)


@pytest.mark.parametrize(
    ("member", "where", "reason"),
    [
        (fmt.MANIFEST, "officer", "signature does not match the manifest"),
        (fmt.MANIFEST, "created_at", "signature does not match the manifest"),
        (fmt.SIGNATURE, "signature", "malformed signature|signature does not match"),
        (fmt.SIGNATURE, "public_key", "malformed signature|fingerprint does not belong"),
        (fmt.SIGNATURE, "fingerprint", "fingerprint does not belong|malformed"),
        (fmt.SIGNATURE, "officer", "differs from the signed manifest"),
    ],
)
def test_a_flipped_bit_in_manifest_or_signature_is_refused(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path, member: str, where: str, reason: str
) -> None:
    enrol_officer(officer, coordinator, tmp_path)
    good = export_package(officer, tmp_path / "good.napkg", encrypt=False).path
    with zipfile.ZipFile(good) as zin:
        data = zin.read(member)
    index = data.index(f'"{where}":'.encode()) + len(where) + 5
    bad = rezip(good, tmp_path / "bad.napkg", {member: flip(data, index)})
    before_rows, before_files = rows_state(coordinator), folder_state(coordinator.data_dir)
    with pytest.raises(PackageRefused, match=reason):
        import_package(coordinator, bad)
    assert rows_state(coordinator) == before_rows and folder_state(coordinator.data_dir) == before_files


def test_a_flipped_bit_anywhere_in_an_encrypted_package_is_refused(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path
) -> None:
    enrol_officer(officer, coordinator, tmp_path)
    load_coordinator(officer, tmp_path)
    sealed = export_package(officer, tmp_path / "sealed.napkg", chunk_size=512).path.read_bytes()
    before = rows_state(coordinator)
    header = len(fmt.ENVELOPE_MAGIC) + 1 + 1 + 4 + 20 + 32 + 32 + 2 + len("Bukhara office")
    # header fields, first chunk, a middle chunk's data and tag, the last chunk's tag
    for index in (9, 11, 20, 40, 80, header - 1, header + 3, header + 600, header + 512 + 15, len(sealed) - 1):
        bad = tmp_path / f"bad-{index}.napkg"
        bad.write_bytes(flip(sealed, index))
        with pytest.raises(PackageRefused) as caught:
            import_package(coordinator, bad)
        assert "package refused:" in str(caught.value) and bad.name in str(caught.value)
    assert rows_state(coordinator) == before


def test_an_unknown_signer_is_held_back_until_accepted(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path
) -> None:
    load_coordinator(officer, tmp_path)
    path = export_package(officer, tmp_path / "sealed.napkg").path
    before = snapshot(coordinator)
    with pytest.raises(PackageHeld, match="not enrolled here: 'Sita'") as caught:
        import_package(coordinator, path)
    assert "--accept-signer" in str(caught.value) and "keys enrol" in str(caught.value)
    assert snapshot(coordinator) == before
    with coordinator.read("t") as conn:
        assert [r.file_name for r in conn.execute(select(HELD))] == ["sealed.napkg"]
    assert [e for e, _ in audit_events(coordinator)] == ["package_held"]
    info = enrolment.package_signer_info(coordinator, path)
    assert info is not None and info.name == "Sita"
    with pytest.raises(enrolment.FingerprintMismatch):
        enrolment.enrol_package_signer(coordinator, path, "AAAA " * 8)
    enrolment.enrol_package_signer(coordinator, path, info.fingerprint.lower())
    result = import_package(coordinator, path)
    assert result.new == 2 and result.signer_enrolled and not result.signer_accepted_now
    assert enrolment.held_packages(coordinator) == []
    assert [e for e, _ in audit_events(coordinator)] == ["package_held", "key_enrolled"]


def test_accept_signer_at_import_is_recorded(
    officer: AssessmentStore, coordinator: AssessmentStore, tmp_path: Path
) -> None:
    path = export_package(officer, tmp_path / "p.napkg", encrypt=False).path
    [held] = import_packages(coordinator, [path])
    assert held.held and held.refused and held.total == 0
    [result] = import_packages(coordinator, [path], accept_signer=True)
    assert result.new == 2 and result.signer_accepted_now
    events = audit_events(coordinator)
    assert [e for e, _ in events] == ["package_held", "key_enrolled", "signer_accepted"]
    assert "accepted when importing p.napkg" in events[1][1]
    assert [k.officer for k in enrolment.enrolled_keys(coordinator)] == ["Sita"]


def test_a_package_resigned_by_another_key_is_flagged_as_from_another_sender(
    officer: AssessmentStore, coordinator: AssessmentStore, make_store: StoreFactory, tmp_path: Path
) -> None:
    enrol_officer(officer, coordinator, tmp_path)
    intruder = make_store("intruder")
    intruder.settings.officer_name = "Mallory"
    enrol_officer(intruder, coordinator, tmp_path)  # even an enrolled colleague cannot pose as Sita
    good = export_package(officer, tmp_path / "good.napkg", encrypt=False).path
    with zipfile.ZipFile(good) as zin:
        manifest = zin.read(fmt.MANIFEST)
    forged = sign_manifest(device_key(intruder.data_dir), manifest, "Sita", officer.device_id)
    bad = rezip(good, tmp_path / "resigned.napkg", {fmt.SIGNATURE: forged})
    with pytest.raises(PackageHeld, match="from another sender") as caught:
        import_package(coordinator, bad)
    assert api.fingerprint_text(intruder.data_dir) in str(caught.value)
    stripped = rezip(good, tmp_path / "stripped.napkg", {fmt.SIGNATURE: None})
    with pytest.raises(PackageHeld, match="not signed"):
        import_package(coordinator, stripped)


def test_a_folder_that_enrols_no_one_verifies_and_shows_the_signer(
    officer: AssessmentStore, make_store: StoreFactory, tmp_path: Path
) -> None:
    path = export_package(officer, tmp_path / "p.napkg").path  # no coordinator key: not encrypted
    colleague = make_store("colleague")
    result = import_package(colleague, path)
    assert result.new == 2 and result.signer_fingerprint and not result.signer_enrolled
    with colleague.read("t") as conn:
        assert conn.execute(select(KEYS)).all() == []
