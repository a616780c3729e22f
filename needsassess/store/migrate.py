"""Bringing a database up to this app's schema, safely.

At open: a new file gets the whole schema; an older one is copied to ``backups/`` first and then
upgraded in one transaction (a failed upgrade leaves the old schema as it was); a file made by a
newer app (a revision this app does not know) is refused untouched, because guessing at a schema we
have never seen could lose data.

On a PostgreSQL hub the same migrations run, also in one transaction (PostgreSQL's DDL is
transactional) and under an advisory lock (env.py), so two coordinators starting the new version at
once upgrade it once. No copy is made there: back the hub up with ``pg_dump`` first (docs/hub.md).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from needsassess.errors.store_codes import StoreCode
from needsassess.store.connection import backup_database, read_connection
from needsassess.store.errors import StoreError
from needsassess.timefmt import utc_now

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION = re.compile(r"^revision(?:\s*:[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]*)?=\s*(.+)$", re.M)
BACKUPS_DIR = "backups"


def script_heads() -> set[str]:
    """The head revisions of ``migrations/versions``, read from the files' ``revision`` lines.

    Opening an up-to-date database needs only this, and so never imports Alembic (which costs
    about a second at start on a slow laptop). tests/store/test_migrations.py checks it agrees
    with Alembic's own reading.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        found = _REVISION.search(source)
        if found is None:
            continue
        revisions.add(found.group(1))
        down = _DOWN.search(source)
        if down is not None:
            parents.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    return revisions - parents


def alembic_config(version_locations: Sequence[Path] = ()) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if version_locations:
        paths = [MIGRATIONS_DIR / "versions", *version_locations]
        import os

        cfg.set_main_option("version_locations", os.pathsep.join(str(p) for p in paths))
    return cfg


def current_revisions(engine: Engine) -> tuple[str, ...]:
    with read_connection(engine) as conn:  # a read: opening never waits for another process's write
        tables = set(inspect(conn).get_table_names())
        heads: list[str] = []
        if "alembic_version" in tables:
            heads = [str(v) for v in conn.execute(text("SELECT version_num FROM alembic_version")).scalars()]
        has_tables = bool(tables - {"alembic_version"})
    if not heads and has_tables:
        raise StoreError(StoreCode.NOT_OURS, kind="corrupt")
    return tuple(heads)


def _refuse_unknown(script: ScriptDirectory, current: Sequence[str], where: str) -> None:
    from alembic.util import CommandError

    for rev in current:
        try:
            known = script.get_revision(rev) is not None
        except CommandError:
            known = False
        if not known:
            raise StoreError(StoreCode.NEWER_SCHEMA, kind="newer", where=where, revision=rev)


def migrate(
    engine: Engine, db_path: Path | None, version_locations: Sequence[Path] = (), where: str | None = None
) -> Path | None:
    """Upgrade to the latest schema; returns the backup made (None when none was needed).

    ``db_path`` is the SQLite file (None on PostgreSQL, where no copy is made); ``where`` names the
    database in messages (default: the file).
    """
    current = current_revisions(engine)
    if current and set(current) == script_heads() and not version_locations:
        return None
    from alembic.script import ScriptDirectory

    cfg = alembic_config(version_locations)
    script = ScriptDirectory.from_config(cfg)
    if set(current) == set(script.get_heads()):
        return None
    _refuse_unknown(script, current, where or str(db_path))
    backup: Path | None = None
    if current and db_path is not None and engine.dialect.name == "sqlite":
        folder = db_path.parent / BACKUPS_DIR
        folder.mkdir(exist_ok=True)
        stamp = utc_now().replace(":", "").replace("-", "").replace(".", "")
        backup = folder / f"{db_path.stem}-before-{'-'.join(current)}-upgrade-{stamp}.db"
        backup_database(engine, backup)
    _upgrade(engine, cfg)
    return backup


def _upgrade(engine: Engine, cfg: Config) -> None:
    from alembic import command

    with engine.connect() as conn:
        if engine.dialect.name != "sqlite":
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
            if conn.in_transaction():
                conn.commit()
            return
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        # Table rebuilds (batch migrations) fail with foreign keys on, and the pragma cannot change
        # inside a transaction: switch it off around the upgrade; env.py checks keys before commit.
        raw.execute("PRAGMA foreign_keys = OFF")
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")
            if conn.in_transaction():
                conn.commit()
        finally:
            if conn.in_transaction():
                conn.rollback()
            raw.execute("PRAGMA foreign_keys = ON")
