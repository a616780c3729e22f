"""The three forms with outlines and lines through the command line: new, edit, show, tables, report."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from needsassess.cli import main
from needsassess.demo.loader import ANSWERS_DIR

# form, repeat, shape question, geometry in GeoJSON, the figure the shape gives, a key figure
CASES = [
    ("land_reclamation", "pit", "pit_outline", "Polygon", "pit_area_m2", "pit_area_total_m2"),
    ("waterways", "segment", "seg_line", "LineString", "seg_line_km", "blocked_length_km"),
    ("green_city", "green_site", "gs_outline", "Polygon", "gs_site_ha", "candidate_area_ha"),
]


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> str:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def demo(form_id: str) -> dict[str, Any]:
    items: list[dict[str, Any]] = json.loads((ANSWERS_DIR / f"{form_id}.json").read_text(encoding="utf-8"))
    return items[0]


@pytest.mark.parametrize(("form_id", "repeat", "shape", "geometry", "figure", "key"), CASES,
                         ids=[c[0] for c in CASES])
def test_new_edit_show_tables_and_report(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path,
                                         form_id: str, repeat: str, shape: str, geometry: str, figure: str,
                                         key: str) -> None:
    answers = demo(form_id)
    path = tmp_path / "a.json"
    path.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")
    uuid = run(capsys, data_dir, "new", "--form", form_id, "--answers", str(path)).strip()

    # the officer drops the first instance's shape and measures by hand instead: the figure follows
    first = dict(answers[repeat][0])
    first.pop(shape)
    typed = {"pit": {"pit_measured": "tape", "pit_length_m": 10, "pit_width_m": 5},
             "segment": {"seg_measured": "paced", "seg_length_m": 400},
             "green_site": {"gs_measured": "typed", "gs_area_ha": 1.5}}[repeat]
    change = tmp_path / "change.json"
    change.write_text(json.dumps({repeat: [{**first, **typed}, *answers[repeat][1:]]}, ensure_ascii=False),
                      encoding="utf-8")
    before = json.loads(run(capsys, data_dir, "show", uuid, "--json"))["answers"]
    run(capsys, data_dir, "edit", uuid, "--answers", str(change), "--complete")
    after = json.loads(run(capsys, data_dir, "show", uuid, "--json"))
    assert after["status"] == "complete"
    expected = {"pit": 50.0, "segment": None, "green_site": 1.5}[repeat]
    assert after["answers"][repeat][0].get(figure) == expected
    assert shape not in after["answers"][repeat][0]
    assert after["answers"][key] != before[key]

    run(capsys, data_dir, "tables", "-o", str(tmp_path / "t.geojson"), "--form", form_id)
    features = json.loads((tmp_path / "t.geojson").read_text(encoding="utf-8"))["features"]
    shapes = [f for f in features if f["properties"]["question"] == shape]
    assert len(shapes) == sum(shape in item for item in answers[repeat]) - 1  # the edited one measured by hand
    assert {f["geometry"]["type"] for f in shapes} == {geometry}
    run(capsys, data_dir, "tables", "-o", str(tmp_path / "tables"), "--form", form_id)
    with open(tmp_path / "tables" / f"{form_id}.csv", encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert float(row[key]) == after["answers"][key]

    for lang in ("en", "ne", "uz"):
        run(capsys, data_dir, "report", uuid, "-o", str(tmp_path / f"{lang}.pdf"), "--lang", lang)
        assert len(PdfReader(tmp_path / f"{lang}.pdf").pages) >= 3
