"""The full check of the database, in the background once the window has opened.

Opening checks cheaply (``store.damage``); a large database is read whole only here, off the GUI
thread, so the list is usable at once. Damage (found at open or now) is told in a warning with
the catalogued advice (NA-STORE-701), once per window (``error_reports``): the store then refuses
every write, and what it holds can still be listed, shown and printed.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from needsassess.errors.store_codes import Action, StoreCode
from needsassess.store import AssessmentStore, StoreError
from needsassess.ui.tasks import Task

log = logging.getLogger(__name__)
_suspected: weakref.WeakSet[AssessmentStore] = weakref.WeakSet()  # refused after a read, not a check


def damage_error(store: AssessmentStore) -> StoreError | None:
    """The warning to show when the store refuses writes because of damage, else None."""
    if store.write_refusal is None or store.write_refusal[0] != "damaged":
        return None
    return StoreError(StoreCode.DAMAGED_NO_WRITES, kind="corrupt", where=store.location,
                      action=Action("save changes"), detail=store.write_refusal[1])


def suspect_damage(store: AssessmentStore, detail: str) -> None:
    """A read found damaged pages: refuse writes now, and let the full check confirm or clear it."""
    if store.write_refusal is None:
        store.refuse_writes("damaged", detail)
        _suspected.add(store)


def check_in_background(store: AssessmentStore, parent: QWidget, done: Callable[[], None] | None = None) -> Task | None:
    """Warn at once if the open check found damage; else run the full check and warn if it does."""
    found = damage_error(store)
    if found is not None:
        _warn(parent, found)
        if store not in _suspected:  # found by the check at open: no need to read it all again
            return None
    task = Task(lambda _progress, _cancelled: store.check_database(), parent)

    def finished(result: object) -> None:
        error = damage_error(store) if result else None
        if error is not None:
            _warn(parent, error)

    task.finished.connect(finished)
    task.failed.connect(lambda message: log.warning("the database check could not run: %s", message))
    if done is not None:
        task.done.connect(done)
    task.start()
    return task


def _warn(parent: QWidget, error: StoreError) -> None:
    """Once per window: the list's reads may have told the same damage already (``error_reports``)."""
    from needsassess.ui.error_reports import warn_once

    log.warning("damaged database [%s]: %s", error.code, error)
    status = getattr(parent.window(), "show_message", None)
    warn_once(parent, QApplication.translate("DatabaseCheck", "The database is damaged"), error, status)
