"""A form as an ODK team writes it, with its CSV lists beside it in FORM-media/, imported through the CLI.

Shared by the tests of selects from a dataset: the entry window, reports, tables and XLSForm export.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from needsassess.cli import main

VILLAGES = ("name,label::English (en),label::Nepali (ne),district\n"
            "v1,Khajura,खजुरा,kailali\nv2,Tikapur,टीकापुर,kailali\nv3,Gulariya,गुलरिया,bardiya\n")


def write_book(path: Path, sheets: dict[str, list[list[Any]]]) -> None:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)


def write_village_form(tmp_path: Path, wards: int = 2) -> Path:
    """village_check.xlsx, with its three CSV lists in village_check-media/ beside it."""
    write_book(tmp_path / "village_check.xlsx", {
        "survey": [["type", "name", "label::English (en)", "label::Nepali (ne)", "choice_filter", "appearance"],
                   ["select_one district", "district", "District", "जिल्ला", "", ""],
                   ["select_one_from_file villages.csv", "village", "Village", "गाउँ", "district=${district}", ""],
                   ["select_multiple_from_file water.csv", "sources", "Water sources", "पानीका स्रोत", "", ""],
                   ["select_one wardlist", "ward", "Ward", "वडा", "", "search('wards')"]],
        "choices": [["list_name", "name", "label::English (en)", "label::Nepali (ne)"],
                    ["district", "kailali", "Kailali", "कैलाली"], ["district", "bardiya", "Bardiya", "बर्दिया"],
                    ["wardlist", "code", "title", "title"]],
        "settings": [["form_id", "version", "default_language"], ["village_check", "1", "English (en)"]],
    })
    media = tmp_path / "village_check-media"
    media.mkdir()
    (media / "villages.csv").write_text(VILLAGES, encoding="utf-8")
    (media / "water.csv").write_bytes("\ufeffname,label\npipe,Piped water\nwell,Well\n".encode())
    (media / "wards.csv").write_text("code,title\n" + "".join(f"w{i},Ward {i}\n" for i in range(1, wards + 1)),
                                     encoding="utf-8")
    return tmp_path / "village_check.xlsx"


def import_village_form(tmp_path: Path, wards: int = 2) -> Path:
    """The data folder after ``forms import village_check.xlsx`` with its lists in village_check-media/."""
    write_village_form(tmp_path, wards)
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "forms", "import", str(tmp_path / "village_check.xlsx")]) == 0
    return data
