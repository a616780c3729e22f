"""What is being drawn on the map: the points of a geopoint, geotrace or geoshape, and their history.

No Qt types, so the rules read apart from the painting: a click adds a point (a geopoint has
one, so a click moves it) or puts one on an edge, a drag moves one (one undo step for the whole
drag), Delete removes the selected one; each step can be undone and redone. ``unwrapped`` projects
the points for the map with longitudes unwrapped point to point, so a line across the 180° meridian
stays in one piece.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from needsassess.engine import geo
from needsassess.ui.map_view import project

Point = dict[str, float]


@dataclass
class Drawing:
    """The points being drawn, the selected one, and the undo and redo stacks of earlier states."""

    kind: str  # "point", "trace" or "shape"
    points: list[Point] = field(default_factory=list)
    selected: int | None = None
    _undo: list[tuple[list[Point], int | None]] = field(default_factory=list)
    _redo: list[tuple[list[Point], int | None]] = field(default_factory=list)

    def _remember(self) -> None:
        self._undo.append((list(self.points), self.selected))
        self._redo.clear()

    def add(self, lat: float, lon: float) -> None:
        self._remember()
        if self.kind == "point":
            self.points = [{"lat": lat, "lon": lon}]
            self.selected = 0
            return
        self.points.append({"lat": lat, "lon": lon})
        self.selected = len(self.points) - 1

    def insert(self, index: int, lat: float, lon: float) -> None:
        """A point put on an edge: it goes between the edge's two points (at ``index``)."""
        self._remember()
        self.points.insert(index, {"lat": lat, "lon": lon})
        self.selected = index

    def begin_move(self, index: int) -> None:
        """A drag starts: one undo step for the whole drag."""
        self._remember()
        self.selected = index

    def move(self, index: int, lat: float, lon: float) -> None:
        """Moved by hand: the altitude and accuracy of the old fix no longer hold."""
        self.points[index] = {"lat": lat, "lon": lon}

    def delete_selected(self) -> bool:
        if self.selected is None or not 0 <= self.selected < len(self.points):
            return False
        self._remember()
        del self.points[self.selected]
        self.selected = min(self.selected, len(self.points) - 1) if self.points else None
        return True

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append((list(self.points), self.selected))
        self.points, self.selected = self._undo.pop()
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append((list(self.points), self.selected))
        self.points, self.selected = self._redo.pop()
        return True

    def coords(self) -> list[tuple[float, float]]:
        return geo.lat_lons(self.points)

    def answer(self) -> list[Point]:
        """The points as the answer holds them (a shape closed: its first point again at the end)."""
        points = [dict(p) for p in self.points]
        if self.kind == "shape" and len(points) >= 3 and geo.lat_lons(points[:1]) != geo.lat_lons(points[-1:]):
            points.append(dict(points[0]))
        return points

    def measures(self) -> tuple[float, float | None]:
        """Length (a shape's perimeter) in metres, and a shape's area in square metres."""
        coords = self.coords()
        if self.kind == "shape" and len(coords) >= 3:
            ring = [*coords, coords[0]]
            return geo.length_m(ring), geo.area_m2(ring)
        return geo.length_m(coords), (0.0 if self.kind == "shape" else None)

    def crossings(self) -> list[tuple[int, int]]:
        """Edges of a shape that cross (edge i from point i to the next, the last one closing the ring)."""
        if self.kind != "shape" or len(self.points) < 4:
            return []
        coords = self.coords()
        if len(set(coords)) != len(coords):
            return []  # a repeated point shifts the numbering; the engine's check still refuses
        return list(geo.crossings(coords))


def unwrapped(coords: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """Projected points with x unwrapped point to point (a line across 180° stays in one piece)."""
    out: list[tuple[float, float]] = []
    offset = 0.0
    previous: float | None = None
    for lat, lon in coords:
        x, y = project(lat, lon)
        if previous is not None:
            step = x + offset - previous
            if step > 0.5:
                offset -= 1.0
            elif step < -0.5:
                offset += 1.0
        previous = x + offset
        out.append((previous, y))
    return out
