"""Private key files in the data folder: created atomically, owner-only, checked when read.

A key file is small JSON (kind, algorithm, base64 raw key, creation time). It is written to a
temporary file opened with mode 0600 and ``O_EXCL``, fsynced, then linked to its final name, so a
reader never sees half a key and two starts racing on first use keep one key (the loser reads the
winner's). On POSIX a key file that group or others can read is refused, as ssh does: the data
folder may have been copied with loose permissions and the key should be treated as exposed.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
from pathlib import Path
from typing import Any

from needsassess.crypto.errors import KeyFileError
from needsassess.errors.crypto_codes import KeyCode, KeyKind
from needsassess.fileio import write_private

KEYS_FOLDER = "keys"
_MAX_KEY_FILE = 64 * 1024


def keys_dir(data_dir: Path, create: bool = True) -> Path:
    """``<data folder>/keys``, made owner-only when created."""
    folder = Path(data_dir) / KEYS_FOLDER
    if create and not folder.is_dir():
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise KeyFileError(KeyCode.FOLDER_UNWRITABLE, folder=folder, detail=exc.strerror or exc) from None
    return folder


def write_secret(path: Path, data: bytes, replace: bool = False) -> bool:
    """Write ``data`` as an owner-only file at ``path``; False when it exists and ``replace`` is off."""
    try:
        return write_private(path, data, replace)
    except OSError as exc:
        raise KeyFileError(KeyCode.WRITE_FAILED, path=path, detail=exc.strerror or exc) from None


def read_secret(path: Path, what: str) -> dict[str, Any]:
    """The JSON object of a private key file, refused when too open, oversized or malformed."""
    try:
        info = path.stat()
        if os.name == "posix" and info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyFileError(KeyCode.TOO_OPEN, what=KeyKind(what), path=path, mode=stat.filemode(info.st_mode))
        if info.st_size > _MAX_KEY_FILE:
            raise KeyFileError(KeyCode.TOO_LARGE, what=KeyKind(what), path=path)
        raw = path.read_bytes()
    except OSError as exc:
        raise KeyFileError(KeyCode.UNREADABLE, what=KeyKind(what), path=path, detail=exc.strerror or exc) from None
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        body = None
    if not isinstance(body, dict):
        raise KeyFileError(KeyCode.DAMAGED, what=KeyKind(what), path=path)
    return body


def field_bytes(body: dict[str, Any], key: str, size: int, where: str) -> bytes:
    """A base64 field of exactly ``size`` bytes, or KeyFileError naming the file."""
    value = body.get(key)
    try:
        raw = base64.b64decode(value, validate=True) if isinstance(value, str) else b""
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != size:
        raise KeyFileError(KeyCode.FIELD_DAMAGED, where=KeyKind(where), field=repr(key), size=size)
    return raw


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")
