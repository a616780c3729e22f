"""Migrations on both databases: the schema matches the models, an old schema upgrades with its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from needsassess.store import StoreError
from needsassess.store.connection import create_postgresql_engine, create_store_engine
from needsassess.store.database import is_postgresql, parse_db_url, sqlite_file
from needsassess.store.migrate import alembic_config, script_heads
from needsassess.store.models import METADATA
from tests.hub.conftest import StoreFactory

UUID = "11111111-1111-4111-8111-111111111111"
LATER = '''"""A later schema change, for the upgrade test only."""
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


def _engine(url_text: str):  # type: ignore[no-untyped-def]
    url = parse_db_url(url_text)
    return create_postgresql_engine(url) if is_postgresql(url) else create_store_engine(sqlite_file(url))


def test_models_match_the_migrations(make_hub: StoreFactory, hub_url: str) -> None:
    make_hub().close()
    engine = _engine(hub_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), METADATA)
        versions = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
    engine.dispose()
    ours = set(METADATA.tables)
    relevant = [d for d in diff if not (d[0] == "remove_table" and d[1].name not in ours)]
    relevant = [d for d in relevant if not (d[0] == "remove_index" and d[1].table.name not in ours)]
    assert relevant == []
    assert versions == script_heads()


def test_first_schema_with_data_upgrades_and_keeps_it(make_hub: StoreFactory, hub_url: str, tmp_path: Path) -> None:
    engine = _engine(hub_url)
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.commit()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO assessments VALUES (:u, 'mini', '1', 'complete', 1, 'h1', NULL, 'Koidu', 'koidu',"
                " 'Koidu', 'Fatmata', :t, :t, :t, 'dev', :doc)"
            ),
            {"u": UUID, "t": "2026-01-01T00:00:00.000000Z", "doc": '{"settlement": "Koidu"}'},
        )
        conn.execute(text("INSERT INTO settings VALUES ('device_id', 'dev'), ('officer_name', 'Fatmata')"))
    engine.dispose()
    extra = tmp_path / "more_versions"
    extra.mkdir()
    (extra / "9001_test_priority.py").write_text(LATER)
    store = make_hub(version_locations=[extra])
    record = store.get(UUID)
    assert (dict(record.answers), record.officer, store.device_id) == ({"settlement": "Koidu"}, "Fatmata", "dev")
    engine = _engine(hub_url)
    with engine.connect() as conn:
        versions = {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
        conn.execute(text("SELECT priority FROM assessments"))
    engine.dispose()
    assert "9001" in versions and script_heads() <= versions | {"0001"}


def test_a_database_from_a_newer_app_is_refused_untouched(make_hub: StoreFactory, hub_url: str) -> None:
    make_hub().close()
    engine = _engine(hub_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00d' WHERE version_num = '0601_paradata_flags'"))
    engine.dispose()
    with pytest.raises(StoreError) as caught:
        make_hub("again")
    assert caught.value.kind == "newer"
    assert "newer version" in str(caught.value)
