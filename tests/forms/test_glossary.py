"""The glossary's rejected terms (docs/glossary.md) appear in no form and no window translation."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GLOSSARY = ROOT / "docs" / "glossary.md"


def rejected_terms() -> list[tuple[str, str, str]]:
    """(language, rejected, preferred) from the ```glossary block."""
    block = re.search(r"```glossary\n(.*?)```", GLOSSARY.read_text(encoding="utf-8"), re.S)
    assert block is not None, "docs/glossary.md has no ```glossary block"
    return [tuple(part.strip() for part in line.split("|")) for line in block.group(1).splitlines()  # type: ignore[misc]
            if line.strip()]


def files() -> list[Path]:
    return sorted((ROOT / "forms").glob("*.yaml")) + sorted((ROOT / "resources" / "translations").glob("*.ts"))


def offences(text: str, terms: list[tuple[str, str, str]]) -> list[str]:
    return [f"{bad} → {good}" for _lang, bad, good in terms if bad in text]


def test_the_glossary_lists_rejected_terms_for_both_languages() -> None:
    terms = rejected_terms()
    assert {lang for lang, _, _ in terms} == {"ne", "uz"}
    assert ("uz", "qoʻtos", "buyvol") in terms


def test_no_form_or_translation_uses_a_rejected_term() -> None:
    terms = rejected_terms()
    found = {path.name: offences(path.read_text(encoding="utf-8"), terms) for path in files()}
    assert {name: bad for name, bad in found.items() if bad} == {}


def test_the_check_catches_a_rejected_term() -> None:
    assert offences("label: {uz: Qoʻtos}", rejected_terms()) == ["Qoʻtos → Buyvol"]
    assert offences("ne: सुख्खा याम", rejected_terms()) == ["सुख्खा → सुक्खा"]
