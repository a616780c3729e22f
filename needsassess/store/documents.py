"""Reading a form's document: which photos it uses, and its list columns."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any

from needsassess.engine.model import Form, QType


@functools.cache
def image_names(form: Form) -> frozenset[str]:
    return frozenset(q.name for q in form.questions() if q.type == QType.IMAGE)


def photo_changing_names(form: Form) -> frozenset[str]:
    """Names whose change can add or drop a photo: image questions and the repeats holding them
    (removing an instance removes its photos)."""
    images = image_names(form)
    holders = {
        repeat
        for name in images
        for repeat in form.elements[name].repeats
    }
    return images | frozenset(holders)


def image_hashes(form: Form, document: Mapping[str, Any]) -> frozenset[str]:
    """The sha256 of every photo a document refers to, inside repeats too."""
    names = image_names(form)
    return frozenset(_walk(document, names)) if names else frozenset()


def _walk(document: Mapping[str, Any], names: frozenset[str]) -> Iterator[str]:
    for key, value in document.items():
        if key in names and isinstance(value, str) and value:
            yield value
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    yield from _walk(item, names)
