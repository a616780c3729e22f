"""Opening a store: create or upgrade the database, check it after a crash, start a session.

The database is the SQLite file in the data folder, unless a database URL is given (``db_url``,
else ``NEEDSASSESS_DB_URL``; the command line's ``--db-url`` sets the latter): then a PostgreSQL hub
(or another SQLite file). The data folder is still used on a hub, for the session markers, keys,
import staging and the photo cache.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL

from needsassess import paths
from needsassess.errors.store_codes import StoreCode
from needsassess.store.attachment_blobs import DatabaseAttachments
from needsassess.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentFiles
from needsassess.store.backups import daily_backup
from needsassess.store.connection import (
    create_postgresql_engine,
    create_store_engine,
    database_path,
    read_connection,
)
from needsassess.store.damage import damage_at_open
from needsassess.store.database import (
    attachments_dir_from_env,
    is_postgresql,
    resolve_db_url,
    safe_url,
    sqlite_file,
)
from needsassess.store.errors import StoreError, classify, environment_errors
from needsassess.store.markers import SessionMarker
from needsassess.store.migrate import migrate
from needsassess.store.settings import ensure_device_id, read_device_id
from needsassess.store.staging import sweep_staging
from needsassess.store.store import AssessmentStore
from needsassess.timefmt import utc_now


def open_store(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    forms_dir: Path | None = None,
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES,
    version_locations: Sequence[Path] = (),
    db_url: str | None = None,
    attachments_dir: str | os.PathLike[str] | None = None,
) -> AssessmentStore:
    """The store of ``data_dir`` (default: ``paths.data_dir()``), ready to use.

    Creates the folder and database if needed; upgrades an older database (after a backup copy, on
    SQLite); refuses one from a newer app; checks for damaged pages (``store.damage``: briefly at
    every open, to the end after an unclean exit) and then refuses writes (SQLite). Raises
    ``StoreError`` when the environment does not allow it, having changed nothing.
    ``db_url`` (else ``NEEDSASSESS_DB_URL``) selects another database; on PostgreSQL, photos live in
    the database unless ``attachments_dir`` (else ``NEEDSASSESS_ATTACHMENTS_DIR``) names a folder.
    ``version_locations`` adds migration folders (used by tests of future upgrades).
    """
    url = resolve_db_url(db_url)
    folder = paths.data_dir(data_dir)
    marker = SessionMarker(folder)
    with environment_errors(folder, "open the data folder"):
        make_data_folder(folder)
        open_marker(marker)
    db_path = None if is_postgresql(url) else (sqlite_file(url) if url is not None else database_path(folder))
    where = safe_url(url) if db_path is None and url is not None else str(db_path)
    engine = _engine(url, db_path)
    try:
        with environment_errors(where if db_path is None else folder, "open the database"):
            engine, read_only_reason = readable_engine(engine, db_path)
            damage: list[str] = []
            if db_path is not None and db_path.exists():  # checked to the end after an unclean exit
                damage = damage_at_open(engine, db_path, thorough=marker.dead_since is not None)
            migrate(engine, db_path, version_locations, where=where)
            device_id = _device_id(engine)
        files = _attachments(folder, engine, where, max_attachment_bytes, db_path is None, attachments_dir)
        sweep_staging(folder, None if isinstance(files, DatabaseAttachments) else files, engine)
    except BaseException:
        engine.dispose()
        marker.close()
        raise
    store = AssessmentStore(
        folder,
        engine,
        paths.forms_dir() if forms_dir is None else forms_dir,
        device_id,
        marker,
        files,
        location=where if db_path is None else str(folder),
    )
    if read_only_reason is not None:
        store.refuse_writes(*read_only_reason)
    if damage:
        store.refuse_writes("damaged", "; ".join(damage[:3]))
    daily_backup(store)  # the first start of each day (store.backups); never stops the opening
    return store


def open_marker(marker: SessionMarker) -> None:
    """Start this session's marker; on a folder that cannot be written (read-only, full), go without.

    Reading must not need writing: ``list`` or ``report`` on a read-only copy or a full disk still
    work; only the unclean-exit detection of this session is lost, and writes are refused later.
    """
    try:
        marker.open(utc_now())
    except OSError as err:
        if classify(err) not in ("read_only", "disk_full"):
            raise


def readable_engine(engine: Engine, db_path: Path | None) -> tuple[Engine, tuple[str, str] | None]:
    """``engine``, or, when its existing SQLite file cannot be opened in a read-only folder or on a
    full disk, an immutable engine that reads it without the WAL index SQLite cannot create there;
    then also why writes must be refused (kind, detail)."""
    if db_path is None or engine.dialect.name != "sqlite" or not db_path.exists():
        return engine, None
    try:
        with read_connection(engine) as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except (sa_exc.DBAPIError, OSError) as err:
        kind = classify(err)
        # A full disk cannot hold the WAL index either. Reading the file alone is safe only when no
        # -wal holds commits not yet in it (nobody can write there without the index anyway).
        wal = db_path.with_name(db_path.name + "-wal")
        unwritten = wal.exists() and wal.stat().st_size > 0
        if not (kind == "read_only" or (kind in ("disk_full", "io") and not unwritten)):
            raise
        engine.dispose()
        lines = str(err.orig if isinstance(err, sa_exc.DBAPIError) else err).strip().splitlines()
        # SQLite reports a full disk, while making the WAL index, as an I/O error.
        return create_store_engine(db_path, immutable=True), ("disk_full" if kind == "io" else kind or "", lines[0])
    return engine, None


def _device_id(engine: Engine) -> str:
    """The device id, read without writing; only a new data folder writes one (IMMEDIATE)."""
    with read_connection(engine) as conn:
        found = read_device_id(conn)
    if found is not None:
        return found
    with engine.begin() as conn:
        return ensure_device_id(conn)


def make_data_folder(folder: Path) -> None:
    """Create the data folder; a path that is a file, or under one, is refused by name (``not_a_folder``).

    Disk full and read-only stay with ``environment_errors``; other failures to create a folder (a file
    in the way, a name too long) would otherwise reach the person as a traceback.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        if classify(err) is not None:
            raise
        blocker = next((p for p in (folder, *folder.parents) if p.exists() and not p.is_dir()), None)
        reason = f"{blocker} is a file, not a folder" if blocker is not None else (err.strerror or str(err))
        raise StoreError(StoreCode.NOT_A_FOLDER, kind="not_a_folder", folder=folder, reason=reason) from None


def _engine(url: URL | None, db_path: Path | None) -> Engine:
    if db_path is not None:
        return create_store_engine(db_path)
    assert url is not None
    return create_postgresql_engine(url)


def _attachments(
    folder: Path,
    engine: Engine,
    where: str,
    max_bytes: int,
    on_server: bool,
    explicit: str | os.PathLike[str] | None,
) -> AttachmentFiles:
    """Photos as files in the data folder (SQLite), in the database (a hub), or in a folder given."""
    chosen = attachments_dir_from_env(explicit)
    if chosen is not None:
        return AttachmentFiles(folder, max_bytes, root=chosen)
    if on_server:
        return DatabaseAttachments(folder, engine, where, max_bytes)
    return AttachmentFiles(folder, max_bytes)
