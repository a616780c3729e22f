"""Messages the engine shows next to answers when the form gives none of its own, in every language
the shipped forms use. Form-specific messages (constraint_message, required_message) win over these.

The English, Nepali and Uzbek texts come from the one error catalogue (``AnswerCode``); Russian, which
some forms declare but the interface does not offer, is kept here.
"""

from __future__ import annotations

from types import MappingProxyType

from needsassess.engine.model import LocalText
from needsassess.errors import LANGUAGES, Catalogue
from needsassess.errors.engine_codes import AnswerCode


def _text(entry: Catalogue, ru: str) -> LocalText:
    return LocalText(MappingProxyType({**{lang: entry.render(lang) for lang in LANGUAGES}, "ru": ru}))


REQUIRED = _text(AnswerCode.REQUIRED, "Этот ответ обязателен.")
CONSTRAINT = _text(AnswerCode.CONSTRAINT, "Этот ответ здесь недопустим.")
CHOICE_FILTERED = _text(
    AnswerCode.CHOICE_FILTERED, "Этот вариант больше не подходит к предыдущим ответам; выберите снова."
)


def plain(message: str) -> LocalText:
    """A message that exists in one language only (e.g. a coercion error)."""
    return LocalText(MappingProxyType({"en": message}))
