"""A small MBTiles file made in the test: PNG tiles painted with Qt, written into SQLite by hand."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage


def png_tile(colour: str, size: int = 256) -> bytes:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def xyz_colour(zoom: int, x: int, y: int) -> str:
    """Each tile its own colour, so a test sees which tile was drawn where."""
    return QColor.fromHsv((zoom * 97 + x * 41 + y * 13) % 360, 200, 220).name()


def make_mbtiles(path: Path, zooms: tuple[int, ...] = (0, 1, 2), metadata: dict[str, str] | None = None) -> Path:
    """Every tile of ``zooms``, stored in TMS rows (row 0 at the south) as the format requires."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)")
    meta = {"name": "Test basemap", "format": "png", "bounds": "-180,-85,180,85",
            "attribution": '<a href="https://example.org">© Test mappers</a>'}
    meta.update(metadata or {})
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", list(meta.items()))
    for zoom in zooms:
        count = 1 << zoom
        for x in range(count):
            for y in range(count):
                conn.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)",
                             (zoom, x, count - 1 - y, png_tile(xyz_colour(zoom, x, y))))
    conn.commit()
    conn.close()
    return path
