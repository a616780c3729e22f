"""Fixtures for report tests: a sample assessment with real photo files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from needsassess.cli import main
from needsassess.reports.subject import ReportSubject
from tests.reports.report_samples import SampleRules, build_form, make_photos, sample_answers


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the demo assessments of every shipped form."""
    folder = tmp_path_factory.mktemp("demo-data")
    assert main(["--data-dir", str(folder), "demo"]) == 0
    return folder


@pytest.fixture
def subject_factory(tmp_path: Path) -> Callable[..., ReportSubject]:
    form = build_form()
    photos = make_photos(tmp_path)

    def make(status: str = "complete", **answer_changes: Any) -> ReportSubject:
        answers = sample_answers(list(photos))
        answers.update(answer_changes)
        return ReportSubject(
            form=form,
            answers=answers,
            uuid="3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
            revision=2,
            status=status,
            content_hash="9" * 64,
            officer="Sita Sharma",
            created_at="2026-03-12T09:14:00",
            updated_at="2026-03-12T11:40:00",
            finalized_at="2026-03-12T11:41:00" if status == "complete" else None,
            photo_path=photos.get,
            relevance=SampleRules(answers),
        )

    return make
