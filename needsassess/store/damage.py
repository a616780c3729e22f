"""Finding damaged database pages: a cheap check at every open, a full one on demand or in the background.

A disk or USB stick that corrupts a few pages does not make SQLite fail until those pages are read,
so a store that only looked after an unclean exit kept writing into a damaged file. Now every open
checks the file's header (magic, page size, whole pages) and runs ``PRAGMA quick_check`` under a
time budget (OPEN_CHECK_SECONDS: a small database is checked whole; a large one as far as the budget
goes, the rest by the full check). After an unclean exit the quick check runs to the end, as before.
``full_check`` (``PRAGMA integrity_check``) runs on demand (``needsassess check``) and in the window's
background after it opens. Whatever finds damage makes the store refuse every write
(``AssessmentStore.refuse_writes``, NA-STORE-701): reading what is left stays possible.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from sqlalchemy import Engine

from needsassess.store.errors import classify

OPEN_CHECK_SECONDS = 0.25
_MAGIC = b"SQLite format 3\x00"
_MAX_FINDINGS = 20


def header_problem(db_path: Path) -> str | None:
    """What is wrong with the file's first page header and size, or None."""
    with db_path.open("rb") as handle:
        header = handle.read(100)
    size = db_path.stat().st_size
    if size == 0:
        return None  # a new file, not yet written
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "the file does not start with the SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"impossible page size {page_size}"
    if size % page_size:
        return f"the file ({size} bytes) is not a whole number of {page_size}-byte pages"
    return None


def quick_check(engine: Engine, seconds: float | None = OPEN_CHECK_SECONDS) -> list[str] | None:
    """SQLite's findings (empty when sound), or None when ``seconds`` ran out before the end."""
    return _check(engine, "quick_check", seconds)


def full_check(engine: Engine) -> list[str]:
    """``PRAGMA integrity_check`` over every page and index: SQLite's findings, empty when sound."""
    found = _check(engine, "integrity_check", None)
    assert found is not None
    return found


def page_count(engine: Engine) -> int:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        return int(raw.execute("PRAGMA page_count").fetchone()[0])


def _check(engine: Engine, pragma: str, seconds: float | None) -> list[str] | None:
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        deadline = time.monotonic() + seconds if seconds is not None else None
        if deadline is not None:
            raw.set_progress_handler(lambda: time.monotonic() > deadline, 2000)
        try:
            rows = [str(r[0]) for r in raw.execute(f"PRAGMA {pragma}({_MAX_FINDINGS})").fetchall()]
        except sqlite3.OperationalError as err:
            if "interrupted" in str(err):
                return None
            if classify(err) != "corrupt":
                raise
            rows = [str(err)]
        except sqlite3.DatabaseError as err:  # "database disk image is malformed" on reading a page
            if classify(err) != "corrupt":
                raise
            rows = [str(err)]
        finally:
            raw.set_progress_handler(None, 0)
            if raw.in_transaction:
                raw.rollback()
    return [] if rows == ["ok"] else rows


def damage_at_open(engine: Engine, db_path: Path, thorough: bool) -> list[str]:
    """The damage found by the cheap open check (``thorough``: quick_check to the end), else []."""
    problem = header_problem(db_path)
    if problem is not None:
        return [problem]
    return quick_check(engine, None if thorough else OPEN_CHECK_SECONDS) or []
