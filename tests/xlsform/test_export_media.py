"""XLSForm export writes the form's datasets in ODK's ``FORM-media/`` folder; pyxform accepts the workbook,
and importing the pair again (into a fresh data folder) gives back the same lists."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from needsassess.cli import main
from tests.xlsform.village_form import VILLAGES, import_village_form


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_export_writes_the_media_folder_and_pyxform_accepts_it(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    from pyxform.xls2xform import convert

    data = import_village_form(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    assert main(["--data-dir", str(data), "forms", "export", "village_check", "-o", str(out / "vc.xlsx")]) == 0
    media = out / "vc-media"
    assert sorted(p.name for p in media.iterdir()) == ["villages.csv", "wards.csv", "water.csv"]
    assert _rows(media / "villages.csv") == [line.split(",") for line in VILLAGES.splitlines()]
    xform = convert(xlsform=str(out / "vc.xlsx")).xform
    for name in ("villages", "wards", "water"):
        assert f'src="jr://file-csv/{name}.csv"' in xform
    assert "instance('villages')/root/item[district= /data/district ]" in xform
    fresh = tmp_path / "fresh"
    capsys.readouterr()
    assert main(["--data-dir", str(fresh), "forms", "import", str(out / "vc.xlsx")]) == 0
    assert main(["--data-dir", str(fresh), "datasets", "list"]) == 0
    listed = capsys.readouterr().out
    assert "villages\tv1\t3 rows" in listed and "wards\tv1\t2 rows" in listed


def test_export_refuses_a_form_whose_dataset_is_not_stored(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "sites_check.yaml"
    form.write_text("form_id: sites_check\nversion: '1'\ntitle: {en: Sites}\n"
                    "survey:\n  - {type: select_one sites.csv, name: site, label: {en: Site}}\n", encoding="utf-8")
    target = tmp_path / "s.xlsx"
    assert main(["--data-dir", str(tmp_path / "data"), "forms", "export", str(form), "-o", str(target)]) == 1
    assert "error [NA-DATASET-570]" in capsys.readouterr().err and not target.exists()


def test_a_csv_error_reads_in_the_data_folders_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess import paths

    data = tmp_path / "data"
    data.mkdir()
    paths.remember_language(data, "ne")
    (tmp_path / "bad.csv").write_bytes(b"name,name\n1,2\n")
    assert main(["--data-dir", str(data), "datasets", "import", str(tmp_path / "bad.csv")]) == 1
    assert "error [NA-DATASET-569]: bad.csv पङ्क्ति 1: स्तम्भ 'name' दुई पटक आउँछ" in capsys.readouterr().err


def test_exporting_an_unknown_dataset_is_a_catalogued_refusal(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess import paths

    data = tmp_path / "data"
    data.mkdir()
    paths.remember_language(data, "uz")
    assert main(["--data-dir", str(data), "datasets", "export", "wells", "-o", str(tmp_path / "w.csv")]) == 1
    assert "error [NA-DATASET-585]: 'wells' maʼlumotlar toʻplami yoʻq" in capsys.readouterr().err
    assert not (tmp_path / "w.csv").exists()
