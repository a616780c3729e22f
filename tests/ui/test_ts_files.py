"""The translation sources are well formed: one source and one translation per message (a message
holding two pairs loses one of them when compiled, as "Flags" and a menu item once were)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


@pytest.mark.parametrize("language", ["ne", "uz"])
def test_every_message_has_one_source_and_one_translation(language: str) -> None:
    root = ET.parse(TRANSLATIONS / f"needsassess_{language}.ts").getroot()
    broken = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            if len(message.findall("source")) != 1 or len(message.findall("translation")) != 1:
                broken.append((context.findtext("name"), [s.text for s in message.findall("source")]))
    assert broken == []


def test_the_menu_item_and_the_flags_heading_are_translated(switcher) -> None:
    from PySide6.QtCore import QCoreApplication

    switcher.switch("uz")
    assert QCoreApplication.translate("AssessmentTableModel", "Flags") == "Belgilar"
    assert QCoreApplication.translate("StartPage", "Needs follow-up (flags as the comment)").startswith("Qayta")
