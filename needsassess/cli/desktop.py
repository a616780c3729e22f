"""``needsassess install-desktop-entry``: the app in the Linux desktop's menu, for this user.

Writes ``needsassess.desktop`` to ``$XDG_DATA_HOME/applications`` and the icon to
``$XDG_DATA_HOME/icons/hicolor`` (``~/.local/share`` by default), so the app shows in the menu
with its icon. The entry starts the program that ran this command: the bundle's executable, the
``needsassess`` script of a virtual environment, or ``python -m needsassess``. ``--remove`` takes
both away again. Windows and macOS bundles need no such step (docs/install.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from needsassess import resources
from needsassess.errors import UserError
from needsassess.errors.cli_codes import InstallCode
from needsassess.fileio import write_atomic

ENTRY_NAME = "needsassess.desktop"
ICON_NAME = "needsassess"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "install-desktop-entry", help="add needsassess to this user's desktop menu (Linux)")
    parser.add_argument("--remove", action="store_true", help="remove the entry and its icon instead")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        raise UserError(InstallCode.DESKTOP_NOT_LINUX)
    data_home = _data_home()
    entry = data_home / "applications" / ENTRY_NAME
    icons = _icon_targets(data_home)
    if args.remove:
        for path in (entry, *icons.values()):
            path.unlink(missing_ok=True)
        print(f"Removed {entry}")
        return 0
    for source, target in icons.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    entry.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(entry, desktop_entry(launch_command()).encode("utf-8"))
    print(f"Installed {entry}")
    return 0


def _data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "")
    # The XDG rule: a relative value is invalid and ignored.
    return Path(configured) if os.path.isabs(configured) else Path.home() / ".local" / "share"


def _icon_targets(data_home: Path) -> dict[Path, Path]:
    hicolor = data_home / "icons" / "hicolor"
    targets = {resources.require(resources.ICON_SVG): hicolor / "scalable" / "apps" / f"{ICON_NAME}.svg"}
    for size in PNG_SIZES:
        source = resources.require(f"icons/needsassess-{size}.png")
        targets[source] = hicolor / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
    return targets


def launch_command() -> list[str]:
    """The command that starts this same installation's window."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable]
    script = Path(sys.executable).with_name("needsassess")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "needsassess"]


def _quote(arg: str) -> str:
    # Desktop Entry Specification, "The Exec key": quote arguments with reserved characters.
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`%'):
        return arg
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_entry(command: list[str]) -> str:
    """The text of the ``.desktop`` file that runs ``command``."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.5",
        "Name=needsassess",
        "GenericName=Field needs assessments",
        "GenericName[ne]=फिल्ड आवश्यकता मूल्याङ्कन",
        "GenericName[uz]=Dala ehtiyojlarini baholash",
        "Comment=Record needs assessments offline, print reports, exchange packages",
        f"Exec={' '.join(_quote(arg) for arg in command)}",
        f"Icon={ICON_NAME}",
        "Terminal=false",
        "Categories=Office;Database;",
        "StartupWMClass=needsassess",
        "",
    ])
