"""Reading an MBTiles raster basemap (an SQLite file of map tiles) for the offline map.

The file is one the person chose (often copied from a USB stick, made by someone else), so it is
treated as hostile input: opened read-only through an SQLite URI (``mode=ro``; nothing is ever
written, not even a journal), checked to be an SQLite database before SQLite parses it, with
``trusted_schema`` off (views and triggers cannot call functions with side effects), bounded blob and
SQL lengths, and a progress handler that stops any statement running too long (a ``tiles`` view
built to loop). Tiles larger than ``TILE_MAX_BYTES`` are skipped as missing.

MBTiles stores rows in TMS order (row 0 at the south); the map asks in XYZ order (row 0 at the
north), so ``tile`` flips the row: ``tms_y = 2**zoom - 1 - y``.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from needsassess.errors.basemap_codes import BasemapCode, Reason
from needsassess.store.errors import StoreError

FILE_MAX_BYTES = 8 * 1024**3  # a country at zoom 14 in jpg fits; more is not a basemap for a laptop
TILE_MAX_BYTES = 2 * 1024**2
METADATA_MAX_ROWS = 200
METADATA_VALUE_MAX = 64 * 1024
MAX_ZOOM = 24
STEP_BUDGET = 2_000_000  # SQLite VM instructions per statement (a tile lookup takes a few hundred)
RASTER_FORMATS = ("png", "jpg", "jpeg", "webp")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_TAGS = re.compile(r"<[^>]{0,500}>")


@dataclass(frozen=True)
class Bounds:
    """West, south, east, north in degrees (WGS 84)."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class BasemapInfo:
    """What the map needs to know about a basemap: zooms, area, image format and credit."""

    path: Path
    name: str
    format: str
    min_zoom: int
    max_zoom: int
    bounds: Bounds | None
    attribution: str
    metadata: dict[str, str] = field(default_factory=dict)


def _refuse(path: Path, reason: str) -> StoreError:
    return StoreError(BasemapCode.HOSTILE, kind="refused", path=str(path), detail=Reason(reason))


def _not_mbtiles(path: Path, reason: str) -> StoreError:
    return StoreError(BasemapCode.NOT_MBTILES, kind="refused", path=str(path), detail=Reason(reason))


class MBTiles:
    """An open, read-only MBTiles file; ``tile(z, x, y)`` in XYZ order. Close it when done.

    One connection, used under a lock, so the map may read tiles from a worker thread as well.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._steps = 0
        self._check_file()
        try:
            self._conn = sqlite3.connect(f"file:{quote(str(self.path.resolve()))}?mode=ro", uri=True,
                                         check_same_thread=False)
        except sqlite3.Error as err:
            raise StoreError(BasemapCode.NOT_FOUND, kind="not_found", path=str(self.path),
                             detail=str(err)) from err
        try:
            self._harden()
            self.info = self._read_info()
        except BaseException:
            self._conn.close()
            raise

    # -- opening -------------------------------------------------------------------------------
    def _check_file(self) -> None:
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as handle:
                head = handle.read(len(_SQLITE_MAGIC))
        except OSError as err:
            raise StoreError(BasemapCode.NOT_FOUND, kind="not_found", path=str(self.path),
                             detail=err.strerror or str(err)) from err
        if not self.path.is_file() or head != _SQLITE_MAGIC:
            raise _not_mbtiles(self.path, "it is not an SQLite database")
        if size > FILE_MAX_BYTES:
            raise StoreError(BasemapCode.TOO_LARGE, kind="refused", path=str(self.path),
                             what=Reason("file size in bytes"), value=size, limit=FILE_MAX_BYTES)

    def _harden(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, TILE_MAX_BYTES * 2)
        conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 100_000)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
        conn.set_progress_handler(self._tick, 1000)

    def _tick(self) -> int:
        self._steps += 1000
        return 1 if self._steps > STEP_BUDGET else 0

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        """One bounded statement; a damaged or looping file is refused with a message."""
        with self._lock:
            self._steps = 0
            try:
                return list(self._conn.execute(sql, params).fetchmany(METADATA_MAX_ROWS + 1))
            except sqlite3.OperationalError as err:
                if "interrupted" in str(err):
                    raise _refuse(self.path, "reading it takes too long") from err
                if "unsafe use" in str(err):
                    raise _refuse(self.path, "its tables run code when read") from err
                if "no such table" in str(err) or "no such column" in str(err):
                    raise _not_mbtiles(self.path, "it has no tiles table") from err
                raise _refuse(self.path, "the database is damaged") from err
            except sqlite3.DatabaseError as err:
                raise _not_mbtiles(self.path, "the database is damaged") from err

    def _read_info(self) -> BasemapInfo:
        names = {str(row[0]) for row in self._query(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name IN ('tiles', 'metadata')")}
        if "tiles" not in names:
            raise _not_mbtiles(self.path, "it has no tiles table")
        if "metadata" not in names:
            raise _not_mbtiles(self.path, "it has no metadata table")
        rows = self._query("SELECT name, value FROM metadata")
        if len(rows) > METADATA_MAX_ROWS:
            raise StoreError(BasemapCode.TOO_LARGE, kind="refused", path=str(self.path), what=Reason("metadata rows"),
                             value=f"> {METADATA_MAX_ROWS}", limit=METADATA_MAX_ROWS)
        metadata: dict[str, str] = {}
        for name, value in rows:
            text = "" if value is None else str(value)
            if len(text) > METADATA_VALUE_MAX:
                raise StoreError(BasemapCode.TOO_LARGE, kind="refused", path=str(self.path),
                                 what=Reason("metadata value length"), value=len(text), limit=METADATA_VALUE_MAX)
            metadata[str(name)] = text
        image_format = metadata.get("format", "png").strip().lower() or "png"
        if image_format not in RASTER_FORMATS:
            raise StoreError(BasemapCode.VECTOR_TILES, kind="refused", path=str(self.path),
                             format=image_format[:20])
        zooms = self._query("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles")
        low, high = zooms[0] if zooms else (None, None)
        if low is None or high is None:
            raise _not_mbtiles(self.path, "it has no tiles")
        if not (isinstance(low, int) and isinstance(high, int) and 0 <= low <= high <= MAX_ZOOM):
            raise _refuse(self.path, "its zoom levels are out of range")
        return BasemapInfo(
            path=self.path, name=metadata.get("name", self.path.stem)[:200], format=image_format,
            min_zoom=low, max_zoom=high, bounds=_bounds(metadata.get("bounds", "")),
            attribution=_plain(metadata.get("attribution", ""))[:300], metadata=metadata)

    # -- reading -------------------------------------------------------------------------------
    def tile(self, zoom: int, x: int, y: int) -> bytes | None:
        """The image bytes of tile (zoom, x, y) in XYZ order (y = 0 at the north), or None."""
        if not 0 <= zoom <= MAX_ZOOM or not (0 <= x < 1 << zoom and 0 <= y < 1 << zoom):
            return None
        tms_y = (1 << zoom) - 1 - y
        try:
            rows = self._query("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND "
                               "tile_row = ? LIMIT 1", (zoom, x, tms_y))
        except StoreError:
            return None  # one bad tile (too long, damaged page) leaves a hole, not a broken map
        if not rows or not isinstance(rows[0][0], bytes) or len(rows[0][0]) > TILE_MAX_BYTES:
            return None
        return rows[0][0]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> MBTiles:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _bounds(text: str) -> Bounds | None:
    """``bounds`` metadata ("west,south,east,north"), or None when absent or impossible."""
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        return None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        return None
    return Bounds(west, south, east, north)


def _plain(text: str) -> str:
    """Attribution without its HTML (MBTiles often carries ``<a href=…>© OpenStreetMap</a>``)."""
    return " ".join(_TAGS.sub("", text).replace("&copy;", "©").replace("&amp;", "&").split())
