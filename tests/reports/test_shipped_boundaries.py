"""Reports from the command line draw the shipped outlines on their maps and credit Natural Earth."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from needsassess.reports.shipped_boundaries import shipped_boundaries


def test_the_source_gives_the_outlines_of_a_frame() -> None:
    found = shipped_boundaries((63.9, 39.5, 64.9, 40.1))  # around Bukhara: (west, south, east, north)
    assert found is not None and found.attribution == "Natural Earth"
    assert len(found.rings) >= 2  # Bukhara's and its neighbours' outlines at least
    assert shipped_boundaries((-30.0, -50.0, -20.0, -45.0)) is None  # the South Atlantic


def test_report_and_summary_print_their_maps_with_the_shipped_outlines(tmp_path: Path) -> None:
    data = tmp_path / "data"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "needsassess", "--data-dir", str(data), *args],
                              capture_output=True, text=True, check=False, timeout=300)

    assert cli("demo").returncode == 0
    listed = cli("list", "--status", "complete").stdout.splitlines()
    uuid = listed[0].split()[0]
    done = cli("report", uuid, "-o", str(tmp_path / "one.pdf"))
    assert done.returncode == 0, done.stderr
    text = "\n".join(page.extract_text() or "" for page in PdfReader(tmp_path / "one.pdf").pages)
    assert "Site map" in text  # credited only when a border crosses its few kilometres (tests/geo)
    summary = cli("summary", "-o", str(tmp_path / "all.pdf"))
    assert summary.returncode == 0, summary.stderr
    text = "\n".join(page.extract_text() or "" for page in PdfReader(tmp_path / "all.pdf").pages)
    assert "Sites on the map" in text


def test_a_map_across_a_border_draws_and_credits_it(tmp_path: Path) -> None:
    """A frame across the Nepal–India border south of Nepalgunj gets the border and its credit."""
    from needsassess.reports.subject import BoundaryRings

    frame = (81.55, 27.90, 81.70, 28.05)  # (west, south, east, north) across the border south of Nepalgunj
    found = shipped_boundaries(frame)
    assert isinstance(found, BoundaryRings) and found.rings and found.attribution == "Natural Earth"
