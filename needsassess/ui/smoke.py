"""``needsassess gui --smoke-test``: start the window as a person would, then close it, exit 0.

For checking an installation (CI's bundle check, an IT officer after installing): the same start as
``run_app`` (application, fonts, icon, the shell shown, then the store opened and the list filled),
with no event loop left running. Prints when the window was shown (seconds since the epoch), which
bench/bench_bundle.py turns into the start-up time of a fresh process. Exit 1 when the data folder
cannot be opened, as for the window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

from needsassess.ui.app import StartOptions, create_application, finish_start, show_shell
from needsassess.ui.i18n import LanguageSwitcher

WAIT_FOR_PAINT_MS = 2000


def run_smoke_test(data_dir: str | None, options: StartOptions | None = None) -> int:
    app = create_application()
    switcher = LanguageSwitcher(app)
    window = show_shell(switcher, data_dir, options)
    shown: dict[str, float] = {}
    loop = QEventLoop()

    def painted() -> None:
        shown.setdefault("at", time.time())
        loop.quit()

    window.first_painted.connect(painted)
    QTimer.singleShot(WAIT_FOR_PAINT_MS, loop.quit)  # offscreen platforms may never paint a hidden shell
    loop.exec()
    shown.setdefault("at", time.time())
    store = finish_start(window, switcher, data_dir, options)
    if store is None:
        window.close()
        return 1
    try:
        QCoreApplication.processEvents()
        rows = window.start_page.model.rowCount() if window.start_page is not None else -1
        # stdout on purpose: `gui --smoke-test` is a command-line check read by the bundle smoke test and
        # bench/bench_bundle.py, not a message for a person at the window.
        opened = f"; opened {window.entry.uuid}" if window.entry is not None else ""
        print(f"window shown at {shown['at']:.3f}; title {window.windowTitle()!r}; {rows} rows; "
              f"language {switcher.language}{opened}")
        return 0 if window.isVisible() and window.start_page is not None else 1
    finally:
        window.close()
        store.close()
        window.deleteLater()
        QCoreApplication.processEvents()
