"""Helpers for the store tests: a tiny form, a stand-in for FormSession, small PNG files.

The store reads only ``document()``, ``final_document()``, ``problems()``, ``title()`` and
``site()`` from a session, so the tests drive it with ``FakeSession`` and stay independent of the
engine's behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from needsassess.demo import make_png

FORM_YAML = """\
form_id: mini
version: "1"
default_language: en
title: {en: Mini form}
settings:
  instance_name: "${settlement}"
  site: "${settlement}"
survey:
  - type: group
    name: site_page
    label: {en: Site}
    children:
      - {type: text, name: settlement, required: true, label: {en: Settlement}}
      - {type: integer, name: households, label: {en: Households}}
      - {type: image, name: site_photo, label: {en: Photo}}
  - type: repeat
    name: pits
    label: {en: Pits}
    children:
      - {type: decimal, name: depth, label: {en: Depth}}
      - {type: image, name: pit_photo, label: {en: Pit photo}}
"""


@dataclass
class FakeProblem:
    name: str
    message: str
    kind: str = "required"


@dataclass
class FakeSession:
    answers: dict[str, Any] = field(default_factory=dict)
    missing: list[FakeProblem] = field(default_factory=list)

    def document(self) -> dict[str, Any]:
        return dict(self.answers)

    def final_document(self) -> dict[str, Any]:
        return {k: v for k, v in self.answers.items() if v is not None}

    def problems(self) -> list[FakeProblem]:
        return list(self.missing)

    def title(self) -> str:
        return str(self.answers.get("settlement", ""))

    def site(self) -> str:
        return str(self.answers.get("settlement", ""))


@dataclass(frozen=True)
class FakeChange:
    name: str
    old: Any
    new: Any
    instance: tuple[int, ...] = ()


def png_bytes(seed: int = 0, size: int = 4) -> bytes:
    """A small valid PNG whose pixels depend on ``seed`` (so each seed has its own hash)."""
    return make_png(seed, size, size)
