"""Data-quality flags for the window: computed off the GUI thread, worded in the interface language.

The flags of one assessment depend on all the others (medians, quartiles, a site's centre), so they
are computed over the whole folder (``analysis.quality.store_flags``) in a background ``Task`` each
time the list is refreshed (opening, an import, a review), and the result is kept until the next
refresh. While a computation runs, a new refresh only marks the result stale: one more computation
follows the running one, so a burst of refreshes never stacks up threads.

Short names come from the summary report's wording (``reports.wording``), so the list, the report
and the CLI say the same thing; the full reasons are the catalogue's texts (``Flag.text``).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from needsassess.store import AssessmentStore
from needsassess.ui.tasks import CancelledFn, ProgressFn, Task

if TYPE_CHECKING:  # the analysis and report modules load with the first computation, not at start-up
    from needsassess.analysis.quality import Flag

log = logging.getLogger(__name__)

FlagMap = Mapping[str, Sequence["Flag"]]


def flag_name_text(name: str, language: str) -> str:
    """The short name of a flag kind (``missing_photo`` → "no photo") in ``language``."""
    from needsassess.reports.wording import WORDS

    texts = WORDS.get(f"flag_{name}")
    if texts is None:
        return name.replace("_", " ")
    return texts.get(language) or texts["en"]


def short_names(flags: Sequence[Flag], language: str) -> str:
    """The distinct short names of ``flags``, in order, for a list cell."""
    names = dict.fromkeys(flag_name_text(f.name, language) for f in flags)
    return ", ".join(names)


def reasons(flags: Sequence[Flag], language: str) -> str:
    """Every flag's full reason, one per line (a tooltip, a review comment)."""
    return "\n".join(dict.fromkeys(f.text(language) for f in flags))


class FlagsLoader(QObject):
    """Computes the folder's flags in the background; ``ready`` carries uuid → flags."""

    ready = Signal(object)  # dict[str, list[Flag]], only flagged assessments
    failed = Signal(str)

    def __init__(self, store: AssessmentStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._task: Task | None = None
        self._stale = False
        self.flags: dict[str, list[Flag]] = {}

    @property
    def running(self) -> bool:
        return self._task is not None

    def refresh(self) -> None:
        """Compute again (now, or as soon as the running computation ends)."""
        if self._task is not None:
            self._stale = True
            return
        store = self._store

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> dict[str, list[Flag]]:
            from needsassess.analysis.quality import store_flags
            from needsassess.reports import wording  # noqa: F401 - loaded here, not on the GUI thread

            _records, found = store_flags(store, save=store.write_refusal is None)  # stored when stale
            return {uuid: flags for uuid, flags in found.items() if flags}

        task = Task(work, self)  # detached (and cancelled) if this loader goes first
        task.finished.connect(self._finished)
        task.failed.connect(self._failed)
        task.done.connect(self._done)
        self._task = task
        task.start()

    def _finished(self, result: object) -> None:
        if isinstance(result, dict):
            self.flags = result
        self.ready.emit(self.flags)  # even when stale: newer than what is shown; the rerun follows

    def _failed(self, message: str) -> None:
        log.warning("data-quality flags: %s", message)
        self.failed.emit(message)

    def _done(self) -> None:
        self._task = None
        if self._stale:
            self._stale = False
            self.refresh()
