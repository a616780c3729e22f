"""pyxform's own example forms: the share of those pyxform accepts that import and pass ``forms check``.

The examples are not shipped with pyxform's wheel, so the folder is given on the command line (a
checkout's ``tests/example_xls``, or any folder of XLSForms). ``.xlsx``/``.xls`` files are read as they
are; pyxform's markdown (``.md``) and CSV (``.csv``) forms are first written as ``.xlsx`` (with pyxform's
own reader), so that pyxform and the importer read the very same workbook. Each form is imported with
the command line into a fresh data folder (CSV lists from beside it, as ``forms import`` finds them)
and then checked with ``forms check``. Prints one line per form and the share; the target is 90 %.

    .venv/bin/python bench/bench_xlsform_examples.py DIR [DIR ...]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import sys
import tempfile
from pathlib import Path

import openpyxl

from needsassess.cli import main

SUFFIXES = (".xlsx", ".xls", ".md", ".csv")


def is_form(path: Path) -> bool:
    """A .csv is an XLSForm only when it starts with a sheet name (``survey``); others are form media."""
    if path.suffix.lower() != ".csv":
        return True
    first = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig", errors="replace"))), [""])
    return bool(first) and first[0].strip().lower() == "survey"


def as_workbook(path: Path, folder: Path) -> Path:
    """The form as a workbook both readers open: .md and .csv written as .xlsx, others as they are."""
    if path.suffix in (".xlsx", ".xls"):
        return path
    target = folder / f"{path.stem}.xlsx"
    if path.suffix == ".md":
        from pyxform.xls2json_backends import md_table_to_workbook

        md_table_to_workbook(path.read_text(encoding="utf-8")).save(target)
        return target
    book = openpyxl.Workbook()
    book.remove(book.active)
    sheet = None
    for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8"))):
        cells = [cell.strip() for cell in row]
        if cells and cells[0]:
            sheet = book.create_sheet(cells[0])
        elif sheet is not None and any(cells[1:]):
            sheet.append(cells[1:])
    book.save(target)
    return target


def pyxform_accepts(path: Path) -> str | None:
    """None when pyxform converts the workbook, else its message."""
    from pyxform.xls2xform import convert

    try:
        convert(xlsform=str(path))
    except Exception as err:  # any failure means "pyxform refuses it", as in the importer
        return " ".join(str(err).split())[:100] or type(err).__name__
    return None


def run(args: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(args)
    return code, (err.getvalue().strip().splitlines() or [""])[0][:110]


def measure(path: Path, work: Path) -> tuple[str, str]:
    """(outcome, detail): 'refused by pyxform', 'imported and checked', 'not imported', 'check failed'."""
    workbook = as_workbook(path, work)
    refusal = pyxform_accepts(workbook)
    if refusal is not None:
        return "refused by pyxform", refusal
    data = work / "data"
    code, message = run(["--data-dir", str(data), "forms", "import", str(workbook), "--media", str(path.parent),
                         "--force"])
    if code != 0:
        return "not imported", message
    code, message = run(["--data-dir", str(data), "forms", "check", str(data / "forms")])
    return ("imported and checked", "") if code == 0 else ("check failed", message)


def main_bench() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    folders = parser.parse_args().folders
    files = sorted(p for folder in folders for p in folder.rglob("*") if p.suffix.lower() in SUFFIXES
                   and not p.name.startswith(("~$", ".")) and is_form(p))
    counts: dict[str, int] = {}
    for path in files:
        with tempfile.TemporaryDirectory(prefix="na-bench-xlsform-") as tmp:
            outcome, detail = measure(path, Path(tmp))
        counts[outcome] = counts.get(outcome, 0) + 1
        print(f"{path.name:40} {outcome:22} {detail}")
    accepted = len(files) - counts.get("refused by pyxform", 0)
    good = counts.get("imported and checked", 0)
    share = 100 * good / accepted if accepted else 0.0
    print(f"\n{len(files)} forms; pyxform accepts {accepted}; imported and passing forms check: {good} "
          f"({share:.0f} %, target 90 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main_bench())
