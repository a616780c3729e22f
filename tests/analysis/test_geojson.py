"""`needsassess tables -o FILE.geojson`: RFC 7946 order, closed counter-clockwise rings, properties, read back."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from needsassess.analysis.geojson import geometry
from needsassess.cli import main
from needsassess.engine import QType

FORM = """\
form_id: land
version: "1"
default_language: en
title: {en: Land reclamation}
survey:
  - {type: text, name: settlement, label: {en: Settlement}}
  - {type: select_one state, name: state, label: {en: State}}
  - {type: geopoint, name: gps, label: {en: GPS}}
  - {type: geotrace, name: stream, label: {en: Stream}}
  - type: repeat
    name: pits
    label: {en: Pits}
    children:
      - {type: geoshape, name: outline, label: {en: Outline}}
      - {type: decimal, name: depth, label: {en: Depth}}
choices:
  state:
    - {name: open, label: {en: Open pit}}
"""
# Clockwise as walked: the export must turn it round.
CLOCKWISE = "39.77 64.40;39.771 64.40;39.771 64.401;39.77 64.401"


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "data"
    (folder / "forms").mkdir(parents=True)
    (folder / "forms" / "land.yaml").write_text(FORM, encoding="utf-8")
    complete = {"settlement": "Bukhara", "state": "open", "gps": "39.7701 64.4005 220 4",
                "stream": "39.77 64.39;39.775 64.395 221 3", "pits": [{"outline": CLOCKWISE, "depth": 2.5}]}
    for name, answers, extra in (("a.json", complete, ["--complete"]), ("b.json", {"settlement": "Draft"}, [])):
        (tmp_path / name).write_text(json.dumps(answers), encoding="utf-8")
        assert main(["--data-dir", str(folder), "new", "--form", "land", "--answers", str(tmp_path / name),
                     *extra]) == 0
    capsys.readouterr()
    return folder


def test_cli_writes_a_feature_collection(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "sites.geojson"
    assert main(["--data-dir", str(data), "tables", "-o", str(target), "--form", "land"]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    collection = json.loads(target.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    features = {f["properties"]["question"]: f for f in collection["features"]}
    assert set(features) == {"gps", "stream", "outline"}  # the draft is not exported
    assert features["gps"]["geometry"] == {"type": "Point", "coordinates": [64.4005, 39.7701, 220.0]}
    line = features["stream"]["geometry"]
    assert line["type"] == "LineString" and line["coordinates"] == [[64.39, 39.77], [64.395, 39.775]]  # lon first
    ring = features["outline"]["geometry"]["coordinates"][0]
    assert features["outline"]["geometry"]["type"] == "Polygon" and ring[0] == ring[-1] and len(ring) == 5
    shoelace = sum(a[0] * b[1] - b[0] * a[1] for a, b in pairwise(ring))
    assert shoelace > 0  # counter-clockwise outer ring (RFC 7946, 3.1.6)
    props = features["outline"]["properties"]
    assert props["instance"] == "1" and props["settlement"] == "Bukhara" and props["state_label"] == "Open pit"
    assert props["form_id"] == "land" and props["review"] == "received" and props["points"] == 4
    assert 9_400 < props["area_m2"] < 9_600  # 111 m x 85.6 m at 39.77° N
    assert features["stream"]["properties"]["length_m"] > 700 and features["gps"]["properties"]["instance"] is None
    for feature in collection["features"]:
        lon, lat = feature["geometry"]["coordinates"][:2] if feature["geometry"]["type"] == "Point" else \
            feature["geometry"]["coordinates"][0][:2] if feature["geometry"]["type"] == "LineString" else ring[0][:2]
        assert 60 < lon < 70 and 35 < lat < 45  # WGS 84 degrees, in Uzbekistan


def test_unknown_form_is_refused(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data), "tables", "-o", str(tmp_path / "x.geojson"), "--form", "nope"]) == 1
    assert "error [" in capsys.readouterr().err and not (tmp_path / "x.geojson").exists()


def test_geometries_of_stored_answers() -> None:
    square = [{"lat": 0, "lon": 0}, {"lat": 1, "lon": 0}, {"lat": 1, "lon": 1}, {"lat": 0, "lon": 1},
              {"lat": 0, "lon": 0}]
    assert geometry(QType.GEOSHAPE, square)["coordinates"][0][1] == [1.0, 0.0]  # reversed to turn left
    assert geometry(QType.GEOSHAPE, square[::-1])["coordinates"][0][1] == [1.0, 0.0]
    assert geometry(QType.GEOTRACE, square[:1]) is None and geometry(QType.GEOPOINT, None) is None
