"""Messages the engine shows next to answers when the form gives none of its own, in every language
the shipped forms use. Form-specific messages (constraint_message, required_message) win over these.
"""

from __future__ import annotations

from types import MappingProxyType

from needsassess.engine.model import LocalText


def _text(en: str, ne: str, uz: str, ru: str) -> LocalText:
    return LocalText(MappingProxyType({"en": en, "ne": ne, "uz": uz, "ru": ru}))


REQUIRED = _text(
    "This answer is required.",
    "यो उत्तर आवश्यक छ।",
    "Bu javob majburiy.",
    "Этот ответ обязателен.",
)
CONSTRAINT = _text(
    "This answer is not allowed here.",
    "यो उत्तर यहाँ मान्य छैन।",
    "Bu javob bu yerda qabul qilinmaydi.",
    "Этот ответ здесь недопустим.",
)
CHOICE_FILTERED = _text(
    "This choice no longer fits the earlier answers; choose again.",
    "यो विकल्प अघिल्ला उत्तरहरूसँग मिल्दैन; फेरि छान्नुहोस्।",
    "Bu tanlov oldingi javoblarga mos emas; qaytadan tanlang.",
    "Этот вариант больше не подходит к предыдущим ответам; выберите снова.",
)


def plain(message: str) -> LocalText:
    """A message that exists in one language only (e.g. a coercion error)."""
    return LocalText(MappingProxyType({"en": message}))
