"""Time to open a 60-question form page (build, first layout and paint), offscreen.

    .venv/bin/python bench/bench_entry_page.py

Prints wall and CPU time over 15 runs (machines running tests in parallel make wall time noisy).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KINDS = ["text", "integer", "decimal", "select_one yn", "select_multiple uses", "date", "select_one big", "text"]


def sixty_question_form() -> str:
    rows = []
    for i in range(60):
        rows.append(f"      - {{type: {KINDS[i % len(KINDS)]}, name: q{i}, required: {str(i % 3 == 0).lower()}, "
                    f"label: {{en: Question number {i} of the long page}}, hint: {{en: A hint for question {i}.}}}}")
    uses = "\n".join(f"    - {{name: u{i}, label: {{en: Use {i}}}}}" for i in range(6))
    big = "\n".join(f"    - {{name: c{i}, label: {{en: Choice {i}}}}}" for i in range(12))
    survey = "\n".join(rows)
    return f"""form_id: bench60
version: "1"
default_language: en
title: {{en: Sixty questions}}
survey:
  - type: group
    name: first
    label: {{en: First}}
    children:
      - {{type: text, name: start_q, label: {{en: Start}}}}
  - type: group
    name: long
    label: {{en: Long page}}
    children:
{survey}
choices:
  yn:
    - {{name: "yes", label: {{en: "Yes"}}}}
    - {{name: "no", label: {{en: "No"}}}}
  uses:
{uses}
  big:
{big}
"""


def main() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from needsassess.store import open_store
    from needsassess.ui.entry import FormEntryView

    tmp = Path(tempfile.mkdtemp())
    forms = tmp / "forms"
    forms.mkdir()
    (forms / "bench60.yaml").write_text(sixty_question_form(), encoding="utf-8")
    store = open_store(tmp / "data", forms_dir=forms)
    wall: list[float] = []
    cpu: list[float] = []
    widgets = 0
    for _ in range(15):
        record = store.create("bench60")
        view = FormEntryView(store, record.uuid, form_language="en")
        view.resize(1366, 740)
        view.show()
        app.processEvents()
        start, start_cpu = time.perf_counter(), time.process_time()
        view.show_page(1)
        app.processEvents()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
        widgets = len(view.current_page().question_widgets())
        view.close()
        view.deleteLater()
        app.processEvents()
    print(f"60-question page ({widgets} question widgets): open and first paint "
          f"median {statistics.median(wall):.0f} ms wall, {statistics.median(cpu):.0f} ms CPU; "
          f"fastest {min(wall):.0f} ms")


if __name__ == "__main__":
    main()
