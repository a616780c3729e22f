"""Where data lives.

The data folder holds the database, attachments and keys. It is chosen, in order, by ``--data-dir``,
the ``NEEDSASSESS_DATA_DIR`` environment variable, then the per-user data folder from platformdirs.
Shipped read-only resources (forms, fonts, translations, the icon) are found by
``needsassess.resources`` through ``importlib.resources``; the functions here hand them on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from needsassess import resources
from needsassess.fileio import write_atomic

APP_NAME = "needsassess"
ENV_DATA_DIR = "NEEDSASSESS_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created here)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def forms_dir() -> Path:
    """The shipped form definitions (``forms/*.yaml``); ResourceMissing when there are none."""
    return resources.forms_dir()


def resources_dir() -> Path:
    """Icons, fonts and translations."""
    return resources.resources_dir()


def fonts_dir() -> Path:
    """The report fonts, checked to be all there (ResourceMissing otherwise)."""
    return resources.fonts_dir()


# The interface language, remembered beside the database so that the window's first paint (before
# the store opens, which takes most of a second) is already in the person's language. A cache of
# the setting in the store: missing or unreadable, the window starts in English and corrects itself.
LANGUAGE_FILE = "interface-language"
_LANGUAGE = re.compile(r"[a-z]{2,3}")


def remembered_language(folder: Path) -> str | None:
    """The interface language last used with this data folder, or None."""
    try:
        text = (folder / LANGUAGE_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if _LANGUAGE.fullmatch(text) else None


def remember_language(folder: Path, language: str) -> None:
    """Keep ``language`` for the next start (written whole or not at all; failures are ignored)."""
    if not _LANGUAGE.fullmatch(language) or remembered_language(folder) == language or not folder.is_dir():
        return
    try:
        write_atomic(folder / LANGUAGE_FILE, (language + "\n").encode("ascii"), mode=0o666)
    except OSError:
        return  # a cache: the window starts in English next time and corrects itself
