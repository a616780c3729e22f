"""Which database schema this program writes, and which one a data folder's database has.

For ``needsassess --version`` and Help → About: an IT officer checking a laptop after an upgrade sees
whether the data folder is at this program's schema or will be upgraded (after a backup) at the next
start. Reading only: the file is opened read-only and never migrated here.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from needsassess.store.connection import DATABASE_NAME
from needsassess.store.migrate import script_heads


def program_schema() -> str:
    """The schema this program migrates to: its migration heads, e.g. ``0002, 0102, 0202``."""
    return ", ".join(sorted(script_heads()))


def folder_schema(data_dir: Path) -> str | None:
    """The schema of the SQLite database in ``data_dir``; None when there is none yet.

    ``"unreadable"`` when the file cannot be read as a needsassess database (the store, when it
    opens the folder, says exactly why).
    """
    path = data_dir / DATABASE_NAME
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=2)
    except sqlite3.Error:
        return "unreadable"
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.Error:
        return "unreadable"
    finally:
        conn.close()
    return ", ".join(sorted(str(row[0]) for row in rows)) or "unreadable"
