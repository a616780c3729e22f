"""Backup benchmarks: the automatic copy of the database and the one-file backup and restore.

    .venv/bin/python bench/bench_backup.py [--quick]

Figures for a data folder of 50,000 assessments (5,000 with --quick): the database's size; one
automatic copy (``make_backup``: SQLite's online backup API plus the photo list), which is what the
first start of a day and every import pay; ``backup -o FILE`` and ``restore FILE`` into an empty
folder. Printed beside a plain file copy of the same database (the least any copy can cost).
Everything runs in a temporary folder.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import FORM, _answers, _Session

from needsassess.store import open_store
from needsassess.store.archive import restore, write_archive
from needsassess.store.backups import make_backup


def _fill(folder: Path, n: int) -> None:
    base = _answers()
    with open_store(folder) as store:
        for start in range(0, n, 5000):
            part = [_Session(dict(base[i % len(base)], settlement=f"Settlement {i:05d}"))
                    for i in range(start, min(start + 5000, n))]
            store.create_many(FORM, part, complete=True)


def _timed(label: str, action: object) -> float:
    start = time.perf_counter()
    assert callable(action)
    action()
    seconds = time.perf_counter() - start
    print(f"  {label:<42} {seconds:7.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    n = 5_000 if parser.parse_args().quick else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        _fill(folder, n)
        database = folder / "needsassess.db"
        print(f"backups of {n} assessments; database {database.stat().st_size / 2**20:.1f} MB")
        with open_store(folder) as store:
            _timed("plain file copy (baseline)", lambda: shutil.copyfile(database, Path(tmp) / "copy.db"))
            _timed("automatic copy (make_backup)", lambda: make_backup(store))
            archive = Path(tmp) / "data.nabak"
            _timed("backup -o FILE (write_archive)", lambda: write_archive(store, archive))
        print(f"  backup file {archive.stat().st_size / 2**20:.1f} MB")
        _timed("restore FILE into an empty folder", lambda: restore(Path(tmp) / "restored", archive))


if __name__ == "__main__":
    main()
