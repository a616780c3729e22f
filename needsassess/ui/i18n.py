"""Interface languages: loading the compiled translations and switching them while the app runs.

Each language has ``resources/translations/needsassess_<code>.qm`` (English is the source text and
needs none). Switching installs the new translator and removes the old one; Qt then sends a
``LanguageChange`` event to every widget, and each of ours re-reads its texts in ``retranslate_ui``,
so nothing needs a restart.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from needsassess import paths
from needsassess.errors import UserError
from needsassess.locale import Conventions, dates_in_text, to_bs, with_digits

log = logging.getLogger(__name__)

# Language code -> its own name, shown in that language so anyone can find theirs.
INTERFACE_LANGUAGES: dict[str, str] = {"en": "English", "ne": "नेपाली", "uz": "Oʻzbekcha"}
FORM_LANGUAGES: dict[str, str] = dict(INTERFACE_LANGUAGES)
DEFAULT_LANGUAGE = "en"

# Locales for numbers and dates shown by Qt widgets.
_LOCALES = {"en": "en_GB", "ne": "ne_NP", "uz": "uz_Latn_UZ"}


# The application carries its interface language, so that any widget can word a core error in it.
_LANGUAGE_PROPERTY = "needsassess_language"


def current_language() -> str:
    """The interface language of the running application (English before any switch)."""
    app = QCoreApplication.instance()
    value = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in INTERFACE_LANGUAGES else DEFAULT_LANGUAGE


def interface_conventions(digits: str | None = None) -> Conventions:
    """How the window writes numbers and dates now: the interface language's way, with the Nepali
    digits setting (``digits``: "devanagari" or "latin") when the interface is Nepali."""
    language = current_language()
    return Conventions.for_language(language, digits if language == "ne" and digits else None)


def shown_title(title: str, digits: str | None = None) -> str:
    """An assessment's stored title ("Khajura — 2024-06-14", from the form's ``instance_name``) as
    the window shows it: its date in Bikram Sambat and the digits setting in Nepali."""
    return dates_in_text(title, interface_conventions(digits))


def local_time(stamp: str | None) -> str:
    """A stored UTC time as local ``YYYY-MM-DD HH:MM`` (Latin digits, AD; sorts as text)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{moment.astimezone():%Y-%m-%d %H:%M}"


def shown_time(stamp: str | None, digits: str | None = None) -> str:
    """A stored time as the window shows it: ``local_time`` in English and Uzbek; in Nepali the same
    compact form with the date in Bikram Sambat, as the date field writes it, and every digit as the
    digits setting says ("२०८२-११-२८ १४:३२")."""
    conv = interface_conventions(digits)
    text = local_time(stamp)
    if conv.calendar == "bs" and len(text) >= 10:
        with contextlib.suppress(ValueError):  # OutOfRange too: the AD date as it is
            text = to_bs(date.fromisoformat(text[:10])).iso() + text[10:]
    return with_digits(text, conv.digits)


def error_text(err: BaseException) -> str:
    """A core error as the window shows it: a ``UserError`` in the interface language, else ``str``.

    Logs keep ``err.code`` and the English ``str(err)``; the person reads their own language.
    """
    if isinstance(err, UserError):
        return err.text(current_language())
    return str(err)


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def translation_file(language: str) -> Path:
    return translations_dir() / f"needsassess_{language}.qm"


class LanguageSwitcher:
    """Owns the installed translator of the application; one per ``QApplication``."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = DEFAULT_LANGUAGE

    def switch(self, language: str) -> bool:
        """Install ``language``; False (and English) when its translation cannot be loaded."""
        wanted = language
        if language not in INTERFACE_LANGUAGES:
            language = DEFAULT_LANGUAGE
        translator: QTranslator | None = None
        if language != DEFAULT_LANGUAGE:
            translator = QTranslator(self._app)
            if not translator.load(str(translation_file(language))):
                log.warning("no translation for %s at %s", language, translation_file(language))
                translator = None
                language = DEFAULT_LANGUAGE
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator.deleteLater()
        self._translator = translator
        if translator is not None:
            self._app.installTranslator(translator)
        QLocale.setDefault(QLocale(_LOCALES.get(language, "en_GB")))
        self.language = language
        self._app.setProperty(_LANGUAGE_PROPERTY, language)
        return self.language == wanted
