"""Four coordinators import overlapping packages into one PostgreSQL hub at the same time.

The packages share assessments (one officer's work passed to others), carry edits of them, and
conflicting edits of the same revisions; some files are imported by two processes at once. The
hub must end exactly as importing the same packages one by one on SQLite, in the order the hub
committed them, and every import must have been counted once: no duplicates, nothing lost.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from sqlalchemy import select

from needsassess.store import open_store
from needsassess.store.models import ATTACHMENT_DATA, ATTACHMENTS
from needsassess.store.sync_models import SYNC_PACKAGES
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from tests.hub.conftest import StoreFactory
from tests.hub.hub_helpers import snapshot
from tests.sync.conftest import edit, finalized


def _packages(make_laptop: StoreFactory, folder: Path) -> dict[str, Path]:
    a = make_laptop("a")
    shared = [finalized(a, f"Site {i:02d}", i, photo=i if i % 5 == 0 else None) for i in range(24)]
    out = {"a1": export_package(a, folder / "a1.napkg").path}
    b, c, d = make_laptop("b"), make_laptop("c"), make_laptop("d")
    for laptop in (b, c, d):
        import_package(laptop, out["a1"])
    for uuid in shared[0:10]:
        edit(b, uuid, households=1000)
    for uuid in shared[6:16]:  # 6..9: the same revision edited differently -> conflicts
        edit(c, uuid, households=2000)
    for uuid in shared[16:24]:
        edit(a, uuid, households=3000)
    for i in range(12):
        finalized(d, f"Other {i:02d}", i, photo=100 + i if i % 4 == 0 else None)
    out["a2"] = export_package(a, folder / "a2.napkg").path
    out["b"] = export_package(b, folder / "b.napkg", include_all=True).path
    out["c"] = export_package(c, folder / "c.napkg", include_all=True).path
    out["d"] = export_package(d, folder / "d.napkg", include_all=True).path
    return out


def _coordinator(folder: str, db_url: str, packages: list[str], barrier: Any) -> list[str]:
    """One coordinator's process: open the hub, wait for the others, import; the summary lines."""
    from needsassess.sync.importer import import_packages, summary_line

    with open_store(Path(folder), db_url=db_url) as store:
        barrier.wait(timeout=60)  # all four start importing at the same moment
        return [summary_line(result) for result in import_packages(store, packages)]


def test_four_parallel_importers_end_as_serial_imports_on_sqlite(
    make_laptop: StoreFactory, pg_schema_url: str, tmp_path: Path, forms_dir: Path
) -> None:
    packages = _packages(make_laptop, tmp_path)
    hub = open_store(tmp_path / "hub", forms_dir=forms_dir, db_url=pg_schema_url)
    assignments = [["a1", "b", "a2"], ["c", "a1", "d"], ["d", "b"], ["a2", "c", "a1"]]
    context = multiprocessing.get_context("spawn")
    barrier = context.Manager().Barrier(len(assignments))
    with context.Pool(len(assignments)) as pool:
        jobs = [
            pool.apply_async(
                _coordinator,
                (str(tmp_path / f"coordinator{n}"), pg_schema_url, [str(packages[p]) for p in names], barrier),
            )
            for n, names in enumerate(assignments)
        ]
        lines = [line for job in jobs for line in job.get(timeout=120)]
    assert len(lines) == 11 and not any("REFUSED" in line for line in lines), lines

    with hub.read("check") as conn:
        imported = conn.execute(select(SYNC_PACKAGES.c.file_sha256).order_by(SYNC_PACKAGES.c.id)).scalars().all()
        photos = set(conn.execute(select(ATTACHMENTS.c.sha256)).scalars())
        photo_data = set(conn.execute(select(ATTACHMENT_DATA.c.sha256)).scalars())
    by_sha = {_sha(path): path for path in packages.values()}
    assert sorted(imported) == sorted(by_sha)  # each file imported once, however many tried at once
    assert photos == photo_data and len(photos) == 5 + 3  # every photo's bytes are in the hub

    serial = make_laptop("serial")
    for sha in imported:  # the order in which the hub committed them
        import_package(serial, by_sha[sha])
    assert snapshot(hub) == snapshot(serial)
    assert len(snapshot(hub)["quarantine"]) == 4
    hub.close()


def _sha(path: Path) -> str:
    from needsassess.sync.importer import file_sha256

    return file_sha256(path)
