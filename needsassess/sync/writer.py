"""Writing a file so that it is either complete or absent.

A package is written under a temporary name in the destination folder, flushed and fsynced, then
renamed over the final name; a power cut or a full USB stick leaves at most a stray temporary file,
never a truncated package that looks complete.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from needsassess.errors.sync_codes import ExportCode
from needsassess.sync.errors import ExportError


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[IO[bytes]]:
    """Yield a binary file that becomes ``path`` only if the block completes without error."""
    target = Path(path)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(ExportCode.FOLDER_MISSING, target=target, folder=folder)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise ExportError(ExportCode.FOLDER_UNWRITABLE, folder=folder, detail=exc.strerror) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
        _fsync_folder(folder)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise ExportError(ExportCode.WRITE_FAILED, target=target, detail=exc.strerror or exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
