"""Migration 0601 (paradata and stored quality flags): a database of the previous release keeps every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from needsassess.store import open_store
from needsassess.store.connection import create_store_engine, database_path
from needsassess.store.migrate import alembic_config
from needsassess.store.paradata import ParadataEvent
from tests.store.store_helpers import FakeSession
from tests.sync.conftest import FORM_YAML

NEW_TABLES = {"paradata_events", "quality_flags"}


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    raw = sqlite3.connect(path)
    tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {t: sorted(raw.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
             if t != "alembic_version"}
    raw.close()
    return found


def _to_0501(path: Path) -> None:
    engine = create_store_engine(path)
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0501")
        conn.commit()
    engine.dispose()


def test_a_0501_database_upgrades_keeping_every_row(tmp_path: Path) -> None:
    forms = tmp_path / "forms"
    forms.mkdir()
    (forms / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    data = tmp_path / "data"
    with open_store(data, forms_dir=forms) as store:
        done = store.create("mini", FakeSession({"settlement": "Koidu"}))
        store.finalize(done.uuid, FakeSession({"settlement": "Koidu", "households": 3}))
        store.reopen(done.uuid, "a wrong count")
        store.save_draft(done.uuid, FakeSession({"settlement": "Koidu", "households": 4}))
        store.review(done.uuid, "approved", "fine")
        store.create("mini", FakeSession({"settlement": "Bukhara"}))
        store.settings.officer_name = "Fatmata"
    path = database_path(data)
    _to_0501(path)
    before = _rows(path)
    assert not NEW_TABLES & set(before) and len(before["audit_events"]) >= 5
    with open_store(data, forms_dir=forms) as store:
        after = _rows(path)
        assert {t: r for t, r in after.items() if t not in NEW_TABLES} == before
        assert after["paradata_events"] == [] and after["quality_flags"] == []
        store.record_paradata(done.uuid, [ParadataEvent("2026-03-01T08:00:00.000000Z", "opened")])
        assert store.paradata(done.uuid, 2) == [ParadataEvent("2026-03-01T08:00:00.000000Z", "opened")]
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0601_paradata_flags",)]
    raw.close()
