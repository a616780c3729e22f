"""Dataset lookups: a 50,000-row list in the store, read by a select with a choice_filter and by pulldata().

Prints, side by side with a baseline (a Python list comprehension over the same rows, i.e. what a
scan per answer would cost):
- the first use (rows read from the store and the column index built),
- then, median of repeated calls: the filtered choice list of a select_one_from_file question
  (``district = ${district}``, 100 of 50,000 rows) and one ``pulldata()`` recomputation.
Target (docs/benchmarks.md): each under 5 ms after the first use.

    .venv/bin/python bench/bench_datasets.py [--rows 50000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from needsassess.engine import FormSession, SessionContext, load_form_text
from needsassess.store import open_store
from needsassess.store.datasets import datasets_for

FORM = """
form_id: bench_ds
version: "1"
title: {en: Datasets}
survey:
  - {type: text, name: district, label: {en: District}}
  - {type: select_one villages.csv, name: village, label: {en: Village}, choice_filter: "district = ${district}"}
  - {type: text, name: code, label: {en: Code}}
  - {type: calculate, name: pop, calculation: "pulldata('villages', 'population', 'name', ${code})"}
"""


def median_ms(fn: Callable[[], object], repeat: int = 50) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=50_000)
    args = parser.parse_args()
    rows = [[f"v{i}", f"Village {i}", f"d{i % 500}", str(i)] for i in range(args.rows)]
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp)) as store:
        start = time.perf_counter()
        datasets_for(store).add("villages", ("name", "label", "district", "population"), rows)
        stored = time.perf_counter() - start
        form = load_form_text(FORM, "bench_ds.yaml")
        start = time.perf_counter()
        session = FormSession(form, context=SessionContext(datasets=datasets_for(store)))
        session.set_answer("district", "d7")
        first = session.allowed_choices("village")
        first_ms = (time.perf_counter() - start) * 1000
        assert len(first) == args.rows // 500
        districts = iter(range(10**9))
        select_ms = median_ms(lambda: (session.set_answer("district", f"d{next(districts) % 500}"),
                                       session.allowed_choices("village")))
        codes = iter(range(10**9))
        pull_ms = median_ms(lambda: session.set_answer("code", f"v{next(codes) % args.rows}"))
        assert session.get("pop") != ""
        scan_ms = median_ms(lambda: [r[0] for r in rows if r[2] == "d7"])
    print(f"dataset of {args.rows} rows stored in {stored:.2f} s")
    print(f"{'measure':<44}{'ours':>10}{'scan baseline':>16}")
    print(f"{'first use (session, rows read, indexes)':<44}{first_ms:>8.1f}ms{'':>16}")
    print(f"{'filtered select list (set + list choices)':<44}{select_ms:>8.2f}ms{scan_ms:>14.2f}ms")
    print(f"{'pulldata lookup (set + recompute)':<44}{pull_ms:>8.2f}ms{scan_ms:>14.2f}ms")
    print(f"target: under 5 ms after the first use -> {'met' if max(select_ms, pull_ms) < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
