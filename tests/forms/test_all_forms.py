"""What every shipped form must satisfy: every text in English, Nepali and Uzbek (in their scripts),
a checked range on every number and date, and the same site block in all of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from needsassess.engine import Form, LocalText, load_form
from needsassess.engine.checks import TEXT_COLUMNS
from needsassess.engine.includes import form_files
from needsassess.paths import forms_dir

SHIPPED = form_files(forms_dir())
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
NOT_LATIN = re.compile(r"[\u0400-\u04FF\u0900-\u097F]")  # Cyrillic or Devanagari


def texts_of(form: Form) -> list[tuple[str, LocalText]]:
    texts = [("title", form.title)]
    if form.description is not None:
        texts.append(("description", form.description))
    for element in form.walk():
        for column in TEXT_COLUMNS:
            text = getattr(element, column, None)
            if text is not None:
                texts.append((f"{element.name}.{column}", text))
    for choices in form.choices.values():
        texts += [(f"choices.{choices.name}.{c.name}", c.label) for c in choices.choices]
    return texts


def in_three_languages(text: LocalText) -> bool:
    """English and Uzbek in Latin script, Nepali in Devanagari, none of them empty."""
    en, ne, uz = (text.texts.get(lang, "").strip() for lang in ("en", "ne", "uz"))
    return bool(en and ne and uz and DEVANAGARI.search(ne)) and not NOT_LATIN.search(en + uz)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_text_is_in_english_nepali_and_uzbek(path: Path) -> None:
    texts = texts_of(load_form(path))
    assert [where for where, text in texts if not in_three_languages(text)] == []
    assert len(texts) > 200


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_every_number_and_date_has_a_checked_range(path: Path) -> None:
    unchecked = [q.name for q in load_form(path).questions()
                 if q.type.value in ("integer", "decimal", "date")
                 and (q.constraint is None or q.constraint_message is None)]
    assert unchecked == []


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_site_block_is_the_one_shared_by_all_forms(path: Path) -> None:
    """Every form starts with the shared block (forms/_site.yaml) and defines none of its lists."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    block = yaml.safe_load((forms_dir() / "_site.yaml").read_text(encoding="utf-8"))
    assert raw["survey"][0] == {"type": "include", "file": "_site.yaml"}
    assert raw["settings"] == {"instance_name": "concat(${settlement}, ' — ', ${visit_date})", "site": "${settlement}"}
    assert set(raw["choices"]) & set(block["choices"]) == set()
    form = load_form(path)
    assert [page.name for page in form.pages()[:2]] == ["site", "people"]


def test_the_text_check_catches_a_missing_or_wrong_script() -> None:
    from types import MappingProxyType

    good = LocalText(MappingProxyType({"en": "Site", "ne": "स्थल", "uz": "Joy"}))
    assert in_three_languages(good)
    assert not in_three_languages(LocalText(MappingProxyType({"en": "Site", "ne": "Site", "uz": "Joy"})))
    assert not in_three_languages(LocalText(MappingProxyType({"en": "Site", "ne": "स्थल", "uz": "Жой"})))
