"""``needsassess --version`` and ``install-desktop-entry``, and where resources are found from a checkout."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from needsassess import __version__, resources
from needsassess.cli import main
from needsassess.cli.desktop import desktop_entry
from needsassess.store import open_store
from needsassess.store.schema_info import program_schema

ROOT = Path(__file__).resolve().parents[2]


def test_version_prints_version_data_folder_and_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    assert main(["--version", "--data-dir", str(folder)]) == 0  # --data-dir counts after --version too
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [f"needsassess {__version__}", f"data folder: {folder}", f"database schema: {program_schema()}"]
    assert "none yet" in lines[3]
    open_store(folder).close()
    assert main(["--data-dir", str(folder), "--version"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3  # at this program's schema: nothing more to say


def test_version_tells_when_the_folder_will_be_upgraded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    open_store(folder).close()
    with sqlite3.connect(folder / "needsassess.db") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0401' WHERE version_num = '0601_paradata_flags'")
    assert main(["--data-dir", str(folder), "--version"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("data folder database: schema 0401") and "backup" in last


def test_shipped_resources_come_from_the_checkouts_folders() -> None:
    assert resources.forms_dir() == ROOT / "forms"
    assert resources.fonts_dir() == ROOT / "resources" / "fonts"
    assert resources.icon_path() == ROOT / "resources" / "icons" / "needsassess.svg"
    for size in (16, 32, 48, 256):
        assert (ROOT / "resources" / "icons" / f"needsassess-{size}.png").is_file()


def test_a_missing_resource_is_an_error_naming_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    with pytest.raises(resources.ResourceMissing, match=r"fonts/NotoSans-Regular\.ttf is missing .* Reinstall"):
        resources.fonts_dir()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="desktop entries are Linux's")
def test_install_desktop_entry_puts_the_app_and_its_icon_in_the_menu(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    assert main(["install-desktop-entry"]) == 0
    entry = tmp_path / "share" / "applications" / "needsassess.desktop"
    text = entry.read_text(encoding="utf-8")
    assert text.startswith("[Desktop Entry]\nType=Application\n")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert sys.executable in exec_line or "needsassess" in exec_line
    assert "Icon=needsassess" in text.splitlines()
    icons = tmp_path / "share" / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "needsassess.svg").is_file()
    assert (icons / "48x48" / "apps" / "needsassess.png").read_bytes().startswith(b"\x89PNG")
    assert main(["install-desktop-entry", "--remove"]) == 0
    assert not entry.exists() and not (icons / "48x48" / "apps" / "needsassess.png").exists()


def test_desktop_entry_quotes_paths_with_spaces() -> None:
    text = desktop_entry(["/opt/field apps/needsassess", "gui"])
    assert 'Exec="/opt/field apps/needsassess" gui' in text.splitlines()
