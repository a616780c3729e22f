"""The coordinators' hub: imports into PostgreSQL beside SQLite, parallel importers, a large summary.

    .venv/bin/python bench/bench_hub.py --pg-url postgresql+psycopg://postgres@127.0.0.1:54329/needsassess_test
    (or NEEDSASSESS_TEST_PG_URL; url=$(.ci/postgres start) starts a throwaway server)
    [--count 10000] [--summary-count 100000] [--workers 4]

Prints, in one run: the import of ``--count`` assessments (every check) into SQLite and into
PostgreSQL; the total throughput of ``--workers`` processes importing at once into PostgreSQL (each
its own package, plus one package they all import, so they also contend); the summary report over
``--summary-count`` assessments read from PostgreSQL. Each figure uses a fresh schema of the server,
dropped at the end.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_sync import FORM, N_NUMBERS, seed

from needsassess.store import open_store
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package


def _admin(base: str, statement: str) -> None:
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(statement))
    engine.dispose()


class Schemas:
    """Fresh schemas on the server, each seen through its own URL; all dropped by ``drop``."""

    def __init__(self, base: str) -> None:
        self.base, self.names = base, list[str]()

    def new(self) -> str:
        name = f"bench_{uuidlib.uuid4().hex[:10]}"
        _admin(self.base, f"CREATE SCHEMA {name}")
        self.names.append(name)
        url = make_url(self.base).update_query_dict({"options": f"-csearch_path={name}"})
        return url.render_as_string(hide_password=False)

    def drop(self) -> None:
        for name in self.names:
            _admin(self.base, f"DROP SCHEMA {name} CASCADE")


def _write_form(root: Path) -> Path:
    forms = root / "forms"
    forms.mkdir()
    questions = "\n".join(f"      - {{type: integer, name: q{k}, label: {{en: Q{k}}}}}" for k in range(N_NUMBERS))
    (forms / "bench.yaml").write_text(FORM.replace("QUESTIONS", questions), encoding="utf-8")
    return forms


def _package(root: Path, forms: Path, name: str, count: int) -> Path:
    with open_store(root / f"officer-{name}", forms_dir=forms) as officer:
        seed(officer, count, 3)
        return export_package(officer, root / f"{name}.napkg", include_all=True).path


def _timed_import(folder: Path, package: Path, db_url: str | None) -> float:
    with open_store(folder, db_url=db_url) as store:
        start = time.perf_counter()
        result = import_package(store, package)
        took = time.perf_counter() - start
    assert result.refused is None and result.total > 0
    return took


class _Retries(logging.Handler):
    """Counts the store's "retrying" log records (a collision rolled back and run again)."""

    count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _worker(folder: str, db_url: str, packages: list[str], barrier: Any) -> tuple[float, float, int, int]:
    """One coordinator: open the hub, wait for the others, import; (start, end, revisions, retries)."""
    retries = _Retries()
    logger = logging.getLogger("needsassess.store.locking")
    logger.setLevel(logging.INFO)
    logger.addHandler(retries)
    total = 0
    with open_store(Path(folder), db_url=db_url) as store:
        barrier.wait(timeout=120)
        start = time.time()  # wall clock: comparable between processes
        for package in packages:
            total += import_package(store, package).total
        return start, time.time(), total, retries.count


def _deadlocks(db_url: str) -> int:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = conn.execute(text("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()"))
        value = int(found.scalar_one())
    engine.dispose()
    return value


def _parallel(root: Path, forms: Path, db_url: str, workers: int, count: int) -> tuple[float, int, int, int]:
    own = [_package(root, forms, f"w{n}", count // workers) for n in range(workers)]
    shared = _package(root, forms, "shared", max(count // 20, 1))
    with open_store(root / "hub-init", db_url=db_url):
        pass  # schema made before the clock starts
    before = _deadlocks(db_url)
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(workers)
    with context.Pool(workers) as pool:
        jobs = [
            pool.apply_async(_worker, (str(root / f"coordinator-{n}"), db_url, [str(shared), str(own[n])], barrier))
            for n in range(workers)
        ]
        results = [job.get(timeout=1800) for job in jobs]
    took = max(r[1] for r in results) - min(r[0] for r in results)
    return took, sum(r[2] for r in results), sum(r[3] for r in results), _deadlocks(db_url) - before


def _summary(root: Path, forms: Path, db_url: str, count: int) -> tuple[float, float, float, int]:
    """The summary PDF over ``count`` assessments read from the hub: as ``needsassess summary`` reads
    them today (``summary_items``: one ``get`` per assessment), and through ``store.records`` (two
    queries per 500)."""
    from needsassess.reports import ReportOptions, SummaryItem, render_summary
    from needsassess.reports.from_store import form_lookup, summary_items
    from needsassess.store import ListQuery

    with open_store(root / "summary-hub", forms_dir=forms, db_url=db_url) as store:
        start = time.perf_counter()
        seed(store, count, 3)
        t_seed = time.perf_counter() - start
        start = time.perf_counter()
        result = render_summary(summary_items(store), form_lookup(store), root / "summary.pdf", ReportOptions())
        t_items = time.perf_counter() - start
        streamed = (
            SummaryItem(r.uuid, r.form_id, r.form_version, r.status, r.revision, r.site, r.answers, r.updated_at)
            for r in store.records(ListQuery(status="complete"))
        )
        start = time.perf_counter()
        render_summary(streamed, form_lookup(store), root / "summary2.pdf", ReportOptions())
        t_records = time.perf_counter() - start
    return t_items, t_records, t_seed, int(getattr(result, "pages", 0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pg-url", default=os.environ.get("NEEDSASSESS_TEST_PG_URL"))
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--summary-count", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    if not args.pg_url:
        sys.exit("give a PostgreSQL server: --pg-url URL or NEEDSASSESS_TEST_PG_URL (url=$(.ci/postgres start))")
    schemas = Schemas(args.pg_url)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            forms = _write_form(root)
            package = _package(root, forms, "main", args.count)
            t_sqlite = _timed_import(root / "coordinator-sqlite", package, None)
            t_pg = _timed_import(root / "coordinator-pg", package, schemas.new())
            t_par, n_par, retries, deadlocks = _parallel(root, forms, schemas.new(), args.workers, args.count)
            t_sum, t_records, t_seed, pages = _summary(root, forms, schemas.new(), args.summary_count)
    finally:
        schemas.drop()
    n = args.count
    print(f"hub benchmark ({os.cpu_count()} cores; server on this machine, fsync as the server is configured)")
    print(f"  import {n} assessments into SQLite          {t_sqlite:8.2f} s   {n / t_sqlite:8.0f} /s")
    print(f"  import {n} assessments into PostgreSQL      {t_pg:8.2f} s   {n / t_pg:8.0f} /s")
    print(
        f"  {args.workers} parallel importers into PostgreSQL    {t_par:8.2f} s   {n_par / t_par:8.0f} /s total"
        f"  ({n_par} revisions, one package shared by all; {retries} retries, {deadlocks} deadlocks)"
    )
    print(
        f"  summary report over {args.summary_count} on PostgreSQL   {t_sum:8.2f} s   ({pages} pages; as"
        f" 'needsassess summary' reads today: one get per assessment; seeding took {t_seed:.1f} s)"
    )
    print(f"  ... the same, read with store.records             {t_records:8.2f} s   (pages of 500)")


if __name__ == "__main__":
    main()
