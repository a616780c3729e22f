"""The two kinds of failure the app tells apart.

``UserError`` and its subclasses are the input's or the environment's fault (a broken form file, a
damaged package, a full disk): they carry a message for the person saying what and where, and the
operation that raised them has changed nothing. Any other exception is our bug.
"""

from __future__ import annotations


class UserError(Exception):
    """Input refused or environment failure; ``str(err)`` is the message shown to the person."""

    exit_code = 1
