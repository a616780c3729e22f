"""Hostile and damaged packages through the whole import: refused with the reason, nothing changed."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import warnings
import zipfile
from pathlib import Path
from typing import Any

import pytest

from needsassess.cli import main
from needsassess.store import AssessmentStore
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.sync.conftest import StoreFactory, finalized
from tests.sync.zips import manifest_for, write_members


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under the data folder with its hash (the database included, WAL files excepted)."""
    state = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.name.endswith(("-wal", "-shm")) and path.parent.name != "sessions":
            state[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return state


def rows_state(store: AssessmentStore) -> list[Any]:
    with store.read("t") as conn:
        return [
            conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall()
            for t in (
                "assessments",
                "revisions",
                "attachments",
                "form_definitions",
                "sync_packages",
                "sync_conflicts",
                "audit_events",
            )
        ]


@pytest.fixture
def package(make_store: StoreFactory, tmp_path: Path) -> Path:
    officer = make_store("officer")
    finalized(officer, "Khajura", 120, photo=3, pits=(1.0,))
    return export_package(officer, tmp_path / "good.napkg").path


def rewrite(source: Path, target: Path, change: Any, remanifest: bool = False) -> Path:
    """Copy a package member by member through ``change(name, data) -> list[(name, data, tweak)]``.

    ``remanifest``: the manifest's counts and digest are made again for the members written (as a
    forger would, who cannot sign them: the signature is dropped), so that the case is refused for
    what it is, not for a stale manifest or a broken signature (which is checked before any member).
    """
    with zipfile.ZipFile(source) as zin, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        members = [m for info in zin.infolist() for m in change(info.filename, zin.read(info))]
    if remanifest:
        manifest = json.loads(next(d for n, d, _ in members if n == fmt.MANIFEST))
        fresh = manifest_for([m for m in members if m[0] not in (fmt.MANIFEST, fmt.SIGNATURE)])
        manifest.update(counts=fresh["counts"], contents=fresh["contents"])
        members = [(n, json.dumps(manifest).encode() if n == fmt.MANIFEST else d, t) for n, d, t in members
                   if n != fmt.SIGNATURE]
    return write_members(target, members)


def with_document(source: Path, target: Path, edit: Any) -> Path:
    """The package with its assessment document edited and the manifest's digest made to match."""
    with zipfile.ZipFile(source) as zin:
        member = next(n for n in zin.namelist() if n.startswith("assessments/"))
        doc = json.loads(zin.read(member))
    edit(doc)
    data = fmt.canonical_json(doc) if doc.get("_raw") is None else doc["_raw"]
    return rewrite(source, target, lambda n, old: [(n, data if n == member else old, None)], remanifest=True)


def _answers(**changes: Any) -> Any:
    def edit(doc: dict[str, Any]) -> None:
        doc["answers"].update(changes)
        doc["content_hash"] = fmt.content_hash(doc["answers"], [a["sha256"] for a in doc["attachments"]])

    return edit


def _hostile(kind: str, good: Path, tmp: Path) -> Path:  # noqa: C901 - one branch per hostile case, read as a table
    target = tmp / f"{kind}.napkg"
    if kind in ("dotdot", "absolute", "drive", "backslash"):
        evil = {
            "dotdot": "../evil.txt",
            "absolute": "/tmp/evil.txt",
            "drive": "C:/evil.txt",
            "backslash": "attachments\\..\\evil",
        }[kind]
        return rewrite(
            good, target, lambda n, d: [(n, d, None)] + ([(evil, b"x", None)] if n == fmt.MANIFEST else [])
        )
    if kind == "symlink":

        def link(info: zipfile.ZipInfo) -> None:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16

        return rewrite(good, target, lambda n, d: [(n, d, link if n.startswith("attachments/") else None)])
    if kind == "duplicate":
        return rewrite(good, target, lambda n, d: [(n, d, None)] * (2 if n.startswith("forms/") else 1))
    if kind == "bomb":
        zeros = bytes(8 * 1024 * 1024)
        name = fmt.attachment_member(hashlib.sha256(zeros).hexdigest())
        return rewrite(
            good, target, lambda n, d: [(n, d, None)] + ([(name, zeros, None)] if n == fmt.MANIFEST else [])
        )
    if kind == "truncated":
        target.write_bytes(good.read_bytes()[:-100])
        return target
    if kind == "flipped":
        data = bytearray(good.read_bytes())
        data[len(data) // 3] ^= 0x40
        target.write_bytes(bytes(data))
        return target
    if kind == "unlisted":
        extra = (fmt.attachment_member(hashlib.sha256(b"more").hexdigest()), b"more", None)
        return rewrite(good, target, lambda n, d: [(n, d, None)] + ([extra] if n.startswith("forms/") else []))
    if kind == "missing":
        return rewrite(good, target, lambda n, d: [] if n.startswith("forms/") else [(n, d, None)])
    if kind == "forged":  # a member replaced, manifest untouched: the digest (and signature) catch it
        return rewrite(good, target, lambda n, d: [(n, d + b"\n# forged\n" if n.startswith("forms/") else d, None)])
    if kind == "version":

        def bump(n: str, d: bytes) -> list[Any]:
            return [(n, d.replace(b'"format_version":"2.2"', b'"format_version":"3.0"'), None)]

        return rewrite(good, target, bump)
    if kind == "invalid_json":
        return with_document(good, target, lambda doc: doc.update(_raw=b'{"uuid": '))
    if kind == "nan":
        return with_document(good, target, lambda doc: doc.update(_raw=b'{"answers": {"households": NaN}}'))
    if kind == "nested":
        return with_document(good, target, lambda doc: doc.update(_raw=b"[" * 5000 + b"]" * 5000))
    if kind == "unfit_answer":
        return with_document(good, target, _answers(households="many"))
    if kind == "unknown_question":
        return with_document(good, target, _answers(not_in_form=1))
    if kind == "unknown_choice":
        return with_document(good, target, _answers(disposal="teleport"))
    if kind == "altered_answers":
        return with_document(good, target, lambda doc: doc["answers"].update(households=999))
    if kind == "not_zip":
        target.write_text("Dear coordinator, please find attached...")
        return target
    if kind == "empty":
        target.write_bytes(b"")
        return target
    raise AssertionError(kind)


CASES = {
    "dotdot": "'..' component",
    "absolute": "absolute",
    "drive": "drive letter",
    "backslash": "backslash",
    "symlink": "link",
    "duplicate": "duplicate",
    "bomb": "ratio",
    "truncated": "damaged",
    "flipped": "",
    "unlisted": "holds 2 attachment member(s) but its manifest counts 1",
    "missing": "holds 0 form member(s) but its manifest counts 1",
    "forged": "not those the manifest was made for",
    "version": "format version 3.0",
    "invalid_json": "invalid JSON",
    "nan": "NaN",
    "nested": "nested deeper",
    "unfit_answer": "does not fit",
    "unknown_question": "does not have",
    "unknown_choice": "does not fit",
    "altered_answers": "content hash",
    "not_zip": "not a package file",
    "empty": "empty",
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_hostile_package_is_refused_and_changes_nothing(
    kind: str, package: Path, make_store: StoreFactory, tmp_path: Path
) -> None:
    coordinator = make_store("coordinator")
    finalized(coordinator, "Existing", 5)
    hostile = _hostile(kind, package, tmp_path)
    before_rows, before_files = rows_state(coordinator), folder_state(coordinator.data_dir)
    outside_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(PackageRefused) as caught:
        import_package(coordinator, hostile)
    assert CASES[kind] in str(caught.value), str(caught.value)
    assert hostile.name in str(caught.value)
    assert rows_state(coordinator) == before_rows
    assert folder_state(coordinator.data_dir) == before_files
    assert sorted(p.name for p in tmp_path.iterdir()) == outside_before
    assert not (tmp_path / "evil.txt").exists() and not Path("/tmp/evil.txt").exists()


def test_the_command_line_refuses_with_exit_1_and_no_traceback(
    package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _hostile("dotdot", package, tmp_path)
    code = main(["--data-dir", str(tmp_path / "cli"), "import", str(package), str(bad)])
    out, err = capsys.readouterr()
    assert code == 1
    assert "1 new" in out and "REFUSED" in err and "'..' component" in err and "Traceback" not in err
    assert os.path.exists(tmp_path / "cli")
