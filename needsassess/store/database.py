"""Which database a store uses: the SQLite file in the data folder, or a PostgreSQL hub.

A laptop in the field keeps its SQLite file. A coordinators' hub points every command and the
window at one PostgreSQL database with ``--db-url`` or ``NEEDSASSESS_DB_URL``
(``postgresql+psycopg://user@host/dbname?sslmode=verify-full``). The URL may carry a password: it
is only ever shown through ``safe_url``, which hides it. TLS and other driver settings in the query
string (``sslmode``, ``sslrootcert``, ``sslcert``, ``sslkey``, ``connect_timeout``, ...) go to the
driver (psycopg 3, libpq) unchanged, as do libpq's environment variables (``PGSSLMODE``,
``PGPASSFILE``...), so a password can also stay out of the URL in ``~/.pgpass``.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from needsassess.errors.store_codes import StoreCode
from needsassess.store.errors import StoreError

ENV_DB_URL = "NEEDSASSESS_DB_URL"
ENV_ATTACHMENTS_DIR = "NEEDSASSESS_ATTACHMENTS_DIR"
SQLITE, POSTGRESQL = "sqlite", "postgresql"
_EXAMPLE = "postgresql+psycopg://USER@HOST:5432/DBNAME"


def resolve_db_url(explicit: str | None = None) -> URL | None:
    """The database URL chosen by ``--db-url`` or ``NEEDSASSESS_DB_URL``; None for the data folder's file."""
    text = explicit or os.environ.get(ENV_DB_URL) or ""
    return parse_db_url(text) if text.strip() else None


def parse_db_url(text: str) -> URL:
    """A checked URL: SQLite (a file) or PostgreSQL through psycopg 3; anything else is refused."""
    try:
        url = make_url(text.strip())
    except ArgumentError:
        # The text may hold a password: say what is wrong without repeating it.
        raise StoreError(StoreCode.URL_UNREADABLE, kind="refused", example=_EXAMPLE) from None
    backend, driver = url.get_backend_name(), url.get_driver_name()
    if backend == POSTGRESQL:
        if driver not in ("psycopg", "psycopg2") and "+" in url.drivername:
            raise _unsupported(url)
        return url.set(drivername="postgresql+psycopg")
    if backend == SQLITE:
        if not url.database or url.database == ":memory:":
            raise StoreError(StoreCode.URL_SQLITE_NO_FILE, kind="refused")
        return url
    raise _unsupported(url)


def _unsupported(url: URL) -> StoreError:
    return StoreError(
        StoreCode.URL_DRIVER, kind="refused", url=safe_url(url), driver=url.drivername, example=_EXAMPLE
    )


def safe_url(url: URL | str) -> str:
    """The URL as it may be printed or logged: the password replaced by ``***``."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except ArgumentError:
            return "<database URL>"
    return url.render_as_string(hide_password=True)


def is_postgresql(url: URL | None) -> bool:
    return url is not None and url.get_backend_name() == POSTGRESQL


def sqlite_file(url: URL) -> Path:
    return Path(str(url.database)).expanduser().resolve()


def attachments_dir_from_env(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder for photos chosen explicitly for a PostgreSQL hub (None: photos in the database)."""
    text = os.fspath(explicit) if explicit else os.environ.get(ENV_ATTACHMENTS_DIR, "")
    return Path(text).expanduser().resolve() if text else None
