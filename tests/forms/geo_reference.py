"""Reference lengths and areas of answer points, computed with geographiclib on the WGS 84 ellipsoid.

The forms' figures are checked against these: the hand arithmetic of a line or an outline.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

from geographiclib.geodesic import Geodesic

WGS84 = Geodesic.WGS84
Points = Sequence[Mapping[str, float]]


def line_m(points: Points) -> float:
    """Metres along the points, geodesic edge by edge."""
    return float(sum(WGS84.Inverse(a["lat"], a["lon"], b["lat"], b["lon"])["s12"] for a, b in pairwise(points)))


def shape_m2(points: Points) -> float:
    """Square metres inside an outline (closed or not)."""
    polygon = WGS84.Polygon(False)
    ring = points[:-1] if points[0] == points[-1] else points
    for p in ring:
        polygon.AddPoint(p["lat"], p["lon"])
    return abs(float(polygon.Compute(False, True)[2]))
