"""Writing a file so that it is either complete or absent.

A package is written under a temporary name in the destination folder, flushed and fsynced, then
renamed over the final name; a power cut or a full USB stick leaves at most a stray temporary file,
never a truncated package that looks complete.
"""

from __future__ import annotations

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from needsassess import fileio
from needsassess.sync.errors import ExportError


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[IO[bytes]]:
    """Yield a binary file that becomes ``path`` only if the block completes without error."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        with fileio.atomic_write(target, suffix=".part") as out:
            yield out
    except OSError as exc:
        hint = "check the free space" if exc.errno == errno.ENOSPC else "choose another folder"
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}; {hint}") from None
