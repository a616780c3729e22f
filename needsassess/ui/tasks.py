"""Running long work off the GUI thread: demo data, reports, export and import.

A ``Task`` runs a plain callable in Qt's global thread pool. The callable receives two arguments:
``progress(done, total)`` to report how far it got, and ``cancelled()`` which turns true once the
officer pressed Cancel; it should check it between steps and return (or raise ``TaskCancelled``).
Results come back to the GUI thread through queued signals, so widgets are only touched there.
A ``UserError`` becomes ``failed(message)``; any other exception is logged with its traceback (our
bug) and also shown, so the window never dies with a worker.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from needsassess.errors import UserError
from needsassess.ui.i18n import error_text

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], object]
R = TypeVar("R")


class TaskCancelled(Exception):
    """Raised by a callable that stops early because the officer cancelled."""


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self._task._run_in_worker()


class Task(QObject):
    """One callable run in the thread pool; connect the signals, then call ``start()``.

    A task is never a Qt child: its worker reports through it, so it lives (kept in ``_running``)
    until the worker is done, whatever happens to the window that started it. ``parent`` ties it to
    a widget's life instead: when that widget is destroyed, the task is cancelled and *detached*,
    and nothing it reports afterwards reaches a slot. The worker never emits the public signals
    itself: it posts its report to the GUI thread, where it is delivered only if the task is still
    attached, so a report already on its way when the window closed is dropped too. ``shutdown``
    (at quit) cancels and detaches every task and waits a moment for the workers to end.
    """

    progress = Signal(int, int)
    finished = Signal(object)  # the callable's result
    failed = Signal(str)  # a message for the person
    cancelled = Signal()
    done = Signal()  # after any of finished / failed / cancelled

    _report_posted = Signal(object)  # worker -> GUI thread: a callable that emits the public signals
    _progress_posted = Signal(int, int)

    _running: ClassVar[set[Task]] = set()  # keeps started tasks alive until their worker is done

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(None)
        self._work = work
        self._cancel = threading.Event()
        self._detached = False  # read and written on the GUI thread only
        self._report_posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._progress_posted.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)
        if parent is not None:
            parent.destroyed.connect(self.detach)

    def start(self) -> None:
        Task._running.add(self)
        QThreadPool.globalInstance().start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def detached(self) -> bool:
        return self._detached

    def detach(self) -> None:
        """Cancel, and deliver nothing more: the window that waited for the result is gone."""
        self._cancel.set()
        self._detached = True

    @classmethod
    def shutdown(cls, wait_ms: int = 3000) -> bool:
        """At quit: cancel and detach every running task, then wait up to ``wait_ms`` for the workers
        (each checks ``cancelled()`` between steps). True when none is left running."""
        for task in list(cls._running):
            task.detach()
        return bool(QThreadPool.globalInstance().waitForDone(wait_ms))

    def _run_in_worker(self) -> None:
        try:
            result = self._work(self._post_progress, self._cancel.is_set)
        except TaskCancelled:
            self._post(self.cancelled.emit)
        except UserError as err:
            if self._cancel.is_set():  # the core's own "cancelled" error
                self._post(self.cancelled.emit)
                return
            log.info("refused [%s]: %s", err.code, err)  # the log keeps the code and the English text
            message = error_text(err)
            self._post(lambda: self.failed.emit(message))
        except Exception as err:  # a bug: keep the traceback in the log, tell the person
            log.exception("background task failed")
            message = f"{type(err).__name__}: {err}"
            self._post(lambda: self.failed.emit(message))
        else:
            if self._cancel.is_set():
                self._post(self.cancelled.emit)
            else:
                self._post(lambda: self.finished.emit(result))

    def _post_progress(self, done: int, total: int) -> None:
        if not self._cancel.is_set():
            with contextlib.suppress(RuntimeError):  # the app is gone (see ``_post``)
                self._progress_posted.emit(done, total)

    def _post(self, emit: Callable[[], None]) -> None:
        try:
            self._report_posted.emit(emit)
        except RuntimeError:
            # "Signal source has been deleted": the application quit (its objects freed) while this
            # worker still ran past ``shutdown``'s wait; nobody is left to tell.
            log.debug("background task ended after the application quit")

    def _deliver_progress(self, done: int, total: int) -> None:
        if not self._detached:
            self.progress.emit(done, total)

    def _deliver(self, emit: object) -> None:
        # On the GUI thread: the worker has ended. Tell the listeners unless the task was detached.
        try:
            if not self._detached and callable(emit):
                emit()
                self.done.emit()
        finally:
            Task._running.discard(self)


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Callable[[ProgressFn, CancelledFn], R],
    on_finished: Callable[[R], None],
    on_failed: Callable[[str], None],
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """Run ``work`` with a modal-less progress dialog that has a Cancel button.

    ``on_finished`` receives what ``work`` returned (carried by ``Task.finished`` as an object).
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Task", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = Task(work, parent)

    def show_progress(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total > 0 else 0)

    task.progress.connect(show_progress)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(on_finished)
    task.failed.connect(on_failed)
    if on_cancelled is not None:
        task.cancelled.connect(on_cancelled)
    task.done.connect(dialog.close)
    task.done.connect(dialog.deleteLater)
    task.start()
    return task
