"""XLSForm column names and their languages: ``label``, ``label::English (en)``, ``label::English``,
``label::en`` all name a translatable column; the language code is what our forms store.
"""

from __future__ import annotations

import re

TRANSLATABLE = ("label", "hint", "constraint_message", "required_message", "guidance_hint", "image", "audio",
                "video", "media::image", "media::audio", "media::video")
# Language names seen in the wild, to ISO 639 codes. Lower-case keys.
LANGUAGE_NAMES = {
    "english": "en", "nepali": "ne", "uzbek": "uz", "russian": "ru", "french": "fr", "francais": "fr",
    "français": "fr", "spanish": "es", "español": "es", "portuguese": "pt", "arabic": "ar", "swahili": "sw",
    "hindi": "hi", "bengali": "bn", "bangla": "bn", "urdu": "ur", "krio": "kri", "mende": "men", "temne": "tem",
    "tajik": "tg", "kyrgyz": "ky", "kazakh": "kk", "turkish": "tr", "amharic": "am", "somali": "so",
    "hausa": "ha", "pashto": "ps", "dari": "prs", "farsi": "fa", "persian": "fa", "burmese": "my", "chinese": "zh",
    "indonesian": "id", "tagalog": "tl", "tigrinya": "ti", "oromo": "om", "kinyarwanda": "rw", "lingala": "ln",
    "maithili": "mai", "tharu": "thl", "bhojpuri": "bho", "awadhi": "awa",
}
CODE_NAMES = {"en": "English", "ne": "Nepali", "uz": "Uzbek", "ru": "Russian", "fr": "French", "es": "Spanish",
              "pt": "Portuguese", "ar": "Arabic", "sw": "Swahili", "hi": "Hindi", "kri": "Krio"}
_WITH_CODE = re.compile(r"(?P<name>.*?)\s*\((?P<code>[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)\)\s*\Z")
_CODE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)?\Z")


def split_column(header: str) -> tuple[str, str | None]:
    """``'label::English (en)'`` → ``('label', 'English (en)')``; ``'label'`` → ``('label', None)``."""
    base, sep, language = header.partition("::")
    base = base.strip().lower()
    if base == "media":  # media::image::English (en)
        kind, _, language = language.partition("::")
        return f"media::{kind.strip().lower()}", language.strip() or None
    return base, (language.strip() or None) if sep else None


def language_code(spelling: str) -> str | None:
    """The code of a language column's language, or None when it cannot be told."""
    match = _WITH_CODE.match(spelling)
    if match:
        return match.group("code").lower()
    if _CODE.match(spelling):
        return spelling
    return LANGUAGE_NAMES.get(spelling.strip().lower())


def column_name(base: str, code: str) -> str:
    """How we write a translatable column: ``label::Nepali (ne)``."""
    return f"{base}::{CODE_NAMES.get(code, code)} ({code})"
