"""Set up a local virtual environment and run the app or the tests: ``python3 dev.py start|test``.

Why a script: the README promises two commands on a fresh clone, on Linux, Windows and macOS alike.
It creates ``.venv`` next to this file, installs the project with its test and bundle extras at the
versions of ``requirements/constraints.txt`` (only when ``pyproject.toml`` or the lock changed since
the last install), then runs what was asked. Extra arguments are passed through:
``python3 dev.py test -k engine`` or ``python3 dev.py start --data-dir /tmp/x``.

``bundle`` builds the self-contained program in ``dist/needsassess/`` (docs/install.md); ``lock``
installs the newest versions the floors in pyproject.toml allow into a fresh environment, runs the
suite there and, when it passes, writes them to ``requirements/constraints.txt``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
LOCK = ROOT / "requirements" / "constraints.txt"
EXTRAS = "test,bundle"
COMMANDS = {"start", "test", "lint", "bundle", "lock"}


def _python_in(folder: Path) -> Path:
    return folder / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")


def _pip_env() -> dict[str, str]:
    # PIP_CONSTRAINT also pins what pip installs into an isolated build environment (setuptools).
    return dict(os.environ, PIP_CONSTRAINT=str(LOCK)) if LOCK.exists() else dict(os.environ)


def install_stamp() -> str:
    """Changes whenever what an install depends on changes: the project's requirements or the lock."""
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes())
    if LOCK.exists():
        digest.update(LOCK.read_bytes())
    return digest.hexdigest()


def ensure_venv() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script must run, and say so, on older Pythons
        sys.exit("needsassess needs Python 3.11 or newer (this is {}.{})".format(*sys.version_info[:2]))
    if not PYTHON.exists():
        print("Creating", VENV)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = install_stamp()
    if STAMP.exists() and STAMP.read_text() == wanted:
        return
    print("Installing needsassess and its dependencies into", VENV)
    pip = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    constraints = ["-c", str(LOCK)] if LOCK.exists() else []
    subprocess.run([*pip, *constraints, "-e", f"{ROOT}[{EXTRAS}]"], check=True, env=_pip_env())
    STAMP.write_text(wanted)


def bundle(rest: list[str]) -> int:
    """dist/needsassess/: the wheel, installed alone into build/bundle-site, frozen by PyInstaller."""
    build = ROOT / "build"
    wheels, site = build / "wheel", build / "bundle-site"
    for folder in (wheels, site):
        shutil.rmtree(folder, ignore_errors=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)], check=True)
    [wheel] = wheels.glob("needsassess-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)], check=True)
    env = dict(os.environ, NEEDSASSESS_BUNDLE_SITE=str(site))
    code = subprocess.call([str(PYTHON), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(ROOT / "dist"), "--workpath", str(build / "pyinstaller"),
                            *rest, str(ROOT / "packaging" / "needsassess.spec")], cwd=ROOT, env=env)
    if code == 0:
        target = ROOT / "dist" / "needsassess"
        size = sum(f.stat().st_size for f in target.rglob("*") if f.is_file() and not f.is_symlink())
        print(f"Built {target} ({size / 1e6:.0f} MB)")
    return code


def lock(rest: list[str]) -> int:
    """Refresh the lock: newest allowed versions in a fresh environment, kept only if the suite passes."""
    with tempfile.TemporaryDirectory(prefix="needsassess-lock-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = _python_in(env_dir)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
        subprocess.run([*pip, "install", "-U", "pip", "setuptools"], check=True)
        subprocess.run([*pip, "install", "-e", f"{ROOT}[{EXTRAS},hub]"], check=True)
        frozen = subprocess.run([*pip, "freeze", "--all", "--exclude-editable"], check=True,
                                capture_output=True, text=True).stdout
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        if subprocess.call([str(python), "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *rest],
                           cwd=ROOT, env=env):
            print("The suite failed with the newest versions; requirements/constraints.txt is unchanged.")
            return 1
    pins = sorted((line for line in frozen.splitlines() if line and not line.lower().startswith("pip==")),
                  key=str.lower)
    LOCK.parent.mkdir(exist_ok=True)
    LOCK.write_text(LOCK_HEADER + "\n".join(pins) + "\n", encoding="utf-8")
    print(f"Wrote {LOCK} ({len(pins)} versions)")
    return 0


LOCK_HEADER = """\
# The exact versions the test suite passed with (Linux, Python 3.11), used by dev.py for the test
# environment and the bundle (pip install -c). Floors stay in pyproject.toml. Refresh with
# `python3 dev.py lock` (newest allowed versions; written only when the whole suite passes with them).
"""


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "lock":
        return lock(rest)
    ensure_venv()
    if command == "start":
        return subprocess.call([str(PYTHON), "-m", "needsassess", *rest])
    if command == "bundle":
        return bundle(rest)
    if command == "lint":
        code = subprocess.call([str(BIN / "ruff"), "check", "needsassess", "tests", "bench", "packaging"], cwd=ROOT)
        return code or subprocess.call([str(BIN / "mypy")], cwd=ROOT)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
