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
from needsassess.errors.sync_codes import ExportCode
from needsassess.sync.errors import ExportError


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[IO[bytes]]:
    """Yield a binary file that becomes ``path`` only if the block completes without error."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(ExportCode.FOLDER_MISSING, target=target, folder=folder)
    try:
        with fileio.atomic_write(target, suffix=".part") as out:
            yield out
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportError(ExportCode.WRITE_FAILED, target=target, detail=exc.strerror or exc) from None
        raise ExportError(ExportCode.FOLDER_UNWRITABLE, folder=folder, detail=exc.strerror or exc) from None
