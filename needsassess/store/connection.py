"""Connection set-up: the only place with dialect-specific connection SQL.

On PostgreSQL (a coordinators' hub) transactions run at READ COMMITTED: writers that touch the same
assessments are ordered by row locks taken up front (``store.locking``), and every statement after
a lock sees what the previous holder committed. A serialization failure or deadlock is retried by
``AssessmentStore.write_retrying``. The rest of this docstring is about SQLite (field laptops).

Every connection gets WAL (readers never block the writer), ``synchronous=FULL`` (a commit is on
the disk before it returns, so a power cut cannot lose an answer the window showed as saved),
``busy_timeout`` (wait for another process instead of failing) and foreign keys. Write transactions
start with ``BEGIN IMMEDIATE``: a deferred transaction that later upgrades to a write fails at once
with "database is locked" when another process is writing, whereas IMMEDIATE takes the write lock up
front and waits for it under ``busy_timeout``. This is SQLAlchemy's documented pysqlite recipe:
the driver's own transaction handling is switched off and we emit BEGIN ourselves.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection

from needsassess.fileio import move_into_place
from needsassess.waiting import notify_waiting, wants_notice

DATABASE_NAME = "needsassess.db"
BUSY_TIMEOUT_MS = 10_000
WAL_CHECKPOINT_PAGES = 128  # 512 KB of 4 KB pages
WAL_LIMIT_BYTES = 512 * 1024
# Execution option marking a read-only unit of work: it begins DEFERRED, so reading never waits
# for (or blocks) a writer in another process.
READ_OPTION = "needsassess_read"

# What ``AssessmentStore.read`` / ``write`` yield: the other layers pass it back to the store's
# functions (``store.trust``, ``store.ledger``, ...) and never run SQL on it themselves.
Transaction = Connection


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # No implicit BEGIN from the driver: ``_on_begin`` decides how each transaction starts.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        # A bounded WAL: checkpoint (PASSIVE, at a commit) once it holds WAL_CHECKPOINT_PAGES, and
        # cut the file back to WAL_LIMIT_BYTES when it restarts. Without these, autosaves grew it to
        # 3 MB (SQLite's default: 1,000 pages, never shrunk), a whole small disk.
        cursor.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        cursor.execute(f"PRAGMA journal_size_limit = {WAL_LIMIT_BYTES}")
    finally:
        cursor.close()


# A write that has not had the lock after this long tells the person it is waiting (``waiting.py``).
WAIT_NOTICE_AFTER_MS = 300


def _begin_write(conn: Connection, where: str) -> None:
    """BEGIN IMMEDIATE; when another process holds the write lock, say so once, then wait our turn."""
    raw = conn.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    patience = int(raw.execute("PRAGMA busy_timeout").fetchone()[0]) if wants_notice() else 0
    if patience <= WAIT_NOTICE_AFTER_MS:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    raw.execute(f"PRAGMA busy_timeout = {WAIT_NOTICE_AFTER_MS}")
    try:
        raw.execute("BEGIN IMMEDIATE")
        return
    except sqlite3.OperationalError as err:
        if (getattr(err, "sqlite_errorcode", 0) or 0) & 0xFF not in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
            raise
    finally:
        raw.execute(f"PRAGMA busy_timeout = {patience}")
    notify_waiting(where, patience // 1000)
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _begin_listener(where: str) -> Callable[[Connection], None]:
    def on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get(READ_OPTION):
            conn.exec_driver_sql("BEGIN")
        else:
            _begin_write(conn, where)

    return on_begin


def create_postgresql_engine(url: URL) -> Engine:
    """An engine on a PostgreSQL hub; the URL's query (TLS settings...) goes to psycopg unchanged."""
    connect_args: dict[str, Any] = {}
    if "connect_timeout" not in url.query:
        connect_args["connect_timeout"] = 15
    if "application_name" not in url.query:
        connect_args["application_name"] = "needsassess"
    if "keepalives" not in url.query:  # notice a vanished server or network instead of waiting forever
        connect_args.update(keepalives=1, keepalives_idle=60, keepalives_interval=10, keepalives_count=5)
    return create_engine(
        url,
        pool_size=2,
        max_overflow=8,
        # No ping before each use (one more round trip per transaction, which made small reads twice
        # as slow): a connection dropped by the network or a server restart fails once, as
        # "unavailable"; SQLAlchemy then discards the pool and the next attempt connects afresh.
        pool_pre_ping=False,
        pool_recycle=600,
        isolation_level="READ COMMITTED",
        connect_args=connect_args,
        hide_parameters=True,  # bound values (answers) never appear in error messages
    )


def create_store_engine(db_path: Path, *, immutable: bool = False) -> Engine:
    """An engine on ``db_path`` with the pragmas and transaction start described above.

    ``immutable``: read a database in a folder that cannot be written (SQLite cannot make its WAL
    index there, so a normal open fails): SQLite's ``immutable`` URI, which takes no lock and writes
    nothing. Safe because nobody can write there either; every write is refused as read-only.
    """
    if immutable:
        url = f"sqlite:///file:{quote(str(db_path))}?immutable=1&uri=true"
        engine = create_engine(url, pool_size=2, max_overflow=8)
    else:
        engine = create_engine(f"sqlite:///{db_path}", pool_size=2, max_overflow=8)
    event.listen(engine, "connect", _on_immutable_connect if immutable else _on_connect)
    event.listen(engine, "begin", _begin_listener(str(db_path.parent)))
    return engine


def _on_immutable_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute("PRAGMA query_only = ON")


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """A connection whose transaction begins DEFERRED on SQLite (reads only)."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn = conn.execution_options(**{READ_OPTION: True})
        with conn.begin():
            yield conn


def backup_database(engine: Engine, target: Path) -> None:
    """A consistent copy of the live database (SQLite's online backup API), flushed to disk."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    raw = engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        raw.close()
    move_into_place(tmp, target, synced=False)
