"""Quality flags over 10,000 complete assessments (target: under 5 s, docs/benchmarks.md).

The assessments are the demo's complete visits of every shipped form, copied with fresh uuids and
varied figures, GPS points and photos, so every check has work to do: medians and quartiles per
form and country, a site's centre, answer and photo fingerprints, paradata for a third of them.
Prints the time of ``assess`` (all checks) and, side by side as a baseline, of one pass that only
serialises each assessment's answers to JSON (the least any check over every answer costs). Then
what storing the flags per revision adds (store/flag_rows.py): the paradata summaries of the timed
third (40 events each), writing every flag to a database and reading them back, as ``quality`` and
``list --json`` do while the stored flags are current.

    .venv/bin/python bench/bench_quality.py [--count 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from needsassess.analysis.quality import assess
from needsassess.store import COMPLETE, ListQuery, open_store
from needsassess.store.records import AssessmentRecord, AttachmentInfo


def make_records(count: int) -> tuple[list[AssessmentRecord], dict[str, list[str]], object]:
    with tempfile.TemporaryDirectory() as folder:
        from needsassess.demo import load_demo

        store = open_store(Path(folder))
        load_demo(store)
        seeds = list(store.records(ListQuery(status=COMPLETE, limit=None)))
        forms = {(r.form_id, r.form_version): store.form_of(r) for r in seeds}
        store.close()
    rng = random.Random(7)
    records: list[AssessmentRecord] = []
    times: dict[str, list[str]] = {}
    for n in range(count):
        seed = seeds[n % len(seeds)]
        answers = dict(seed.answers)
        for key, value in answers.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                answers[key] = type(value)(value * rng.uniform(0.5, 1.5) if rng.random() > 0.002 else value * 40)
        gps = answers.get("gps")
        if isinstance(gps, dict):
            answers["gps"] = {**gps, "lat": gps["lat"] + rng.uniform(-0.01, 0.01)}
        uuid = f"{n:08x}-0000-4000-8000-{rng.getrandbits(48):012x}"
        photos = tuple(AttachmentInfo(f"{rng.getrandbits(256):064x}", "image/jpeg", 1000) for _ in range(2))
        records.append(replace(seed, uuid=uuid, answers=answers, attachments=photos))
        if n % 3 == 0:
            step = rng.uniform(3, 30)
            times[uuid] = [f"2026-03-01T08:{int(i * step) // 60 % 60:02d}:{int(i * step) % 60:02d}Z" for i in range(40)]
    return records, times, forms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records, times, forms = make_records(args.count)
    form_of = lambda r: forms[(r.form_id, r.form_version)]  # type: ignore[index]  # noqa: E731
    runs, baseline = [], []
    flagged = 0
    for _ in range(args.repeat):
        start = time.perf_counter()
        flags = assess(records, form_of, times)
        runs.append(time.perf_counter() - start)
        flagged = sum(1 for f in flags.values() if f)
        start = time.perf_counter()
        for r in records:
            json.dumps(r.answers, sort_keys=True, ensure_ascii=False, default=str)
        baseline.append(time.perf_counter() - start)
    ours, base = statistics.median(runs), statistics.median(baseline)
    print(f"quality flags, {args.count:,} assessments: {ours:.2f} s (target < 5 s), {flagged:,} flagged")
    print(f"baseline, one JSON pass over the same answers: {base:.2f} s; ratio {ours / base:.1f}x")
    stored_phases(records, times, form_of)


def stored_phases(records: list[AssessmentRecord], times: dict[str, list[str]], form_of: object) -> None:
    from needsassess.analysis.paradata import summarise
    from needsassess.analysis.quality import _from_stored, _to_stored
    from needsassess.store import flag_rows
    from needsassess.store.paradata import ParadataEvent

    events = {uuid: [ParadataEvent(t.replace("Z", ".000000Z"), "changed", "p", f"q{i}") for i, t in enumerate(ts)]
              for uuid, ts in times.items()}
    start = time.perf_counter()
    active = {uuid: summarise({1: found}).active_s for uuid, found in events.items()}
    summaries = time.perf_counter() - start
    start = time.perf_counter()
    flags = assess(records, form_of, times, active=active)  # type: ignore[arg-type]
    with_paradata = time.perf_counter() - start
    rows = {(r.uuid, r.revision): [_to_stored(f) for f in flags[r.uuid]] for r in records if flags[r.uuid]}
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder))
        start = time.perf_counter()
        with store.write("store the quality flags") as conn:
            flag_rows.replace_flags(conn, rows, "2026-03-01T08:00:00.000000Z", 0)
        written = time.perf_counter() - start
        start = time.perf_counter()
        with store.read("read the quality flags") as conn:
            stored = flag_rows.read_flags(conn)
        read_back = {u: [_from_stored(f) for f in found] for u, (_rev, found) in stored.flags.items()}
        reading = time.perf_counter() - start
        store.close()
    count = sum(len(f) for f in read_back.values())
    print(f"paradata summaries of {len(events):,} timed assessments: {summaries:.2f} s; "
          f"flags with their active time: {with_paradata:.2f} s")
    print(f"stored per revision: {count:,} flags written in {written:.2f} s, read back in {reading:.2f} s "
          f"(total recompute and store {with_paradata + summaries + written:.2f} s, target < 5 s)")


if __name__ == "__main__":
    main()
