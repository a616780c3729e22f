"""Alembic environment for the store.

The app passes its own open connection (``config.attributes["connection"]``), already set up with
the store's pragmas and ``BEGIN IMMEDIATE``, so a migration runs as one transaction and either
completes or leaves the old schema untouched. Run by hand (``alembic -x data_dir=DIR upgrade head``)
it opens the database in DIR through the same connection set-up; ``-x db_url=URL`` runs them on a
PostgreSQL hub (``alembic -x db_url=postgresql+psycopg://... upgrade heads``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from needsassess.store.models import METADATA


def _run(connection: Connection) -> None:
    # render_as_batch: SQLite can only change most column definitions by rebuilding the table.
    # transactional_ddl: SQLite does support DDL in a transaction, so the whole upgrade (and the
    # foreign key check below) commits at once or not at all.
    context.configure(
        connection=connection,
        target_metadata=METADATA,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Two processes upgrading one hub at once: the second waits here, then finds every
            # migration applied (Alembic reads the current version after this point).
            connection.exec_driver_sql("SELECT pg_advisory_xact_lock(7283504911)")
        context.run_migrations()
        if connection.dialect.name == "sqlite":
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from pathlib import Path

    from needsassess.store.connection import create_postgresql_engine, create_store_engine, database_path
    from needsassess.store.database import is_postgresql, parse_db_url, sqlite_file

    arguments = context.get_x_argument(as_dictionary=True)
    data_dir, db_url = arguments.get("data_dir"), arguments.get("db_url")
    if db_url:
        url = parse_db_url(db_url)
        engine = create_postgresql_engine(url) if is_postgresql(url) else create_store_engine(sqlite_file(url))
    elif data_dir:
        engine = create_store_engine(database_path(Path(data_dir)))
    else:
        raise SystemExit("give the database: alembic -x data_dir=DIR upgrade heads (or -x db_url=URL)")
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run them against a database")
run_migrations_online()
