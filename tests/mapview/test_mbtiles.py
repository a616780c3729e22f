"""store.mbtiles reads a generated MBTiles file (XYZ over TMS rows, zooms, metadata) and refuses bad ones."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from needsassess.errors.basemap_codes import BasemapCode
from needsassess.store import StoreError
from needsassess.store import mbtiles as mbtiles_module
from needsassess.store.mbtiles import MBTiles
from tests.mapview.mbtiles_helpers import make_mbtiles, png_tile, xyz_colour


def _colour(data: bytes | None) -> str:
    assert data is not None
    image = QImage.fromData(data)
    return image.pixelColor(10, 10).name()


def test_reads_tiles_in_xyz_order_with_metadata(qapp, tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "base.mbtiles", zooms=(1, 2, 3))
    with MBTiles(path) as basemap:
        info = basemap.info
        assert (info.min_zoom, info.max_zoom) == (1, 3)
        assert info.format == "png" and info.name == "Test basemap"
        assert info.attribution == "© Test mappers"  # HTML stripped
        assert info.bounds is not None and info.bounds.north == 85
        # y = 0 is the northern row in XYZ, the last TMS row: the flip is what makes this colour match
        for zoom, x, y in ((1, 0, 0), (2, 1, 3), (3, 5, 2), (3, 7, 0)):
            assert _colour(basemap.tile(zoom, x, y)) == QColor(xyz_colour(zoom, x, y)).name()
        assert _colour(basemap.tile(2, 1, 0)) != _colour(basemap.tile(2, 1, 3))
        assert basemap.tile(0, 0, 0) is None  # below its zooms
        assert basemap.tile(2, 4, 0) is None  # outside the world
    assert path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_opened_read_only(qapp, tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "base.mbtiles", zooms=(0,))
    before = path.read_bytes()
    with MBTiles(path) as basemap, pytest.raises(sqlite3.OperationalError):
        basemap._conn.execute("DELETE FROM tiles")
    assert path.read_bytes() == before
    assert not (tmp_path / "base.mbtiles-journal").exists()


def _code(err: pytest.ExceptionInfo[StoreError]) -> str | None:
    return err.value.code


def test_not_sqlite_refused(tmp_path: Path) -> None:
    path = tmp_path / "fake.mbtiles"
    path.write_bytes(b"PK\x03\x04 not a database" * 10)
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.NOT_MBTILES.code
    assert "SQLite" in err.value.text("en")
    assert "SQLite डाटाबेस होइन" in err.value.text("ne")
    assert "maʼlumotlar bazasi emas" in err.value.text("uz")


def test_missing_file_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as err:
        MBTiles(tmp_path / "gone.mbtiles")
    assert _code(err) == BasemapCode.NOT_FOUND.code


def test_sqlite_without_tiles_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.NOT_MBTILES.code


def test_vector_tiles_refused(qapp, tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "vector.mbtiles", zooms=(0,), metadata={"format": "pbf"})
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.VECTOR_TILES.code
    assert "pbf" in err.value.text("uz")


def test_looping_view_refused_quickly(tmp_path: Path) -> None:
    """A ``tiles`` view that never ends is stopped by the step budget, not left to hang the window."""
    path = tmp_path / "loop.mbtiles"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE VIEW tiles AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n) "
                 "SELECT 0 AS zoom_level, 0 AS tile_column, 0 AS tile_row, x'00' AS tile_data, i FROM n")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.HOSTILE.code
    assert "too long" in err.value.text("en")


def test_too_many_metadata_rows_refused(qapp, tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "meta.mbtiles", zooms=(0,))
    conn = sqlite3.connect(path)
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [(f"k{i}", "v") for i in range(500)])
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.TOO_LARGE.code


def test_oversized_file_and_tile(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_mbtiles(tmp_path / "big.mbtiles", zooms=(0,))
    monkeypatch.setattr(mbtiles_module, "FILE_MAX_BYTES", 1000)
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.TOO_LARGE.code
    monkeypatch.undo()
    monkeypatch.setattr(mbtiles_module, "TILE_MAX_BYTES", len(png_tile("#ffffff")) - 1)
    with MBTiles(path) as basemap:
        assert basemap.tile(0, 0, 0) is None  # an oversized tile is a hole, not a crash


def test_bad_zoom_levels_refused(qapp, tmp_path: Path) -> None:
    path = make_mbtiles(tmp_path / "zoom.mbtiles", zooms=(0,))
    conn = sqlite3.connect(path)
    conn.execute("UPDATE tiles SET zoom_level = 99")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as err:
        MBTiles(path)
    assert _code(err) == BasemapCode.HOSTILE.code


def test_basemap_path_is_a_setting(tmp_path: Path) -> None:
    from needsassess.store import open_store

    with open_store(tmp_path / "data") as store:
        assert store.settings.basemap_path == ""
        store.settings.basemap_path = str(tmp_path / "x.mbtiles")
    with open_store(tmp_path / "data") as store:
        assert store.settings.basemap_path == str(tmp_path / "x.mbtiles")
