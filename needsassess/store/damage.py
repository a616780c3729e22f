"""Finding damaged database pages: a cheap check at every open, a full one on demand or in the background.

A disk or USB stick that corrupts a few pages does not make SQLite fail until those pages are read,
so a store that only looked after an unclean exit kept writing into a damaged file. Now every open
checks the file's header (magic, page size, whole pages) and, for a file up to OPEN_CHECK_BYTES,
runs ``PRAGMA quick_check`` over every page (about 75 ms for 27 MB). A larger file is left to the
full check: SQLite walks all b-trees in one step of its virtual machine, so a time budget cannot
stop it part-way (measured: 345 ms at open for 265 MB, bench/bench_durability.py). After an unclean
exit the quick check runs whatever the size, as before.
``full_check`` (``PRAGMA integrity_check``) runs on demand (``needsassess check``) and in the window's
background after it opens. Whatever finds damage makes the store refuse every write
(``AssessmentStore.refuse_writes``, NA-STORE-701): reading what is left stays possible. The finding
is noted in ``private/damaged`` (with the file's identity), so the commands that follow refuse
writes too, even on a file too large for the open check; another file in its place (a backup
restored) or a sound full check (``check``, the window) drops the note.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import Engine

from needsassess.fileio import write_atomic
from needsassess.store.errors import classify
from needsassess.store.staging import PRIVATE_DIR, private_dir

OPEN_CHECK_BYTES = 32 * 2**20
_MAGIC = b"SQLite format 3\x00"
_MAX_FINDINGS = 20
# In private/: JSON {"file": [device, inode], "findings"}. The file's identity, not its size or time:
# closing a store may checkpoint the WAL into a damaged file, and the note must outlive that.
DAMAGE_NOTE = "damaged"


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


def quick_check(engine: Engine, seconds: float | None = None) -> list[str] | None:
    """SQLite's findings (empty when sound), or None when ``seconds`` ran out (checked between
    steps of SQLite's virtual machine, so only roughly)."""
    return _check(engine, "quick_check", seconds)


def full_check(engine: Engine) -> list[str]:
    """``PRAGMA integrity_check`` over every page and index: SQLite's findings, empty when sound."""
    found = _check(engine, "integrity_check", None)
    assert found is not None
    return found


def database_file(engine: Engine) -> Path:
    """The SQLite file of ``engine`` (also when opened through an ``immutable`` URI)."""
    name = str(engine.url.database)
    return Path(unquote(name.removeprefix("file:").split("?")[0]) if name.startswith("file:") else name)


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
    """The damage noted earlier or found by the cheap open check (``thorough``: quick_check whatever
    the size), else []. Damage found now is noted for the commands that follow."""
    noted = noted_damage(db_path)
    if noted:
        return noted
    problem = header_problem(db_path)
    found = [problem] if problem is not None else []
    if not found and (thorough or db_path.stat().st_size <= OPEN_CHECK_BYTES):
        found = quick_check(engine) or []
    if found:
        note_damage(db_path, found)
    return found


def note_damage(db_path: Path, findings: list[str]) -> None:
    """Remember damage found in ``db_path`` (best effort: a read-only folder keeps no note)."""
    info = db_path.stat()
    body = {"file": [info.st_dev, info.st_ino], "findings": findings[:_MAX_FINDINGS]}
    with contextlib.suppress(OSError):
        write_atomic(private_dir(db_path.parent) / DAMAGE_NOTE, json.dumps(body).encode())


def forget_damage(db_path: Path) -> None:
    with contextlib.suppress(OSError):
        (db_path.parent / PRIVATE_DIR / DAMAGE_NOTE).unlink(missing_ok=True)


def noted_damage(db_path: Path) -> list[str]:
    """The findings noted for this very file; [] (and the note dropped) once another file is there."""
    note = db_path.parent / PRIVATE_DIR / DAMAGE_NOTE
    try:
        if note.stat().st_size > 1 << 20:
            raise ValueError("oversized")
        body = json.loads(note.read_text(encoding="utf-8"))
        info = db_path.stat()
        same = body.get("file") == [info.st_dev, info.st_ino]
        findings = [str(f) for f in body.get("findings", [])]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, AttributeError):
        same, findings = False, []
    if not same or not findings:
        forget_damage(db_path)
        return []
    return findings
