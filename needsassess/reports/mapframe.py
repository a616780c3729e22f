"""The geometry of a printed map: Web Mercator, the extent around the features, the scale bar's length.

A map in a report is a rectangle of ``width`` × ``height`` points showing part of the world in Web
Mercator (the projection of MBTiles basemaps, so tiles are placed without warping). Coordinates are
normalised Web Mercator (x and y in 0..1, y = 0 at the north), as in the window's map.

The extent is the features' box with a margin on every side, at least ``min_metres`` across (so a lone
point shows its surroundings), widened in one direction to the frame's proportions. Over the few
kilometres of a site, a Mercator map keeps angles and its scale varies with the cosine of the latitude:
the scale bar is measured at the frame's centre.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

MAX_LAT = 85.05112878  # Web Mercator's square world
EARTH_CIRCUMFERENCE_M = 40_075_016.686
TILE_PIXELS = 256


def project(lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) in degrees to normalised Web Mercator (x, y in 0..1, y = 0 at the north)."""
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    sin = math.sin(math.radians(lat))
    return (lon + 180.0) / 360.0, 0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)


def unproject(x: float, y: float) -> tuple[float, float]:
    """Normalised Web Mercator back to (lat, lon) in degrees."""
    return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y)))), x * 360.0 - 180.0


def nice_length(metres: float) -> float:
    """The largest 1, 2 or 5 × 10^n metres not above ``metres`` (at least 1 m)."""
    if metres <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(metres))
    return float(max(step * power for step in (1, 2, 5) if step * power <= metres))


@dataclass(frozen=True)
class MapFrame:
    """A rectangle of the page showing [left, right] × [top, bottom] of normalised Web Mercator."""

    width: float  # points
    height: float
    left: float
    top: float
    units_per_point: float  # normalised Mercator units per point of paper (the same both ways)

    @classmethod
    def around(
        cls,
        coords: Iterable[tuple[float, float]],
        width: float,
        height: float,
        min_metres: float = 400.0,
        margin: float = 0.12,
    ) -> MapFrame:
        """The frame showing every (lat, lon) of ``coords`` with a ``margin`` (share of the frame)
        on each side and at least ``min_metres`` across the shorter side."""
        projected = [project(lat, lon) for lat, lon in coords]
        if not projected:
            raise ValueError("a map needs at least one coordinate")
        xs, ys = [p[0] for p in projected], [p[1] for p in projected]
        cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        lat_c = unproject(cx, cy)[0]
        metres_per_unit = EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat_c))
        minimum = min_metres / max(metres_per_unit, 1.0)
        room = 1 - 2 * margin
        span_x = max(max(xs) - min(xs), minimum) / room
        span_y = max(max(ys) - min(ys), minimum) / room
        per_point = max(span_x / width, span_y / height)
        return cls(width, height, cx - per_point * width / 2, cy - per_point * height / 2, per_point)

    @property
    def right(self) -> float:
        return self.left + self.units_per_point * self.width

    @property
    def bottom(self) -> float:
        return self.top + self.units_per_point * self.height

    def to_page(self, lat: float, lon: float) -> tuple[float, float]:
        """Points from the frame's lower-left corner (ReportLab's y goes up)."""
        x, y = project(lat, lon)
        return (x - self.left) / self.units_per_point, (self.bottom - y) / self.units_per_point

    def centre(self) -> tuple[float, float]:
        return unproject((self.left + self.right) / 2, (self.top + self.bottom) / 2)

    def metres_per_point(self) -> float:
        """Ground metres per point of paper at the frame's centre latitude."""
        lat = self.centre()[0]
        return self.units_per_point * EARTH_CIRCUMFERENCE_M * math.cos(math.radians(lat))

    def scale_bar(self, share: float = 0.22) -> tuple[float, float]:
        """(metres, points): a round length near ``share`` of the frame's width."""
        per_point = self.metres_per_point()
        metres = nice_length(self.width * share * per_point)
        return metres, metres / per_point

    def bbox(self) -> tuple[float, float, float, float]:
        """West, south, east, north in degrees."""
        north, west = unproject(self.left, self.top)
        south, east = unproject(self.right, self.bottom)
        return west, south, east, north

    def tile_zoom(self, pixels_per_point: float = 2.0) -> int:
        """The zoom level whose tiles print at about ``pixels_per_point`` (2: 144 dpi)."""
        wanted = pixels_per_point / (TILE_PIXELS * self.units_per_point)
        return max(0, min(24, round(math.log2(max(wanted, 1e-9)))))


def graticule_step(span_degrees: float) -> float:
    """A round step in degrees giving three to eight lines across ``span_degrees``."""
    for step in (0.0001, 0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 30):
        if span_degrees / step <= 8:
            return float(step)
    return 45.0
