"""Store benchmarks, printed beside a raw ``sqlite3`` baseline where one makes sense.

    .venv/bin/python bench/bench_store.py [--quick]

Figures: autosave of one answer (median, p99; target < 5 ms median with synchronous=FULL); creating
10,000 assessments through ``needsassess new`` with a JSON array (total, per assessment); listing
and filtering 50,000 assessments, first page (target < 50 ms); database size per 1,000 assessments.
Everything runs in a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from needsassess.cli import main as cli_main
from needsassess.demo.loader import ANSWERS_DIR
from needsassess.store import ListQuery, open_store

FORM = "land_reclamation"


class _Session:
    """Stands in for FormSession where only the store's own cost is measured."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers

    def document(self) -> dict[str, Any]:
        return self.answers

    def final_document(self) -> dict[str, Any]:
        return self.answers

    def problems(self) -> list[Any]:
        return []

    def title(self) -> str:
        return str(self.answers.get("settlement", ""))

    def site(self) -> str:
        return str(self.answers.get("settlement", ""))


class _Change:
    def __init__(self, name: str, old: Any, new: Any) -> None:
        self.name, self.old, self.new, self.instance = name, old, new, ()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _answers() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((ANSWERS_DIR / f"{FORM}.json").read_text(encoding="utf-8"))
    return data


def bench_autosave(folder: Path, n: int) -> None:
    base = _answers()[0]
    with open_store(folder / "autosave") as store:
        session = _Session(dict(base))
        uuid = store.create(FORM, session).uuid
        times = []
        for i in range(n):
            old = session.answers.get("women_met")
            session.answers["women_met"] = i
            start = time.perf_counter()
            store.save_draft(uuid, session, _Change("women_met", old, i))
            times.append(time.perf_counter() - start)
    raw = sqlite3.connect(folder / "raw-autosave.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE a (uuid TEXT PRIMARY KEY, answers TEXT, updated TEXT)")
    raw.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY, uuid TEXT, q TEXT, old TEXT, new TEXT, at TEXT)")
    raw.execute("INSERT INTO a VALUES ('x', '{}', '')")
    raw_times = []
    for i in range(n):
        doc = json.dumps(dict(base, women_met=i))
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("UPDATE a SET answers = ?, updated = ? WHERE uuid = 'x'", (doc, "t"))
        raw.execute("INSERT INTO audit (uuid, q, old, new, at) VALUES ('x', 'women_met', ?, ?, 't')", (i - 1, i))
        raw.execute("COMMIT")
        raw_times.append(time.perf_counter() - start)
    raw.close()
    ms = 1000
    print(f"autosave one answer ({n} saves, synchronous=FULL, WAL)")
    print(f"  store   median {statistics.median(times) * ms:6.2f} ms   p99 {_percentile(times, 0.99) * ms:6.2f} ms")
    raw_median, raw_p99 = statistics.median(raw_times) * ms, _percentile(raw_times, 0.99) * ms
    print(f"  sqlite3 median {raw_median:6.2f} ms   p99 {raw_p99:6.2f} ms")


def bench_new(folder: Path, n: int) -> None:
    items = (_answers() * (n // len(_answers()) + 1))[:n]
    answers = folder / "answers.json"
    answers.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    data_dir = folder / "new"
    cli_main(["--data-dir", str(data_dir), "list"])  # create the database first: not part of the figure
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        code = cli_main(["--data-dir", str(data_dir), "new", "--form", FORM, "--answers", str(answers), "--complete"])
    total = time.perf_counter() - start
    assert code == 0 and len(out.getvalue().split()) == n
    raw = sqlite3.connect(folder / "raw-new.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE a (uuid TEXT PRIMARY KEY, answers TEXT)")
    start = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.executemany("INSERT INTO a VALUES (?, ?)", ((str(i), json.dumps(d)) for i, d in enumerate(items)))
    raw.execute("COMMIT")
    raw_total = time.perf_counter() - start
    raw.close()
    print(f"new --complete with an array of {n} (validation, finalize, hash, one transaction)")
    print(f"  store   total {total:7.2f} s   per assessment {total / n * 1000:6.2f} ms")
    print(
        f"  sqlite3 total {raw_total:7.2f} s   per assessment {raw_total / n * 1000:6.3f} ms  (executemany, no checks)"
    )


def bench_list(folder: Path, n: int) -> None:
    base = _answers()
    with open_store(folder / "list") as store:
        sessions = [_Session(dict(base[i % len(base)], settlement=f"Settlement {i:05d}")) for i in range(n)]
        for start in range(0, n, 5000):
            part = sessions[start : start + 5000]
            store.create_many(FORM, part[: len(part) // 2], complete=True)
            store.create_many(FORM, part[len(part) // 2 :], complete=False)
        queries = {
            "first page, newest first": ListQuery(limit=100),
            "status=draft": ListQuery(status="draft", limit=100),
            "form + status": ListQuery(form_id=FORM, status="complete", limit=100),
            "text search 'ment 0123'": ListQuery(text="ment 0123", limit=100),
            "sorted by title, page 100": ListQuery(order_by="title", descending=False, offset=10_000, limit=100),
        }
        print(f"list and filter {n} assessments (first page of 100; median of 20)")
        for label, query in queries.items():
            times = []
            for _ in range(20):
                start = time.perf_counter()
                store.list(query)
                times.append(time.perf_counter() - start)
            print(f"  {label:<28} {statistics.median(times) * 1000:7.2f} ms")
        times = []
        for _ in range(20):
            start = time.perf_counter()
            store.count(ListQuery())
            times.append(time.perf_counter() - start)
        print(f"  {'count (all)':<28} {statistics.median(times) * 1000:7.2f} ms")
    size = (folder / "list" / "needsassess.db").stat().st_size
    print(f"database size: {size / 1e6:.1f} MB for {n}, {size / n * 1000 / 1e6:.2f} MB per 1,000 assessments")
    print("  (each holds the land_reclamation demo answers: ~3 KB JSON; complete ones twice, head and revision)")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="smaller counts, for a smoke test")
    args = parser.parse_args(argv)
    saves, new_n, list_n = (100, 1000, 5000) if args.quick else (500, 10_000, 50_000)
    with tempfile.TemporaryDirectory(prefix="needsassess-bench-") as tmp:
        folder = Path(tmp)
        bench_autosave(folder, saves)
        bench_new(folder, new_n)
        bench_list(folder, list_n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
