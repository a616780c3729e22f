"""The two kinds of failure the app tells apart, and how a user-visible failure is worded.

``UserError`` and its subclasses are the input's or the environment's fault (a broken form file, a
damaged package, a full disk): the operation that raised them has changed nothing. Any other
exception is our bug. A ``UserError`` carries a catalogue entry (``code``, see ``Catalogue``) and
the values its message names (``params``), never finished text, so the same error reads in English
on a coordinator's terminal and in Nepali or Uzbek in a field officer's window: ``err.text("ne")``.
``str(err)`` is the English text, which logs and scripts keep.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from enum import Enum
from typing import Any, Protocol, runtime_checkable

LANGUAGES = ("en", "ne", "uz")
DEFAULT_LANGUAGE = "en"


class Catalogue(Enum):
    """Base of every catalogue: members are ``(code, English, Nepali, Uzbek)`` message templates.

    Templates are ``str.format`` templates whose ``{placeholders}`` are the same in the three
    languages (a test checks it); a value may itself be a catalogue member or a ``UserError``, which
    is then worded in the same language.
    """

    code: str
    templates: Mapping[str, str]

    def __init__(self, code: str, en: str, ne: str, uz: str) -> None:
        self.code = code
        self.templates = {"en": en, "ne": ne, "uz": uz}

    def template(self, language: str) -> str:
        return self.templates.get(language) or self.templates[DEFAULT_LANGUAGE]

    def placeholders(self, language: str = DEFAULT_LANGUAGE) -> frozenset[str]:
        return frozenset(
            field.split(".")[0].split("[")[0]
            for _, field, _, _ in string.Formatter().parse(self.template(language))
            if field
        )

    def render(self, language: str = DEFAULT_LANGUAGE, params: Mapping[str, object] | None = None) -> str:
        values = {key: word(value, language) for key, value in (params or {}).items()}
        return self.template(language).format(**values)


@runtime_checkable
class Worded(Protocol):
    """Any value that words itself in a language (e.g. a list of answer problems handed to a message)."""

    def render(self, language: str) -> str: ...


def word(value: object, language: str) -> str:
    """A message parameter as text in ``language``: nested entries, phrases and errors are translated."""
    if isinstance(value, UserError):
        return value.text(language)
    if isinstance(value, Catalogue | Phrase | Wording | Worded):
        return value.render(language)
    return str(value)


class Wording:
    """A short English phrase (an action, a verb) handed to a message, with its translations.

    Environment errors say what the app was doing ("save the answer"); those phrases are written
    where the work is done, so they are looked up here by their English text, and a phrase with no
    translation stays English rather than failing (a test keeps the table complete).
    """

    table: Mapping[str, tuple[str, str]] = {}

    def __init__(self, english: str) -> None:
        self.english = english

    def render(self, language: str) -> str:
        translated = self.table.get(self.english)
        if translated is None or language not in ("ne", "uz"):
            return self.english
        return translated[0] if language == "ne" else translated[1]

    def __str__(self) -> str:
        return self.english


class Phrase:
    """A catalogue entry with its own parameters, used as a parameter of a bigger message."""

    def __init__(self, entry: Catalogue, **params: object) -> None:
        self.entry = entry
        self.params = params

    def render(self, language: str) -> str:
        return self.entry.render(language, self.params)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


class UserError(Exception):
    """Input refused or environment failure: ``text(language)`` is the message shown to the person.

    Raise it with a catalogue entry and its values: ``StoreError(StoreCode.NOT_FOUND, uuid=u)``.
    A bare string is accepted only from code not yet moved to the catalogue (it reads the same in
    every language and has no code); ``tests/test_error_catalogue.py`` lists where that remains.
    """

    exit_code = 1

    def __init__(self, code: Catalogue | str, /, **params: object) -> None:
        self.entry: Catalogue | None = code if isinstance(code, Catalogue) else None
        self._plain = code if isinstance(code, str) else None
        self.params: dict[str, Any] = params
        super().__init__(self.text(DEFAULT_LANGUAGE))

    @property
    def code(self) -> str | None:
        """The stable code printed with the message (``NA-SYNC-012``), None for uncatalogued text."""
        return self.entry.code if self.entry is not None else None

    def body(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The catalogue message alone, in ``language``."""
        if self.entry is None:
            return self._plain or ""
        return self.entry.render(language, self.params)

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The whole message shown to the person; subclasses add where it happened."""
        return self.body(language)

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)

    def headline(self, language: str = DEFAULT_LANGUAGE) -> str:
        """``error [CODE]: text`` as the CLI prints it (no code for uncatalogued text)."""
        prefix = f"error [{self.code}]" if self.code else "error"
        return f"{prefix}: {self.text(language)}"
