"""Fixtures for the store tests: a data folder with the tiny test form, and an open store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from needsassess.store import AssessmentStore, open_store
from tests.store.store_helpers import FORM_YAML


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
    return folder


@pytest.fixture
def store(data_dir: Path, forms_dir: Path) -> Iterator[AssessmentStore]:
    opened = open_store(data_dir, forms_dir=forms_dir)
    yield opened
    opened.close()
