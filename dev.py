"""Set up a local virtual environment and run the app or the tests: ``python3 dev.py start|test``.

Why a script: the README promises two commands on a fresh clone, on Linux, Windows and macOS alike.
It creates ``.venv`` next to this file, installs the project with its test extras (only when
``pyproject.toml`` changed since the last install), then runs what was asked. Extra arguments
are passed through: ``python3 dev.py test -k engine`` or ``python3 dev.py start --data-dir /tmp/x``.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must run, and say so, on older Pythons
        sys.exit("needsassess needs Python 3.11 or newer (this is {}.{})".format(*sys.version_info[:2]))
    if not PYTHON.exists():
        print("Creating", VENV)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing needsassess and its dependencies into", VENV)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True)
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"start", "test", "lint"}:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "start":
        return subprocess.call([str(PYTHON), "-m", "needsassess", *rest])
    if command == "lint":
        code = subprocess.call([str(BIN / "ruff"), "check", "needsassess", "tests", "bench"], cwd=ROOT)
        return code or subprocess.call([str(BIN / "mypy")], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
