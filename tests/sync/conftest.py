"""Fixtures for the sync tests: a tiny form with a photo and a repeat, stores in temporary folders."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from needsassess.store import AssessmentStore, open_store
from tests.store.store_helpers import FakeSession, png_bytes

FORM_YAML = """\
form_id: mini
version: "1"
default_language: en
title: {en: Mini form}
settings:
  instance_name: "${settlement}"
  site: "${settlement}"
survey:
  - type: group
    name: site_page
    label: {en: Site}
    children:
      - {type: text, name: settlement, required: true, label: {en: Settlement}}
      - {type: integer, name: households, label: {en: Households}}
      - {type: select_one disposal, name: disposal, label: {en: Disposal}}
      - {type: image, name: site_photo, label: {en: Photo}}
  - type: repeat
    name: pits
    label: {en: Pits}
    children:
      - {type: decimal, name: depth, label: {en: Depth}}
choices:
  disposal:
    - {name: burning, label: {en: Open burning}}
    - {name: landfill, label: {en: Landfill}}
"""


def png(seed: int) -> bytes:
    """A small valid PNG, different for each seed."""
    return png_bytes(seed)


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    return folder


StoreFactory = Callable[[str], AssessmentStore]


@pytest.fixture
def make_store(tmp_path: Path, forms_dir: Path) -> Iterator[StoreFactory]:
    opened: list[AssessmentStore] = []

    def make(name: str, with_forms: bool = True) -> AssessmentStore:
        store = open_store(tmp_path / name, forms_dir=forms_dir if with_forms else None)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


def finalized(
    store: AssessmentStore,
    settlement: str,
    households: int = 10,
    photo: int | None = None,
    pits: tuple[float, ...] = (),
) -> str:
    answers: dict[str, Any] = {"settlement": settlement, "households": households, "disposal": "burning"}
    if photo is not None:
        answers["site_photo"] = store.add_attachment_bytes(png(photo))
    if pits:
        answers["pits"] = [{"depth": d} for d in pits]
    record = store.create("mini", FakeSession(answers))
    store.finalize(record.uuid, FakeSession(answers))
    return record.uuid


def edit(store: AssessmentStore, uuid: str, reason: str = "correction", **changes: Any) -> None:
    """Reopen, change answers, finalize: the next revision."""
    store.reopen(uuid, reason)
    answers = {**dict(store.get(uuid).answers), **changes}
    store.save_draft(uuid, FakeSession(answers))
    store.finalize(uuid, FakeSession(answers))
