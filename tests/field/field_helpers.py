"""A coordinator and officers as separate data folders, driven through the command line."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from needsassess.cli import main
from needsassess.crypto.keys import device_key
from needsassess.crypto.signing import sign_manifest
from needsassess.demo.loader import ANSWERS_DIR

FORM = "land_reclamation"
SITE_FORM = """\
form_id: site_visit
version: "1"
default_language: en
title: {en: Site visit}
settings:
  instance_name: "${site}"
survey:
  - {type: select_one sites.csv, name: site, required: true, label: {en: Site}}
  - {type: text, name: note, label: {en: Note}}
"""


@dataclass
class Run:
    code: int
    out: str
    err: str


class Cli:
    """``needsassess --data-dir FOLDER ...`` for one data folder, with captured output."""

    def __init__(self, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.folder, self.capsys = folder, capsys

    def __call__(self, *args: str) -> Run:
        code = main(["--data-dir", str(self.folder), *args])
        out, err = self.capsys.readouterr()
        return Run(code, out, err)

    def ok(self, *args: str) -> str:
        run = self(*args)
        assert run.code == 0, (args, run.out, run.err)
        return run.out

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args, "--json"))

    def database_bytes(self) -> bytes:
        """The database file (and its write-ahead log, if left) as they are on disk."""
        folder = self.folder
        parts = [(folder / "needsassess.db").read_bytes()]
        wal = folder / "needsassess.db-wal"
        parts.append(hashlib.sha256(wal.read_bytes()).digest() if wal.exists() and wal.stat().st_size else b"")
        return b"".join(parts)


def answers(tmp_path: Path, data: dict[str, Any] | None = None, name: str = "answers.json") -> Path:
    if data is None:
        data = json.loads((ANSWERS_DIR / f"{FORM}.json").read_text(encoding="utf-8"))[0]
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def resign(package: Path, target: Path, key_folder: Path) -> Path:
    """The same package with its manifest signed by another device key (a forgery)."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as out:
        manifest = src.read("manifest.json")
        body = json.loads(manifest)
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "signature.json":
                data = sign_manifest(device_key(key_folder), manifest, body["officer"], body["device_id"])
            out.writestr(info, data)
    return target


def rewrite_member(package: Path, target: Path, name_prefix: str, change: Any) -> Path:
    """The same package with the first member starting ``name_prefix`` changed by ``change(bytes)``."""
    done = False
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if not done and info.filename.startswith(name_prefix):
                data, done = change(data), True
            out.writestr(info, data)
    assert done, name_prefix
    return target
