"""The map widget drawn offscreen: points where the projection puts them, pan and zoom, basemap tiles."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor

from needsassess.store.mbtiles import MBTiles
from needsassess.ui.map_view import MapPoint, MapView, nice_distance, project, unproject
from tests.mapview.mbtiles_helpers import make_mbtiles, xyz_colour

RED = QColor("#d01020")
BLUE = QColor("#1030d0")
KHAJURA = (28.1, 81.6)
BUKHARA = (39.77, 64.42)


@pytest.fixture
def view(qtbot) -> MapView:
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.set_points([MapPoint("khajura", *KHAJURA, RED), MapPoint("bukhara", *BUKHARA, BLUE, filled=False)])
    widget.fit()
    return widget


def _pixel(widget: MapView, at: QPointF) -> QColor:
    return widget.grab().toImage().pixelColor(QPoint(round(at.x()), round(at.y())))


def test_projection_round_trip() -> None:
    assert project(0, 0) == (0.5, 0.5)
    x, y = project(*BUKHARA)
    lat, lon = unproject(x, y)
    assert lat == pytest.approx(BUKHARA[0]) and lon == pytest.approx(BUKHARA[1])
    assert project(85.05112878, 180)[1] == pytest.approx(0.0, abs=1e-9)


def test_points_drawn_at_their_projected_place(view: MapView) -> None:
    red_at, blue_at = view.to_screen(*KHAJURA), view.to_screen(*BUKHARA)
    assert 0 < red_at.x() < 600 and 0 < blue_at.y() < 400
    assert _pixel(view, red_at) == RED  # filled: the centre has the form's colour
    ring = _pixel(view, blue_at + QPointF(4.5, 0))  # hollow: the ring does, the centre does not
    assert ring.blue() > 150 and ring.red() < 100
    assert _pixel(view, blue_at) != BLUE


def test_pan_and_zoom_move_the_points(view: MapView, qtbot) -> None:
    before = view.to_screen(*KHAJURA)
    zoom = view.zoom
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    qtbot.mouseMove(view, QPoint(320, 200))
    qtbot.mouseMove(view, QPoint(360, 230))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(360, 230))
    moved = view.to_screen(*KHAJURA)
    assert moved.x() == pytest.approx(before.x() + 60, abs=1) and moved.y() == pytest.approx(before.y() + 30, abs=1)
    assert _pixel(view, moved) == RED
    view.zoom_in_button.click()
    assert view.zoom == zoom + 1
    zoomed = view.to_screen(*KHAJURA)
    # zooming about the centre doubles the distance from it
    assert zoomed.x() - 300 == pytest.approx(2 * (moved.x() - 300), abs=1)
    view.zoom_out_button.click()
    view.zoom_out_button.click()
    assert view.zoom == zoom - 1


def test_click_on_a_point_reports_it_and_a_drag_does_not(view: MapView, qtbot) -> None:
    clicked: list[str] = []
    view.point_clicked.connect(clicked.append)
    at = view.to_screen(*KHAJURA).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at + QPoint(2, 1))
    assert clicked == ["khajura"]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert clicked == ["khajura"]


def test_scale_bar_lengths() -> None:
    assert nice_distance(137) == 100 and nice_distance(4200) == 2000 and nice_distance(0.7) == 0.5
    widget = MapView()
    widget.resize(400, 300)
    widget.set_view(0, 0, 10)
    assert widget.metres_per_pixel() == pytest.approx(152.87, rel=1e-3)  # the known zoom-10 figure at the equator


def test_lines_and_polygons_drawn(qtbot) -> None:
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    green = QColor("#10a040")
    square = [(39.70, 64.30), (39.70, 64.50), (39.85, 64.50), (39.85, 64.30)]
    widget.add_polygon(square, green)
    widget.add_line([(39.60, 64.20), (39.95, 64.60)], QColor("#0000ff"), width=4)
    widget.fit()
    edge = widget.to_screen(39.70, 64.40)  # the middle of the southern edge
    assert _pixel(widget, edge).green() > 120
    inside = _pixel(widget, widget.to_screen(39.72, 64.45))
    assert inside != QColor("#eef1f4")  # lightly filled, not the background


def test_basemap_tiles_drawn_under_points(qtbot, tmp_path: Path) -> None:
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(512, 512)
    widget.set_basemap(MBTiles(make_mbtiles(tmp_path / "b.mbtiles", zooms=(1,))))
    widget.show_boundaries = False  # the tiles' own colours (the outlines over them: test_map_boundaries.py)
    widget.set_view(0, 0, 1)  # the whole world: 2 × 2 tiles of zoom 1
    image = widget.grab().toImage()
    assert image.pixelColor(100, 100).name() == QColor(xyz_colour(1, 0, 0)).name()  # north-west
    assert image.pixelColor(400, 300).name() == QColor(xyz_colour(1, 1, 1)).name()  # south-east
    assert widget.attribution == "© Test mappers"
    widget.set_view(0, 0, 3)  # beyond the file's zooms: its nearest level, scaled
    assert widget.grab().toImage().pixelColor(200, 200).name() == QColor(xyz_colour(1, 0, 0)).name()
    widget.set_basemap(None)
