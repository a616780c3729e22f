"""How one document writes numbers and dates: its language, its digits and its calendar.

Every formatter takes a :class:`Conventions` (or a bare language code, meaning that language's
defaults). Nepali defaults to Devanagari digits and Bikram Sambat dates with AD in brackets, as papers
for Nepali authorities are written; ``digits="latin"`` (a report option and a setting) gives Latin digits
instead, for the whole document. English and Uzbek write Latin digits and AD dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from needsassess.locale.digits import DIGIT_STYLES, Digits

Calendar = Literal["ad", "bs"]
LANGUAGES = ("en", "ne", "uz")


@dataclass(frozen=True)
class Conventions:
    """The writing conventions of one document (see the module docstring for the defaults)."""

    lang: str = "en"
    digits: Digits = "latin"
    calendar: Calendar = "ad"

    @classmethod
    def for_language(cls, lang: str, digits: str | None = None) -> Conventions:
        """``lang``'s defaults, with ``digits`` ("latin" or "devanagari") if given."""
        nepali = lang == "ne"
        chosen: Digits = "devanagari" if nepali else "latin"
        if digits is not None:
            if digits not in DIGIT_STYLES:
                raise ValueError(f"Unknown digits {digits!r}: use one of {', '.join(DIGIT_STYLES)}.")
            chosen = "devanagari" if digits == "devanagari" else "latin"
        return cls(lang=lang, digits=chosen, calendar="bs" if nepali else "ad")

    @property
    def decimal_mark(self) -> str:
        return "," if self.lang == "uz" else "."


def conventions(value: Conventions | str) -> Conventions:
    """``value`` itself, or the defaults of the language it names."""
    return value if isinstance(value, Conventions) else Conventions.for_language(value)
