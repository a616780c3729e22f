"""Assessments made with the forms before pit outlines, stream lines and plausible ranges stay readable.

``tests/fixtures/forms_2026_before_maps`` holds the shipped forms as they were (land_reclamation
2026.3, waterways 2026.2, green_city 2026.2, energy 2026.3, waste_management 2026.2) with the demo
answers of that time. Assessments are made with them, then the data folder is opened with the
shipped forms: the old ones open, print, export and reopen under their own version, new ones take
the new version.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from needsassess.cli import main
from needsassess.demo.loader import ANSWERS_DIR
from needsassess.engine import FormSession, load_form
from needsassess.store import open_store
from needsassess.store.bulk import create_many

OLD_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "forms_2026_before_maps"
SHIPPED = Path(__file__).resolve().parents[2] / "forms"
OLD = {"land_reclamation": "2026.3", "waterways": "2026.2", "green_city": "2026.2", "energy": "2026.3",
       "waste_management": "2026.2"}


def old_answers(form_id: str) -> dict[str, Any]:
    folder = OLD_DIR / "answers" if (OLD_DIR / "answers" / f"{form_id}.json").exists() else ANSWERS_DIR
    items: list[dict[str, Any]] = json.loads((folder / f"{form_id}.json").read_text(encoding="utf-8"))
    return items[0]


@pytest.fixture
def folder(data_dir: Path) -> dict[str, str]:
    """One complete assessment per form, made with the old form versions; returns form id → uuid."""
    made: dict[str, str] = {}
    with open_store(data_dir, forms_dir=OLD_DIR) as store:
        for form_id, version in OLD.items():
            form = store.forms.latest(form_id)
            assert form.version == version
            session = FormSession.from_answers(form, old_answers(form_id))
            assert session.problems() == []
            made[form_id] = create_many(store, form_id, [session], complete=True)[0]
    return made


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> str:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_the_shipped_forms_have_new_versions() -> None:
    for form_id, version in OLD.items():
        assert load_form(SHIPPED / f"{form_id}.yaml").version != version
        assert load_form(OLD_DIR / f"{form_id}.yaml").version == version


def test_old_assessments_open_under_their_own_version(folder: dict[str, str], data_dir: Path) -> None:
    with open_store(data_dir) as store:  # the shipped forms now
        for form_id, uuid in folder.items():
            record = store.get(uuid)
            assert record.form_version == OLD[form_id]
            assert store.form_of(record).version == OLD[form_id]
            session = store.open_session(uuid)
            assert session.form.version == OLD[form_id]
            assert session.problems() == []
        pits = store.open_session(folder["land_reclamation"]).final_document()["pit"]
        assert pits[0]["pit_length_m"] == 12.0 and pits[0]["pit_volume_m3"] == 576.0
        assert "pit_measured" not in pits[0]
        assert store.create("land_reclamation").form_version == "2026.4"


def test_old_and_new_report_export_and_list_side_by_side(
    folder: dict[str, str], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "new.json"
    fresh.write_text(json.dumps(json.loads((ANSWERS_DIR / "land_reclamation.json").read_text())[0]), encoding="utf-8")
    new_uuid = run(capsys, data_dir, "new", "--form", "land_reclamation", "--answers", str(fresh), "--complete").strip()
    rows = {r["uuid"]: r for r in json.loads(run(capsys, data_dir, "list", "--json"))}
    assert rows[new_uuid]["form_version"] == "2026.4"
    assert {rows[u]["form_version"] for u in folder.values()} == set(OLD.values())

    for lang in ("en", "ne", "uz"):
        pdf = tmp_path / f"r-{lang}.pdf"
        run(capsys, data_dir, "report", folder["land_reclamation"], new_uuid, "-o", str(pdf), "--lang", lang)
        assert len(PdfReader(pdf).pages) >= 8
    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "r-en.pdf").pages)
    assert "Depth (m)" in text  # the old version's pit table, as it was asked
    assert "How was the pit measured?" in text and "Mean depth (m)" in text  # the new one's

    for form_id, uuid in folder.items():
        run(capsys, data_dir, "report", uuid, "-o", str(tmp_path / f"{form_id}.pdf"))
    run(capsys, data_dir, "summary", "-o", str(tmp_path / "summary.pdf"))
    summary = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "summary.pdf").pages)
    assert "Total pit area" in summary

    run(capsys, data_dir, "tables", "-o", str(tmp_path / "tables"))
    with open(tmp_path / "tables" / "land_reclamation.csv", encoding="utf-8-sig", newline="") as handle:
        by_uuid = {row["uuid"]: row for row in csv.DictReader(handle)}
    assert by_uuid[folder["land_reclamation"]]["form_version"] == "2026.3"
    assert by_uuid[new_uuid]["form_version"] == "2026.4"
    assert float(by_uuid[folder["land_reclamation"]]["pit_area_total_m2"]) == 96 + 60 + 20 + 300
    run(capsys, data_dir, "tables", "-o", str(tmp_path / "all.geojson"))
    features = json.loads((tmp_path / "all.geojson").read_text(encoding="utf-8"))["features"]
    kinds = {(f["properties"]["uuid"], f["geometry"]["type"]) for f in features}
    assert (new_uuid, "Polygon") in kinds and (folder["land_reclamation"], "Point") in kinds
    assert (folder["land_reclamation"], "Polygon") not in kinds


def test_an_old_assessment_reopens_in_its_version(
    folder: dict[str, str], data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    change = tmp_path / "change.json"
    change.write_text(json.dumps({"pits_total": 5, "other_pit_area_m2": 30, "other_pit_depth_m": 2}), encoding="utf-8")
    uuid = folder["land_reclamation"]
    run(capsys, data_dir, "edit", uuid, "--answers", str(change), "--reason", "one pit more", "--complete")
    shown = json.loads(run(capsys, data_dir, "show", uuid, "--json"))
    assert (shown["form_version"], shown["revision"]) == ("2026.3", 2)
    assert shown["answers"]["pit_area_total_m2"] == 476 + 30  # the 4 typed pits and one more of 30 m²
