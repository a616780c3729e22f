"""Photos kept in the database (a PostgreSQL hub), behind the same API as the attachment files.

A hub is backed up as one unit (``pg_dump``) only if the photos are in the database too, so their
bytes go into ``attachment_data`` in the same transaction as their ``attachments`` row. Readers
(reports, exports, the window) still ask for a path: the first time a photo is asked for, it is
written from the database into ``<data folder>/attachment-cache/`` (temporary name, then rename),
and later calls reuse that file. The cache holds only copies; deleting it loses nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import StoreCode
from needsassess.fileio import write_atomic
from needsassess.store.attachments import MAX_ATTACHMENT_BYTES, AttachmentFiles
from needsassess.store.connection import read_connection
from needsassess.store.errors import StoreError, environment_errors
from needsassess.store.locking import insert_ignoring_duplicates
from needsassess.store.models import ATTACHMENT_DATA

CACHE_DIR = "attachment-cache"
_D = ATTACHMENT_DATA.c


class DatabaseAttachments(AttachmentFiles):
    """Photo bytes in ``attachment_data``; ``path()`` materialises a cached copy on first use."""

    def __init__(self, data_dir: Path, engine: Engine, where: str, max_bytes: int = MAX_ATTACHMENT_BYTES) -> None:
        super().__init__(data_dir, max_bytes, root=data_dir / CACHE_DIR)
        self._engine = engine
        self._where = where

    def has(self, sha256: str) -> bool:
        with environment_errors(self._where, "look for a photo"), read_connection(self._engine) as conn:
            return conn.execute(select(_D.sha256).where(_D.sha256 == sha256)).first() is not None

    def path(self, sha256: str) -> Path:
        """The cached file of the photo, written from the database when missing.

        When the database does not hold it either, the (missing) cache path is returned, as the
        file backend returns the path of a missing file.
        """
        cached = super().path(sha256)
        if cached.exists():
            return cached
        with environment_errors(self._where, "read a photo"), read_connection(self._engine) as conn:
            data = conn.execute(select(_D.data).where(_D.sha256 == sha256)).scalar()
        if data is None:
            return cached
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoreError(StoreCode.PHOTO_CHECKSUM, kind="corrupt", sha256=sha256, where=self._where)
        with environment_errors(cached.parent, "keep a copy of the photo"):
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cached, bytes(data), mode=0o666)
        return cached

    def save_data(self, conn: Connection, hashes: Sequence[str], sources: Mapping[str, Path]) -> None:
        """Insert the bytes of the photos the database lacks, read from ``sources`` or the cache."""
        wanted = sorted(set(hashes))
        present: set[str] = set()
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            present |= set(conn.execute(select(_D.sha256).where(_D.sha256.in_(part))).scalars())
        for sha in wanted:
            if sha in present:
                continue
            source = sources.get(sha, super().path(sha))
            try:
                data = source.read_bytes()
            except FileNotFoundError:
                raise StoreError(StoreCode.PHOTO_NOT_RECEIVED, kind="attachment", sha256=sha) from None
            insert_ignoring_duplicates(conn, ATTACHMENT_DATA, [{"sha256": sha, "data": data}])
