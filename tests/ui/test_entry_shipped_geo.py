"""The shipped forms' outlines and lines in the entry window: chosen, typed as coordinates, measured.

An officer chooses how a pit, a stream segment or a green belt was measured, types the points it
asks for (latitude longitude, one per line), and sees the area, volume or length at once; the typed
sizes are then not asked. Each figure is checked against geographiclib on the typed points.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from geographiclib.geodesic import Geodesic
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from needsassess.store import AssessmentStore
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.geo_widgets import PointsWidget
from tests.ui import entry_helpers as h

WGS84 = Geodesic.WGS84
SHOTS = Path("/tmp/na-entry-shots")


def walk(lat: float, lon: float, *legs: tuple[float, float]) -> list[tuple[float, float]]:
    points = [(lat, lon)]
    for azimuth, metres in legs:
        step = WGS84.Direct(lat, lon, azimuth, metres)
        lat, lon = round(step["lat2"], 8), round(step["lon2"], 8)
        points.append((lat, lon))
    return points


def area_m2(points: list[tuple[float, float]]) -> float:
    polygon = WGS84.Polygon(False)
    for lat, lon in points:
        polygon.AddPoint(lat, lon)
    return abs(float(polygon.Compute(False, True)[2]))


def length_m(points: list[tuple[float, float]]) -> float:
    return sum(WGS84.Inverse(a[0], a[1], b[0], b[1])["s12"] for a, b in pairwise(points))


def page_of(view: FormEntryView, name: str) -> int:
    return next(i for i, p in enumerate(view.pages) if p.name == name)


def type_points(qtbot, view: FormEntryView, name: str, instance: tuple[int, ...],
                points: list[tuple[float, float]]) -> PointsWidget:
    widget = h.widget_for(view, name, instance)
    assert isinstance(widget, PointsWidget) and widget.isVisibleTo(view)
    widget.editor.setFocus()
    widget.editor.clear()
    for n, (lat, lon) in enumerate(points):
        if n:
            qtbot.keyClick(widget.editor, Qt.Key.Key_Return)
        h.type_text(widget.editor, f"{lat} {lon}")
    widget.leave()
    qtbot.waitUntil(lambda: view.session.get(name, instance) is not None)
    return widget


def shot(qtbot, view: FormEntryView, name: str, at: tuple[str, tuple[int, ...]]) -> None:
    """A picture of the page as the officer sees it at a question, once the layout has settled."""
    qtbot.wait(100)
    for area in view.findChildren(QScrollArea):
        if area.isVisible():
            area.ensureWidgetVisible(h.widget_for(view, *at), 0, 40)
    qtbot.wait(50)
    SHOTS.mkdir(exist_ok=True)
    view.grab().save(str(SHOTS / f"{name}.png"))


@pytest.mark.parametrize("language", ["en", "ne", "uz"])
def test_a_pit_outline_typed_gives_its_area_and_volume(qtbot, store: AssessmentStore, switcher,
                                                       language: str) -> None:
    view = h.open_view(qtbot, store, "land_reclamation", language=language)
    view.show_page(page_of(view, "pits_page"))
    h.enter(qtbot, view, "pits_present", "yes")
    h.repeat_section(view, "pit").add_button.click()
    assert h.widget_for(view, "pit_length_m", (0,)).isVisibleTo(view)  # typed sizes by default
    assert not h.widget_for(view, "pit_outline", (0,)).isVisibleTo(view)
    h.enter(qtbot, view, "pit_measured", "outline", (0,))
    assert not h.widget_for(view, "pit_length_m", (0,)).isVisibleTo(view)
    rim = walk(8.6441, -10.9712, (90, 24), (0, 15), (270, 24))  # 24 m × 15 m at Kaisambo
    type_points(qtbot, view, "pit_outline", (0,), rim)
    h.enter(qtbot, view, "pit_depth_m", 3.5, (0,))
    h.enter(qtbot, view, "pits_total", 1)
    expected = area_m2(rim)
    assert expected == pytest.approx(360, rel=1e-4)
    assert view.session.get("pit_area_m2", (0,)) == round(expected, 1)
    assert view.session.get("pit_volume_m3", (0,)) == round(expected * 3.5, 1)
    assert view.session.get("pit_volume_total_m3") == round(expected * 3.5, 1)
    qtbot.waitUntil(lambda: store.get(view.uuid).answers.get("pit", [{}])[0].get("pit_depth_m") == 3.5)
    saved = store.get(view.uuid).answers["pit"][0]
    assert saved["pit_measured"] == "outline" and len(saved["pit_outline"]) == 5
    shot(qtbot, view, f"pits-{language}", ("pit_volume_m3", (0,)))


def test_a_stream_line_typed_gives_its_length_and_the_blocked_share(qtbot, store: AssessmentStore) -> None:
    view = h.open_view(qtbot, store, "waterways")
    view.show_page(page_of(view, "segments_page"))
    h.repeat_section(view, "segment").add_button.click()
    h.enter(qtbot, view, "segment_place", "Khajura bridge to the canal", (0,))
    h.enter(qtbot, view, "seg_measured", "line", (0,))
    assert not h.widget_for(view, "seg_length_m", (0,)).isVisibleTo(view)
    line = walk(28.1005, 81.6194, (200, 250), (180, 300), (150, 200))
    type_points(qtbot, view, "seg_line", (0,), line)
    h.enter(qtbot, view, "seg_blockage", "partial", (0,))
    expected = length_m(line)
    assert expected == pytest.approx(750, abs=0.01)
    assert view.session.get("seg_line_km", (0,)) == round(expected / 1000, 3) == 0.75
    assert view.session.get("length_assessed_km") == 0.75
    assert view.session.get("blocked_length_km") == 0.75
    assert view.session.get("blocked_share_pct") == 100
    shot(qtbot, view, "segment-en", ("seg_line_km", (0,)))


def test_a_green_belt_outline_typed_gives_hectares_and_trees(qtbot, store: AssessmentStore) -> None:
    view = h.open_view(qtbot, store, "green_city", language="uz")
    view.show_page(page_of(view, "greening"))
    h.repeat_section(view, "green_site").add_button.click()
    h.enter(qtbot, view, "gs_name", "Shohrud kanali", (0,))
    h.enter(qtbot, view, "gs_measured", "outline", (0,))
    assert not h.widget_for(view, "gs_area_ha", (0,)).isVisibleTo(view)
    belt = walk(39.791, 64.387, (90, 400), (0, 50), (270, 400))  # 2 ha along the canal
    type_points(qtbot, view, "gs_outline", (0,), belt)
    expected = area_m2(belt) / 10000
    assert expected == pytest.approx(2.0, rel=1e-3)  # a geodesic east leg is not a parallel
    assert view.session.get("gs_site_ha", (0,)) == 2.0
    assert view.session.get("gs_trees", (0,)) == 800
    assert view.session.get("candidate_area_ha") == 2.0
    shot(qtbot, view, "green-uz", ("gs_site_ha", (0,)))
