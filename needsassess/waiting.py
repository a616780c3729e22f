"""How this process tells the person that it waits for another program (a write lock held elsewhere).

The store calls ``notify_waiting(where)`` when a write does not get the database at once and is
about to wait its turn; the command line sets a notice that prints a catalogued line to stderr.
Process-wide on purpose, like a logging handler: every store the commands open shares it. Plain
standard library, so setting it costs nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

WaitNotice = Callable[[str, int], None]
_notices: list[WaitNotice] = []


def announce_waits(notice: WaitNotice | None) -> None:
    """Set the notice (None: wait silently)."""
    _notices[:] = [notice] if notice is not None else []


def wants_notice() -> bool:
    return bool(_notices)


def notify_waiting(where: str, seconds: int) -> None:
    """Tell the person that a write waits for the database in ``where``, for at most ``seconds``."""
    for notice in _notices:
        notice(where, seconds)
