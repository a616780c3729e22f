"""Lines and areas in the entry window: points typed, pasted and imported from GPS files (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from needsassess.store import AssessmentStore, open_store
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.geo_widgets import PointsWidget
from tests.ui.entry_helpers import type_text

FORM = """\
form_id: geo_entry
version: "1"
default_language: en
title: {en: Geo}
survey:
  - type: group
    name: site
    label: {en: Site}
    children:
      - {type: geotrace, name: stream, label: {en: Stream}}
      - {type: geoshape, name: pit, label: {en: Pit outline}}
"""
GPX = """<?xml version="1.0"?>
<gpx version="1.1" creator="eTrex" xmlns="http://www.topografix.com/GPX/1/1">
 <trk><trkseg>
  <trkpt lat="27.7000" lon="85.3000"><ele>1300</ele></trkpt>
  <trkpt lat="27.7010" lon="85.3000"><ele>1302</ele></trkpt>
  <trkpt lat="27.7020" lon="85.3005"><ele>1305</ele></trkpt>
 </trkseg></trk>
</gpx>
"""
KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon><outerBoundaryIs><LinearRing>
<coordinates>64.4,39.77,0 64.401,39.77,0 64.401,39.771,0 64.4,39.771,0 64.4,39.77,0</coordinates>
</LinearRing></outerBoundaryIs></Polygon></Placemark></kml>
"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE kml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
<kml><Placemark><LineString><coordinates>&b;</coordinates></LineString></Placemark></kml>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]><gpx><wpt lat="1" lon="2"><name>&x;</name></wpt></gpx>
"""


@pytest.fixture
def geo_store(tmp_path: Path) -> Iterator[AssessmentStore]:
    forms = tmp_path / "data" / "forms"
    forms.mkdir(parents=True)
    (forms / "geo_entry.yaml").write_text(FORM, encoding="utf-8")
    opened = open_store(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, geo_store: AssessmentStore, switcher) -> FormEntryView:
    record = geo_store.create("geo_entry")
    entry = FormEntryView(geo_store, record.uuid, form_language="en")
    qtbot.addWidget(entry)
    entry.resize(1024, 600)
    entry.show()
    return entry


def widget(view: FormEntryView, name: str) -> PointsWidget:
    found = [w for w in view.findChildren(PointsWidget) if w.question.name == name]
    assert len(found) == 1
    return found[0]


def type_points(qtbot, w: PointsWidget, lines: list[str]) -> None:
    w.editor.setFocus()
    w.editor.clear()
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(w.editor, Qt.Key.Key_Return)
        type_text(w.editor, line)
    w.leave()


def test_typed_area_is_measured_and_saved(qtbot, view: FormEntryView, geo_store: AssessmentStore) -> None:
    pit = widget(view, "pit")
    type_points(qtbot, pit, ["0 0", "0 0.001", "0.001 0.001", "0.001 0"])
    qtbot.waitUntil(lambda: view.session.get("pit") is not None)
    stored = view.session.get("pit")
    assert len(stored) == 5 and stored[0] == stored[-1]
    assert geo_store.get(view.uuid).answers["pit"] == stored  # saved, not only in the session
    assert pit.summary.text() == "4 points · area 1.23\u00a0ha · perimeter 444\u00a0m"  # 111.3 m x 110.6 m


def test_crossing_outline_is_refused_and_changes_nothing(qtbot, view: FormEntryView) -> None:
    pit = widget(view, "pit")
    type_points(qtbot, pit, ["0 0", "0 1", "1 1", "1 0"])
    qtbot.waitUntil(lambda: view.session.get("pit") is not None)
    before = view.session.get("pit")
    type_points(qtbot, pit, ["0 0", "0 1", "1 0", "1 1"])
    qtbot.waitUntil(lambda: pit.message is not None and pit.message.isVisible())
    assert "crosses itself" in pit.message.text()
    assert view.session.get("pit") == before


def test_gpx_track_imports_with_its_length(qtbot, view: FormEntryView, tmp_path: Path) -> None:
    stream = widget(view, "stream")
    path = tmp_path / "track.gpx"
    path.write_text(GPX, encoding="utf-8")
    assert stream.import_file(path)
    qtbot.waitUntil(lambda: view.session.get("stream") is not None)
    points = view.session.get("stream")
    assert [p["lat"] for p in points] == [27.7, 27.701, 27.702] and points[0]["alt"] == 1300
    assert stream.summary.text().startswith("3 points · length 2")  # ~ 226 m


def test_kml_polygon_and_geojson_line_import(qtbot, view: FormEntryView, tmp_path: Path) -> None:
    pit, stream = widget(view, "pit"), widget(view, "stream")
    (tmp_path / "pit.kml").write_text(KML, encoding="utf-8")
    assert pit.import_file(tmp_path / "pit.kml")
    qtbot.waitUntil(lambda: view.session.get("pit") is not None)
    assert view.session.get("pit")[1] == {"lat": 39.77, "lon": 64.401, "alt": 0.0}
    (tmp_path / "s.geojson").write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", '
                                        '"properties": {}, "geometry": {"type": "LineString", '
                                        '"coordinates": [[85.3, 27.7], [85.31, 27.7]]}}]}', encoding="utf-8")
    assert stream.import_file(tmp_path / "s.geojson")
    qtbot.waitUntil(lambda: view.session.get("stream") is not None)
    assert view.session.get("stream") == [{"lat": 27.7, "lon": 85.3}, {"lat": 27.7, "lon": 85.31}]


@pytest.mark.parametrize(("content", "message"), [
    (LAUGHS, "declares entities"),
    (EXTERNAL, "declares entities"),
    ("<gpx><trk><trkpt lat='1' lon='2'>", "not a GPX, KML or GeoJSON"),
    ('{"type": "LineString", "coordinates": [[200, 1], [0, 0]]}', "out of range (point 1)"),
    ('{"type": "Point", "coordinates": [1, 2]}', "holds no track"),
    ("[" * 100_000 + "]" * 100_000, "not a GPX, KML or GeoJSON"),
    ("lat,lon\n1,2\n", "not a GPX, KML or GeoJSON"),
])
def test_hostile_files_say_why_and_change_nothing(qtbot, view: FormEntryView, tmp_path: Path, content: str,
                                                  message: str) -> None:
    stream = widget(view, "stream")
    type_points(qtbot, stream, ["1 1", "1 2"])
    qtbot.waitUntil(lambda: view.session.get("stream") is not None)
    before = view.session.get("stream")
    path = tmp_path / "bad.gpx"
    path.write_text(content, encoding="utf-8")
    assert not stream.import_file(path)
    assert message in stream.message.text()  # type: ignore[union-attr]
    assert view.session.get("stream") == before and stream.editor.toPlainText() == "1 1\n1 2"


def test_large_file_is_refused_before_reading(qtbot, view: FormEntryView, tmp_path: Path) -> None:
    stream = widget(view, "stream")
    path = tmp_path / "huge.gpx"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    assert not stream.import_file(path)
    assert "larger than 20 MB" in stream.message.text()  # type: ignore[union-attr]


def test_pasted_odk_text_and_nepali_numbers(qtbot, view: FormEntryView, switcher) -> None:
    stream = widget(view, "stream")
    stream.paste("27.7 85.3 1300 5;27.71 85.3 1310 4")
    qtbot.waitUntil(lambda: view.session.get("stream") is not None)
    assert stream.summary.text() == "2 points · length 1,108\u00a0m · accuracy up to 5\u00a0m"
    switcher.switch("ne")
    stream.refresh()
    assert "२" in stream.summary.text() and "मि." in stream.summary.text()
