"""Where data lives.

The data folder holds the database, attachments and keys. It is chosen, in order, by ``--data-dir``,
the ``NEEDSASSESS_DATA_DIR`` environment variable, then the per-user data folder from platformdirs.
Shipped read-only resources (forms, fonts, translations) are found relative to the package.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import platformdirs

from needsassess.fileio import write_atomic

APP_NAME = "needsassess"
ENV_DATA_DIR = "NEEDSASSESS_DATA_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent
_PROJECT_DIR = _PACKAGE_DIR.parent


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use (not created here)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _resource_root() -> Path:
    # Installed in editable mode (the supported set-up) the resources sit beside the package;
    # a wheel install puts them under the package as ``_data``.
    bundled = _PACKAGE_DIR / "_data"
    return bundled if bundled.is_dir() else _PROJECT_DIR


def forms_dir() -> Path:
    """The shipped form definitions (``forms/*.yaml``)."""
    return _resource_root() / "forms"


def resources_dir() -> Path:
    """Icons, fonts and translations."""
    return _resource_root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


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
