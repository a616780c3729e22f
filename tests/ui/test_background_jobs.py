"""Background jobs never outlive their window's signals: closing the window (or quitting) while a job
runs cancels it, and nothing it reports afterwards reaches a widget that is gone."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QWidget

from needsassess.ui.tasks import Task

WAIT = 20.0


def _blocking_job(started: threading.Event, release: threading.Event, seen: dict):
    def work(progress, cancelled):
        started.set()
        release.wait(WAIT)
        seen["cancelled"] = cancelled()
        progress(1, 2)  # a report from a worker whose window is gone: must not reach anything
        return "result"
    return work


def _settle(qtbot) -> None:
    """Let the workers end and their posted reports be delivered."""
    assert QThreadPool.globalInstance().waitForDone(int(WAIT * 1000))
    qtbot.waitUntil(lambda: not Task._running, timeout=int(WAIT * 1000))


def test_a_job_whose_window_is_destroyed_is_cancelled_and_reports_nothing(qtbot) -> None:
    started, release, seen, heard = threading.Event(), threading.Event(), {}, []
    window = QWidget()
    task = Task(_blocking_job(started, release, seen), window)
    for signal in (task.progress, task.finished, task.failed, task.cancelled, task.done):
        signal.connect(lambda *args, s=signal: heard.append(args))
    task.start()
    assert started.wait(WAIT)
    shiboken6.delete(window)  # the window is gone while the job still runs
    assert task.detached and task.is_cancelled()
    release.set()
    _settle(qtbot)
    assert seen["cancelled"] is True and heard == []


def test_a_report_already_posted_when_the_window_goes_is_dropped(qtbot) -> None:
    started, release, seen, heard = threading.Event(), threading.Event(), {}, []
    window = QWidget()
    task = Task(_blocking_job(started, release, seen), window)
    task.finished.connect(lambda result: heard.append(result))
    task.start()
    release.set()
    assert QThreadPool.globalInstance().waitForDone(int(WAIT * 1000))  # the report waits in the queue
    shiboken6.delete(window)
    QApplication.processEvents()
    _settle(qtbot)
    assert heard == []


def test_a_job_reports_while_its_window_lives(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    task = Task(lambda progress, cancelled: progress(1, 1) or 42, window)
    with qtbot.waitSignal(task.finished, timeout=int(WAIT * 1000)) as finished:
        task.start()
    assert finished.args == [42]
    _settle(qtbot)


def test_shutdown_cancels_running_jobs_and_waits(qtbot) -> None:
    started, seen = threading.Event(), {}

    def work(progress, cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.01)
        seen["stopped"] = True

    task = Task(work)
    task.start()
    assert started.wait(WAIT)
    assert Task.shutdown(int(WAIT * 1000))
    assert seen == {"stopped": True} and task.detached
    _settle(qtbot)


def test_closing_the_main_window_while_the_map_loads(qtbot, store, switcher, monkeypatch) -> None:
    """The map's loader still reads when the window is closed and destroyed: no error, no late call."""
    from needsassess.demo.loader import load_demo
    from needsassess.ui import map_panel
    from needsassess.ui.main_window import MainWindow

    load_demo(store)
    started, release = threading.Event(), threading.Event()
    real = map_panel.site_points
    loaded: list[object] = []

    def slow(store_, query, progress=None, cancelled=None):
        started.set()
        release.wait(WAIT)
        return real(store_, query, progress, cancelled)

    monkeypatch.setattr(map_panel, "site_points", slow)
    main = MainWindow(store, switcher)
    main.resize(1024, 600)
    main.show()
    page = main.start_page
    page.map_panel.loaded.connect(lambda *a: loaded.append(a))
    page.views.setCurrentWidget(page.map_panel)
    assert started.wait(WAIT)
    main.close()
    main.deleteLater()  # the window and its panels are destroyed while the loader still reads
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=int(WAIT * 1000))
    release.set()
    _settle(qtbot)
    assert loaded == []


def test_a_worker_that_ends_after_the_application_freed_its_task_stays_quiet(qtbot) -> None:
    """At quit the task's Qt object can be freed while its worker still runs past ``shutdown``'s wait:
    the worker's report is dropped, not raised ("Signal source has been deleted")."""
    task = Task(lambda _progress, _cancelled: None)
    shiboken6.delete(task)
    task._post(lambda: None)  # the worker's last report
    task._post_progress(1, 2)
