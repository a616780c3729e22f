"""Test set-up shared by every test.

Qt runs offscreen (without it, pytest-qt aborts the whole run when there is no display), and every
data folder points into a temporary directory so no test can touch the real user data folder.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
FORMS_DIR = ROOT / "forms"


@pytest.fixture(autouse=True)
def _isolated_data_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("NEEDSASSESS_DATA_DIR", str(home / "needsassess-data"))
    # A developer's hub settings must never send the tests to a real database.
    monkeypatch.delenv("NEEDSASSESS_DB_URL", raising=False)
    monkeypatch.delenv("NEEDSASSESS_ATTACHMENTS_DIR", raising=False)
    yield


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data folder for one test."""
    path = tmp_path / "data"
    path.mkdir()
    return path
