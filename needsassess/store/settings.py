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
            "digits": "devanagari"}

ConnectionFactory = Callable[[str], AbstractContextManager[Connection]]


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
    def digits(self) -> str:
        """Devanagari or Latin digits in the Nepali window (other languages write Latin digits)."""
        return self._get("digits")

    @digits.setter
    def digits(self, value: str) -> None:
        self._set("digits", _choose("digits", value, DIGITS))


def _choose(what: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise StoreError(StoreCode.SETTING_UNKNOWN, value=value, what=Action(what), allowed=", ".join(allowed))
    return value
