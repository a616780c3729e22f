"""What every widget of one open form shares: the session, the language, the saver, the registry.

Widgets receive this one object instead of a handful of arguments, and find each other through its
registry (``(name, instance)`` → widget), which is how an answer change refreshes exactly the
widgets it affects.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from needsassess.engine import Form, FormSession, LocalText
from needsassess.engine.model import Element
from needsassess.locale import Conventions, format_number
from needsassess.store import AssessmentStore
from needsassess.ui.entry.autosave import AutosaveController
from needsassess.ui.i18n import current_language

Key = tuple[str, tuple[int, ...]]


class Refreshable(Protocol):
    """A widget that re-reads its state (relevance, value, problem) from the session."""

    def refresh(self) -> None: ...


@runtime_checkable
class Registered(Refreshable, Protocol):
    """A widget in the registry under its ``(name, instance)`` key (questions, sections, repeats)."""

    key: Key


@dataclass
class EntryContext:
    """Shared state of one form entry view."""

    session: FormSession
    store: AssessmentStore
    saver: AutosaveController  # answers go through it: ``submit``, ``submit_later``, ``flush``
    language: str
    read_only: bool = False
    registry: dict[Key, list[Refreshable]] = field(default_factory=dict)
    # Notes and labels that show ``${name}`` values; refreshed after every change.
    live_labels: list[Refreshable] = field(default_factory=list)
    on_repeat_changed: Callable[[str], None] | None = None
    digits: str = "devanagari"  # the Settings choice for the Nepali interface ("devanagari" or "latin")

    @property
    def form(self) -> Form:
        return self.session.form

    def text(self, local: LocalText | None) -> str:
        """A form text (``LocalText``) in the chosen language, else the form's default."""
        if local is None:
            return ""
        return str(local.get(self.language, self.form.default_language))

    def label(self, element: Element) -> str:
        """A label in the form language; its ``${name}`` numbers written as the window writes numbers."""
        conv = self.conventions
        return str(self.session.label(element, self.language, number=lambda value: format_number(value, conv)))

    def register(self, key: Key, widget: Refreshable) -> None:
        self.registry.setdefault(key, []).append(widget)

    def unregister(self, key: Key, widget: Refreshable) -> None:
        widgets = self.registry.get(key)
        if widgets and widget in widgets:
            widgets.remove(widget)
            if not widgets:
                del self.registry[key]

    def widgets_for(self, key: Key) -> list[Refreshable]:
        return list(self.registry.get(key, ()))

    @property
    def conventions(self) -> Conventions:
        """How the window writes numbers and dates: the interface language's, with the digits setting.

        Nepali: Devanagari (default) or Latin digits, Bikram Sambat dates; Uzbek: "1 500", "12,5";
        English: "1,500", "12.5". The reports use the same formatter (``needsassess.locale``).
        """
        language = current_language()
        return Conventions.for_language(language, self.digits if language == "ne" else None)
