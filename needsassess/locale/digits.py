"""Devanagari and Latin digits: one choice per document, never mixed.

Nepali can be written with Devanagari digits (०-९) or Latin ones; a document picks one
(``digits="devanagari"`` or ``"latin"``) and every number, date and page number in it follows.
"""

from __future__ import annotations

from typing import Literal

Digits = Literal["latin", "devanagari"]
DIGIT_STYLES: tuple[Digits, ...] = ("latin", "devanagari")

_TO_DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
_TO_LATIN = str.maketrans("०१२३४५६७८९", "0123456789")


def with_digits(text: str, digits: str) -> str:
    """``text`` with its ASCII digits written in ``digits``."""
    return text.translate(_TO_DEVANAGARI) if digits == "devanagari" else text


def to_latin_digits(text: str) -> str:
    """``text`` with Devanagari digits as ASCII ones (for parsing what a person typed)."""
    return text.translate(_TO_LATIN)
