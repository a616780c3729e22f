"""Bundle benchmark: size on disk, and cold start to the shown window, bundle beside the checkout.

Each start is a fresh process running ``gui --smoke-test`` (offscreen), which prints the moment its
main window was first painted; the time from just before the process is spawned to that moment is
"start to a shown window". The bundle (``dist/needsassess/needsassess``, build it first with
``python3 dev.py bundle``) and the checkout (``.venv/bin/python -m needsassess``) alternate, on the
same data folder with demo data, several runs each; medians are printed. A run's first start of
each kind is discarded (it pays for reading the files from disk once).

    .venv/bin/python bench/bench_bundle.py [--runs 7] [--bundle dist/needsassess]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHOWN = re.compile(r"window shown at (\d+\.\d+)")


def size_on_disk(folder: Path) -> tuple[int, int]:
    """(bytes in files, number of files)."""
    files = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files), len(files)


def start_to_window(command: list[str], data_dir: Path) -> tuple[float, float]:
    """(seconds to the shown window, seconds to the process's exit) of one fresh process."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    began = time.time()
    done = subprocess.run([*command, "--data-dir", str(data_dir), "gui", "--smoke-test"], env=env,
                          capture_output=True, text=True, check=True, cwd=data_dir.parent)
    ended = time.time()
    found = SHOWN.search(done.stdout)
    if found is None:
        raise SystemExit(f"no 'window shown' line from {command}: {done.stdout!r} {done.stderr!r}")
    return float(found.group(1)) - began, ended - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "needsassess")
    args = parser.parse_args()
    executable = args.bundle / ("needsassess.exe" if os.name == "nt" else "needsassess")
    if not executable.is_file():
        raise SystemExit(f"{executable} not found: build it with `python3 dev.py bundle`")
    size, count = size_on_disk(args.bundle)
    print(f"bundle {args.bundle}: {size / 1e6:.0f} MB in {count} files")
    kinds = {"bundle": [str(executable)], "checkout": [sys.executable, "-m", "needsassess"]}
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        data_dir = Path(tmp) / "data"
        subprocess.run([*kinds["bundle"], "--data-dir", str(data_dir), "demo"], check=True, capture_output=True)
        shown: dict[str, list[float]] = {kind: [] for kind in kinds}
        total: dict[str, list[float]] = {kind: [] for kind in kinds}
        for run in range(args.runs + 1):
            for kind, command in kinds.items():
                window, whole = start_to_window(command, data_dir)
                if run:  # the first of each kind warms the disk cache
                    shown[kind].append(window)
                    total[kind].append(whole)
    print(f"{'':10} {'start to shown window (median)':>32} {'whole smoke test (median)':>28}   runs: {args.runs}")
    for kind in kinds:
        window, whole = statistics.median(shown[kind]) * 1000, statistics.median(total[kind]) * 1000
        print(f"{kind:10} {window:29.0f} ms {whole:25.0f} ms"
              f"   (window: {min(shown[kind]) * 1000:.0f}–{max(shown[kind]) * 1000:.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
