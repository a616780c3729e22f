"""Opening a data folder: create or upgrade the database, check it after a crash, start a session."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from needsassess import paths
from needsassess.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentFiles
from needsassess.store.connection import create_store_engine, database_path, quick_check
from needsassess.store.errors import environment_error, environment_errors
from needsassess.store.markers import SessionMarker
from needsassess.store.migrate import migrate
from needsassess.store.settings import ensure_device_id
from needsassess.store.store import AssessmentStore
from needsassess.store.timefmt import utc_now


def open_store(
    data_dir: str | os.PathLike[str] | None = None,
    *,
    forms_dir: Path | None = None,
    max_attachment_bytes: int = MAX_ATTACHMENT_BYTES,
    version_locations: Sequence[Path] = (),
) -> AssessmentStore:
    """The store of ``data_dir`` (default: ``paths.data_dir()``), ready to use.

    Creates the folder and database if needed; upgrades an older database after a backup copy;
    refuses one from a newer app; runs ``PRAGMA quick_check`` after an unclean exit. Raises
    ``StoreError`` when the environment does not allow it, having changed nothing.
    ``version_locations`` adds migration folders (used by tests of future upgrades).
    """
    folder = paths.data_dir(data_dir)
    marker = SessionMarker(folder)
    with environment_errors(folder, "open the data folder"):
        folder.mkdir(parents=True, exist_ok=True)
        marker.open(utc_now())
    db_path = database_path(folder)
    engine = create_store_engine(db_path)
    try:
        with environment_errors(folder, "open the database"):
            if marker.dead_since is not None and db_path.exists():
                findings = quick_check(engine)
                if findings:
                    raise environment_error("corrupt", folder, "open the database", "; ".join(findings[:3]))
            migrate(engine, db_path, version_locations)
            with engine.begin() as conn:
                device_id = ensure_device_id(conn)
    except BaseException:
        engine.dispose()
        marker.close()
        raise
    return AssessmentStore(
        folder,
        engine,
        paths.forms_dir() if forms_dir is None else forms_dir,
        device_id,
        marker,
        AttachmentFiles(folder, max_attachment_bytes),
    )
