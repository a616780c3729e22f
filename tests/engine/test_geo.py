"""geotrace and geoshape: stored form, checks, and area()/distance() against independent references.

References are computed here without geographiclib: the equator's arc (a times the longitude
difference), a meridian arc integrated from the meridian radius, the ellipsoidal zone formula for the
area between two parallels, and local radii of curvature for 10 m figures.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from needsassess.engine import geo
from needsassess.engine.session import AnswerError, FormSession
from tests.engine.formtools import make_form

A = 6378137.0
F = 1 / 298.257223563
E2 = F * (2 - F)
E = math.sqrt(E2)
B = A * (1 - F)

BODY = """\
survey:
  - {type: geotrace, name: stream, label: {en: Stream}}
  - {type: geoshape, name: pit, label: {en: Pit}}
  - {type: calculate, name: length, calculation: "distance(${stream})"}
  - {type: calculate, name: pit_area, calculation: "area(${pit})"}
  - {type: calculate, name: pit_edge, calculation: "distance(${pit})"}
"""


def meridian_radius(lat: float) -> float:
    return A * (1 - E2) / (1 - E2 * math.sin(math.radians(lat)) ** 2) ** 1.5


def normal_radius(lat: float) -> float:
    return A / math.sqrt(1 - E2 * math.sin(math.radians(lat)) ** 2)


def meridian_arc(lat1: float, lat2: float, steps: int = 2000) -> float:
    """Simpson's rule over the meridian radius: an independent meridian length."""
    h = (lat2 - lat1) / steps
    total = meridian_radius(lat1) + meridian_radius(lat2)
    for i in range(1, steps):
        total += (4 if i % 2 else 2) * meridian_radius(lat1 + i * h)
    return total * math.radians(h) / 3


def zone_area(lat1: float, lat2: float, dlon: float) -> float:
    """Area between two parallels over ``dlon`` degrees on the ellipsoid (Snyder, Map Projections, 3-12)."""
    def q(lat: float) -> float:
        s = math.sin(math.radians(lat))
        return (1 - E2) * (s / (1 - E2 * s * s) - math.log((1 - E * s) / (1 + E * s)) / (2 * E))
    return A * A * (q(lat2) - q(lat1)) / 2 * math.radians(dlon)


def box(lat1: float, lat2: float, lon1: float, lon2: float, per_side: int) -> list[tuple[float, float]]:
    """A box whose east-west sides follow the parallels closely (many points), counter-clockwise."""
    south = [(lat1, lon1 + (lon2 - lon1) * i / per_side) for i in range(per_side)]
    north = [(lat2, lon2 - (lon2 - lon1) * i / per_side) for i in range(per_side)]
    return [*south, (lat1, lon2), *north, (lat2, lon1)]


def close(value: float, reference: float, tolerance: float = 0.005) -> bool:
    return abs(value - reference) <= tolerance * reference


def test_equator_line_of_one_kilometre() -> None:
    dlon = math.degrees(1000 / A)
    assert close(geo.length_m([(0.0, 0.0), (0.0, dlon)]), 1000.0, 1e-6)


@pytest.mark.parametrize(("lat", "metres"), [(27.7, 10.0), (27.7, 50_000.0), (39.77, 1000.0)])
def test_meridian_lines(lat: float, metres: float) -> None:
    dlat = math.degrees(metres / meridian_radius(lat))
    trace = [(lat + dlat * i / 10, 85.3) for i in range(11)]
    assert close(geo.length_m(trace), meridian_arc(lat, lat + dlat), 1e-5)


def test_one_kilometre_square_at_the_equator() -> None:
    dlon = math.degrees(1000 / A)
    dlat = math.degrees(1000 / meridian_radius(0))
    square = [(0.0, 0.0), (0.0, dlon), (dlat, dlon), (dlat, 0.0)]
    assert close(geo.area_m2(square), 1_000_000.0)
    assert close(geo.length_m([*square, square[0]]), 4000.0)


@pytest.mark.parametrize("lat", [27.7, 39.77, -8.5])
def test_ten_metre_square(lat: float) -> None:
    dlat = math.degrees(10 / meridian_radius(lat))
    dlon = math.degrees(10 / (normal_radius(lat) * math.cos(math.radians(lat))))
    square = [(lat, 64.4), (lat, 64.4 + dlon), (lat + dlat, 64.4 + dlon), (lat + dlat, 64.4)]
    assert close(geo.area_m2(square), 100.0)


@pytest.mark.parametrize(("lat", "km", "per_side"), [(27.7, 50, 60), (39.77, 20, 60), (8.4, 5, 200), (27.7, 50, 400)])
def test_zones_between_parallels(lat: float, km: float, per_side: int) -> None:
    """Both paths: up to 256 points through geodesics, longer lists through the fast formulas."""
    dlat = math.degrees(km * 1000 / meridian_radius(lat))
    dlon = math.degrees(km * 1000 / (normal_radius(lat) * math.cos(math.radians(lat))))
    ring = box(lat, lat + dlat, 64.0, 64.0 + dlon, per_side)
    assert (len(ring) > geo.EXACT_LIMIT) == (per_side > 128)
    assert close(geo.area_m2(ring), zone_area(lat, lat + dlat, dlon), 0.001)


def test_fast_path_agrees_with_the_exact_one() -> None:
    circle = [(27.7 + 0.2 * math.sin(t / 1000 * 2 * math.pi), 85.3 + 0.2 * math.cos(t / 1000 * 2 * math.pi))
              for t in range(1000)]
    fast_area, fast_length = geo.area_m2(circle), geo.length_m(circle)
    exact_limit = geo.EXACT_LIMIT
    try:
        geo.EXACT_LIMIT = 10_000
        assert abs(geo.area_m2(circle) - fast_area) < 1e-5 * fast_area
        assert abs(geo.length_m(circle) - fast_length) < 1e-5 * fast_length
    finally:
        geo.EXACT_LIMIT = exact_limit


def test_self_intersection() -> None:
    square = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, 0.0)]
    bowtie = [(0.0, 0.0), (0.0, 1.0), (1.0, 0.0), (1.0, 1.0)]
    assert not geo.self_intersects(square)
    assert geo.self_intersects(bowtie)
    circle = [(math.sin(t / 5000 * 2 * math.pi), math.cos(t / 5000 * 2 * math.pi)) for t in range(5000)]
    assert not geo.self_intersects(circle)
    eight = [(math.sin(2 * t / 5000 * 2 * math.pi), math.sin(t / 5000 * 2 * math.pi)) for t in range(5000)]
    assert geo.self_intersects(eight)
    assert not geo.self_intersects([*square[:2], square[1], *square[2:]])  # a repeated fix is no crossing
    # A long straight side among many short ones (checked edge against every edge, not by cells).
    d_shape = [(math.sin(t / 2000 * math.pi), math.cos(t / 2000 * math.pi)) for t in range(2001)]
    assert not geo.self_intersects(d_shape)
    assert geo.self_intersects([*d_shape[:1000], (-0.5, 0.0), *d_shape[1001:]])  # one fix across the side


@pytest.fixture(scope="module")
def form_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("geo")


def test_session_stores_points_and_computes(form_path: Path) -> None:
    s = FormSession(make_form(form_path, BODY))
    s.set_answer("stream", "27.7 85.3 1300 5;27.71 85.3 1310 4")
    assert s.get("stream") == [{"lat": 27.7, "lon": 85.3, "alt": 1300.0, "accuracy": 5.0},
                               {"lat": 27.71, "lon": 85.3, "alt": 1310.0, "accuracy": 4.0}]
    assert close(s.get("length"), meridian_arc(27.7, 27.71), 1e-5)
    s.set_answer("pit", "0 0\n0 0.001\n0.001 0.001\n0.001 0")
    pit = s.get("pit")
    assert len(pit) == 5 and pit[0] == pit[-1]  # stored closed, as ODK stores it
    assert close(s.get("pit_area"), A * math.radians(0.001) * meridian_arc(0, 0.001) / 1, 0.005)
    assert s.get("pit_edge") > 400


@pytest.mark.parametrize(("name", "value", "why"), [
    ("stream", "27.7 85.3", "at least 2 points"),
    ("stream", {"lat": 1, "lon": 2}, "list of points"),
    ("stream", "27.7 85.3;95 85.3", "latitude"),
    ("pit", "0 0;0 1;0 0;0 1", "3 different points"),
    ("pit", "0 0;0 1;1 0;1 1", "crosses itself"),
])
def test_unfit_traces_and_shapes_are_refused(form_path: Path, name: str, value: object, why: str) -> None:
    s = FormSession(make_form(form_path, BODY))
    before = s.document()
    with pytest.raises(AnswerError) as info:
        s.set_answer(name, value)
    assert why in str(info.value)
    assert s.document() == before
