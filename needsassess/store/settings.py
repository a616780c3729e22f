"""Per-device settings kept in the database, so they travel with the data folder.

The device id is generated once, the first time a data folder is opened, and identifies this
laptop as the origin of its assessments in packages; it never changes afterwards.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from needsassess.errors.store_codes import Action, StoreCode
from needsassess.store.errors import StoreError
from needsassess.store.locking import insert_ignoring_duplicates
from needsassess.store.models import SETTINGS

LANGUAGES = ("en", "ne", "uz", "ru")
PAPER_SIZES = ("A4", "Letter")
DIGITS = ("devanagari", "latin")  # how the Nepali interface writes numbers and dates (docs/window.md)
OFFICER_MAX = 200  # the officer columns' size (models.py), which PostgreSQL enforces
DEFAULTS = {"officer_name": "", "interface_language": "en", "form_language": "en", "paper_size": "A4",
            "digits": "devanagari",
            # The fingerprint this folder signs packages with (sync.identity), and the backups (store.backups).
            "device_key_fingerprint": "", "backup_keep_days": "14", "backup_folder": "",
            "basemap_path": ""}
BACKUP_KEEP_DAYS = (1, 365)

ConnectionFactory = Callable[[str], AbstractContextManager[Connection]]


def read_device_id(conn: Connection) -> str | None:
    """The device id if the folder has one (a read: opening for ``list`` needs no write)."""
    found = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == "device_id")).scalar()
    return str(found) if found else None


def ensure_device_id(conn: Connection) -> str:
    """The device id, created in this (IMMEDIATE) transaction if the folder has none yet."""
    found = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == "device_id")).scalar()
    if found:
        return str(found)
    # Two processes opening a new hub at once: the first id stored wins, the other reads it back.
    insert_ignoring_duplicates(conn, SETTINGS, [{"key": "device_id", "value": uuid.uuid4().hex}])
    return str(conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == "device_id")).scalar_one())


class StoreSettings:
    """Officer name, interface and form language, paper size; each write is committed at once."""

    def __init__(self, read: ConnectionFactory, write: ConnectionFactory, device_id: str) -> None:
        self._read, self._write = read, write
        self.device_id = device_id
        # Read once per store: autosave asks for the officer on every save.
        self._cache: dict[str, str] = {}

    def _get(self, key: str) -> str:
        if key not in self._cache:
            with self._read("read the settings") as conn:
                value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
            self._cache[key] = DEFAULTS[key] if value is None else str(value)
        return self._cache[key]

    def _set(self, key: str, value: str) -> None:
        with self._write("save the settings") as conn:
            done = conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=value))
            if done.rowcount == 0:
                insert_ignoring_duplicates(conn, SETTINGS, [{"key": key, "value": value}])
                conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=value))
        self._cache[key] = value

    @property
    def officer_name(self) -> str:
        return self._get("officer_name")

    @officer_name.setter
    def officer_name(self, value: str) -> None:
        if len(value.strip()) > OFFICER_MAX:
            raise StoreError(StoreCode.OFFICER_TOO_LONG, limit=OFFICER_MAX)
        self._set("officer_name", value.strip())

    @property
    def interface_language(self) -> str:
        return self._get("interface_language")

    @interface_language.setter
    def interface_language(self, value: str) -> None:
        self._set("interface_language", _choose("language", value, LANGUAGES))

    @property
    def form_language(self) -> str:
        return self._get("form_language")

    @form_language.setter
    def form_language(self, value: str) -> None:
        self._set("form_language", _choose("language", value, LANGUAGES))

    @property
    def paper_size(self) -> str:
        return self._get("paper_size")

    @paper_size.setter
    def paper_size(self, value: str) -> None:
        self._set("paper_size", _choose("paper size", value, PAPER_SIZES))

    @property
    def device_key_fingerprint(self) -> str:
        """The key this folder's packages were signed with; "" until the first signed export."""
        return self._get("device_key_fingerprint")

    @device_key_fingerprint.setter
    def device_key_fingerprint(self, value: str) -> None:
        self._set("device_key_fingerprint", value)

    @property
    def backup_keep_days(self) -> int:
        """How many days automatic backups are kept (docs/storage.md)."""
        try:
            return min(max(int(self._get("backup_keep_days")), BACKUP_KEEP_DAYS[0]), BACKUP_KEEP_DAYS[1])
        except ValueError:
            return int(DEFAULTS["backup_keep_days"])

    @backup_keep_days.setter
    def backup_keep_days(self, value: int) -> None:
        low, high = BACKUP_KEEP_DAYS
        if not low <= int(value) <= high:
            raise StoreError(StoreCode.BACKUP_KEEP_DAYS, low=low, high=high, value=value)
        self._set("backup_keep_days", str(int(value)))

    @property
    def backup_folder(self) -> str:
        """A second folder (a USB stick) that automatic backups are also copied to; "" for none."""
        return self._get("backup_folder")

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self._set("backup_folder", value.strip())


    @property
    def digits(self) -> str:
        """Devanagari or Latin digits in the Nepali window (other languages write Latin digits)."""
        return self._get("digits")

    @digits.setter
    def digits(self, value: str) -> None:
        self._set("digits", _choose("digits", value, DIGITS))

    @property
    def basemap_path(self) -> str:
        """The MBTiles file the map draws under the sites (store.mbtiles); "" for a plain background."""
        return self._get("basemap_path")

    @basemap_path.setter
    def basemap_path(self, value: str) -> None:
        self._set("basemap_path", value.strip())


def _choose(what: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise StoreError(StoreCode.SETTING_UNKNOWN, value=value, what=Action(what), allowed=", ".join(allowed))
    return value

