"""Every shipped form loads, declares the three languages and has the shape the issue asks for
(texts in every language are checked in tests/forms/test_all_forms.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.engine import FormSession, load_form
from needsassess.engine.includes import form_files
from needsassess.paths import forms_dir

SHIPPED = form_files(forms_dir())


def test_the_four_forms_are_shipped() -> None:
    names = {p.stem for p in SHIPPED}
    assert names >= {"waste_management", "land_reclamation"}, names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_form_loads_with_every_language(path: Path) -> None:
    form = load_form(path)
    assert form.form_id == path.stem
    assert set(form.languages) >= {"en", "ne", "uz"}
    FormSession(form)  # a blank assessment can be started


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_form_shape(path: Path) -> None:
    form = load_form(path)
    inputs = [q for q in form.questions() if q.is_input]
    assert len(inputs) >= 40 and len(form.pages()) >= 5
    assert any(e.__class__.__name__ == "Repeat" for e in form.walk())
    for name in ("country", "region", "municipality", "settlement", "gps", "visit_date", "officer", "people_met"):
        assert name in form.elements, name
