"""Where data lives.

The data folder holds the database, attachments and keys. It is chosen, in order, by ``--data-dir``,
the ``NEEDSASSESS_DATA_DIR`` environment variable, then the per-user data folder from platformdirs.
Shipped read-only resources (forms, fonts, translations) are found relative to the package.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

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
