"""Signed and encrypted packages: a ~200 MB package exported and imported, beside plain export/import.

    .venv/bin/python bench/bench_crypto.py [--mb 200] [--chunk-kib 256]

Prints, for export (sign and encrypt vs sign only) and import (decrypt and verify vs verify only):
wall time, throughput, tracemalloc peak (Python allocations) and the process's ru_maxrss. Also
the envelope alone, file to file. Target: memory flat (a chunk and one photo, not the package).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from needsassess.crypto import api
from needsassess.crypto.envelope import EnvelopeWriter, decrypt_stream
from needsassess.crypto.keys import coordinator_key
from needsassess.store import AssessmentStore, open_store
from needsassess.sync import enrolment
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package

FORM = """\
form_id: bench_photos
version: "1"
default_language: en
title: {en: Bench photos}
settings: {instance_name: "${settlement}", site: "${settlement}"}
survey:
  - {type: text, name: settlement, label: {en: Settlement}}
  - {type: image, name: photo, label: {en: Photo}}
"""
PHOTO_BYTES = 2 * 1024 * 1024


class Session:
    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers

    def document(self) -> dict[str, Any]:
        return dict(self.answers)

    final_document = document

    def problems(self) -> list[Any]:
        return []

    def title(self) -> str:
        return str(self.answers["settlement"])

    site = title


def seed(store: AssessmentStore, megabytes: int) -> None:
    for index in range(megabytes * 1024 * 1024 // PHOTO_BYTES):
        photo = b"\xff\xd8\xff\xe0" + os.urandom(PHOTO_BYTES - 4)  # a JPEG's start, incompressible body
        answers = {"settlement": f"Site {index}", "photo": store.add_attachment_bytes(photo)}
        record = store.create("bench_photos", Session(answers))
        store.finalize(record.uuid, Session(answers))


def measure(label: str, size: int, action: Callable[[], object]) -> None:
    tracemalloc.start()
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1024**2)
    print(f"{label:<44} {elapsed:7.2f} s {size / elapsed / 1e6:8.1f} MB/s   "
          f"peak {peak / 2**20:7.1f} MiB   maxrss {rss:7.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    parser.add_argument("--chunk-kib", type=int, default=256)
    args = parser.parse_args()
    chunk = args.chunk_kib * 1024
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        forms = root / "forms"
        forms.mkdir()
        (forms / "bench_photos.yaml").write_text(FORM, encoding="utf-8")
        officer, coord = open_store(root / "officer", forms_dir=forms), open_store(root / "coord", forms_dir=forms)
        coord_plain = open_store(root / "coord-plain", forms_dir=forms)
        seed(officer, args.mb)
        api.create_coordinator_key(coord.data_dir, "Bench office", root / "c.pub")
        api.load_coordinator_key(officer.data_dir, root / "c.pub")
        enrolment.write_device_public_key(officer, root / "o.pub")
        enrolment.enrol_key_file(coord, root / "o.pub")
        plain, sealed = root / "plain.napkg", root / "sealed.napkg"
        photos = args.mb * 1024 * 1024 // PHOTO_BYTES
        print(f"package of {args.mb} MB ({photos} photos of 2 MiB), chunk {args.chunk_kib} KiB")
        measure("export, sign only (baseline)", args.mb * 2**20,
                lambda: export_package(officer, plain, include_all=True, encrypt=False))
        measure("export, sign and encrypt", args.mb * 2**20,
                lambda: export_package(officer, sealed, include_all=True, encrypt=True, chunk_size=chunk))
        print(f"  sizes: plain {plain.stat().st_size / 1e6:.1f} MB, encrypted {sealed.stat().st_size / 1e6:.1f} MB")
        measure("import, verify only (baseline)", plain.stat().st_size, lambda: import_package(coord_plain, plain))
        measure("import, decrypt and verify", sealed.stat().st_size, lambda: import_package(coord, sealed))
        key = coordinator_key(coord.data_dir)
        assert key is not None

        def seal_file() -> None:
            with plain.open("rb") as src, (root / "raw.enc").open("wb") as out:
                writer = EnvelopeWriter(out, key.public(), chunk)
                while block := src.read(1 << 20):
                    writer.write(block)
                writer.close()

        def open_file() -> None:
            with (root / "raw.enc").open("rb") as src, (root / "raw.dec").open("wb") as out:
                decrypt_stream(src, out, key)

        def copy_file() -> None:
            with plain.open("rb") as src, (root / "raw.copy").open("wb") as out:
                while block := src.read(1 << 20):
                    out.write(block)

        size = plain.stat().st_size
        measure("file copy (baseline)", size, copy_file)
        measure("envelope alone: encrypt file to file", size, seal_file)
        measure("envelope alone: decrypt file to file", size, open_file)
        for store in (officer, coord, coord_plain):
            store.close()


if __name__ == "__main__":
    main()
