"""Paradata from the entry window: a buffer of events, written with the autosave.

Recording must never slow typing: an event is one small object appended to a list (no I/O). The
buffer goes to the store with the next autosave, in the same transaction as the answer
(``store.save_draft(..., paradata=...)``), and what is left when the form is closed or finalized
goes with that last write. A save that fails puts its events back, so none are lost or reordered.
docs/quality.md describes the events and how they add up.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QWidget

from needsassess.store.paradata import ParadataEvent
from needsassess.timefmt import utc_now


class ParadataBuffer:
    """Events not yet in the store, in the order they happened."""

    def __init__(self) -> None:
        self._events: list[ParadataEvent] = []
        self.page: str | None = None  # the page being shown (None: none yet, or left)
        self.question: str | None = None  # the last question focused or changed
        self.enabled = True

    def note(self, event: str, question: str | None = None) -> None:
        if self.enabled:
            self._events.append(ParadataEvent(utc_now(), event, self.page, question))

    def enter_page(self, page: str) -> None:
        if page == self.page:
            return
        self.leave_page()
        self.page, self.question = page, None
        self.note("page_entered")

    def leave_page(self) -> None:
        if self.page is not None:
            self.note("page_left")
        self.page = self.question = None

    def focus(self, question: str) -> None:
        if question != self.question:
            self.question = question
            self.note("focused", question)

    def changed(self, question: str) -> None:
        self.question = question
        self.note("changed", question)

    def closing(self) -> list[ParadataEvent]:
        """The events that end this sitting (page left, closed), not yet noted: finalize writes them
        with the revision, and notes nothing if it is refused."""
        if not self.enabled:
            return []
        now = utc_now()
        left = [ParadataEvent(now, "page_left", self.page)] if self.page is not None else []
        return [*left, ParadataEvent(now, "closed")]

    def take(self) -> list[ParadataEvent]:
        """The events to write now (the buffer is empty afterwards)."""
        events, self._events = self._events, []
        return events

    def put_back(self, events: Sequence[ParadataEvent]) -> None:
        """Events whose write failed: first again, before any noted since."""
        self._events[:0] = list(events)

    def __len__(self) -> int:
        return len(self._events)


def question_key_of(widget: QWidget | None) -> str | None:
    """The name of the question whose widget holds ``widget`` (focus went there), if any."""
    from needsassess.ui.entry.question_widgets import QuestionWidget

    while widget is not None:
        if isinstance(widget, QuestionWidget):
            return widget.key[0]
        widget = widget.parentWidget()
    return None


def focus_source() -> QApplication | None:
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else None
