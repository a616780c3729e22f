"""Tables for analysis: CSV with BOM, XLSX sheets per form and per repeat, formulas neutralised."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from needsassess.analysis.tables import export_tables
from tests.sync.conftest import StoreFactory, finalized


def test_csv_has_bom_columns_labels_and_repeat_rows(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store("coordinator")
    uuid = finalized(store, '=HYPERLINK("x")', 12, pits=(1.5, 2.0))
    written = export_tables(store, tmp_path / "tables")
    assert sorted(p.name for p in written) == ["mini.csv", "mini.pits.csv"]
    raw = (tmp_path / "tables" / "mini.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0]["uuid"] == uuid and rows[0]["households"] == "12"
    assert rows[0]["disposal"] == "burning" and rows[0]["disposal_label"] == "Open burning"
    assert rows[0]["settlement"].startswith("'=")  # never a formula
    assert rows[0]["review"] == "received"
    pits = list(csv.DictReader((tmp_path / "tables" / "mini.pits.csv").read_text("utf-8-sig").splitlines()))
    assert [(p["uuid"], p["instance"], p["depth"]) for p in pits] == [(uuid, "1", "1.5"), (uuid, "2", "2.0")]


def test_xlsx_has_one_sheet_per_form_and_repeat(make_store: StoreFactory, tmp_path: Path) -> None:
    store = make_store("coordinator")
    finalized(store, "=1+1", 3, pits=(4.0,))
    [path] = export_tables(store, tmp_path / "out.xlsx")
    book = load_workbook(path)
    assert book.sheetnames == ["mini", "mini.pits"]
    header = [c.value for c in book["mini"][1]]
    row = [c.value for c in book["mini"][2]]
    assert (
        row[header.index("settlement")] == "=1+1"
        and book["mini"][2][header.index("settlement")].data_type == "s"
    )
    assert [c.value for c in book["mini.pits"][2]][2] == 4.0


def test_cli_export_import_tables(
    make_store: StoreFactory, tmp_path: Path, forms_dir: Path, capsys: object
) -> None:
    from needsassess.cli import main

    store = make_store("officer")
    finalized(store, "Koidu", 5)
    store.close()
    package = tmp_path / "p.napkg"
    assert main(["--data-dir", str(tmp_path / "officer"), "export", "-o", str(package)]) == 0
    assert main(["--data-dir", str(tmp_path / "officer"), "export", "-o", str(tmp_path / "again.napkg")]) == 1
    assert not (tmp_path / "again.napkg").exists()
    assert main(["--data-dir", str(tmp_path / "coord"), "import", str(package)]) == 0
    assert main(["--data-dir", str(tmp_path / "coord"), "tables", "-o", str(tmp_path / "t.xlsx")]) == 0
    assert (tmp_path / "t.xlsx").exists()
