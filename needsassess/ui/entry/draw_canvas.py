"""The map to draw on: ``ui.map_view.MapView`` with a ``Drawing`` (ui/entry/drawing.py) painted over it.

The map view brings the basemap tiles or the graticule, the scale bar, and wheel and +/- zoom; this
canvas adds its own mouse: a click on empty map adds a point, a click on an edge puts a point on it
between its two ends, a press on a point and a drag moves it, a drag on empty map, a right-button
drag or a drag with Ctrl or Alt held pans; Delete/Backspace, Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y edit.
A shape's ring is closed on screen; crossing edges (``geo.crossings``) are drawn red. A point with
an accuracy gets a circle of that radius. Without a basemap the graticule goes down to 0.0001°
(~11 m) and the scale bar is written in the interface language.

The drawing is projected once per change and only shifted at paint time, and a 5,000-point trace
is drawn thinned to a pixel (bench/bench_geo.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QWidget

from needsassess.locale import Conventions
from needsassess.ui.entry.drawing import Drawing, unwrapped
from needsassess.ui.map_view import (
    CLICK_SLOP_PX,
    EARTH_CIRCUMFERENCE_M,
    GRATICULE,
    MAX_LAT,
    MapView,
    project,
)

VERTEX_RADIUS_PX = 5
HIT_PX = 10
EDGE_HIT_PX = 5  # a click this close to an edge puts a point on it
MAX_HANDLES = 1500  # beyond this many points on screen, only the selected one gets a handle
LINE = QColor("#0057a8")
CROSSING = QColor("#d32f2f")
SELECTED = QColor("#ff8f00")
ACCURACY = QColor(0, 87, 168, 40)
GRATICULE_STEPS = (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30)


def _distance_to_segment(p: QPointF, a: QPointF, b: QPointF) -> float:
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / length2))
    return math.hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy)


def _thinned(screen: list[QPointF]) -> list[QPointF]:
    """Points at least a pixel from the last one kept (and the last point): what a long track looks like."""
    kept = [screen[0]]
    last_x, last_y = screen[0].x(), screen[0].y()
    for at in screen[1:]:
        x, y = at.x(), at.y()
        if abs(x - last_x) + abs(y - last_y) >= 1.0:
            kept.append(at)
            last_x, last_y = x, y
    if kept[-1] is not screen[-1]:
        kept.append(screen[-1])
    return kept


class DrawCanvas(MapView):
    """The map with the drawing over it; ``changed`` after every edit, ``hovered(lat, lon)`` as the mouse moves."""

    changed = Signal()
    hovered = Signal(float, float)

    def __init__(self, drawing: Drawing, conventions: Conventions, parent: QWidget | None = None) -> None:
        self.conventions = conventions  # before MapView's constructor, which may paint
        super().__init__(parent)
        self.setObjectName("draw_canvas")
        self.drawing = drawing
        self.read_only = False
        self._flat: list[tuple[float, float]] = []
        self._crossing: list[tuple[int, int]] = []
        self._press_pos: QPointF | None = None
        self._pan_from: tuple[float, float] | None = None
        self._moving: int | None = None
        self._panning = False
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.reproject()

    # -- the drawing ---------------------------------------------------------------------------
    def reproject(self) -> None:
        """After the points changed: project them again and find crossing edges."""
        self._flat = unwrapped(self.drawing.coords())
        self._crossing = self.drawing.crossings()
        self.update()

    def _reproject_one(self, index: int) -> None:
        point = self.drawing.points[index]
        x, y = project(point["lat"], point["lon"])
        self._flat[index] = (x + round(self._flat[index][0] - x), y)
        self.update()

    def crossing_edges(self) -> list[tuple[int, int]]:
        return list(self._crossing)

    def edited(self) -> None:
        self.reproject()
        self.changed.emit()

    def undo(self) -> None:
        if self.drawing.undo():
            self.edited()

    def redo(self) -> None:
        if self.drawing.redo():
            self.edited()

    def delete_selected(self) -> None:
        if self.drawing.delete_selected():
            self.edited()

    def fit_drawing(self, margin_px: int = 50) -> None:
        """Show the whole drawing (a single point at street level); nothing drawn: keep the view."""
        if not self._flat:
            return
        xs, ys = [p[0] for p in self._flat], [p[1] for p in self._flat]
        width, height = max(self.width() - 2 * margin_px, 50), max(self.height() - 2 * margin_px, 50)
        span_x, span_y = max(xs) - min(xs), max(ys) - min(ys)
        zoom = 17
        while zoom > 1 and (span_x * (256 << zoom) > width or span_y * (256 << zoom) > height):
            zoom -= 1
        self.zoom = zoom
        self._set_center(((max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2))

    def _shift(self) -> float:
        """The whole-world offset that puts the drawing nearest the view's centre."""
        if not self._flat:
            return 0.0
        return float(round(self.center[0] - self._flat[0][0]))

    def vertex_position(self, index: int) -> QPointF:
        """Where point ``index`` is drawn now (tests click and drag there)."""
        x, y = self._flat[index]
        return self._screen(x + self._shift(), y)

    def vertex_at(self, pos: QPointF) -> int | None:
        """The point drawn nearest ``pos`` within a finger's reach (the last drawn wins a tie)."""
        best, best_d = None, float(HIT_PX * HIT_PX)
        for index in range(len(self._flat)):
            at = self.vertex_position(index)
            d = (at.x() - pos.x()) ** 2 + (at.y() - pos.y()) ** 2
            if d <= best_d:
                best, best_d = index, d
        return best

    def edge_at(self, pos: QPointF) -> int | None:
        """The edge within reach of ``pos`` (its end's index, where a new point goes), or None."""
        count = len(self._flat)
        if self.drawing.kind == "point" or count < 2 or count > MAX_HANDLES:
            return None
        ends = range(1, count + 1) if self.drawing.kind == "shape" and count >= 3 else range(1, count)
        best, best_d = None, float(EDGE_HIT_PX)
        for end in ends:
            a, b = self.vertex_position(end - 1), self.vertex_position(end % count)
            d = _distance_to_segment(pos, a, b)
            if d <= best_d:
                best, best_d = end, d
        return best

    # -- input ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        self._press_pos, self._pan_from, self._panning, self._moving = pos, self.center, False, None
        pan_modifier = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if event.button() == Qt.MouseButton.LeftButton and not pan_modifier and not self.read_only:
            hit = self.vertex_at(pos)
            if hit is not None:
                self.drawing.begin_move(hit)
                self._moving = hit
                self.reproject()
        elif event.button() != Qt.MouseButton.LeftButton or pan_modifier:
            self._panning = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        lat, lon = self.to_lat_lon(pos)
        self.hovered.emit(lat, (lon + 540.0) % 360.0 - 180.0)
        if self._press_pos is None:
            return
        delta = pos - self._press_pos
        if self._moving is not None:
            self.drawing.move(self._moving, lat, (lon + 540.0) % 360.0 - 180.0)
            if len(self._flat) <= MAX_HANDLES:
                self.reproject()  # crossings shown while dragging
            else:
                self._reproject_one(self._moving)  # a long track: the full check when the drag ends
            return
        if self._panning or abs(delta.x()) + abs(delta.y()) > CLICK_SLOP_PX:
            self._panning = True
            assert self._pan_from is not None
            size = self.world_size()
            self._set_center((self._pan_from[0] - delta.x() / size, self._pan_from[1] - delta.y() / size))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press_pos is None:
            return
        moving, panning = self._moving, self._panning
        self._press_pos, self._moving, self._panning = None, None, False
        self.setCursor(Qt.CursorShape.CrossCursor)
        if moving is not None:
            self.edited()
        elif not panning and event.button() == Qt.MouseButton.LeftButton and not self.read_only:
            lat, lon = self.to_lat_lon(event.position())
            lon = (lon + 540.0) % 360.0 - 180.0
            edge = self.edge_at(event.position())
            if edge is None:
                self.drawing.add(lat, lon)
            else:
                self.drawing.insert(edge, lat, lon)
            self.edited()
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if self.read_only:
            super().keyPressEvent(event)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif ctrl and key == Qt.Key.Key_Z:
            self.redo() if shift else self.undo()
        elif ctrl and key == Qt.Key.Key_Y:
            self.redo()
        else:
            super().keyPressEvent(event)

    # -- painting ------------------------------------------------------------------------------
    def _draw_graticule(self, painter: QPainter) -> None:
        """Finer than the list's map: lines down to every 0.0001° (~11 m), for drawing a pit or a field."""
        degrees_per_px = 360.0 / self.world_size()
        step = next((s for s in GRATICULE_STEPS if s / degrees_per_px >= 90), GRATICULE_STEPS[-1])
        decimals = max(0, -math.floor(math.log10(step) + 1e-9))
        north, west = self.to_lat_lon(QPointF(0, 0))
        south, east = self.to_lat_lon(QPointF(self.width(), self.height()))
        painter.setPen(QPen(GRATICULE, 1))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        painter.setFont(font)
        first = math.floor(west / step)
        for n in range(first, first + int((east - west) / step) + 2):
            x = self.to_screen(0, n * step).x()
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            painter.drawText(QPointF(x + 3, 14), f"{n * step:.{decimals}f}°")
        first = math.floor(south / step)
        for n in range(first, first + int((north - south) / step) + 2):
            if abs(n * step) <= MAX_LAT:
                y = self.to_screen(n * step, 0).y()
                painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
                if y > 24:  # clear of the longitude labels along the top
                    painter.drawText(QPointF(self.width() - 70, y - 3), f"{n * step:.{decimals}f}°")

    def scale_conventions(self) -> Conventions:
        return self.conventions

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # basemap or graticule, scale bar, attribution
        if not self._flat:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        size, half_w, half_h = self.world_size(), self.width() / 2, self.height() / 2
        left, top = self.center[0] - self._shift(), self.center[1]
        screen = [QPointF((x - left) * size + half_w, (y - top) * size + half_h) for x, y in self._flat]
        self._paint_accuracy(painter, screen)
        self._paint_lines(painter, screen)
        self._paint_vertices(painter, screen)
        painter.end()

    def _paint_accuracy(self, painter: QPainter, screen: list[QPointF]) -> None:
        if len(screen) > MAX_HANDLES:
            return
        per_px = EARTH_CIRCUMFERENCE_M / self.world_size()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ACCURACY)
        for point, at in zip(self.drawing.points, screen, strict=True):
            accuracy = point.get("accuracy")
            if accuracy:
                radius = accuracy / (per_px * math.cos(math.radians(point["lat"])))
                if radius >= 2:
                    painter.drawEllipse(at, radius, radius)

    def _paint_lines(self, painter: QPainter, screen: list[QPointF]) -> None:
        kind = self.drawing.kind
        if kind == "point" or len(screen) < 2:
            return
        painter.setPen(QPen(LINE, 2.5))
        outline = QPolygonF(_thinned(screen) if len(screen) > MAX_HANDLES else screen)
        if kind == "shape" and len(screen) >= 3:
            fill = QColor(LINE)
            fill.setAlpha(45 if not self._crossing else 0)
            painter.setBrush(fill)
            painter.drawPolygon(outline)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolyline(outline)
        painter.setPen(QPen(CROSSING, 4.0))
        count = len(screen)
        for pair in self._crossing:
            for edge in pair:
                painter.drawLine(screen[edge], screen[(edge + 1) % count])

    def _paint_vertices(self, painter: QPainter, screen: list[QPointF]) -> None:
        selected = self.drawing.selected
        handles = len(screen) <= MAX_HANDLES or self.drawing.kind == "point"
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(LINE)
        r = float(VERTEX_RADIUS_PX)
        if handles:
            for at in screen:
                painter.drawEllipse(at, r, r)
        if selected is not None and 0 <= selected < len(screen):
            painter.setPen(QPen(QColor("#222"), 1.5))
            painter.setBrush(SELECTED)
            painter.drawEllipse(screen[selected], r + 2, r + 2)
