"""Autosave: every answer goes session.set_answer → store.save_draft as it is made.

Text-like fields wait for a short pause in typing (one single-shot timer, restarted on each
keystroke) and are flushed when the officer leaves the field; other widgets save at once. When the
store fails (disk full, read-only, locked) the session keeps the answer, the widget keeps what was
typed, the view shows a message, and the changes not yet saved are written again on the next
change (or ``retry``), so nothing typed is lost and the audit keeps every change in order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from needsassess.engine import AnswerChange, AnswerError, FormSession
from needsassess.engine.answers import JSONValue
from needsassess.errors import DEFAULT_LANGUAGE, LANGUAGES, UserError
from needsassess.store import AssessmentStore
from needsassess.ui.entry.paradata import ParadataBuffer
from needsassess.ui.i18n import current_language

TEXT_PAUSE_MS = 600


@dataclass(frozen=True)
class RepeatChange:
    """A repeat instance added or removed, told to the store's audit as a change of the repeat's count."""

    name: str
    instance: tuple[int, ...]
    old: int  # the number of instances before
    new: int
    affected: frozenset[tuple[str, tuple[int, ...]]] = frozenset()


class AnswerWidget(Protocol):
    """What the controller needs of a question widget: its key, and where to show a refused answer."""

    key: tuple[str, tuple[int, ...]]
    touched: bool
    local_problem: str | None

    def set_problem_text(self, text: str | None) -> None: ...


class AutosaveController(QObject):
    """Applies answers to the session and makes them durable in the store, in order."""

    applied = Signal(object)  # the AnswerChange (or RepeatChange) now in the session: refresh widgets
    saved = Signal(str)  # "10:42"; ``last_saved`` holds the moment
    failed = Signal(object)  # the store's UserError: show it in the interface language, keep going
    recovered = Signal()  # the changes that failed are now saved

    def __init__(self, store: AssessmentStore, uuid: str, session: FormSession,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.uuid, self.session = store, uuid, session
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(TEXT_PAUSE_MS)
        self.timer.timeout.connect(self.flush)
        self._pending: tuple[AnswerWidget, JSONValue] | None = None  # waiting for the pause
        self._unsaved: list[AnswerChange | RepeatChange] = []  # changes in the session, not yet durable
        self.last_saved: dt.datetime | None = None
        # The form language the view shows (``FormEntryView`` keeps it current): a refused answer is
        # worded in it, beside the form's own messages, or in the interface language if the
        # catalogue does not speak it.
        self.form_language = DEFAULT_LANGUAGE
        # The entry window's paradata, written with each autosave (ui/entry/paradata.py).
        self.paradata = ParadataBuffer()

    @property
    def failing(self) -> bool:
        return bool(self._unsaved)

    def has_pending(self) -> bool:
        return self._pending is not None

    # -- answers -------------------------------------------------------------------------------
    def submit(self, widget: AnswerWidget, value: JSONValue) -> None:
        """Apply and save now (other widgets; a field that is left)."""
        if self._pending is not None and self._pending[0] is widget:
            self._pending = None
            self.timer.stop()
        else:
            self.flush()
        self._apply(widget, value)

    def submit_later(self, widget: AnswerWidget, value: JSONValue) -> None:
        """Apply and save after a pause in typing; another field's waiting text is saved first."""
        if self._pending is not None and self._pending[0] is not widget:
            self.flush()
        self._pending = (widget, value)
        self.timer.start()

    def cancel_pending(self, widget: AnswerWidget) -> None:
        if self._pending is not None and self._pending[0] is widget:
            self._pending = None
            self.timer.stop()

    def flush(self) -> None:
        """Save the text waiting for its pause, now."""
        self.timer.stop()
        if self._pending is not None:
            widget, value = self._pending
            self._pending = None
            self._apply(widget, value)

    def save_pending(self) -> None:
        """Flush waiting text and retry changes a failing store refused (before closing, Ctrl+S)."""
        self.flush()
        if self._unsaved:
            self._save()

    def retry(self) -> None:
        self._save()

    def _apply(self, widget: AnswerWidget, value: JSONValue) -> None:
        name, instance = widget.key
        try:
            change = self.session.set_answer(name, value, instance)
        except AnswerError as err:
            widget.touched = True
            widget.local_problem = self.refusal_text(err)
            widget.set_problem_text(widget.local_problem)
            return
        if change.old == change.new and not self._unsaved:
            return
        if change.old != change.new:
            self._unsaved.append(change)
        self.applied.emit(change)
        self._save()

    def refusal_text(self, err: AnswerError) -> str:
        """Why the session refused an answer, as shown under its question."""
        language = self.form_language if self.form_language in LANGUAGES else current_language()
        return "; ".join(p.reason_text(language) for p in err.problems) or err.text(language)

    # -- repeats -------------------------------------------------------------------------------
    def add_instance(self, repeat: str, instance: tuple[int, ...]) -> int:
        self.flush()
        before = self.session.instance_count(repeat, instance)
        index = self.session.add_instance(repeat, instance)
        self._structure_changed(RepeatChange(repeat, instance, before, before + 1))
        return index

    def remove_instance(self, repeat: str, index: int, instance: tuple[int, ...]) -> None:
        self.flush()
        before = self.session.instance_count(repeat, instance)
        self.session.remove_instance(repeat, index, instance)
        self._structure_changed(RepeatChange(repeat, instance, before, before - 1))

    def _structure_changed(self, change: RepeatChange) -> None:
        self._unsaved.append(change)
        self.applied.emit(change)
        self._save()

    # -- the store -----------------------------------------------------------------------------
    def _save(self) -> bool:
        was_failing = len(self._unsaved) > 1
        events = self.paradata.take()
        try:
            while self._unsaved:
                self.store.save_draft(self.uuid, self.session, self._unsaved[0], paradata=events)
                events = []  # written with the first change
                self._unsaved.pop(0)
        except UserError as err:
            self.paradata.put_back(events)
            self.failed.emit(err)
            return False
        if events:  # nothing to save but the events (a retry with no change left)
            self.paradata.put_back(events)
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved.strftime("%H:%M"))
        if was_failing:
            self.recovered.emit()
        return True
