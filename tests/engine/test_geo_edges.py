"""Lines and areas at the edges: the 180° meridian, and points typed with decimal commas."""

from __future__ import annotations

import math

import pytest
from geographiclib.geodesic import Geodesic

from needsassess.engine import geo, load_form_text
from needsassess.engine.answers import AnswerValueError, coerce_answer
from needsassess.errors.geo_codes import GeoEntryCode

FORM = load_form_text("""\
form_id: g
version: "1"
default_language: en
title: {en: G}
survey:
  - {type: geopoint, name: spot, label: {en: Spot}}
  - {type: geotrace, name: line, label: {en: Line}}
  - {type: geoshape, name: area, label: {en: Area}}
""", "g.yaml")


def reference_area(ring: list[tuple[float, float]]) -> float:
    polygon = Geodesic.WGS84.Polygon(False)
    for lat, lon in ring:
        polygon.AddPoint(lat, lon)
    return abs(float(polygon.Compute(False, True)[2]))


def wavy_ring(count: int, lat0: float, lon0: float, radius: float) -> list[tuple[float, float]]:
    ring = []
    for i in range(count):
        a = 2 * math.pi * i / count
        r = radius * (1 + 0.05 * math.sin(9 * a))
        lon = lon0 + r * 1.5 * math.cos(a)
        ring.append((lat0 + r * math.sin(a), (lon + 540.0) % 360.0 - 180.0))
    return ring


# Fiji's Taveuni lies on the meridian; the Chukotka coast crosses it far north.
@pytest.mark.parametrize(("count", "lat0"), [(4, -16.8), (50, -16.8), (3000, -16.8), (50, 66.0), (3000, 66.0)])
def test_shape_across_the_antimeridian_is_whole_and_measured(count: int, lat0: float) -> None:
    ring = wavy_ring(count, lat0, 180.0, 0.3)
    assert any(lon > 179 for _, lon in ring) and any(lon < -179 for _, lon in ring)
    closed = [*ring, ring[0]]
    assert not geo.self_intersects(closed)
    assert geo.area_m2(closed) == pytest.approx(reference_area(ring), rel=1e-5)
    assert geo.area_m2(closed) > 1e8  # ~ 0.3° across, not the rest of the world
    points = coerce_answer(FORM.question("area"), ";".join(f"{a} {b}" for a, b in ring))
    assert len(points) == count + 1


def test_trace_across_the_antimeridian_has_its_short_length() -> None:
    line = [(-16.8, 179.9), (-16.8, -179.9)]
    expected = Geodesic.WGS84.Inverse(-16.8, 179.9, -16.8, -179.9)["s12"]
    assert geo.length_m(line) == pytest.approx(expected, rel=1e-9) and expected < 25_000


def test_wide_shape_across_the_meridian_is_not_a_crossing() -> None:
    """A band 190° wide from 90° E eastwards: the longitudes must unwrap edge by edge, not by the first point."""
    lons = [90, 130, 170, -150, -110, -80]
    ring = [(60.0, lon) for lon in lons] + [(61.0, lon) for lon in reversed(lons)]
    assert not geo.self_intersects(ring)
    bow = [(60.0, 170.0), (61.0, -170.0), (61.0, 170.0), (60.0, -170.0)]
    assert geo.self_intersects(bow)
    assert list(geo.crossings(bow)) == [(0, 2)]


def test_crossing_across_the_meridian_is_still_found() -> None:
    bow = [(-16.0, 179.8), (-16.3, -179.8), (-16.0, -179.8), (-16.3, 179.8)]
    with pytest.raises(AnswerValueError) as refused:
        coerce_answer(FORM.question("area"), [{"lat": a, "lon": b} for a, b in bow])
    assert "crosses itself" in str(refused.value)


@pytest.mark.parametrize(("text", "expected"), [
    ("27,7172 85,3240", {"lat": 27.7172, "lon": 85.324}),
    ("27,7172\t85,3240", {"lat": 27.7172, "lon": 85.324}),  # two spreadsheet cells
    ("27,7172, 85,3240", {"lat": 27.7172, "lon": 85.324}),
    ("-16,5 −179,9 12,5 4", {"lat": -16.5, "lon": -179.9, "alt": 12.5, "accuracy": 4}),
    ("27.7172, 85.3240", {"lat": 27.7172, "lon": 85.324}),
    ("27.7172,85.3240", {"lat": 27.7172, "lon": 85.324}),
    ("27,85", {"lat": 27, "lon": 85}),  # a pair of whole numbers, as before
    ("27.7 85.3 1300 5", {"lat": 27.7, "lon": 85.3, "alt": 1300, "accuracy": 5}),
])
def test_decimal_commas_that_read_one_way_are_taken(text: str, expected: dict[str, float]) -> None:
    assert coerce_answer(FORM.question("spot"), text) == expected


@pytest.mark.parametrize("text", ["27,7,85,3", "27,7172,85,3240", "27.7172 85,3240", "27,7 85.3", "27,85,1300"])
def test_decimal_commas_that_read_two_ways_are_refused(text: str) -> None:
    with pytest.raises(AnswerValueError) as refused:
        coerce_answer(FORM.question("spot"), text)
    assert refused.value.reason is GeoEntryCode.AMBIGUOUS_COMMAS
    assert refused.value.code == "NA-GEO-910"
    assert "two ways" in str(refused.value) and text in str(refused.value)
    assert "दुई किसिमले" in refused.value.text("ne") and "ikki xil" in refused.value.text("uz")


def test_trace_pasted_with_decimal_commas() -> None:
    text = "27,7172 85,3240 1300 5;27,7180 85,3251\n27,7191 85,3262"
    points = coerce_answer(FORM.question("line"), text)
    assert [p["lat"] for p in points] == [27.7172, 27.718, 27.7191]
    assert points[0]["accuracy"] == 5
    with pytest.raises(AnswerValueError):
        coerce_answer(FORM.question("line"), "27,7172 85,3240;27,7,85,3")
