"""Package export and import of 10,000 assessments, beside raw sqlite3 executemany of the same documents.

    .venv/bin/python bench/bench_sync.py [--count 10000] [--photos 5] [--repeat 5]

Target: the import, with every check and validation, within 10x of the raw executemany baseline,
process start included on both sides: ``needsassess import`` run as a fresh process beside a fresh
Python process that reads the same documents (JSON lines) and inserts them with sqlite3's
executemany. The import's peak Python memory flat in the number of assessments (tracemalloc,
separate runs). The in-process figures (no start-up on either side) are printed too, and the
start-up alone (a ``needsassess --help`` process) for reference.
Wall and CPU (``time.process_time``) times are printed side by side: on a shared machine the CPU
time is the steadier figure, and both ratios are to the baseline's own wall / CPU time. The
processes are compared by their best and median run, wall and CPU (user + system, from
``getrusage``), each ratio beside the others.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid as uuidlib
import zlib
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from needsassess.store import AssessmentStore, open_store
from needsassess.store.connection import database_path
from needsassess.store.hashing import content_hash
from needsassess.store.models import ASSESSMENTS, LINKS, REVISIONS
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package

FORM = """\
form_id: bench
version: "1"
default_language: en
title: {en: Bench form}
settings: {instance_name: "${settlement}", site: "${settlement}"}
survey:
  - type: group
    name: main
    label: {en: Main}
    children:
      - {type: text, name: settlement, label: {en: Settlement}}
      - {type: select_one kind, name: kind, label: {en: Kind}}
      - {type: select_multiple kind, name: kinds, label: {en: Kinds}}
      - {type: image, name: photo, label: {en: Photo}}
      - {type: date, name: visit_date, label: {en: Date}}
      - {type: geopoint, name: gps, label: {en: GPS}}
QUESTIONS
  - type: repeat
    name: pits
    label: {en: Pits}
    children:
      - {type: decimal, name: depth, label: {en: Depth}}
      - {type: text, name: note, label: {en: Note}}
choices:
  kind:
    - {name: a, label: {en: A}}
    - {name: b, label: {en: B}}
    - {name: c, label: {en: C}}
"""
N_NUMBERS = 20


def _png(seed: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 64, 64, 8, 2, 0, 0, 0)
    pixels = bytes((seed * 7 + i) % 256 for i in range(64 * (1 + 64 * 3)))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def _answers(i: int, photos: list[str]) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "settlement": f"Settlement {i % 300}",
        "kind": "abc"[i % 3],
        "kinds": ["a", "c"],
        "visit_date": "2026-03-01",
        "gps": {"lat": 27.5 + i / 1e5, "lon": 83.1, "alt": 120.0, "accuracy": 5.0},
        "pits": [{"depth": 1.5 + k, "note": f"pit {k} of site {i}"} for k in range(2)],
    }
    doc.update({f"q{k}": (i * k) % 1000 for k in range(N_NUMBERS)})
    if i % 1000 == 0 and photos:
        doc["photo"] = photos[(i // 1000) % len(photos)]
    return doc


def seed(store: AssessmentStore, count: int, n_photos: int) -> list[dict[str, Any]]:
    """Bulk-insert ``count`` finalized assessments (the store's own rows, made directly for speed)."""
    photos = [store.add_attachment_bytes(_png(k)) for k in range(n_photos)]
    form = store.forms.latest("bench")
    now = "2026-03-01T09:00:00.000000Z"
    heads: list[dict[str, Any]] = []
    revisions: list[dict[str, Any]] = []
    links: list[dict[str, Any]] = []
    docs: list[dict[str, Any]] = []
    for i in range(count):
        uid, answers = str(uuidlib.uuid4()), _answers(i, photos)
        hashes = [answers["photo"]] if "photo" in answers else []
        digest = content_hash(answers, hashes)
        common = {
            "uuid": uid,
            "form_id": "bench",
            "form_version": "1",
            "content_hash": digest,
            "parent_hash": None,
            "title": answers["settlement"],
            "site": answers["settlement"],
            "officer": "Sita",
            "finalized_at": now,
        }
        heads.append(
            {
                **common,
                "status": "complete",
                "revision": 1,
                "answers": answers,
                "title_lc": answers["settlement"].lower(),
                "created_at": now,
                "updated_at": now,
                "origin_device": store.device_id,
            }
        )
        revisions.append({**common, "revision": 1, "document": answers, "device": store.device_id})
        links.extend({"uuid": uid, "revision": 1, "sha256": h} for h in hashes)
        docs.append(answers)
    with store.write("seed") as conn:
        store.forms.remember(conn, form)
        conn.execute(insert(ASSESSMENTS), heads)
        conn.execute(insert(REVISIONS), revisions)
        if links:
            conn.execute(insert(LINKS), links)
    return docs


class Timer:
    """Wall and CPU seconds of a ``with`` block."""

    def __enter__(self) -> Timer:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def baseline(docs: list[dict[str, Any]], folder: Path) -> Timer:
    """Raw sqlite3: the same documents (JSON text) with executemany in one transaction, WAL + FULL."""
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "baseline.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE docs (uuid TEXT PRIMARY KEY, revision INTEGER, content_hash TEXT, answers TEXT)")
    rows = [(str(uuidlib.uuid4()), 1, "0" * 64, json.dumps(d)) for d in docs]
    with Timer() as timer:
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
    conn.close()
    return timer


BASELINE_PROCESS = """
import sqlite3, sys, uuid
conn = sqlite3.connect(sys.argv[2], isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
conn.execute("PRAGMA synchronous=FULL")
conn.execute("CREATE TABLE docs (uuid TEXT PRIMARY KEY, revision INTEGER, content_hash TEXT, answers TEXT)")
with open(sys.argv[1], encoding="utf-8") as lines:
    rows = [(str(uuid.uuid4()), 1, "0" * 64, line.rstrip("\\n")) for line in lines]
conn.execute("BEGIN IMMEDIATE")
conn.executemany("INSERT INTO docs VALUES (?, ?, ?, ?)", rows)
conn.execute("COMMIT")
conn.close()
"""


def _process(args: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of a fresh process, from spawn to exit; CPU is user + system time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


Run = tuple[float, float]  # (wall, CPU) seconds


def processes(docs: list[dict[str, Any]], package: Path, root: Path, run: int) -> tuple[Run, Run, Run]:
    """(baseline process, ``needsassess import`` process, ``needsassess --help`` process) (wall, CPU)
    seconds, process start included; the last is the start-up alone, for reference.

    Both processes keep their compiled bytecode under ``root`` (``PYTHONPYCACHEPREFIX``), as an
    installed wheel or the bundle has it: a checkout run with ``PYTHONDONTWRITEBYTECODE=1`` would
    otherwise compile every module of the package from source at each start (about 0.2 s of CPU).
    The first run (``warm_up``) fills that cache and is not counted.
    """
    lines = root / "docs.jsonl"
    if not lines.exists():
        lines.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(root / "pycache")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    base = _process([sys.executable, "-c", BASELINE_PROCESS, str(lines), str(root / f"proc-base{run}.db")], env)
    folder = root / f"proc-coordinator{run}"
    with open_store(folder):
        pass  # a coordinator's data folder exists: the import is timed, not the schema's creation
    ours = _process([sys.executable, "-m", "needsassess", "--data-dir", str(folder), "import", str(package)], env)
    start = _process([sys.executable, "-m", "needsassess", "--help"], env)
    return base, ours, start


IMPORTED_TABLES = ("assessments", "revisions", "assessment_attachments", "sync_received", "audit_events")


def schema_floor(source: Path, folder: Path) -> Timer:
    """Raw sqlite3 executemany of the rows the import wrote, into an empty store: no checks at all.

    What writing the store's own rows (four tables, their indexes, the answers in the head and the
    history) costs by itself, in one transaction with WAL + FULL, as the import writes them.
    """
    with open_store(folder):
        pass  # creates the schema
    src = sqlite3.connect(source)
    tables = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in IMPORTED_TABLES}
    src.close()
    conn = sqlite3.connect(database_path(folder), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=OFF")
    with Timer() as timer:
        conn.execute("BEGIN IMMEDIATE")
        for table, rows in tables.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        conn.execute("COMMIT")
    conn.close()
    return timer


def _import_peak(package: Path, folder: Path, forms: Path) -> float:
    with open_store(folder, forms_dir=forms) as store:
        gc.collect()
        tracemalloc.start()
        import_package(store, package)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=5, help="import and baselines, this many runs each")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        forms = root / "forms"
        forms.mkdir()
        questions = "\n".join(f"      - {{type: integer, name: q{k}, label: {{en: Q{k}}}}}" for k in range(N_NUMBERS))
        (forms / "bench.yaml").write_text(FORM.replace("QUESTIONS", questions), encoding="utf-8")
        with open_store(root / "officer", forms_dir=forms) as officer:
            docs = seed(officer, args.count, args.photos)
            with Timer() as t_export:
                result = export_package(officer, root / "bench.napkg", include_all=True)
        size = result.path.stat().st_size / 1e6
        imports, bases, floors, procs = [], [], [], []
        processes(docs, result.path, root, -1)  # warm-up: fills the bytecode cache, not counted
        for run in range(args.repeat):  # side by side, run after run; the best of each is shown
            procs.append(processes(docs, result.path, root, run))
            with open_store(root / f"coordinator{run}") as coordinator:
                with Timer() as t_import:
                    imported = import_package(coordinator, result.path)
                with Timer() as t_again:
                    again = import_package(coordinator, result.path)
            assert imported.new == args.count and again.already_imported
            imports.append(t_import)
            bases.append(baseline(docs, root / f"base{run}"))
            floors.append(schema_floor(database_path(root / f"coordinator{run}"), root / f"floor{run}"))
        t_import, t_base, t_floor = (min(runs, key=lambda t: t.wall) for runs in (imports, bases, floors))
        small = max(args.count // 5, 1)
        with open_store(root / "officer_small", forms_dir=forms) as officer_small:
            seed(officer_small, small, args.photos)
            small_pkg = export_package(officer_small, root / "small.napkg", include_all=True).path
        peak_small = _import_peak(small_pkg, root / "mem_small", forms)
        peak_full = _import_peak(result.path, root / "mem_full", forms)
    print(
        f"sync benchmark: {args.count} assessments, {args.photos} photos, package {size:.1f} MB "
        f"(import and baselines: best of {args.repeat})"
    )
    print(f"  {'':36s} {'wall':>8s}   {'x base':>6s}   {'cpu':>8s}   {'x base':>6s}")
    _row("raw sqlite3 executemany (baseline)", t_base, t_base)
    _row("store's rows, raw executemany", t_floor, t_base, "   (no checks: the schema's own cost)")
    _row("export (package written)", t_export, t_base)
    _row("import (every check, one commit)", t_import, t_base, "   target <= 10x")
    _row("re-import (recognised by hash)", t_again, t_base)
    _process_rows(procs)
    print(
        f"  import peak Python memory: {peak_small:6.1f} MB for {small}, {peak_full:6.1f} MB for {args.count}"
        "   target: flat"
    )


def _process_rows(procs: list[tuple[Run, Run, Run]]) -> None:
    """Process start included, side by side: best and median of the runs, wall and CPU, and ratios."""
    print(f"  process start included (fresh processes, {len(procs)} runs; CPU = user + system of the process):")
    print(f"  {'':36s} {'wall best':>9s} {'median':>8s}   {'cpu best':>8s} {'median':>8s}")
    columns = []
    for side in (0, 1, 2):
        walls, cpus = [p[side][0] for p in procs], [p[side][1] for p in procs]
        columns.append((min(walls), statistics.median(walls), min(cpus), statistics.median(cpus)))
    labels = ("raw sqlite3 executemany process", "needsassess import process", "needsassess --help (start-up)")
    for label, figures in zip(labels, columns, strict=True):
        print(f"  {label:36s} " + " ".join(f"{f:7.3f} s" for f in figures[:2]) + "   "
              + " ".join(f"{f:6.3f} s" for f in figures[2:]))  # fmt: skip
    ratios = [ours / base for ours, base in zip(columns[1], columns[0], strict=True)]
    print(
        f"  {'ratio, import / raw':36s} {ratios[0]:8.1f}x {ratios[1]:7.1f}x   {ratios[2]:7.1f}x {ratios[3]:7.1f}x"
        "   target <= 10x"
    )


def _row(label: str, timer: Timer, base: Timer, note: str = "") -> None:
    print(
        f"  {label:36s} {timer.wall:8.3f} s {timer.wall / base.wall:6.1f}x   "
        f"{timer.cpu:8.3f} s {timer.cpu / base.cpu:6.1f}x{note}"
    )


if __name__ == "__main__":
    main()
