"""An offline map widget: Web Mercator, pan and zoom, a basemap or a graticule, points, lines, shapes.

Painted with QPainter (no web engine, no network). The view is a centre in normalised Web Mercator
coordinates (0..1 both ways, y down) and an integer zoom (256 × 2**zoom pixels around the world), the
same tiling as MBTiles, so basemap tiles are drawn unscaled. Without a basemap the shipped country
and province outlines are the basemap (``ui.map_boundaries``: sea, land, borders) under a
latitude/longitude graticule; over a basemap they are drawn as outlines.

Layers are plain data given through a small API (``set_points``, ``add_line``, ``add_polygon``, all
in (lat, lon) degrees), so any question type with coordinates can be drawn. Points are projected once
when set; a paint only shifts and scales them, so 10,000 sites draw in a few tens of milliseconds
(bench/map_bench.py). A click (a press and release without dragging) on a point emits
``point_clicked`` with the point's key.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from needsassess.locale import Conventions
from needsassess.locale.measures import format_length
from needsassess.store.mbtiles import MBTiles
from needsassess.ui.i18n import current_language, interface_conventions
from needsassess.ui.map_boundaries import BoundaryLabels, BoundaryLayer

TILE = 256
MIN_ZOOM, MAX_ZOOM = 1, 19
MAX_LAT = 85.05112878  # Web Mercator's square world
EARTH_CIRCUMFERENCE_M = 40_075_016.686
CLICK_SLOP_PX = 4
HIT_RADIUS_PX = 9
POINT_RADIUS_PX = 6
TILE_CACHE = 256  # decoded tiles kept (~64 MB at most)
BACKGROUND = QColor("#eef1f4")
GRATICULE = QColor("#c5ccd3")


def project(lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) in degrees to normalised Web Mercator (x, y in 0..1, y = 0 at the north)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    sin = math.sin(math.radians(lat))
    x = (lon + 180.0) / 360.0
    y = 0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """Normalised Web Mercator back to (lat, lon) in degrees."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return lat, lon


@dataclass(frozen=True)
class MapPoint:
    """A marker: ``key`` is what a click reports; ``filled`` False draws a hollow ring."""

    key: str
    lat: float
    lon: float
    color: QColor
    filled: bool = True
    label: str = ""


@dataclass(frozen=True)
class _Path:
    points: tuple[tuple[float, float], ...]  # projected
    color: QColor
    closed: bool
    width: float


def nice_distance(metres: float) -> float:
    """The largest 1, 2 or 5 × 10^n metres not above ``metres`` (the scale bar's length)."""
    if metres <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    for step in (5, 2, 1):
        if step * power <= metres:
            return float(step * power)
    return float(power)


class MapView(QWidget):
    """The map; call ``set_points`` / ``add_line`` / ``add_polygon``, ``fit`` and ``set_basemap``."""

    point_clicked = Signal(str)
    view_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_view")
        self.setMinimumSize(200, 100)  # the list page must fit 1280x720 at 125 % with its filters
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.zoom = 2
        self.center = (0.5, 0.5)
        self._points: list[MapPoint] = []
        self._projected: list[tuple[float, float]] = []
        self._paths: list[_Path] = []
        self._basemap: MBTiles | None = None
        self._tiles: dict[tuple[int, int, int], QPixmap | None] = {}
        self._press: QPointF | None = None
        self._press_center = self.center
        self._dragged = False
        self.attribution = ""
        self.boundaries = BoundaryLayer(unproject)
        self.labels = BoundaryLabels(self.boundaries)  # names in the interface's language where the data has it
        self.show_boundaries = True
        self._outlined = False  # the last paint drew the boundaries (their credit is shown)
        self._build_buttons()
        self.retranslate_ui()

    def _build_buttons(self) -> None:
        self.zoom_in_button = QToolButton(self)
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button.setObjectName("map_zoom_in")
        self.zoom_out_button.setObjectName("map_zoom_out")
        for button, text in ((self.zoom_in_button, "+"), (self.zoom_out_button, "−")):
            button.setText(text)
            button.setFixedSize(30, 30)
            button.setAutoRaise(False)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(4)
        column.addWidget(self.zoom_in_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.zoom_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.labels.language = current_language()
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+ or the mouse wheel)"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (− or the mouse wheel)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.setAccessibleName(self.tr("Map"))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 400)

    # -- layers --------------------------------------------------------------------------------
    def set_points(self, points: Sequence[MapPoint]) -> None:
        self._points = list(points)
        self._projected = [project(p.lat, p.lon) for p in self._points]
        self.update()

    def points(self) -> list[MapPoint]:
        return list(self._points)

    def add_line(self, coordinates: Sequence[tuple[float, float]], color: QColor, width: float = 2.5) -> None:
        """A line through (lat, lon) points (a surveyed stream, a track)."""
        self._paths.append(_Path(tuple(project(a, b) for a, b in coordinates), QColor(color), False, width))
        self.update()

    def add_polygon(self, coordinates: Sequence[tuple[float, float]], color: QColor, width: float = 2.0) -> None:
        """A closed area through (lat, lon) points (a pit outline, a green belt), lightly filled."""
        self._paths.append(_Path(tuple(project(a, b) for a, b in coordinates), QColor(color), True, width))
        self.update()

    def clear_shapes(self) -> None:
        self._paths.clear()
        self.update()

    def set_basemap(self, basemap: MBTiles | None) -> None:
        """Draw tiles from ``basemap`` (None: the plain background); the previous one is closed."""
        if self._basemap is not None and self._basemap is not basemap:
            self._basemap.close()
        self._basemap = basemap
        self._tiles.clear()
        self.attribution = basemap.info.attribution if basemap else ""
        self.update()

    @property
    def boundaries_shown(self) -> bool:
        """The last paint drew the shipped outlines (the attribution then credits Natural Earth)."""
        return self._outlined

    @property
    def basemap(self) -> MBTiles | None:
        return self._basemap

    # -- the view ------------------------------------------------------------------------------
    def world_size(self) -> float:
        return float(TILE << self.zoom)

    def to_screen(self, lat: float, lon: float) -> QPointF:
        """Where (lat, lon) is drawn in widget pixels."""
        x, y = project(lat, lon)
        return self._screen(x, y)

    def _screen(self, x: float, y: float) -> QPointF:
        size = self.world_size()
        return QPointF((x - self.center[0]) * size + self.width() / 2, (y - self.center[1]) * size + self.height() / 2)

    def to_lat_lon(self, pos: QPointF) -> tuple[float, float]:
        size = self.world_size()
        return unproject(self.center[0] + (pos.x() - self.width() / 2) / size,
                         self.center[1] + (pos.y() - self.height() / 2) / size)

    def view_box(self) -> tuple[float, float, float, float]:
        """(south, west, north, east) in degrees of what the widget shows."""
        north, west = self.to_lat_lon(QPointF(0, 0))
        south, east = self.to_lat_lon(QPointF(self.width(), self.height()))
        return south, west, north, east

    def set_view(self, lat: float, lon: float, zoom: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._set_center(project(lat, lon))

    def _set_center(self, center: tuple[float, float]) -> None:
        self.center = (center[0] % 1.0, max(0.0, min(1.0, center[1])))
        self.update()
        self.view_changed.emit()

    def zoom_by(self, steps: int, anchor: QPointF | None = None) -> None:
        """Zoom in (steps > 0) or out, keeping the place under ``anchor`` (default: the centre) still."""
        new = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        if new == self.zoom:
            return
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        old_size = self.world_size()
        ax = self.center[0] + (anchor.x() - self.width() / 2) / old_size
        ay = self.center[1] + (anchor.y() - self.height() / 2) / old_size
        self.zoom = new
        size = self.world_size()
        self._set_center((ax - (anchor.x() - self.width() / 2) / size, ay - (anchor.y() - self.height() / 2) / size))

    def fit(self, margin_px: int = 40) -> None:
        """Show every point and shape, as close as the widget allows (a world view when empty)."""
        xs = [p[0] for p in self._projected] + [q[0] for path in self._paths for q in path.points]
        ys = [p[1] for p in self._projected] + [q[1] for path in self._paths for q in path.points]
        if not xs:
            self.zoom, self.center = 2, (0.5, 0.5)
            self.update()
            return
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        width, height = max(self.width() - 2 * margin_px, 50), max(self.height() - 2 * margin_px, 50)
        zoom = 15
        while zoom > MIN_ZOOM and (span_x * (TILE << zoom) > width or span_y * (TILE << zoom) > height):
            zoom -= 1
        self.zoom = zoom
        self._set_center(((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2))

    def metres_per_pixel(self) -> float:
        lat, _ = unproject(*self.center)
        return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat)) / self.world_size()

    def _placed(self, margin: float = POINT_RADIUS_PX) -> list[tuple[MapPoint, float, float]]:
        """Each visible point with where it is drawn; points on one spot fan out around it.

        Sites often share coordinates (several forms filled at one settlement); the n-th point on a
        spot goes on a sunflower spiral around it, so every one stays visible and clickable.
        """
        size, half_w, half_h = self.world_size(), self.width() / 2, self.height() / 2
        cx, cy = self.center
        right, bottom = self.width() + margin, self.height() + margin
        taken: dict[tuple[int, int], int] = {}
        placed: list[tuple[MapPoint, float, float]] = []
        step = 2.2 * POINT_RADIUS_PX
        for point, (x, y) in zip(self._points, self._projected, strict=True):
            sx, sy = (x - cx) * size + half_w, (y - cy) * size + half_h
            if not (-margin - 40 <= sx <= right + 40 and -margin - 40 <= sy <= bottom + 40):
                continue
            spot = (round(sx / 2), round(sy / 2))
            n = taken.get(spot, 0)
            taken[spot] = n + 1
            if n:
                angle, reach = n * 2.39996, step * math.sqrt(n)
                sx, sy = sx + reach * math.cos(angle), sy + reach * math.sin(angle)
            if -margin <= sx <= right and -margin <= sy <= bottom:
                placed.append((point, sx, sy))
        return placed

    def drawn_at(self, key: str) -> QPointF | None:
        """Where the point ``key`` is drawn now (after fanning out), or None when off the view."""
        return next((QPointF(x, y) for p, x, y in self._placed() if p.key == key), None)

    def point_at(self, pos: QPointF) -> MapPoint | None:
        """The point drawn nearest to ``pos`` within a finger's reach."""
        best: MapPoint | None = None
        best_d = float(HIT_RADIUS_PX * HIT_RADIUS_PX)
        for point, sx, sy in self._placed():
            dx, dy = sx - pos.x(), sy - pos.y()
            d = dx * dx + dy * dy
            if d <= best_d:
                best, best_d = point, d
        return best

    # -- input ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._press_center, self._dragged = event.position(), self.center, False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            delta = event.position() - self._press
            if self._dragged or abs(delta.x()) + abs(delta.y()) > CLICK_SLOP_PX:
                self._dragged = True
                size = self.world_size()
                self._set_center((self._press_center[0] - delta.x() / size, self._press_center[1] - delta.y() / size))
        else:
            hovered = self.point_at(event.position())
            self.setCursor(Qt.CursorShape.PointingHandCursor if hovered else Qt.CursorShape.OpenHandCursor)
            self.setToolTip(hovered.label if hovered else "")
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            clicked = None if self._dragged else self.point_at(event.position())
            self._press = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            if clicked is not None:
                self.point_clicked.emit(clicked.key)
        super().mouseReleaseEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = 1 if event.angleDelta().y() > 0 else -1 if event.angleDelta().y() < 0 else 0
        if steps:
            self.zoom_by(steps, event.position())
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key in moves:
            dx, dy = moves[Qt.Key(key)]
            step = 80 / self.world_size()
            self._set_center((self.center[0] + dx * step, self.center[1] + dy * step))
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.update()

    # -- painting ------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKGROUND)
        tiles = self._basemap is not None and self._draw_tiles(painter)
        self._outlined = self.show_boundaries and self.boundaries.draw(
            painter, self.zoom, self._screen(0.0, 0.0), (self.width(), self.height()), filled=not tiles)
        if not tiles:
            self._draw_graticule(painter)
        if self._outlined:
            self.labels.draw(painter, self.zoom, self.to_screen, self.view_box(), self.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_paths(painter)
        self._draw_points(painter)
        self._draw_scale_bar(painter)
        self._draw_attribution(painter)
        painter.end()

    def _tile_pixmap(self, zoom: int, x: int, y: int) -> QPixmap | None:
        key = (zoom, x, y)
        if key in self._tiles:
            return self._tiles[key]
        assert self._basemap is not None
        data = self._basemap.tile(zoom, x, y)
        pixmap: QPixmap | None = None
        if data is not None:
            loaded = QPixmap()
            if loaded.loadFromData(data) and loaded.width() <= 1024 and loaded.height() <= 1024:
                pixmap = loaded
        if len(self._tiles) >= TILE_CACHE:
            self._tiles.pop(next(iter(self._tiles)))
        self._tiles[key] = pixmap
        return pixmap

    def _draw_tiles(self, painter: QPainter) -> bool:
        """Basemap tiles over the view; beyond its zoom levels the nearest level is scaled."""
        assert self._basemap is not None
        info = self._basemap.info
        level = max(info.min_zoom, min(info.max_zoom, self.zoom))
        scale = 2.0 ** (self.zoom - level)
        tile_px = TILE * scale
        count = 1 << level
        origin = self._screen(0.0, 0.0)
        first_x = math.floor(-origin.x() / tile_px)
        first_y = max(0, math.floor(-origin.y() / tile_px))
        last_x = math.floor((self.width() - origin.x()) / tile_px)
        last_y = min(count - 1, math.floor((self.height() - origin.y()) / tile_px))
        if (last_x - first_x + 1) * (last_y - first_y + 1) > 400:
            return False  # zoomed far out of the basemap: the graticule says more than 400 tiles
        drawn = False
        for ty in range(first_y, last_y + 1):
            for tx in range(first_x, last_x + 1):
                pixmap = self._tile_pixmap(level, tx % count, ty)
                if pixmap is not None:
                    target = QRectF(origin.x() + tx * tile_px, origin.y() + ty * tile_px, tile_px, tile_px)
                    painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
                    drawn = True
        return drawn

    def _draw_graticule(self, painter: QPainter) -> None:
        """Lines every 1, 2, 5, 10, 20 or 30 degrees, about 100 px apart, labelled at the edges."""
        degrees_per_px = 360.0 / self.world_size()
        step = next((s for s in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30)
                     if s / degrees_per_px >= 90), 30)
        north, west = self.to_lat_lon(QPointF(0, 0))
        south, east = self.to_lat_lon(QPointF(self.width(), self.height()))
        painter.setPen(QPen(GRATICULE, 1))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        decimals = 0 if step >= 1 else 1 if step >= 0.1 else 2
        lon = math.floor(west / step) * step
        while lon <= east:
            x = self.to_screen(0, lon).x()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.drawText(QPointF(x + 3, 14), f"{lon:.{decimals}f}°")
            lon += step
        lat = math.floor(south / step) * step
        while lat <= north:
            if abs(lat) <= MAX_LAT:
                y = self.to_screen(lat, 0).y()
                painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
                painter.drawText(QPointF(self.width() - 60, y - 3), f"{lat:.{decimals}f}°")
            lat += step

    def _draw_paths(self, painter: QPainter) -> None:
        for path in self._paths:
            polygon = QPolygonF([self._screen(x, y) for x, y in path.points])
            painter.setPen(QPen(path.color, path.width))
            if path.closed:
                fill = QColor(path.color)
                fill.setAlpha(60)
                painter.setBrush(fill)
                painter.drawPolygon(polygon)
            else:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPolyline(polygon)

    def _draw_points(self, painter: QPainter) -> None:
        """Markers grouped by look, so the pen and brush change a few times, not once per point."""
        r = POINT_RADIUS_PX
        groups: dict[tuple[int, bool], list[QPointF]] = {}
        colours: dict[int, QColor] = {}
        for point, sx, sy in self._placed():
            rgb = point.color.rgb()
            colours[rgb] = point.color
            groups.setdefault((rgb, point.filled), []).append(QPointF(sx, sy))
        outline = QPen(QColor("white"), 1.5)
        for (rgb, filled), centres in groups.items():
            colour = colours[rgb]
            if filled:
                painter.setPen(outline)
                painter.setBrush(QBrush(colour))
                radius = float(r)
            else:
                painter.setPen(QPen(colour, 3.0))
                painter.setBrush(QBrush(QColor(255, 255, 255, 200)))
                radius = r - 1.0
            for centre in centres:
                painter.drawEllipse(centre, radius, radius)

    def scale_conventions(self) -> Conventions:
        """How the scale bar writes its length: the interface language's numbers (the drawing canvas
        passes the entry window's own)."""
        return interface_conventions()

    def _draw_scale_bar(self, painter: QPainter) -> None:
        """The scale bar, its length in the interface language's numbers and units."""
        per_px = self.metres_per_pixel()
        metres = nice_distance(per_px * 120)
        length = metres / per_px
        text = format_length(metres, self.scale_conventions())
        left, base = 12.0, self.height() - 14.0
        width = max(length, QFontMetrics(painter.font()).horizontalAdvance(text) + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 200))
        painter.drawRect(QRectF(left - 4, base - 22, width + 8, 26))
        painter.setPen(QPen(QColor("#222"), 2))
        painter.drawLine(QPointF(left, base), QPointF(left + length, base))
        painter.drawLine(QPointF(left, base - 5), QPointF(left, base))
        painter.drawLine(QPointF(left + length, base - 5), QPointF(left + length, base))
        painter.drawText(QPointF(left + 2, base - 7), text)

    def _draw_attribution(self, painter: QPainter) -> None:
        parts = [self.attribution] if self.attribution else []
        if self._outlined:
            parts.append(self.tr("Boundaries: Natural Earth"))
        text = " · ".join(parts) or self.tr("No basemap: latitude and longitude lines (WGS 84)")
        metrics = QFontMetrics(painter.font())
        text = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, max(self.width() // 2, 100))
        width = metrics.horizontalAdvance(text) + 8
        box = QRectF(self.width() - width, self.height() - metrics.height() - 2, width, metrics.height() + 2)
        path = QPainterPath()
        path.addRect(box)
        painter.fillPath(path, QColor(255, 255, 255, 210))
        painter.setPen(QColor("#333"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
