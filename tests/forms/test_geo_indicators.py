"""Pits, stream lines and green belts measured as shapes: each new indicator against a hand calculation.

The figures are laid out with geographiclib's direct problem (a corner, a bearing, a distance), so
their true size is known in metres; the reference area is geographiclib's polygon of the same
corners. The forms must give the same numbers, rounded as they round them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from needsassess.engine import Form, FormSession, load_form
from tests.forms.geo_reference import line_m, shape_m2

FORMS = Path(__file__).resolve().parents[2] / "forms"
WGS84 = Geodesic.WGS84


@pytest.fixture(scope="module")
def land() -> Form:
    return load_form(FORMS / "land_reclamation.yaml")


@pytest.fixture(scope="module")
def waterways() -> Form:
    return load_form(FORMS / "waterways.yaml")


@pytest.fixture(scope="module")
def green() -> Form:
    return load_form(FORMS / "green_city.yaml")


def walk(lat: float, lon: float, *legs: tuple[float, float]) -> list[dict[str, float]]:
    """The start and the point after each (bearing in degrees, metres) leg, as answer points."""
    points = [{"lat": lat, "lon": lon}]
    for azimuth, metres in legs:
        step = WGS84.Direct(lat, lon, azimuth, metres)
        lat, lon = step["lat2"], step["lon2"]
        points.append({"lat": lat, "lon": lon})
    return points


def closed(points: list[dict[str, float]]) -> list[dict[str, float]]:
    return [*points, dict(points[0])]


# A 20 m × 10 m pit rim near Kaisambo, Koidu (walked east, north, west) and a right triangle at Khajura.
KOIDU = (8.6441, -10.9712)
RECTANGLE = closed(walk(*KOIDU, (90, 20), (0, 10), (270, 20)))
TRIANGLE = closed(walk(28.1032, 81.6218, (90, 30), (0, 0.0001))[:2] + walk(28.1032, 81.6218, (0, 16))[1:])


def pit(**answers: Any) -> dict[str, Any]:
    base = {"pit_water_filled": "no", "pit_fenced": "none", "pit_distance_homes_m": 300}
    return {**base, **answers}


def land_session(form: Form, pits: list[dict[str, Any]], **extra: Any) -> FormSession:
    answers = {"consent": "yes", "pits_present": "yes", "pits_total": len(pits), "pit": pits, **extra}
    return FormSession.from_answers(form, answers)


def in_repeats(session: FormSession) -> list[tuple[str, str]]:
    """The problems inside repeat instances (the site page is not answered in these tests)."""
    return [(p.name, p.kind) for p in session.problems() if p.instance]


def test_reference_figures_are_what_they_say() -> None:
    assert shape_m2(RECTANGLE) == pytest.approx(200.0, rel=1e-4)
    assert shape_m2(TRIANGLE) == pytest.approx(30 * 16 / 2, rel=1e-4)


def test_pit_outline_gives_area_and_volume_from_the_mean_depth(land: Form) -> None:
    session = land_session(land, [pit(pit_measured="outline", pit_outline=RECTANGLE, pit_depth_m=2.5),
                                  pit(pit_measured="outline", pit_outline=TRIANGLE, pit_depth_m=1.2)])
    doc = session.final_document()
    rect, tri = shape_m2(RECTANGLE), shape_m2(TRIANGLE)
    assert doc["pit"][0]["pit_area_m2"] == round(rect, 1) == 200.0
    assert doc["pit"][0]["pit_volume_m3"] == round(rect * 2.5, 1) == 500.0
    assert doc["pit"][1]["pit_area_m2"] == round(tri, 1) == 240.0
    assert doc["pit"][1]["pit_volume_m3"] == round(tri * 1.2, 1) == 288.0
    # the key figures add the outlines' figures
    assert doc["pit_area_total_m2"] == round(rect + tri, 1) == 440.0
    assert doc["pit_volume_total_m3"] == round(rect * 2.5 + tri * 1.2, 1) == 788.0
    assert in_repeats(session) == []


def test_outline_and_typed_sizes_mix_and_the_others_count_at_their_typical_size(land: Form) -> None:
    session = land_session(land, [pit(pit_measured="outline", pit_outline=RECTANGLE, pit_depth_m=3),
                                  pit(pit_measured="tape", pit_length_m=12, pit_width_m=8, pit_depth_m=6)],
                           pits_total=5, other_pit_area_m2=40, other_pit_depth_m=2)
    doc = session.final_document()
    assert doc["pit"][1]["pit_area_m2"] == 96.0 and doc["pit"][1]["pit_volume_m3"] == 576.0
    # 200 + 96 + 3 others × 40 m²; 600 + 576 + 3 × 40 × 2 m³
    assert doc["pit_area_total_m2"] == 416.0
    assert doc["pit_volume_total_m3"] == 1416.0


def test_how_measured_decides_what_is_asked_and_what_counts(land: Form) -> None:
    session = land_session(land, [pit(pit_measured="tape", pit_length_m=5, pit_width_m=4, pit_depth_m=1)])
    assert not session.relevant("pit_outline", (0,))
    assert session.relevant("pit_length_m", (0,))
    session.set_answer("pit_measured", "outline", instance=(0,))
    assert session.relevant("pit_outline", (0,)) and not session.relevant("pit_width_m", (0,))
    assert in_repeats(session) == [("pit_outline", "required")]
    session.set_answer("pit_outline", RECTANGLE, instance=(0,))
    assert session.get("pit_area_m2", (0,)) == 200.0  # the typed 5 × 4 m, now not asked, no longer counts
    assert session.get("pit_volume_m3", (0,)) == 200.0
    doc = session.final_document()["pit"][0]
    assert "pit_length_m" not in doc and "pit_width_m" not in doc and doc["pit_outline"][0] == doc["pit_outline"][-1]


def test_an_answers_file_without_the_method_keeps_its_typed_sizes(land: Form) -> None:
    """Answers written for the form before outlines (no pit_measured) get the default, typed sizes."""
    session = land_session(land, [pit(pit_length_m=10, pit_width_m=6, pit_depth_m=4.5)])
    assert session.get("pit_measured", (0,)) == "tape"
    assert session.get("pit_volume_m3", (0,)) == 270.0 and in_repeats(session) == []


# A stream surveyed at Khajura: 300 m north then 400 m east, and a paced 250 m reach.
LINE = walk(28.1005, 81.6194, (0, 300), (90, 400))


def segment(**answers: Any) -> dict[str, Any]:
    base = {"segment_place": "bridge to bridge", "seg_width_m": 3, "seg_flow": "slow", "seg_waste_load": "low",
            "seg_bank": "lined"}
    return {**base, **answers}


def test_stream_line_length_feeds_blocked_length_and_share(waterways: Form) -> None:
    answers = {"consent": "yes", "segment": [
        segment(seg_measured="line", seg_line=LINE, seg_blockage="full", seg_blockage_cause=["waste"],
                seg_waste_load="high"),
        segment(seg_measured="paced", seg_length_m=250, seg_blockage="none"),
    ]}
    doc = FormSession.from_answers(waterways, answers).final_document()
    length = line_m(LINE)
    assert length == pytest.approx(700.0, abs=1e-6)
    assert doc["segment"][0]["seg_line_km"] == round(length / 1000, 3) == 0.7
    assert doc["segment"][0]["seg_used_m"] == 700.0 and "seg_length_m" not in doc["segment"][0]
    assert doc["segment"][1]["seg_used_m"] == 250 and doc["segment"][1].get("seg_line_km") is None
    assert doc["length_assessed_km"] == 0.95
    assert doc["blocked_length_km"] == 0.7
    assert doc["blocked_share_pct"] == round(100 * 700 / 950, 1) == 73.7
    assert doc["high_waste_share_pct"] == 73.7


def test_green_belt_outline_in_hectares_and_the_total(green: Form) -> None:
    square = closed(walk(39.7747, 64.4197, (90, 100), (0, 100), (270, 100)))  # 1 ha at Labi hovuz
    strip = closed(walk(39.791, 64.387, (45, 500), (135, 30), (225, 500)))  # 1.5 ha along a road
    answers = {"consent": "yes", "area_assessed_ha": 50, "green_site": [
        {"gs_name": "Square", "gs_measured": "outline", "gs_outline": square},
        {"gs_name": "Road", "gs_measured": "outline", "gs_outline": strip},
        {"gs_name": "Register", "gs_measured": "typed", "gs_area_ha": 2.25},
    ]}
    doc = FormSession.from_answers(green, answers).final_document()
    assert [s["gs_site_ha"] for s in doc["green_site"]] == [
        round(shape_m2(square) / 10000, 2), round(shape_m2(strip) / 10000, 2), 2.25] == [1.0, 1.5, 2.25]
    assert [s["gs_trees"] for s in doc["green_site"]] == [400, 600, 900]
    assert doc["candidate_area_ha"] == 4.75
    assert doc["seedlings_needed"] == 1900
    assert doc["greening_water_m3_year"] == round(400 * 1.2) + round(600 * 1.2) + round(900 * 1.2)
