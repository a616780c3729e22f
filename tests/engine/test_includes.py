"""Shared blocks (forms/_site.yaml): written into each form, left out of listings, part of its identity."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from needsassess.engine import load_form, load_form_text
from needsassess.engine.includes import form_files, self_contained_text
from needsassess.paths import forms_dir
from needsassess.store.catalog import FormCatalog
from tests.engine.formtools import HEADER, write_form

BLOCK = """survey:
  - type: group
    name: site
    label: {en: Site}
    children:
      - {type: select_one country, name: country, label: {en: Country}}
      - {type: include, file: _consent.yaml}
choices:
  country:
    - {name: nepal, label: {en: Nepal}}
"""
CONSENT = "survey:\n  - {type: text, name: consent, label: {en: Consent}}\n"
FORM = "survey:\n  - {type: include, file: _site.yaml}\n  - {type: group, name: p, label: {en: P}, children: " \
       "[{type: integer, name: n, label: {en: N}, relevant: \"${consent} = 'yes'\"}]}\n"


def _folder(tmp_path: Path) -> Path:
    (tmp_path / "_site.yaml").write_text(BLOCK, encoding="utf-8")
    (tmp_path / "_consent.yaml").write_text(CONSENT, encoding="utf-8")
    write_form(tmp_path, FORM, HEADER)
    return tmp_path


def test_blocks_are_written_in_nested_and_with_their_choices(tmp_path: Path) -> None:
    form = load_form(_folder(tmp_path) / "t.yaml")
    assert [p.name for p in form.pages()] == ["site", "p"]
    assert [q.name for q in form.questions()] == ["country", "consent", "n"]
    assert "country" in form.choices


def test_shared_blocks_are_not_forms(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    assert form_files(folder) == [folder / "t.yaml"]
    assert all(not p.name.startswith("_") for p in form_files(forms_dir()))
    listing = subprocess.run([sys.executable, "-m", "needsassess", "forms", "list"], capture_output=True, text=True,
                             check=True)
    assert "green_city" in listing.stdout and "_site" not in listing.stdout + listing.stderr


def test_the_stored_text_stands_alone_and_changes_with_the_block(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    path = folder / "t.yaml"
    text = self_contained_text(path.read_text(encoding="utf-8"), path)
    assert "type: include" not in text and "_site.yaml, _consent.yaml written in" in text
    alone = load_form_text(text, "<stored>")  # no folder: nothing left to include
    assert [q.name for q in alone.questions()] == ["country", "consent", "n"]
    catalog = FormCatalog(folder, lambda _why: None)  # type: ignore[arg-type,return-value]
    before = catalog._shipped_form("t")
    (folder / "_consent.yaml").write_text(CONSENT.replace("Consent", "Agreed"), encoding="utf-8")
    catalog.reload()
    after = catalog._shipped_form("t")
    assert before is not None and after is not None
    assert before.sha256 != after.sha256  # a changed block is a changed form: a new version is needed
    assert "Agreed" in after.text


def test_a_form_without_includes_keeps_its_text(tmp_path: Path) -> None:
    path = write_form(tmp_path, "survey:\n  - {type: group, name: p, label: {en: P}, children: "
                      "[{type: integer, name: n, label: {en: N}}]}\n", HEADER)
    text = path.read_text(encoding="utf-8")
    assert self_contained_text(text, path) == text
