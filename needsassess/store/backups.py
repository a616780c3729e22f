"""Automatic backups of a data folder's database: daily, before every import, on demand.

A laptop in the field has no administrator to restore it. So the app keeps rotating copies of
its own database in the data folder's ``backups/`` (the folder the store's recovery advice points
to), made with SQLite's online backup API while the app runs:

- the first time the store opens on a (UTC) day (``daily_backup``, from ``open_store``);
- before every import (the command line and the window call ``make_backup(store, "before-import")``);
- before a restore replaces the database (``store.archive``), and on demand ("Back up now").

Each backup is ``backups/needsassess-<UTC time>-<kind>.db`` plus ``<same name>.photos.txt``, the
list of photos (sha256, size, media type) the database refers to: photos are content-addressed
and never change, so the photo files in the data folder serve every backup and are not copied.
Backups older than the ``backup_keep_days`` setting (default 14) are deleted, the newest always kept.
With the ``backup_folder`` setting (a USB stick), each backup is also copied to
``<folder>/needsassess-backups/<device id>/`` with the photos not there yet, so a lost laptop
does not take its backups with it; a missing stick is reported, never fatal.

Private keys are never copied here: they have their own passphrase-protected backup
(``needsassess keys backup``). SQLite only: a PostgreSQL hub is backed up with pg_dump.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from needsassess.errors.store_codes import StoreCode
from needsassess.fileio import atomic_write, write_atomic
from needsassess.store.connection import backup_database
from needsassess.store.errors import StoreError, environment_errors
from needsassess.store.ledger import attachment_infos
from needsassess.store.migrate import BACKUPS_DIR
from needsassess.store.store import AssessmentStore

KINDS = ("daily", "before-import", "before-restore", "manual")
EXTRA_FOLDER = "needsassess-backups"
PHOTOS_SUFFIX = ".photos.txt"
_NAME = re.compile(r"needsassess-(\d{8}T\d{6}\d{6}Z)-(" + "|".join(KINDS) + r")\.db")
STAMP = "%Y%m%dT%H%M%S%fZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # UTC
    kind: str

    @property
    def photo_list(self) -> Path:
        return self.path.with_name(self.path.name + PHOTOS_SUFFIX)


@dataclass(frozen=True)
class BackupResult:
    backup: Backup
    copied_to: Path | None = None  # the extra folder's copy, when one is set and reachable
    extra_problem: str = ""  # why the extra folder was not written ("" when fine or not set)


def backups_dir(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUPS_DIR


def list_backups(folder: Path) -> list[Backup]:
    """The automatic backups in ``folder`` (a data folder's ``backups/``), newest first."""
    found = []
    try:
        names = [p.name for p in Path(folder).iterdir()]
    except OSError:
        return []
    for name in names:
        match = _NAME.fullmatch(name)
        if match:
            made = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
            found.append(Backup(Path(folder) / name, made, match.group(2)))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def last_backup(data_dir: Path) -> Backup | None:
    backups = list_backups(backups_dir(data_dir))
    return backups[0] if backups else None


def refuse_on_server(store: AssessmentStore) -> None:
    if store.engine.dialect.name != "sqlite":
        raise StoreError(StoreCode.BACKUP_ON_SERVER, where=store.location)


def make_backup(store: AssessmentStore, kind: str = "manual", now: datetime | None = None) -> BackupResult:
    """Copy the live database (and its photo list) into ``backups/``, prune, copy to the extra folder."""
    refuse_on_server(store)
    assert kind in KINDS
    moment = now or datetime.now(UTC)
    folder = backups_dir(store.data_dir)
    target = folder / f"needsassess-{moment.strftime(STAMP)}-{kind}.db"
    backup = Backup(target, moment, kind)
    try:
        with environment_errors(folder, "make a backup"):
            folder.mkdir(exist_ok=True)
            backup_database(store.engine, target)
            write_atomic(backup.photo_list, _photo_list(store))
            prune(folder, store.settings.backup_keep_days, moment)
    except (OSError, sqlite3.Error) as exc:  # what environment_errors does not word (a file in the way...)
        raise StoreError(StoreCode.BACKUP_WRITE, path=target, detail=getattr(exc, "strerror", None) or exc) from None
    extra = store.settings.backup_folder
    if not extra:
        return BackupResult(backup)
    try:
        copied = copy_to_folder(store, backup, Path(extra))
    except OSError as exc:
        return BackupResult(backup, extra_problem=f"{extra}: {exc.strerror or exc}")
    return BackupResult(backup, copied_to=copied)


def daily_backup(store: AssessmentStore, now: datetime | None = None) -> BackupResult | None:
    """At open: a backup on the first start of each (UTC) day; None when one exists or none can be made.

    Never stops the app from opening: a full disk or a read-only folder is the business of the
    command that writes, and it will say so.
    """
    if store.engine.dialect.name != "sqlite":
        return None
    moment = now or datetime.now(UTC)
    newest = last_backup(store.data_dir)
    if newest is not None and newest.made_at.date() == moment.date():
        return None
    try:
        return make_backup(store, "daily", moment)
    except (StoreError, OSError, sqlite3.Error, DBAPIError):
        return None


def backup_before_import(store: AssessmentStore) -> BackupResult | None:
    """The copy made before every import (SQLite; a hub keeps its own backups)."""
    return make_backup(store, "before-import") if store.engine.dialect.name == "sqlite" else None


def prune(folder: Path, keep_days: int, now: datetime) -> list[Path]:
    """Delete backups older than ``keep_days`` (the newest is always kept); the files removed."""
    removed = []
    for old in list_backups(folder)[1:]:
        if now - old.made_at > timedelta(days=keep_days):
            for path in (old.path, old.photo_list):
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _photo_list(store: AssessmentStore) -> bytes:
    with store.read("make a backup") as conn:
        infos = sorted(attachment_infos(conn).values(), key=lambda i: i.sha256)
    return "".join(f"{i.sha256} {i.size} {i.media_type}\n" for i in infos).encode("utf-8")


def copy_to_folder(store: AssessmentStore, backup: Backup, extra: Path) -> Path:
    """Copy ``backup``, its photo list and the photos not there yet to the extra folder; pruned too."""
    if not extra.is_dir():  # a stick not plugged in: never create its mount point
        raise FileNotFoundError(2, "the folder is not there (is the USB stick plugged in?)")
    target = extra / EXTRA_FOLDER / store.device_id
    photos = target / "photos"
    photos.mkdir(parents=True, exist_ok=True)
    for line in backup.photo_list.read_text(encoding="utf-8").splitlines():
        sha = line.split(" ", 1)[0]
        source = store.attachment_path(sha)
        if not (photos / sha).exists() and source.exists():
            _copy(source, photos / sha)
    for source in (backup.path, backup.photo_list):
        _copy(source, target / source.name)
    prune(target, store.settings.backup_keep_days, backup.made_at)
    return target / backup.path.name


def _copy(source: Path, target: Path) -> None:
    with source.open("rb") as src, atomic_write(target) as out:
        shutil.copyfileobj(src, out, 1 << 20)
