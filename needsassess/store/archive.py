"""One-file backups of a data folder (``needsassess backup -o FILE``) and their restore.

The file is a zip: ``backup.json`` (format, version, when, device, counts), ``database.sqlite``
(an online copy, SQLite's backup API), ``photos/<sha256>`` (every photo the database refers to),
and ``keys/<name>`` members the caller adds: the command line puts in the coordinator public key
file loaded here and, only when given a passphrase, the passphrase-protected key backup
(``crypto.backup``). Private keys are never in the file unencrypted.

Restore takes that file or one of the automatic copies in ``backups/`` (a bare ``.db``: the photos
are still in the data folder). Everything is checked before anything changes: member names, the
photos' sha256, the database's integrity and schema (an older one is upgraded). Into an empty data
folder the database is put in place; over a data folder that holds assessments only with
``replace``, after a safety copy of the current database into ``backups/`` — the copy goes into the
live database through the backup API, so another window that has it open sees the restored data.
"""

from __future__ import annotations

import errno
import hashlib
import json
import re
import shutil
import sqlite3
import zipfile
from collections.abc import Iterator, Mapping
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from needsassess import __version__
from needsassess.errors.store_codes import StoreCode
from needsassess.fileio import atomic_write, durable_file, move_into_place
from needsassess.store.attachments import ATTACHMENTS_DIR, AttachmentFiles
from needsassess.store.backups import STAMP, Backup, backups_dir, make_backup, refuse_on_server
from needsassess.store.connection import backup_database, create_store_engine, database_path
from needsassess.store.damage import quick_check
from needsassess.store.database import attachments_dir_from_env
from needsassess.store.errors import StoreError, environment_errors
from needsassess.store.ledger import attachment_infos
from needsassess.store.migrate import migrate
from needsassess.store.models import ASSESSMENTS, AUDIT
from needsassess.store.staging import staged as staged_folder
from needsassess.store.store import AssessmentStore
from needsassess.timefmt import utc_now

FORMAT, VERSION = "needsassess-backup", 1
MANIFEST, DATABASE = "backup.json", "database.sqlite"
_PHOTO = re.compile(r"photos/[0-9a-f]{64}")
_KEY = re.compile(r"keys/[a-z][a-z0-9.-]{0,40}")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_MAX_MANIFEST = 64 * 1024


@dataclass(frozen=True)
class ArchiveSummary:
    path: Path
    assessments: int
    photos: int
    audit_rows: int
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Restored:
    assessments: int
    photos_added: int
    safety_copy: Backup | None
    keys: Mapping[str, bytes] = field(default_factory=dict)  # key members, for the caller to install


def write_archive(store: AssessmentStore, target: Path, keys: Mapping[str, bytes] | None = None) -> ArchiveSummary:
    """Write the one-file backup of ``store``'s folder to ``target`` (whole or not at all)."""
    refuse_on_server(store)
    keys = dict(keys or {})
    assert all(_KEY.fullmatch(name) for name in keys)
    with _staging(store.data_dir, store.session_name) as staging, environment_errors(target, "make a backup"):
        copy = staging / DATABASE
        backup_database(store.engine, copy)
        assessments, audit_rows = _counts(copy)
        with store.read("make a backup") as conn:
            photos = sorted(attachment_infos(conn))
        present = [sha for sha in photos if store.attachment_path(sha).is_file()]
        manifest = {"format": FORMAT, "version": VERSION, "created_at": utc_now(), "app_version": __version__,
                    "device_id": store.device_id, "assessments": assessments, "photos": len(present),
                    "audit_rows": audit_rows, "keys": sorted(keys)}
        try:
            with atomic_write(target) as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
                zf.writestr(MANIFEST, json.dumps(manifest, indent=1))
                zf.write(copy, DATABASE)
                for sha in present:  # photos are compressed already
                    zf.write(store.attachment_path(sha), f"photos/{sha}", compress_type=zipfile.ZIP_STORED)
                for name, data in sorted(keys.items()):
                    zf.writestr(name, data)
        except OSError as exc:
            raise StoreError(StoreCode.BACKUP_WRITE, path=target, detail=exc.strerror or exc) from None
    return ArchiveSummary(Path(target), assessments, len(present), audit_rows, tuple(sorted(keys)))


def archive_keys(path: Path) -> dict[str, bytes]:
    """The key members of a one-file backup (none for a bare database copy); NOT_A_BACKUP if neither."""
    if _is_sqlite(path):
        return {}
    with _open_archive(path) as zf:
        try:
            return {i.filename: zf.read(i) for i in zf.infolist()
                    if _KEY.fullmatch(i.filename) and i.file_size < 1 << 20}
        except (OSError, ValueError, zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
            raise StoreError(StoreCode.NOT_A_BACKUP, path=path, detail=exc) from None


def restore(data_dir: Path, source: Path, replace: bool = False, attachments_dir: Path | None = None) -> Restored:
    """Put the backup ``source`` into ``data_dir``; StoreError (nothing changed) when it cannot be.

    Photos go where ``open_store`` will look for them: ``attachments_dir`` (else
    ``NEEDSASSESS_ATTACHMENTS_DIR``, which ``--attachments-dir`` sets), else ``<data_dir>/attachments``.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    photo_root = attachments_dir_from_env(attachments_dir) or data_dir / ATTACHMENTS_DIR
    with _staging(data_dir) as staging:
        staged, photos, keys = _unpack(Path(source), staging)
        _check_database(staged, source)
        assessments, _audit = _counts(staged)
        current = database_path(data_dir)
        safety = _make_room(data_dir, current, replace)
        with environment_errors(data_dir, "restore a backup"):
            added = _add_photos(photo_root, photos)
            _install(staged, current)
    return Restored(assessments, added, safety, keys)


@contextmanager
def _staging(data_dir: Path, session: str | None = None) -> Iterator[Path]:
    """A folder in the private staging area (``store.staging``): swept at the next start if killed."""
    with ExitStack() as stack:
        with environment_errors(data_dir, "make a backup"):
            folder = stack.enter_context(staged_folder(data_dir, session))
        yield folder


def _is_sqlite(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(16) == _SQLITE_MAGIC
    except OSError as exc:
        raise StoreError(StoreCode.NOT_A_BACKUP, path=path, detail=exc.strerror or exc) from None


@contextmanager
def _open_archive(path: Path) -> Iterator[zipfile.ZipFile]:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo(MANIFEST)
            if info.file_size > _MAX_MANIFEST:
                raise ValueError("the description is too large")
            manifest = json.loads(zf.read(info))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise ValueError("no needsassess backup description")
            if not isinstance(manifest.get("version"), int) or manifest["version"] > VERSION:
                raise StoreError(StoreCode.BACKUP_NEWER, path=path, version=manifest.get("version"))
            names = zf.namelist()
            strange = [n for n in names if n not in (MANIFEST, DATABASE) and not _PHOTO.fullmatch(n)
                       and not _KEY.fullmatch(n)]
            if strange or len(set(names)) != len(names) or DATABASE not in names:
                raise ValueError(f"unexpected members {strange[:3]}" if strange else "members missing or repeated")
            yield zf
    except StoreError:
        raise
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
        raise StoreError(StoreCode.NOT_A_BACKUP, path=path, detail=getattr(exc, "strerror", None) or exc) from None


def _unpack(source: Path, staging: Path) -> tuple[Path, list[Path], dict[str, bytes]]:
    """The staged database, the staged photos (sha256 checked) and the key members."""
    staged = staging / DATABASE
    if _is_sqlite(source):
        with environment_errors(staging, "restore a backup"):
            shutil.copyfile(source, staged)
        return staged, [], {}
    photos, keys = [], {}
    with _open_archive(source) as zf:
        try:
            for info in zf.infolist():
                if info.filename == DATABASE or _PHOTO.fullmatch(info.filename):
                    target = staging / info.filename.replace("/", "-")
                    digest = _extract(zf, info, target)
                    if info.filename != DATABASE:
                        if digest != info.filename.split("/")[1]:
                            raise ValueError(f"{info.filename} does not match its sha256")
                        photos.append(target)
                elif _KEY.fullmatch(info.filename):
                    keys[info.filename] = zf.read(info)[: 1 << 20]
        except (OSError, ValueError, zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
            raise StoreError(StoreCode.NOT_A_BACKUP, path=source,
                             detail=getattr(exc, "strerror", None) or exc) from None
    return staged, photos, keys


def _extract(zf: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path) -> str:
    digest = hashlib.sha256()
    with zf.open(info) as src, durable_file(target, 0o600, sync=False) as out:
        while chunk := src.read(1 << 20):
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def _check_database(staged: Path, source: Path) -> None:
    """Sound, and of a schema this app reads (an older one is upgraded in the staging copy)."""
    engine = create_store_engine(staged)
    try:
        try:
            findings = quick_check(engine) or []
        except DBAPIError as exc:  # not a database, or one SQLite cannot read
            raise StoreError(StoreCode.NOT_A_BACKUP, path=source, detail=exc) from None
        if findings:
            raise StoreError(StoreCode.NOT_A_BACKUP, path=source, detail="; ".join(findings[:3]))
        migrate(engine, staged, where=str(source))
    finally:
        engine.dispose()  # the last connection closed: SQLite folds its WAL back into the file


def _counts(db: Path) -> tuple[int, int]:
    engine = create_store_engine(db)
    try:
        with engine.connect() as conn:
            assessments = conn.execute(select(func.count()).select_from(ASSESSMENTS)).scalar_one()
            audit_rows = conn.execute(select(func.count()).select_from(AUDIT)).scalar_one()
    finally:
        engine.dispose()
    return int(assessments), int(audit_rows)


def _make_room(data_dir: Path, current: Path, replace: bool) -> Backup | None:
    """Refuse to overwrite assessments unless ``replace``; then copy the current database aside first.

    A damaged database (the usual reason to restore) is copied aside as its files and moved away.
    """
    if not current.exists():
        return None
    try:
        count, _audit = _counts(current)
    except DBAPIError:
        count = -1
    if count and not replace:
        raise StoreError(StoreCode.RESTORE_NOT_EMPTY, folder=data_dir, count=count if count > 0 else "?")
    if count < 0:
        return _move_damaged_aside(data_dir, current)
    from needsassess.store.opening import open_store

    with open_store(data_dir, db_url=f"sqlite:///{current}") as store:
        return make_backup(store, "before-restore").backup


def _move_damaged_aside(data_dir: Path, current: Path) -> Backup:
    moment = datetime.now(UTC)
    folder = backups_dir(data_dir)
    aside = Backup(folder / f"needsassess-{moment.strftime(STAMP)}-before-restore.db", moment, "before-restore")
    with environment_errors(data_dir, "restore a backup"):
        folder.mkdir(exist_ok=True)
        for suffix in ("-wal", "-shm"):
            extra = current.with_name(current.name + suffix)
            if extra.exists():
                move_into_place(extra, aside.path.with_name(aside.path.name + suffix))
        move_into_place(current, aside.path)
    return aside


def _add_photos(root: Path, photos: list[Path]) -> int:
    """Move the staged photos into ``root`` (copied whole when it is on another disk)."""
    added = 0
    for staged in photos:
        sha = staged.name.split("-", 1)[1]
        target = AttachmentFiles(root.parent, root=root).path(sha)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                move_into_place(staged, target, synced=False)
            except OSError as exc:
                if exc.errno != errno.EXDEV:
                    raise
                with staged.open("rb") as src, atomic_write(target) as out:
                    shutil.copyfileobj(src, out, 1 << 20)
            added += 1
    return added


def _install(staged: Path, current: Path) -> None:
    """The staged database becomes the data folder's: moved in, or copied into the live file."""
    if not current.exists():
        for stale in (current.with_name(current.name + "-wal"), current.with_name(current.name + "-shm")):
            stale.unlink(missing_ok=True)
        move_into_place(staged, current, synced=False)
        return
    source = sqlite3.connect(staged)
    try:
        engine = create_store_engine(current)
        try:
            raw = engine.raw_connection()
            try:
                target = raw.driver_connection
                assert isinstance(target, sqlite3.Connection)
                source.backup(target)
            finally:
                raw.close()
        finally:
            engine.dispose()
    finally:
        source.close()
