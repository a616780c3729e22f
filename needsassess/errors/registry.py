"""Every catalogue of the app in one registry, so that codes are unique and can be listed.

A catalogue joins with ``@register``; ``needsassess.errors`` imports every catalogue module, so
``entries()`` is complete as soon as the package is imported (docs/errors.md is made from it).
"""

from __future__ import annotations

import re
from typing import TypeVar

from needsassess.errors.core import Catalogue

# NA-<LAYER>-<three digits>: short, stable (never reused, never renumbered), greppable.
CODE = re.compile(r"NA-[A-Z]+-\d{3}")

_BY_CODE: dict[str, Catalogue] = {}
_CATALOGUES: list[type[Catalogue]] = []

_C = TypeVar("_C", bound=type[Catalogue])


def register(catalogue: _C) -> _C:
    """Add ``catalogue``'s entries; a malformed or already used code is refused at import."""
    for entry in catalogue:
        if not CODE.fullmatch(entry.code):
            raise ValueError(f"{catalogue.__name__}.{entry.name}: malformed code {entry.code!r}")
        other = _BY_CODE.get(entry.code)
        if other is not None and other is not entry:
            raise ValueError(f"{entry.code} is used by both {other!r} and {entry!r}")
        _BY_CODE[entry.code] = entry
    _CATALOGUES.append(catalogue)
    return catalogue


def entries() -> list[Catalogue]:
    """Every registered entry, in code order."""
    return [_BY_CODE[code] for code in sorted(_BY_CODE)]


def catalogues() -> list[type[Catalogue]]:
    return list(_CATALOGUES)


def lookup(code: str) -> Catalogue:
    return _BY_CODE[code]
