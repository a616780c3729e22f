"""What the durability checks cost: opening (with the damage check), the full check, the WAL.

    .venv/bin/python bench/bench_durability.py [--quick]

Figures: ``open_store`` on a folder of N assessments (median of 5; the damage check at open is
a quick_check up to 32 MB), the open check alone, ``needsassess check``'s full ``integrity_check``, and the
largest WAL and the median autosave over 500 autosaves (the WAL is capped near 512 KB).
Everything runs in a temporary folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import FORM, _answers, _Change, _Session

from needsassess.store import connection, open_store
from needsassess.store.damage import OPEN_CHECK_BYTES, damage_at_open, full_check, quick_check


def _median_ms(work: object, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench_open(folder: Path, n: int) -> None:
    base = _answers()
    data = folder / "open"
    with open_store(data) as store:
        for start in range(0, n, 5000):
            count = min(5000, n - start)
            sessions = [_Session(dict(base[i % len(base)], settlement=f"Settlement {start + i:06d}"))
                        for i in range(count)]
            store.create_many(FORM, sessions, complete=True)
    size = (data / "needsassess.db").stat().st_size
    print(f"{n} assessments, database {size / 1e6:.1f} MB")

    def open_and_close() -> None:
        open_store(data).close()

    print(f"  open_store, damage check included  {_median_ms(open_and_close):8.1f} ms")
    with open_store(data) as store:
        db = data / "needsassess.db"
        alone = _median_ms(lambda: damage_at_open(store.engine, db, False))
        print(f"  the open check alone               {alone:8.1f} ms"
              f"  (quick_check at open up to {OPEN_CHECK_BYTES // 2**20} MB: "
              f"{'yes' if db.stat().st_size <= OPEN_CHECK_BYTES else 'no, left to the full check'})")
        print(f"  quick_check to the end            {_median_ms(lambda: quick_check(store.engine, None), 3):8.1f} ms")
        print(f"  full integrity_check (check)       {_median_ms(lambda: full_check(store.engine), 3):8.1f} ms")


def bench_wal(folder: Path, saves: int, bounded: bool = True) -> None:
    """Autosaves with the bounded WAL, or (``bounded=False``) with SQLite's defaults, as a baseline."""
    kept = connection.WAL_CHECKPOINT_PAGES, connection.WAL_LIMIT_BYTES
    if not bounded:
        connection.WAL_CHECKPOINT_PAGES, connection.WAL_LIMIT_BYTES = 1000, -1
    try:
        label = "bounded WAL" if bounded else "SQLite defaults"
        _autosaves(folder / ("wal" if bounded else "wal-defaults"), saves, label)
    finally:
        connection.WAL_CHECKPOINT_PAGES, connection.WAL_LIMIT_BYTES = kept


def _autosaves(data: Path, saves: int, label: str) -> None:
    with open_store(data) as store:
        answers = dict(_answers()[0])
        uuid = store.create(FORM, _Session(answers)).uuid  # type: ignore[arg-type]
        wal = data / "needsassess.db-wal"
        largest, times = 0, []
        for k in range(saves):
            old = answers.get("settlement")
            answers["settlement"] = f"K{k % 100:02d}"
            start = time.perf_counter()
            store.save_draft(uuid, _Session(answers), _Change("settlement", old, answers["settlement"]))  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
            largest = max(largest, wal.stat().st_size)
    print(f"{saves} autosaves, {label:<16} median {statistics.median(times) * 1000:.2f} ms, "
          f"largest WAL {largest / 1024:.0f} KB")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a smoke test")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="needsassess-bench-") as tmp:
        for bounded in (False, True, False, True):  # pairs, so that a loaded machine shows in both
            bench_wal(Path(tmp) / str(bounded), 500, bounded)
        bench_open(Path(tmp), 5000 if args.quick else 50_000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
