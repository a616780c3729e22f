"""Uzbek words use ʻ (U+02BB) and ʼ (U+02BC), never ', ’, ‘ or `: in forms, translations and reports."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from needsassess.locale.uzbek import fix_apostrophes, wrong_apostrophes
from needsassess.paths import forms_dir
from needsassess.reports.wording import WORDS

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "needsassess_uz.ts"


def uzbek_texts(node: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(where, text) of every ``uz:`` value in a loaded YAML document."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "uz" and isinstance(value, str):
                yield where, value
            else:
                yield from uzbek_texts(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            name = value.get("name", index) if isinstance(value, dict) else index
            yield from uzbek_texts(value, f"{where}/{name}")


@pytest.mark.parametrize("path", sorted(forms_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_forms(path: Path) -> None:
    texts = list(uzbek_texts(yaml.safe_load(path.read_text(encoding="utf-8"))))
    # the texts of a form, of the shared site block and of the land-unit list are all found
    assert len(texts) > {"_site.yaml": 20, "_land_units.yaml": 6}.get(path.name, 100)
    wrong = [(where, found) for where, text in texts for found in wrong_apostrophes(text)]
    assert wrong == []


def test_window_translations() -> None:
    root = ET.parse(TRANSLATIONS).getroot()
    texts = [t.text or "" for t in root.iter("translation")]
    assert len(texts) > 100
    assert [found for text in texts for found in wrong_apostrophes(text)] == []


def test_report_wording() -> None:
    assert [found for texts in WORDS.values() for found in wrong_apostrophes(texts.get("uz", ""))] == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("O'zbekiston", "Oʻzbekiston"),
        ("yoqilg'isi", "yoqilgʻisi"),
        ("ma'lumot", "maʼlumot"),
        ("Ko''rinmadi", "Koʻrinmadi"),  # YAML's doubled quote
        ("to&apos;liq", "toʻliq"),  # XML's entity
        ("san’at", "sanʼat"),
        ("g`alla", "gʻalla"),
        ("'quoted' text", "'quoted' text"),  # quotes around words are not inside them
    ],
)
def test_fix(typed: str, expected: str) -> None:
    assert fix_apostrophes(typed) == expected
    assert wrong_apostrophes(expected) == []
