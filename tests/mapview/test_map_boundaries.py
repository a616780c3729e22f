"""The shipped outlines on the map: the basemap without MBTiles, outlines over one, and credit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QImage

from needsassess.errors.geo_codes import BoundaryCode
from needsassess.geo.boundaries import load
from needsassess.resources import ResourceMissing
from needsassess.store.mbtiles import MBTiles
from needsassess.ui.map_boundaries import COUNTRY_BORDER, LAND, SEA, BoundaryLayer
from needsassess.ui.map_view import MapView, unproject
from tests.mapview.mbtiles_helpers import make_mbtiles, xyz_colour


@pytest.fixture
def view(qtbot) -> MapView:
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    return widget


def _colour(image: QImage, at: QPointF) -> str:
    return image.pixelColor(QPoint(round(at.x()), round(at.y()))).name()


def _darkest_near(image: QImage, at: QPointF, reach: int = 2) -> int:
    """The lowest lightness in a small square around ``at`` (a border line passes there)."""
    x, y = round(at.x()), round(at.y())
    return min(image.pixelColor(QPoint(x + dx, y + dy)).lightness()
               for dx in range(-reach, reach + 1) for dy in range(-reach, reach + 1))


@pytest.mark.parametrize(("lat", "lon", "zoom", "inland", "sea"), [
    (28.3, 84.0, 6, (27.9, 83.0), None),  # Nepal: the middle hills; no sea in view
    (41.0, 64.0, 5, (40.2, 63.0), None),  # Uzbekistan: no sea in the data (the Aral Sea counts as land)
    (8.5, -11.8, 7, (8.9, -11.8), (7.9, -13.6)),  # Sierra Leone, and the Atlantic
])
def test_without_a_basemap_the_outlines_are_the_basemap(view: MapView, lat: float, lon: float, zoom: int,
                                                       inland: tuple[float, float],
                                                       sea: tuple[float, float] | None) -> None:
    view.set_view(lat, lon, zoom)
    image = view.grab().toImage()
    assert _colour(image, view.to_screen(*inland)) == LAND.name()
    if sea is not None:
        assert _colour(image, view.to_screen(*sea)) == SEA.name()


def test_country_borders_are_drawn_where_the_data_puts_them(view: MapView) -> None:
    view.set_view(28.3, 84.0, 6)
    image = view.grab().toImage()
    nepal = load().country("Nepal")
    assert nepal is not None
    outline = next(nepal.outlines())
    on_border = [view.to_screen(lat, lon) for lat, lon in outline[::40]]
    on_border = [p for p in on_border if 5 < p.x() < 595 and 5 < p.y() < 395]
    assert len(on_border) > 5
    assert all(_darkest_near(image, p) < LAND.lightness() - 40 for p in on_border)
    assert COUNTRY_BORDER.lightness() < LAND.lightness() - 40


def test_province_borders_appear_from_zoom_5(view: MapView) -> None:
    bukhara = next(r for r in load().regions_of("UZ") if r.code == "UZ-BU")
    uzbekistan = load().country("UZ")
    assert uzbekistan is not None
    # a point of Bukhara's border with Navoiy, far from any country border
    lat, lon = next(p for p in next(bukhara.outlines())
                    if min(r.distance_km(p[1], p[0]) for r in uzbekistan.rings) > 30)
    for zoom, drawn in ((4, False), (6, True)):
        view.set_view(lat, lon, zoom)
        image = view.grab().toImage()
        darkest = _darkest_near(image, view.to_screen(lat, lon), reach=3)
        assert (darkest < LAND.lightness() - 30) is drawn, zoom


def test_the_attribution_credits_natural_earth(view: MapView, tmp_path: Path) -> None:
    view.set_view(28.3, 84.0, 6)
    view.grab()
    assert view.boundaries.attribution == "Natural Earth"
    assert view.boundaries_shown
    view.set_basemap(MBTiles(make_mbtiles(tmp_path / "b.mbtiles", zooms=(1,))))
    view.grab()
    assert view.boundaries_shown and view.attribution == "© Test mappers"


def test_over_a_basemap_only_the_borders_are_drawn(view: MapView, tmp_path: Path) -> None:
    view.set_basemap(MBTiles(make_mbtiles(tmp_path / "b.mbtiles", zooms=(1,))))
    view.set_view(28.3, 84.0, 6)
    image = view.grab().toImage()
    tile = QColor(xyz_colour(1, 1, 0)).name()  # zoom 1, east, north: all of this view
    assert _colour(image, view.to_screen(27.9, 83.0)) == tile  # no land fill over the basemap
    nepal = load().country("Nepal")
    assert nepal is not None
    lat, lon = next(nepal.outlines())[0]
    at = view.to_screen(lat, lon)
    near = {image.pixelColor(QPoint(round(at.x()) + dx, round(at.y()) + dy)).name()
            for dx in range(-2, 3) for dy in range(-2, 3)}
    assert near - {tile}, "a border line over the tile"
    view.show_boundaries = False
    plain = view.grab().toImage()
    assert _colour(plain, view.to_screen(lat, lon)) == tile


def test_unreadable_data_leaves_the_graticule(qtbot) -> None:
    def broken() -> object:
        raise ResourceMissing(BoundaryCode.DAMAGED, file="boundaries.bin", reason="test")

    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(300, 200)
    widget.boundaries = BoundaryLayer(unproject, broken)  # type: ignore[arg-type]
    widget.set_view(28.3, 84.0, 6)
    image = widget.grab().toImage()
    assert not widget.boundaries_shown
    assert image.pixelColor(QPoint(150, 100)).name() in ("#eef1f4", "#c5ccd3")  # background or a graticule line


def test_tiles_are_drawn_once(view: MapView) -> None:
    view.set_view(8.5, -11.8, 7)
    view.grab()
    layer = view.boundaries
    tiles = dict(layer._caches.tiles)
    assert tiles
    view.grab()
    assert all(layer._caches.tiles[key] is image for key, image in tiles.items())


def test_a_map_opened_later_reuses_what_an_earlier_one_drew(qtbot, view: MapView) -> None:
    """The drawing dialog's map, opened after the list's, draws the same tiles without making them again."""
    view.set_view(8.5, -11.8, 7)
    view.grab()
    later = MapView()
    qtbot.addWidget(later)
    later.resize(view.size())
    later.set_view(8.5, -11.8, 7)
    later.boundaries.available()
    assert later.boundaries._caches is view.boundaries._caches
    before = dict(view.boundaries._caches.tiles)
    later.grab()
    assert all(later.boundaries._caches.tiles[key] is image for key, image in before.items())


def test_names_of_countries_and_provinces(view: MapView) -> None:
    view.set_view(35.0, 75.0, 4)
    view.grab()
    assert {"Uzbekistan", "Nepal", "India", "China"} <= set(view.labels.drawn)
    view.set_view(41.0, 64.0, 6)
    view.grab()
    assert {"Uzbekistan", "Bukhoro", "Samarkand"} <= set(view.labels.drawn)
    view.labels.language = "uz"
    view.grab()
    assert "Oʻzbekiston" in view.labels.drawn  # the names in Uzbek where the data has them (countries)
    view.set_view(35.0, 75.0, 2)  # the world: no names, the countries are too small
    view.grab()
    assert view.labels.drawn == []
