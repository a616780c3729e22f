"""Nepali shortcut markers never split a Devanagari cluster.

Qt underlines the one character after ``&`` and shapes it apart from what follows, so ``&तालिका``
detaches the vowel sign ा from त and shows a dotted circle. The rule for every Nepali translation:
a shortcut either sits on a character that is a whole cluster by itself at the start of a word
(a consonant or vowel letter with no sign, halant or nukta after it), or is a Latin suffix such as
``तालिका(&T)``. ``&&`` is a literal ampersand.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "needsassess_ne.ts"
JOINERS = {"\u200c", "\u200d"}  # ZWNJ, ZWJ: part of the cluster too


def marker_problems(text: str) -> list[str]:
    """Why each ``&`` marker of ``text`` breaks the rule (empty when it keeps it)."""
    problems: list[str] = []
    plain = text.replace("&&", "\0\0")
    for match in re.finditer("&", plain):
        at = match.start()
        after = plain[at + 1: at + 2]
        following = plain[at + 2: at + 3]
        if re.fullmatch("[A-Za-z0-9]", after or "x!"):
            if not (plain[at - 1: at] == "(" and following == ")"):
                problems.append(f"Latin shortcut {after!r} not written as a (&{after.upper()}) suffix")
            continue
        if at > 0 and not (plain[at - 1].isspace() or unicodedata.category(plain[at - 1]).startswith("P")):
            problems.append(f"marker inside a word, before {after!r}")
        elif not after or unicodedata.category(after) != "Lo":
            problems.append(f"marker before {after!r}, not a letter")
        elif following and (unicodedata.category(following) in ("Mn", "Mc", "Me") or following in JOINERS):
            problems.append(f"marker on {after!r} splits it from {unicodedata.name(following, following)}")
    return problems


def nepali_translations() -> list[tuple[str, str, str]]:
    root = ET.parse(TRANSLATIONS).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "", message.findtext("translation") or "")
            for context in root.iter("context") for message in context.iter("message")]


def test_every_nepali_shortcut_keeps_its_cluster_whole() -> None:
    translations = nepali_translations()
    assert len(translations) > 400
    broken = {f"{context}: {source!r} → {text!r}": problems for context, source, text in translations
              if (problems := marker_problems(text))}
    assert broken == {}


def test_a_source_shortcut_is_kept_in_its_translation() -> None:
    """A menu item with a shortcut in English keeps one in Nepali (else the keyboard loses it)."""
    lost = [f"{context}: {source!r} → {text!r}" for context, source, text in nepali_translations()
            if re.search("&[^&]", source.replace("&&", "")) and not re.search("&[^&]", text.replace("&&", ""))]
    assert lost == []


@pytest.mark.parametrize(("text", "ok"), [
    ("तालिका(&T)…", True),
    ("&तालिका", False),  # ा detached from त
    ("&संयोजक", False),  # anusvara detached
    ("&द्वन्द्वहरू", False),  # halant detached
    ("&कुञ्जीहरू", False),  # vowel sign u detached
    ("&टिप्पणी:", False),
    ("&नयाँ", True),  # न is a whole cluster (य starts the next one)
    ("ता&लिका", False),  # inside a word
    ("फाइल &F", False),  # Latin, not a suffix
    ("R&&D", True),
    ("&अब", True),
])
def test_the_rule_itself(text: str, ok: bool) -> None:
    assert (marker_problems(text) == []) is ok
