"""The files shipped with the program: forms, fonts, translations, the icon.

They live in the repository's top-level ``forms/`` and ``resources/`` folders and are installed as the
packages ``needsassess._forms`` and ``needsassess._resources`` (``package-dir`` in pyproject.toml), so
one lookup, :func:`importlib.resources.files`, finds them in an editable install, a wheel and a
PyInstaller bundle alike, whatever the current folder. A missing file is an installation fault,
raised as :class:`ResourceMissing` (exit 1, "reinstall"), never an empty list that a command would
report as "nothing to do".
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from needsassess.errors import UserError
from needsassess.errors.cli_codes import InstallCode

FORMS_PACKAGE = "needsassess._forms"
RESOURCES_PACKAGE = "needsassess._resources"

# The package folder's parent: a source checkout when forms/ and resources/ sit beside it.
_CHECKOUT = Path(__file__).resolve().parent.parent
_CHECKOUT_FOLDERS = {FORMS_PACKAGE: "forms", RESOURCES_PACKAGE: "resources"}

# What a working installation has; checked where each is used (`require`).
REPORT_FONTS = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansDevanagari-Regular.ttf",
                "NotoSansDevanagari-Bold.ttf")
ICON_SVG = "icons/needsassess.svg"


class ResourceMissing(UserError):
    """A file that ships with needsassess is not where the installation put it."""


def _installed(package: str) -> Path | None:
    try:
        root = importlib.resources.files(package)
    except ModuleNotFoundError:
        return None
    # Installed on disk (editable, wheel, bundle): a real folder. A zipped install is not supported.
    return root if isinstance(root, Path) and root.is_dir() else None


def package_folder(package: str) -> Path:
    """The folder of ``package`` (``FORMS_PACKAGE`` or ``RESOURCES_PACKAGE``).

    A checkout put on ``sys.path`` by hand (PYTHONPATH) with a virtual environment installed from
    another checkout would find the other checkout's files through that install: the folder beside
    the imported code wins then, so a checkout always runs with its own forms and fonts.
    """
    found = _installed(package)
    beside = _CHECKOUT / _CHECKOUT_FOLDERS[package]
    if (beside / "__init__.py").is_file() and (found is None or found.resolve() != beside):
        return beside
    if found is None:
        raise ResourceMissing(InstallCode.PACKAGE_MISSING, package=package)
    return found


def forms_dir() -> Path:
    """The folder of the shipped form definitions; ResourceMissing when it holds none."""
    folder = package_folder(FORMS_PACKAGE)
    if not any(folder.glob("*.yaml")):
        raise ResourceMissing(InstallCode.NO_FORMS, folder=folder)
    return folder


def resources_dir() -> Path:
    """The folder of fonts, translations and icons."""
    return package_folder(RESOURCES_PACKAGE)


def require(relative: str) -> Path:
    """The shipped file ``relative`` (to the resources folder); ResourceMissing when it is not there."""
    path = resources_dir() / relative
    if not path.is_file():
        raise ResourceMissing(InstallCode.FILE_MISSING, file=relative, folder=path.parent)
    return path


def fonts_dir() -> Path:
    """The report fonts' folder, checked to hold every font a report needs."""
    for name in REPORT_FONTS:
        require(f"fonts/{name}")
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path() -> Path:
    """The application icon (SVG; Qt renders it at every size)."""
    return require(ICON_SVG)
