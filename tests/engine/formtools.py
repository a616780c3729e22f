"""Write small forms inline in tests, as YAML text, and load them."""

from __future__ import annotations

import textwrap
from pathlib import Path

from needsassess.engine import Form, load_form

HEADER = """\
form_id: t
version: "1"
default_language: en
title: {en: Test}
"""


def write_form(tmp_path: Path, body: str, header: str = HEADER, name: str = "t.yaml") -> Path:
    path = tmp_path / name
    path.write_text(header + textwrap.dedent(body), encoding="utf-8")
    return path


def make_form(tmp_path: Path, body: str, header: str = HEADER) -> Form:
    return load_form(write_form(tmp_path, body, header))
