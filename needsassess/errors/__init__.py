"""One catalogue for every error a person can see, from every layer, in English, Nepali and Uzbek.

``UserError`` (``core``) is raised with a catalogue entry and its values; each layer's entries live in
a ``*_codes`` module of this package and join the ``registry``, which keeps codes unique. The window
shows ``err.text(language)``; the CLI prints ``error [CODE]: text`` in the language remembered for
the data folder; logs keep the code and the English text. docs/errors.md lists every code.
"""

from __future__ import annotations

from needsassess.errors import (
    basemap_codes,
    cli_codes,
    crypto_codes,
    dataset_codes,
    engine_codes,
    field_codes,
    form_codes,
    form_todo_codes,
    geo_codes,
    paradata_codes,
    quality_codes,
    store_codes,
    sync_codes,
    xlsform_codes,
)
from needsassess.errors.core import DEFAULT_LANGUAGE, LANGUAGES, Catalogue, Phrase, UserError, Wording, word
from needsassess.errors.registry import catalogues, entries, lookup, register

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "Catalogue",
    "Phrase",
    "UserError",
    "Wording",
    "basemap_codes",
    "catalogues",
    "cli_codes",
    "crypto_codes",
    "dataset_codes",
    "engine_codes",
    "entries",
    "field_codes",
    "form_codes",
    "form_todo_codes",
    "geo_codes",
    "lookup",
    "paradata_codes",
    "quality_codes",
    "register",
    "store_codes",
    "sync_codes",
    "word",
    "xlsform_codes",
]
