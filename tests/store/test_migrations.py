"""Schema migrations: the first schema upgrades with its data, newer databases are refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from needsassess.store import StoreError, open_store
from needsassess.store.connection import create_store_engine, database_path
from needsassess.store.migrate import alembic_config, script_heads
from needsassess.store.models import METADATA

TEST_MIGRATION = '''"""A later schema change, for the upgrade test only."""
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "0001"
branch_labels = ("upgrade_test",)
depends_on = None


def upgrade():
    op.add_column("assessments", sa.Column("priority", sa.Integer(), nullable=True))


def downgrade():
    op.drop_column("assessments", "priority")
'''


def test_models_match_the_migrations(data_dir: Path) -> None:
    open_store(data_dir).close()
    engine = create_store_engine(database_path(data_dir))
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), METADATA)
    engine.dispose()
    ours = set(METADATA.tables)
    # Other packages' tables (sync) are not in our metadata; only our own must match exactly.
    relevant = [d for d in diff if not (d[0] == "remove_table" and d[1].name not in ours)]
    relevant = [d for d in relevant if not (d[0] == "remove_index" and d[1].table.name not in ours)]
    assert relevant == []


def test_heads_read_from_files_agree_with_alembic() -> None:
    assert script_heads() == set(ScriptDirectory.from_config(alembic_config()).get_heads())


def _database_at_first_schema(data_dir: Path) -> Path:
    path = database_path(data_dir)
    engine = create_store_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    engine.dispose()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "INSERT INTO assessments VALUES ('11111111-1111-4111-8111-111111111111', 'mini', '1', 'complete', 1,"
            " 'h1', NULL, 'Koidu', 'koidu', 'Koidu', 'Fatmata', '2026-01-01T00:00:00.000000Z',"
            " '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 'dev', '{\"settlement\": \"Koidu\"}')"
        )
        raw.execute(
            "INSERT INTO revisions VALUES ('11111111-1111-4111-8111-111111111111', 1, 'mini', '1',"
            " 'h1', NULL, 'Koidu', 'Koidu', 'Fatmata', '2026-01-01T00:00:00.000000Z', 'dev',"
            ' \'{"settlement": "Koidu"}\')'
        )
        raw.execute(
            "INSERT INTO audit_events (uuid, revision, event, at, officer, device) VALUES"
            " ('11111111-1111-4111-8111-111111111111', 1, 'created', '2026-01-01T00:00:00.000000Z', 'F', 'dev')"
        )
        raw.execute("INSERT INTO settings VALUES ('device_id', 'dev'), ('officer_name', 'Fatmata')")
    raw.close()
    return path


def test_first_schema_with_data_upgrades_and_keeps_it(data_dir: Path, forms_dir: Path, tmp_path: Path) -> None:
    _database_at_first_schema(data_dir)
    extra = tmp_path / "more_versions"
    extra.mkdir()
    (extra / "9001_test_priority.py").write_text(TEST_MIGRATION)
    with open_store(data_dir, forms_dir=forms_dir, version_locations=[extra]) as store:
        record = store.get("11111111-1111-4111-8111-111111111111")
        assert (record.answers, record.status, record.officer) == ({"settlement": "Koidu"}, "complete", "Fatmata")
        assert [r.revision for r in store.revisions(record.uuid)] == [1]
        assert [e.event for e in store.audit(record.uuid)] == ["created"]
        assert store.device_id == "dev" and store.settings.officer_name == "Fatmata"
    raw = sqlite3.connect(database_path(data_dir))
    columns = [row[1] for row in raw.execute("PRAGMA table_info(assessments)")]
    versions = {row[0] for row in raw.execute("SELECT version_num FROM alembic_version")}
    raw.close()
    assert "priority" in columns
    assert "9001" in versions
    backups = list((data_dir / "backups").glob("*-upgrade-*.db"))  # beside it: the day's automatic copy
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert copy.execute("SELECT count(*) FROM assessments").fetchone() == (1,)
    copy.close()


def test_up_to_date_database_is_not_backed_up_again(data_dir: Path) -> None:
    open_store(data_dir).close()
    open_store(data_dir).close()
    assert not list((data_dir / "backups").glob("*-upgrade-*"))


def test_database_from_a_newer_app_is_refused_untouched(data_dir: Path) -> None:
    open_store(data_dir).close()
    path = database_path(data_dir)
    raw = sqlite3.connect(path)
    with raw:
        # One row per head (the store's line and each branch): make one of them unknown.
        raw.execute("UPDATE alembic_version SET version_num = 'f00d' WHERE version_num = '0601_paradata_flags'")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        open_store(data_dir)
    assert caught.value.kind == "newer"
    assert "newer version" in str(caught.value)
    assert path.read_bytes() == before
    assert not list((data_dir / "backups").glob("*-upgrade-*"))


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    database_path(data_dir).write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError) as caught:
        open_store(data_dir)
    assert caught.value.kind == "corrupt"
    assert "backups" in str(caught.value)
