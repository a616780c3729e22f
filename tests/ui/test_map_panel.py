"""The Map tab beside the list: the demo's assessments as points by form and status; a click opens one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from needsassess.analysis.sites import lat_lon, point_question, site_points
from needsassess.demo.loader import load_demo
from needsassess.locale.measures import format_length
from needsassess.store import DRAFT, ListQuery
from needsassess.ui.entry import FormEntryView
from tests.mapview.mbtiles_helpers import make_mbtiles


def _show_map(qtbot, window):
    page = window.start_page
    page.reload()
    with qtbot.waitSignal(page.map_panel.loaded, timeout=20000):
        page.views.setCurrentWidget(page.map_panel)
    return page


def test_site_question_of_each_form(store) -> None:
    questions = {f.form_id: point_question(f) for f in store.forms.all_latest()}
    assert questions["waterways"] == "gps" and questions["waste_management"] == "gps"
    assert lat_lon({"lat": 28.1, "lon": 81.6, "alt": 0, "accuracy": 5}) == (28.1, 81.6)
    assert lat_lon({"lat": 128.1, "lon": 81.6}) is None and lat_lon("28 81") is None
    assert lat_lon({"lat": float("nan"), "lon": 1.0}) is None


def test_map_lists_the_demo_assessments_and_a_click_opens_one(qtbot, window, store, no_popups) -> None:
    load_demo(store)
    located, read = site_points(store, ListQuery(limit=None))
    assert read == store.count(ListQuery(limit=None)) and len(located) >= 5
    window.resize(1024, 600)
    window.show()
    page = _show_map(qtbot, window)
    panel = page.map_panel
    assert {s.uuid for s in panel.sites()} == {s.uuid for s in located}
    shown = panel.map.points()
    assert len({p.color.name() for p in shown}) == len({s.form_id for s in located})  # one colour per form
    drafts = {s.uuid for s in located if s.status == DRAFT}
    assert drafts and {p.key for p in shown if not p.filled} == drafts  # drafts hollow
    assert store.forms.latest("waterways").title_in("en") in panel.legend.text()
    assert f"{len(located)} of {read}" in panel.status.text()
    # the map fits in the window: the points it shows are inside the map widget
    target = next(s for s in located if s.status != DRAFT)
    at = panel.map.drawn_at(target.uuid)  # sites on one spot fan out around it
    assert at is not None and 0 <= at.x() < panel.map.width() and 0 <= at.y() < panel.map.height()
    assert all(panel.map.drawn_at(s.uuid) is not None for s in located)  # every site visible at once
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=at.toPoint())
    assert isinstance(window.entry, FormEntryView)
    assert window._entry_uuid == (target.uuid, True)


def test_map_follows_the_filters(qtbot, window, store) -> None:
    load_demo(store)
    page = _show_map(qtbot, window)
    everything = len(page.map_panel.sites())
    page.form_filter.setCurrentIndex(page.form_filter.findData("waterways"))
    with qtbot.waitSignal(page.map_panel.loaded, timeout=20000):
        page.apply_filters()
    sites = page.map_panel.sites()
    assert sites and {s.form_id for s in sites} == {"waterways"} and len(sites) < everything


def test_basemap_chosen_remembered_and_refused(qtbot, window, store, tmp_path: Path, no_popups) -> None:
    page = _show_map(qtbot, window)
    panel = page.map_panel
    bad = tmp_path / "not.mbtiles"
    bad.write_bytes(b"hello")
    assert not panel.use_basemap(str(bad))
    assert no_popups and "is not an MBTiles basemap" in no_popups[-1][1]
    assert store.settings.basemap_path == "" and panel.map.basemap is None
    good = make_mbtiles(tmp_path / "good.mbtiles", zooms=(0, 1))
    assert panel.use_basemap(str(good))
    assert store.settings.basemap_path == str(good) and panel.map.basemap is not None
    assert "Test basemap" in panel.status.text()
    from needsassess.ui.map_panel import MapPanel

    again = MapPanel(store, "en")  # next start: the remembered basemap is opened again
    qtbot.addWidget(again)
    assert again.map.basemap is not None and again.map.attribution == "© Test mappers"
    qtbot.mouseClick(panel.plain_button, Qt.MouseButton.LeftButton, pos=QPoint(3, 3))
    assert store.settings.basemap_path == "" and panel.map.basemap is None


def test_the_list_maps_scale_bar_in_nepali_numbers(qtbot, switcher) -> None:
    """The Map tab writes its scale as the drawing dialog does: in the interface language's numbers."""
    from needsassess.ui.map_view import MapView

    switcher.switch("ne")
    view = MapView()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_view(28.1, 81.6, 14)
    text = format_length(200, view.scale_conventions())
    assert "२००" in text and "200" not in text
    view.grab()  # paints the bar with it
