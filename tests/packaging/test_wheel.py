"""The built wheel works on its own: installed in a fresh virtual environment and run from another folder.

The wheel is built from a copy of the checkout (the checkout is left untouched) and installed alone
(``--no-deps --no-index``) into a new venv that sees this environment's site-packages through a
``.pth`` file, so Qt and the other dependencies are not downloaded again. Each command runs with
PYTHONPATH cleared and its current folder elsewhere: the checkout cannot be what it imports.
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
import venv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "needsassess", "forms", "resources")


def _can_build_wheels() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    major, minor = (int(part) for part in setuptools.__version__.split(".")[:2])
    return (major, minor) >= (70, 1)  # builds wheels without the separate wheel package


pytestmark = pytest.mark.skipif(not _can_build_wheels(), reason="needs setuptools >= 70.1 (the test extra has it)")


@dataclass
class Installed:
    python: Path
    site_packages: Path
    home: Path

    def run(self, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
        env["NEEDSASSESS_DATA_DIR"] = str(self.home / "data")
        return subprocess.run([str(self.python), "-m", "needsassess", *args], cwd=cwd or self.home, env=env,
                              capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("wheel")
    source = base / "source"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(base / "dist"), str(source)],
                   check=True, capture_output=True, cwd=base)
    [wheel] = (base / "dist").glob("needsassess-*.whl")
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site_packages = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True).stdout.strip())
    # This environment's dependencies, as plain paths: the editable install's import hook is not run.
    deps = [p for p in sys.path if Path(p).name in {"site-packages", "dist-packages"}] or site.getsitepackages()
    (site_packages / "test-environment.pth").write_text("\n".join(deps) + "\n")
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True)
    home = base / "elsewhere"
    home.mkdir()
    yield Installed(python, site_packages, home)


def test_the_installed_wheel_is_what_runs(installed: Installed) -> None:
    probe = subprocess.run(
        [str(installed.python), "-c", "import needsassess.resources as r; print(r.forms_dir()); print(r.fonts_dir())"],
        cwd=installed.home, capture_output=True, text=True, check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    forms, fonts = (Path(line) for line in probe.stdout.splitlines())
    assert forms == installed.site_packages / "needsassess" / "_forms"
    assert fonts == installed.site_packages / "needsassess" / "_resources" / "fonts"


def test_the_wheel_carries_the_boundaries(installed: Installed) -> None:
    probe = subprocess.run(
        [str(installed.python), "-c",
         "from needsassess.geo.boundaries import load; print(load().locate(27.7172, 85.324).country.code)"],
        cwd=installed.home, capture_output=True, text=True, check=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert probe.stdout.strip() == "NP"
    assert (installed.site_packages / "needsassess" / "_resources" / "boundaries" / "README.md").is_file()


def test_forms_demo_and_a_nepali_report_from_the_wheel(installed: Installed) -> None:
    listed = installed.run("forms", "list")
    assert listed.returncode == 0, listed.stderr
    assert {line.split("\t")[0] for line in listed.stdout.splitlines()} >= {
        "energy", "land_reclamation", "waste_management", "waterways"}
    demo = installed.run("demo")
    assert demo.returncode == 0, demo.stderr
    assert demo.stdout.startswith("Added ") and not demo.stdout.startswith("Added 0 ")
    rows = json.loads(installed.run("list", "--status", "complete", "--json").stdout)
    pdf = installed.home / "report-ne.pdf"
    report = installed.run("report", rows[0]["uuid"], "-o", str(pdf), "--lang", "ne")
    assert report.returncode == 0, report.stderr
    fonts = set()
    for page in PdfReader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object() if "/FontDescriptor" in font.get_object() \
                else {}
            fonts.add((str(font.get_object()["/BaseFont"]), "/FontFile2" in descriptor))
    assert any("NotoSansDevanagari" in name and embedded for name, embedded in fonts), fonts


def test_version_names_the_data_folder_and_schema(installed: Installed) -> None:
    done = installed.run("--version")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("needsassess ")
    assert f"data folder: {installed.home / 'data'}" in lines
    assert any(line.startswith("database schema: 0") for line in lines)


def test_a_missing_resource_fails_loudly(installed: Installed, tmp_path: Path) -> None:
    """Forms and fonts removed from the installation: exit 1 with a message, never 'Added 0'."""
    package = installed.site_packages / "needsassess"
    kept = tmp_path / "kept"
    shutil.copytree(package / "_forms", kept / "_forms")
    shutil.copytree(package / "_resources" / "fonts", kept / "fonts")
    (tmp_path / "x.json").write_text("{}")
    try:
        for path in (package / "_forms").glob("*.yaml"):
            path.unlink()
        for command in (("forms", "list"), ("demo",), ("new", "--form", "energy", "--answers", "x.json")):
            done = installed.run(*command, cwd=tmp_path)
            assert done.returncode == 1, (command, done.stdout, done.stderr)
            assert "incomplete" in done.stderr and "Reinstall needsassess" in done.stderr, done.stderr
            assert "Traceback" not in done.stderr and "Added" not in done.stdout
        shutil.copytree(kept / "_forms", package / "_forms", dirs_exist_ok=True)
        rows = json.loads(installed.run("list", "--json").stdout)
        if not rows:  # this test run alone
            assert installed.run("demo").returncode == 0
            rows = json.loads(installed.run("list", "--json").stdout)
        (package / "_resources" / "fonts" / "NotoSansDevanagari-Regular.ttf").unlink()
        done = installed.run("report", rows[0]["uuid"], "-o", str(tmp_path / "r.pdf"), "--lang", "ne")
        assert done.returncode == 1, done.stderr
        assert "NotoSansDevanagari-Regular.ttf is missing" in done.stderr and "Traceback" not in done.stderr
        assert not (tmp_path / "r.pdf").exists()
    finally:
        shutil.copytree(kept / "_forms", package / "_forms", dirs_exist_ok=True)
        shutil.copytree(kept / "fonts", package / "_resources" / "fonts", dirs_exist_ok=True)
