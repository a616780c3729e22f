"""Building the command-line parser stays light: heavy packages load in the command that needs them.

Every ``needsassess`` process builds the whole parser before running one command, so a module-level
import in any ``cli/*.py`` is paid by every command (``import`` of 10,000 assessments included, #14).
"""

from __future__ import annotations

import json
import subprocess
import sys

from needsassess.locale.conventions import LANGUAGES as LOCALE_LANGUAGES
from needsassess.locale.digits import DIGIT_STYLES
from needsassess.reports import LANGUAGES as REPORT_LANGUAGES

HEAVY = (
    "reportlab", "needsassess.reports", "openpyxl", "pyxform", "PySide6", "needsassess.xlsform",
    "sqlalchemy.dialects.postgresql",  # a field laptop opens SQLite only
    # The store (SQLAlchemy) and the engine (YAML, expressions) load in the commands that use them:
    # ``--help`` and a usage error start in a fifth of the time.
    "sqlalchemy", "needsassess.store", "needsassess.engine", "yaml",
)

PROBE = f"""
import json, sys
from needsassess.cli import build_parser
build_parser()
print(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))
"""


def test_building_the_parser_imports_no_heavy_package() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], check=True, capture_output=True, text=True).stdout
    assert json.loads(out) == []


def test_report_choices_are_the_reports_own() -> None:
    """``--lang`` of report/summary is offered from the locale's list: the reports speak exactly those."""
    from needsassess.cli import build_parser

    assert LOCALE_LANGUAGES == REPORT_LANGUAGES
    args = build_parser().parse_args(["report", "x", "-o", "a.pdf", "--lang", "ne", "--digits", DIGIT_STYLES[1]])
    assert (args.lang, args.digits) == ("ne", DIGIT_STYLES[1])
