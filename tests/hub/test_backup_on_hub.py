"""``backup`` / ``restore`` on a PostgreSQL hub say to use pg_dump; two coordinators of one hub export
with their own keys (the signing-identity check is for a data folder's own SQLite database)."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.cli import main
from needsassess.store import open_store
from needsassess.store.database import ENV_DB_URL


def test_backup_on_a_hub_says_to_use_pg_dump_and_coordinators_keep_their_keys(
    pg_schema_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_DB_URL, "")
    one = ["--data-dir", str(tmp_path / "one"), "--db-url", pg_schema_url]
    two = ["--data-dir", str(tmp_path / "two"), "--db-url", pg_schema_url]
    assert main([*one, "demo"]) == 0
    capsys.readouterr()
    assert main([*one, "backup", "-o", str(tmp_path / "hub.nabak")]) == 1
    err = capsys.readouterr().err
    assert "[NA-STORE-761]" in err and "pg_dump" in err and not (tmp_path / "hub.nabak").exists()
    assert main([*one, "export", "--no-encrypt", "-o", str(tmp_path / "1.napkg")]) == 0
    assert main([*two, "export", "--all", "--no-encrypt", "-o", str(tmp_path / "2.napkg")]) == 0
    outputs = capsys.readouterr().out
    assert outputs.count("Signed with this device's key") == 2
    with open_store(tmp_path / "one", db_url=pg_schema_url) as store:
        assert not (store.data_dir / "backups").exists()  # no automatic copies of a hub
