"""The map's boundaries layer: the shipped country and province outlines (Natural Earth).

With no MBTiles basemap it is the basemap: sea, land and country borders, and province borders
from zoom 5. Over a basemap it draws the borders alone, as thin outlines. The outlines come from
``needsassess.geo.boundaries`` (read on first paint); each ring is projected to Web Mercator once
per zoom (up to ``DETAIL_ZOOM``, past which the data has no more detail and is scaled), thinned to
half a pixel, and kept as a QPolygonF with its bounding box. A paint draws the rings whose box is in
256-pixel tile (numbered as MBTiles tiles are) with the rings whose box crosses it, polygons filled
then polylines (a stroked QPainterPath with antialiasing costs ten times as much); tiles are kept, so
panning and repainting only copies images.
"""

from __future__ import annotations

import logging
import math
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF

from needsassess.errors import UserError
from needsassess.geo.boundaries import Area, Boundaries, BoundaryRing, load

log = logging.getLogger(__name__)

SEA = QColor("#d6e6f0")
LAND = QColor("#f6f4ee")
COUNTRY_BORDER = QColor("#7d848c")
REGION_BORDER = QColor("#a9b0b8")
OVER_BASEMAP = QColor("#4b5159")  # borders over a basemap's tiles: darker, to read on any colour
REGION_ZOOM = 5  # province borders from this zoom on (a country fills much of the view by then)
DETAIL_ZOOM = 9  # past this zoom the full data is drawn (it is simplified to about 1 km)
THIN_PX = 0.7  # points closer than this on the map are dropped
TILE_CACHE = 160  # drawn tiles kept (256 KB each)
PIECE = 64  # points per run of a stroked ring
PROJECT_ALL_ZOOM = 5  # below this zoom countries are drawn from their overview rings
COUNTRY_NAME = QColor("#5d646c")
REGION_NAME = QColor("#7d848c")
COUNTRY_LABEL_ZOOM, COUNTRY_LABEL_MAX_ZOOM = 3, 8
REGION_LABEL_ZOOM = 6
LABELS_MAX = 400  # names tried per level and paint (the largest areas first)
TILE = 256
MAX_LAT = 85.05112878  # Web Mercator's square world

Project = Callable[[float, float], tuple[float, float]]


@dataclass(frozen=True)
class _Ring:
    polygon: QPolygonF  # in world pixels at its band's zoom, closed: filled
    box: QRectF
    pieces: tuple[tuple[QPolygonF, QRectF], ...]  # the same line in short runs: stroked where in view


def _ring(points: list[QPointF]) -> _Ring:
    polygon = QPolygonF(points)
    pieces = []
    for start in range(0, len(points) - 1, PIECE):
        piece = QPolygonF(points[start : start + PIECE + 1])  # runs share their end points
        pieces.append((piece, piece.boundingRect()))
    return _Ring(polygon, polygon.boundingRect(), tuple(pieces))


class _Caches:
    """Rings in world pixels per zoom band, rings in Web Mercator, and drawn tiles: the same for every
    map (one projection, one palette), so a map opened later, such as the drawing dialog's, draws at
    once what an earlier one already made."""

    def __init__(self) -> None:
        self.countries: dict[tuple[int, int], list[_Ring]] = {}  # (zoom band, country index) -> rings
        self.regions: dict[tuple[int, int], list[_Ring]] = {}  # (zoom band, region index) -> rings
        self.tiles: dict[tuple[int, int, int, bool], QImage] = {}
        self.mercator: dict[BoundaryRing, tuple[array[float], array[float]]] = {}


_SHARED: dict[int, tuple[Boundaries, _Caches]] = {}  # id of the data -> (the data, kept alive; its caches)


def _shared(boundaries: Boundaries) -> _Caches:
    found = _SHARED.get(id(boundaries))
    if found is None or found[0] is not boundaries:
        found = (boundaries, _Caches())
        _SHARED[id(boundaries)] = found
    return found[1]


class BoundaryLayer:
    """Draws the outlines onto the map; ``draw`` is called from the map's paint."""

    def __init__(self, unproject: Project, boundaries: Callable[[], Boundaries] = load) -> None:
        self._unproject = unproject
        self._source = boundaries
        self._boundaries: Boundaries | None = None
        self._failed = False
        self._caches = _Caches()  # shared by every map once the data is read (``_shared``)
        self.attribution = ""

    def available(self) -> bool:
        """True once the data is read; False (and the map keeps its graticule) when it cannot be."""
        if self._boundaries is None and not self._failed:
            try:
                self._boundaries = self._source()
                self.attribution = self._boundaries.attribution
                self._caches = _shared(self._boundaries)
            except UserError as err:
                log.warning("boundaries not drawn: %s", err)
                self._failed = True
        return self._boundaries is not None

    def loaded(self) -> Boundaries | None:
        return self._boundaries if self.available() else None

    # -- rings ---------------------------------------------------------------------------------
    def _projected(self, ring: BoundaryRing) -> tuple[array[float], array[float]]:
        """The ring in normalised Web Mercator, projected once for every zoom."""
        found = self._caches.mercator.get(ring)
        if found is None:
            found = _mercator(*ring.points())
            self._caches.mercator[ring] = found
        return found

    def _rings(self, area: Area, band: int) -> list[_Ring]:
        """The area's rings in world pixels at zoom ``band``, thinned to about ``THIN_PX``.

        Far out (below ``PROJECT_ALL_ZOOM``) a country's overview rings (about 10 km) are drawn, a
        tenth of the points; each ring is projected once for every zoom.
        """
        size = float(TILE << band)
        found = []
        for ring in area.overview if band < PROJECT_ALL_ZOOM else area.rings:
            xs, ys = self._projected(ring)
            kept: list[QPointF] = []
            last_x = last_y = -1e9
            for x, y in zip(xs, ys, strict=True):
                x, y = x * size, y * size
                if abs(x - last_x) >= THIN_PX or abs(y - last_y) >= THIN_PX:
                    kept.append(QPointF(x, y))
                    last_x, last_y = x, y
            if len(kept) >= 3:
                kept.append(kept[0])
                found.append(_ring(kept))
        return found

    def _visible(
        self,
        areas: tuple[Area, ...],
        cache: dict[tuple[int, int], list[_Ring]],
        band: int,
        view: tuple[float, float, float, float],
    ) -> list[_Ring]:
        """The rings of the areas whose box crosses ``view`` (degrees), each area made once per band."""
        found: list[_Ring] = []
        for n, area in enumerate(areas):
            if area.box_overlaps(*view):
                if (band, n) not in cache:
                    cache[(band, n)] = self._rings(area, band)
                found += cache[(band, n)]
        return found

    def country_rings(self, band: int, view: tuple[float, float, float, float]) -> list[_Ring]:
        assert self._boundaries is not None
        return self._visible(self._boundaries.countries, self._caches.countries, band, view)

    def region_rings(self, band: int, view: tuple[float, float, float, float]) -> list[_Ring]:
        assert self._boundaries is not None
        return self._visible(self._boundaries.regions, self._caches.regions, band, view)

    # -- painting ------------------------------------------------------------------------------
    def draw(self, painter: QPainter, zoom: int, origin: QPointF, size: tuple[int, int], *, filled: bool) -> bool:
        """Paint the layer's tiles over the widget. ``origin`` is where the world's top-left corner is
        drawn (widget pixels), ``size`` the widget's. ``filled``: sea and land too (the layer is the
        basemap), else transparent tiles with the borders alone. False when the data could not be read.
        """
        if not self.available():
            return False
        width, height = size
        if filled:
            painter.fillRect(QRectF(0, 0, width, height), SEA)
        count = 1 << zoom
        first_x, last_x = math.floor(-origin.x() / TILE), math.floor((width - origin.x()) / TILE)
        first_y = max(0, math.floor(-origin.y() / TILE))
        last_y = min(count - 1, math.floor((height - origin.y()) / TILE))
        for ty in range(first_y, last_y + 1):
            for tx in range(first_x, last_x + 1):
                tile = self.tile(zoom, tx % count, ty, filled)
                painter.drawImage(QPointF(origin.x() + tx * TILE, origin.y() + ty * TILE), tile)
        return True

    def tile(self, zoom: int, tx: int, ty: int, filled: bool) -> QImage:
        """One 256-pixel tile of the layer (as MBTiles number them), drawn once and kept."""
        key = (zoom, tx, ty, filled)
        found = self._caches.tiles.get(key)
        if found is not None:
            return found
        image = QImage(TILE, TILE, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(SEA if filled else QColor(0, 0, 0, 0))
        count = float(1 << zoom)
        north, west = self._unproject(tx / count, ty / count)
        south, east = self._unproject((tx + 1) / count, (ty + 1) / count)
        margin = 2.0 * 360.0 / (TILE * count)  # a border just outside still strokes into the tile
        box = (south - margin, west - margin, north + margin, east + margin)
        band = min(zoom, DETAIL_ZOOM)
        scale = float(1 << (zoom - band))
        # the tile in band pixels, with room for a line's width: rings off it are not drawn
        seen = QRectF(tx * TILE / scale - 2, ty * TILE / scale - 2, TILE / scale + 4, TILE / scale + 4)
        countries = [r for r in self.country_rings(band, box) if r.box.intersects(seen)]
        regions = [r for r in self.region_rings(band, box) if r.box.intersects(seen)] if zoom >= REGION_ZOOM else []
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(-tx * TILE, -ty * TILE)
        painter.scale(scale, scale)
        if filled:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(LAND)
            for ring in countries:
                painter.drawPolygon(ring.polygon)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        region_pen = QPen(REGION_BORDER if filled else OVER_BASEMAP, 0.8, Qt.PenStyle.DashLine)
        region_pen.setCosmetic(True)  # widths in pixels whatever the scale
        painter.setPen(region_pen)
        for ring in regions:
            _stroke(painter, ring, seen)
        country_pen = QPen(COUNTRY_BORDER if filled else OVER_BASEMAP, 1.2 if filled else 1.5)
        country_pen.setCosmetic(True)
        painter.setPen(country_pen)
        for ring in countries:
            _stroke(painter, ring, seen)
        painter.end()
        tiles = self._caches.tiles
        if len(tiles) >= TILE_CACHE:
            tiles.pop(next(iter(tiles)))
        tiles[key] = image
        return image


def _mercator(lons: Sequence[float], lats: Sequence[float]) -> tuple[array[float], array[float]]:
    """Longitudes and latitudes in normalised Web Mercator (0..1, y down)."""
    return array("d", [(lon + 180.0) / 360.0 for lon in lons]), array(
        "d",
        [0.5 - math.asinh(math.tan(math.radians(max(-MAX_LAT, min(MAX_LAT, lat))))) / (2 * math.pi) for lat in lats],
    )


def _stroke(painter: QPainter, ring: _Ring, seen: QRectF) -> None:
    """The ring's runs that cross ``seen`` (Qt would process every point of a long ring per tile)."""
    for piece, box in ring.pieces:
        if box.intersects(seen):
            painter.drawPolyline(piece)


class BoundaryLabels:
    """Country names (zoom 3 to 8) and province names (from zoom 6) at their label points.

    Drawn over the tiles, not into them, so a name is never cut at a tile's edge. A name is written
    only where its area is wider on screen than the name and where it overlaps no name already
    written (countries first, larger areas first).
    """

    def __init__(self, layer: BoundaryLayer) -> None:
        self._layer = layer
        self.language = "en"
        self.drawn: list[str] = []  # the names the last paint wrote

    def draw(
        self,
        painter: QPainter,
        zoom: int,
        to_screen: Callable[[float, float], QPointF],
        view: tuple[float, float, float, float],
        font: QFont,
    ) -> None:
        self.drawn = []
        boundaries = self._layer.loaded()
        if boundaries is None or zoom < COUNTRY_LABEL_ZOOM:
            return
        taken: list[QRectF] = []
        painter.save()
        country_font = QFont(font)
        country_font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        country_font.setBold(True)
        region_font = QFont(font)
        region_font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        region_font.setItalic(True)
        if zoom <= COUNTRY_LABEL_MAX_ZOOM:
            self._names(painter, boundaries.countries, to_screen, view, country_font, COUNTRY_NAME, taken)
        if zoom >= REGION_LABEL_ZOOM:
            self._names(painter, boundaries.regions, to_screen, view, region_font, REGION_NAME, taken)
        painter.restore()

    def _names(
        self,
        painter: QPainter,
        areas: Sequence[Area],
        to_screen: Callable[[float, float], QPointF],
        view: tuple[float, float, float, float],
        font: QFont,
        colour: QColor,
        taken: list[QRectF],
    ) -> None:
        south, west, north, east = view
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        halo = QPen(QColor(255, 255, 255, 200), 3.0)
        device = painter.device()
        shown = QRectF(0, 0, device.width(), device.height()) if device is not None else QRectF()
        in_view = [a for a in areas if south <= a.label[0] <= north and west <= a.label[1] <= east]
        in_view.sort(key=lambda a: (a.east - a.west) * (a.north - a.south), reverse=True)
        for area in in_view[:LABELS_MAX]:
            name = area.name_in(self.language)
            width = metrics.horizontalAdvance(name)
            left, right = to_screen(area.north, area.west), to_screen(area.south, area.east)
            if right.x() - left.x() < width + 8 or right.y() - left.y() < metrics.height():
                continue  # the area is smaller on screen than its name
            at = to_screen(*area.label)
            box = QRectF(at.x() - width / 2, at.y() - metrics.height() / 2, width, metrics.height())
            if not shown.contains(box) or any(box.intersects(other) for other in taken):
                continue
            taken.append(box.adjusted(-4, -2, 4, 2))
            self.drawn.append(name)
            path = QPainterPath()
            path.addText(QPointF(box.left(), box.top() + metrics.ascent()), font, name)
            painter.strokePath(path, halo)
            painter.fillPath(path, colour)
