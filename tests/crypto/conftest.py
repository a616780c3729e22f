"""Fixtures for the crypto tests: the sync tests' small form and stores, plus key helpers."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.crypto.keys import CoordinatorKey, create_coordinator_key
from tests.sync.conftest import forms_dir, make_store  # noqa: F401 - fixtures shared with the sync tests


@pytest.fixture
def coordinator_key(tmp_path: Path) -> CoordinatorKey:
    folder = tmp_path / "coordinator-keys"
    folder.mkdir()
    return create_coordinator_key(folder, "Bukhara office")
