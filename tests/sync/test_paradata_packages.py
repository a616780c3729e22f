"""Paradata in packages: carried with each revision, stored by the import, byte for byte, signed, checked."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from needsassess.store.paradata import ParadataEvent
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.store.store_helpers import FakeSession
from tests.sync.conftest import StoreFactory
from tests.sync.test_import_refusals import rewrite, with_document

EVENTS = [
    ParadataEvent("2026-03-01T08:00:00.000000Z", "opened"),
    ParadataEvent("2026-03-01T08:00:02.500000Z", "page_entered", "site_page"),
    ParadataEvent("2026-03-01T08:00:04.000000Z", "focused", "site_page", "settlement"),
    ParadataEvent("2026-03-01T08:00:09.000000Z", "changed", "site_page", "settlement"),
    ParadataEvent("2026-03-01T08:00:12.000000Z", "page_left", "site_page"),
    ParadataEvent("2026-03-01T08:00:13.000000Z", "closed"),
]


def _entered(store: Any, settlement: str, events: list[ParadataEvent]) -> str:
    draft = store.create("mini", FakeSession({"settlement": settlement}))
    store.save_draft(draft.uuid, FakeSession({"settlement": settlement}), paradata=events[:3])
    store.finalize(draft.uuid, FakeSession({"settlement": settlement}), paradata=events[3:])
    return str(draft.uuid)


def _documents(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as z:
        return {n: z.read(n) for n in z.namelist() if n.startswith("assessments/")}


def _paradata_bytes(package: Path) -> dict[str, bytes]:
    return {n: fmt.canonical_json(json.loads(d).get("paradata")) for n, d in _documents(package).items()}


def test_paradata_survives_export_and_import_byte_for_byte(make_store: StoreFactory, tmp_path: Path) -> None:
    officer = make_store("officer")
    uuid = _entered(officer, "Khajura", EVENTS)
    other = _entered(officer, "Koidu", [])  # no paradata: no key in its document
    first = tmp_path / "first.napkg"
    export_package(officer, first, include_all=True)
    documents = {n: json.loads(d) for n, d in _documents(first).items()}
    assert documents[fmt.assessment_member(uuid, 1)]["paradata"] == [e.to_json() for e in EVENTS]
    assert "paradata" not in documents[fmt.assessment_member(other, 1)]
    coordinator = make_store("coordinator", with_forms=False)
    assert import_package(coordinator, first).new == 2
    assert coordinator.paradata(uuid) == EVENTS and coordinator.paradata(other) == []
    second = tmp_path / "second.napkg"
    export_package(coordinator, second, include_all=True)
    assert _paradata_bytes(second) == _paradata_bytes(first)
    assert _documents(second) == _documents(first)  # the whole documents, paradata included
    with zipfile.ZipFile(second) as z:
        assert json.loads(z.read(fmt.MANIFEST))["format_version"] == "2.2"
    again = import_package(coordinator, first)  # the same revisions again: nothing doubled
    assert again.already_imported and coordinator.paradata(uuid) == EVENTS


def test_paradata_is_covered_by_the_package_digest(make_store: StoreFactory, tmp_path: Path) -> None:
    officer = make_store("officer")
    _entered(officer, "Khajura", EVENTS)
    good = tmp_path / "good.napkg"
    export_package(officer, good)

    def tamper(name: str, data: bytes) -> list[Any]:
        if name.startswith("assessments/"):
            data = data.replace(b"08:00:09.000000Z", b"08:09:09.000000Z")
        return [(name, data, None)]

    coordinator = make_store("coordinator")
    with pytest.raises(PackageRefused):
        import_package(coordinator, rewrite(good, tmp_path / "tampered.napkg", tamper))
    assert coordinator.list(None) == []


@pytest.mark.parametrize(("paradata", "code"), [
    ({"at": "x"}, "NA-PARADATA-001"),
    ([{"at": "2026-03-01T08:00:00Z", "event": "typed", "page": None, "question": None}], "NA-PARADATA-003"),
    ([{"at": "yesterday", "event": "opened", "page": None, "question": None}], "NA-PARADATA-003"),
    ([{"at": "2026-03-01T08:00:00Z", "event": "opened", "page": None}], "NA-PARADATA-003"),
    ([{"at": "2026-03-01T08:00:00Z", "event": "focused", "page": "p", "question": "q" * 201}], "NA-PARADATA-003"),
])
def test_malformed_paradata_refuses_the_package(
    make_store: StoreFactory, tmp_path: Path, paradata: Any, code: str
) -> None:
    officer = make_store("officer")
    _entered(officer, "Khajura", EVENTS)
    good = tmp_path / "good.napkg"
    export_package(officer, good)

    def edit(doc: dict[str, Any]) -> None:
        doc["paradata"] = paradata

    coordinator = make_store("coordinator")
    with pytest.raises(PackageRefused) as caught:
        import_package(coordinator, with_document(good, tmp_path / "bad.napkg", edit))
    assert caught.value.code == code
    assert coordinator.list(None) == []


def test_a_package_of_format_2_1_without_paradata_still_imports(make_store: StoreFactory, tmp_path: Path) -> None:
    officer = make_store("officer")
    uuid = _entered(officer, "Khajura", [])
    good = tmp_path / "good.napkg"
    export_package(officer, good)

    def older(name: str, data: bytes) -> list[Any]:
        return [(name, data.replace(b'"format_version":"2.2"', b'"format_version":"2.1"'), None)]

    coordinator = make_store("coordinator")
    result = import_package(coordinator, rewrite(good, tmp_path / "old.napkg", older, remanifest=True))
    assert result.new == 1 and coordinator.paradata(uuid) == []
