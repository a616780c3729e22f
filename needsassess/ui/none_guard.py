"""A guard against a reference-counting fault of the Qt bindings on Python 3.11.

PySide6 6.12 (shiboken6 6.12.0) returns ``None`` from every Qt method that returns nothing
(``setText``, ``move``, ``resize``…) without counting the new reference. From Python 3.12 ``None``
is immortal and nothing happens; on Python 3.11 each call takes one from ``None``'s count, and after
some hundred thousand calls (an afternoon of work in the window, or a long test run) the count
reaches zero and the interpreter aborts with "deallocating None". ``guard_none`` gives ``None`` a
count those calls cannot use up, which is what Python 3.12 does for every immortal object.
"""

from __future__ import annotations

import ctypes
import sys

# Python 3.12 uses 2**32 - 1 for immortal objects; this is as far from zero on a 64-bit build.
_RESERVE = 1 << 40


def guard_none() -> None:
    """Give ``None`` a reference count no binding fault can exhaust (Python < 3.12 only, once)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > _RESERVE or ctypes.sizeof(ctypes.c_void_p) < 8:
        return
    # ob_refcnt is the first field of every object in a release build of CPython.
    ctypes.c_ssize_t.from_address(id(None)).value += _RESERVE
