"""A data folder made by release 0.1.0 opens with the code of today and keeps everything it held.

The folder (tests/fixtures/release-0.1.0.tar.gz, made once by make_release_folder.py with the
release's code) is unpacked into a temporary folder and opened, which migrates it; the checks go
through the store's API, the CLI and the key functions, never through table layouts, so they
keep their meaning whatever later migrations do to the tables. The only raw SQL reads the backup
copy, which is in the release's own layout by definition.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from needsassess import paths
from needsassess.cli import main
from needsassess.crypto import api
from needsassess.store import AssessmentStore, ListQuery, ReceivedFilter, open_store
from needsassess.store.migrate import script_heads
from needsassess.sync import enrolment
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_packages
from needsassess.sync.review import packages

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TARBALL = FIXTURES / "release-0.1.0.tar.gz"
MANIFEST: dict[str, Any] = json.loads((FIXTURES / "release-0.1.0.json").read_text(encoding="utf-8"))
PROBE_REVISION = "9901_release_probe"


@dataclass(frozen=True)
class Release:
    data: Path
    packages: Path


def _unpack(target: Path) -> Release:
    with tarfile.open(TARBALL) as tar:
        tar.extractall(target, filter="data")  # our own fixture, not a user's file
    return Release(target / "data", target / "packages")


def _probe_migration(folder: Path) -> Path:
    """A migration on top of today's heads, so that opening the release folder always migrates."""
    folder.mkdir()
    heads = tuple(sorted(script_heads()))
    (folder / f"{PROBE_REVISION}.py").write_text(
        '"""A later schema change, for the release upgrade test only."""\n'
        "import sqlalchemy as sa\nfrom alembic import op\n\n"
        f"revision = {PROBE_REVISION!r}\ndown_revision = {heads!r}\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade():\n    op.create_table('release_probe', sa.Column('id', sa.Integer(), primary_key=True))\n\n\n"
        "def downgrade():\n    op.drop_table('release_probe')\n",
        encoding="utf-8",
    )
    return folder


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _json_sha256(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _release_tables(db: Path) -> tuple[list[str], dict[str, int]]:
    raw = sqlite3.connect(db)
    try:
        heads = sorted(str(r[0]) for r in raw.execute("SELECT version_num FROM alembic_version"))
        counts = {name: int(raw.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0])
                  for name in MANIFEST["table_counts"]}
    finally:
        raw.close()
    return heads, counts


def _check_backup(data: Path, migrated: bool) -> None:
    backups = sorted((data / "backups").glob("*-upgrade-*.db")) if (data / "backups").exists() else []
    if not migrated:
        assert backups == []
        return
    assert len(backups) == 1, backups
    heads, counts = _release_tables(backups[0])
    assert heads == MANIFEST["alembic_heads"]
    assert counts == MANIFEST["table_counts"]


def _check_assessment(store: AssessmentStore, expected: dict[str, Any]) -> None:
    head = store.get(expected["uuid"])
    got = {"form_id": head.form_id, "form_version": head.form_version, "status": head.status,
           "revision": head.revision, "content_hash": head.content_hash, "title": head.title,
           "answers_sha256": _json_sha256(dict(head.answers)),
           "attachments": sorted(a.sha256 for a in head.attachments)}
    assert got == {k: expected[k] for k in got}, expected["uuid"]
    revisions = [{"revision": r.revision, "status": r.status, "content_hash": r.content_hash,
                  "parent_hash": r.parent_hash, "answers_sha256": _json_sha256(dict(r.answers)),
                  "attachments": sorted(a.sha256 for a in r.attachments)} for r in store.revisions(head.uuid)]
    assert revisions == expected["revisions"], expected["uuid"]
    assert [e.event for e in store.audit(head.uuid)] == expected["audit"], expected["uuid"]
    assert [[r.status, r.comment] for r in store.reviews(head.uuid)] == expected["reviews"], expected["uuid"]


def _check_keys(store: AssessmentStore) -> None:
    keys = MANIFEST["keys"]
    assert api.fingerprint_text(store.data_dir) == keys["device"]
    own = api.own_coordinator_info(store.data_dir)
    assert own is not None and own.fingerprint == keys["coordinator"]
    assert [{"fingerprint": k.fingerprint, "officer": k.officer, "device_id": k.device_id}
            for k in enrolment.enrolled_keys(store)] == keys["enrolled"]
    assert [{"fingerprint": k.fingerprint, "officer": k.officer, "reason": k.reason}
            for k in enrolment.revoked_keys(store)] == keys["revoked"]
    assert [{"package_id": h.package_id, "signer": h.signer, "officer": h.officer}
            for h in enrolment.held_packages(store)] == keys["held"]


def _check_everything_kept(store: AssessmentStore) -> None:
    listed = {s.uuid for q in (ListQuery(status=None), ListQuery(status="discarded")) for s in store.list(q)}
    assert listed == {a["uuid"] for a in MANIFEST["assessments"]}
    for expected in MANIFEST["assessments"]:
        _check_assessment(store, expected)
    assert sorted(s.uuid for s in store.list(ListQuery(received=ReceivedFilter()))) == MANIFEST["received"]
    assert [e.event for e in store.audit(None)] == MANIFEST["store_audit"]
    audit_rows = sum(len(store.audit(a["uuid"])) for a in MANIFEST["assessments"]) + len(store.audit(None))
    assert audit_rows == MANIFEST["audit_rows"]
    for sha, size in MANIFEST["photos"].items():
        assert store.has_attachment(sha)
        path = store.attachment_path(sha)
        assert (_sha256(path), path.stat().st_size) == (sha, size)
    imports = [{"package_id": p.package_id, "device_id": p.device_id, "officer": p.officer, "new": p.new,
                "updated": p.updated, "unchanged": p.unchanged, "conflicts": p.conflicts}
               for p in sorted(packages(store), key=lambda p: p.officer)]
    assert imports == MANIFEST["imports"]
    assert store.device_id == MANIFEST["device_id"]
    settings = {"officer_name": store.settings.officer_name, "paper_size": store.settings.paper_size}
    assert settings == MANIFEST["settings"]
    assert paths.remembered_language(store.data_dir) == MANIFEST["interface_language_file"]
    _check_keys(store)


@pytest.mark.parametrize("later_migration", [False, True], ids=["today", "with-a-later-migration"])
def test_release_folder_opens_and_keeps_everything(tmp_path: Path, later_migration: bool) -> None:
    release = _unpack(tmp_path / "release")
    for name, sha in MANIFEST["packages"].items():
        assert _sha256(release.packages / name) == sha
    before, counts = _release_tables(release.data / "needsassess.db")
    assert (before, counts) == (MANIFEST["alembic_heads"], MANIFEST["table_counts"])
    extra = [_probe_migration(tmp_path / "later")] if later_migration else []
    migrated = later_migration or set(before) != script_heads()
    with open_store(release.data, version_locations=extra) as store:
        _check_everything_kept(store)
    _check_backup(release.data, migrated)


def test_release_keys_still_in_force(tmp_path: Path) -> None:
    release = _unpack(tmp_path / "release")
    with open_store(release.data) as store:
        revoked, later = import_packages(
            store, [release.packages / "field-b-after-revocation.napkg"], accept_signer=True
        ) + import_packages(store, [release.packages / "field-a-later.napkg"])
        assert revoked.refused is not None and "revoked" in revoked.refused
        assert revoked.new == 0
        # Encrypted to the coordinator key of the folder, signed by the enrolled key: let in.
        assert (later.refused, later.new, later.signer_enrolled) == (None, 1, True)
        assert later.encrypted_for is not None
        kept = [a for a in MANIFEST["assessments"] if a["status"] != "discarded"]
        assert store.count(ListQuery(status=None)) == len(kept) + 1
        result = export_package(store, tmp_path / "again.napkg", include_all=True)
        assert result.signed_by == MANIFEST["keys"]["device"]
        signer = enrolment.package_signer_info(store, tmp_path / "again.napkg")
        assert signer is not None and signer.fingerprint == MANIFEST["keys"]["device"]


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), *args])
    out, _err = capsys.readouterr()
    return code, out


def test_release_folder_through_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    release = _unpack(tmp_path / "release")
    code, out = _run(capsys, release.data, "list", "--json")
    assert code == 0
    listed = {row["uuid"]: (row["revision"], row["content_hash"]) for row in json.loads(out)}
    shown = {a["uuid"]: (a["revision"], a["content_hash"]) for a in MANIFEST["assessments"]
             if a["status"] != "discarded"}
    assert listed == shown
    reopened = next(a for a in MANIFEST["assessments"] if a["revision"] == 2)
    code, out = _run(capsys, release.data, "show", reopened["uuid"], "--json")
    assert code == 0
    record = json.loads(out)
    assert (record["revision"], record["content_hash"]) == (2, reopened["content_hash"])
    assert _json_sha256(record["answers"]) == reopened["answers_sha256"]
    assert sorted(a["sha256"] for a in record["attachments"]) == reopened["attachments"]
    code, _out = _run(capsys, release.data, "report", reopened["uuid"], "-o", str(tmp_path / "r.pdf"))
    assert code == 0
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages)
    assert "(ward 4)" in text
    code, _out = _run(capsys, release.data, "export", "--all", "-o", str(tmp_path / "all.napkg"))
    assert code == 0 and (tmp_path / "all.napkg").stat().st_size > 0
