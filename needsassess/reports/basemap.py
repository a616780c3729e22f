"""The raster under a printed map: the chosen MBTiles basemap's tiles, stitched and cut to the frame.

The tiles of the zoom level that prints at about 144 dpi (within the file's zooms) are decoded with
Pillow, pasted into one image in their places, and the image is cut to the frame: ReportLab then draws
one picture, clipped to the map's rectangle, with no hairline seams between tiles. A tile that is
missing, damaged or larger than a tile may be (checked from its header, before it is decoded) leaves a
light hole; a frame no tile of the file reaches gets no basemap (the map draws its graticule) and no
attribution.

The file is the person's choice (``settings.basemap_path``), read through :class:`store.mbtiles.MBTiles`
with its limits for hostile files. A file that cannot be opened is reported and the maps print without it.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

from needsassess.errors import UserError
from needsassess.reports.mapframe import TILE_PIXELS, MapFrame
from needsassess.store.mbtiles import MBTiles

MAX_TILES = 64  # per map: a frame needs about 12 at the chosen zoom; more means the file lacks that zoom
MAX_TILE_SIDE = 1024  # pixels; a tile claiming more is skipped before it is decoded
HOLE = (236, 239, 243)


@dataclass(frozen=True)
class BasemapImage:
    """JPEG bytes covering the whole frame, and the basemap's credit."""

    jpeg: bytes
    attribution: str
    name: str
    zoom: int
    tiles: int  # tiles drawn


def open_basemap(path: str) -> tuple[MBTiles | None, str]:
    """The chosen basemap, or None and the reason it cannot be used ("" when none is chosen)."""
    if not path:
        return None, ""
    try:
        return MBTiles(path), ""
    except UserError as err:
        return None, f"[{err.code}] {err}" if err.code else str(err)


def _decode(data: bytes) -> Image.Image | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if max(image.size) > MAX_TILE_SIDE:
                return None
            image.load()
        return image.convert("RGB")
    except (
        UnidentifiedImageError,
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombWarning,
        Image.DecompressionBombError,
    ):
        return None


def render_basemap(basemap: MBTiles, frame: MapFrame, pixels_per_point: float = 2.0) -> BasemapImage | None:
    """The basemap cut to ``frame``, or None when no tile of the file falls in it."""
    info = basemap.info
    if info.bounds is not None:
        west, south, east, north = frame.bbox()
        b = info.bounds
        if b.east < west or b.west > east or b.north < south or b.south > north:
            return None
    zoom = max(info.min_zoom, min(info.max_zoom, frame.tile_zoom(pixels_per_point)))
    world = TILE_PIXELS * (1 << zoom)
    left, right = frame.left * world, frame.right * world
    top, bottom = frame.top * world, frame.bottom * world
    count = 1 << zoom
    x0, x1 = max(0, math.floor(left / TILE_PIXELS)), min(count - 1, math.floor(right / TILE_PIXELS))
    y0, y1 = max(0, math.floor(top / TILE_PIXELS)), min(count - 1, math.floor(bottom / TILE_PIXELS))
    if x1 < x0 or y1 < y0 or (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_TILES:
        return None
    mosaic = Image.new("RGB", ((x1 - x0 + 1) * TILE_PIXELS, (y1 - y0 + 1) * TILE_PIXELS), HOLE)
    drawn = 0
    for x in range(x0, x1 + 1):
        for y in range(y0, y1 + 1):
            data = basemap.tile(zoom, x, y)
            tile = _decode(data) if data else None
            if tile is None:
                continue
            if tile.size != (TILE_PIXELS, TILE_PIXELS):
                tile = tile.resize((TILE_PIXELS, TILE_PIXELS), Image.Resampling.BILINEAR)
            mosaic.paste(tile, ((x - x0) * TILE_PIXELS, (y - y0) * TILE_PIXELS))
            drawn += 1
    if not drawn:
        return None
    box = (
        round(left - x0 * TILE_PIXELS),
        round(top - y0 * TILE_PIXELS),
        round(right - x0 * TILE_PIXELS),
        round(bottom - y0 * TILE_PIXELS),
    )
    # The frame may reach past the world's edge (near the poles or the antimeridian): pad with the hole.
    cut = Image.new("RGB", (max(1, box[2] - box[0]), max(1, box[3] - box[1])), HOLE)
    cut.paste(mosaic, (-box[0], -box[1]))
    target = (max(1, round(frame.width * pixels_per_point)), max(1, round(frame.height * pixels_per_point)))
    if cut.size[0] > target[0] * 1.5:
        cut = cut.resize(target, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    cut.save(out, "JPEG", quality=85)
    return BasemapImage(out.getvalue(), info.attribution, info.name, zoom, drawn)
