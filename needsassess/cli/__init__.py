"""The command line: ``needsassess [--data-dir DIR] COMMAND``.

Each command lives in a module of this package that exposes ``register(subparsers)``; a registered
command sets ``func(args) -> int`` on its parser. Exit codes are a contract (docs/cli.md): 0 done,
1 input refused (message on stderr, nothing changed), 2 usage. A ``UserError`` becomes exit 1 with
its message; any other exception is our bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from needsassess import __version__
from needsassess.errors import UserError

_COMMAND_MODULES = ("gui", "forms", "records", "reports", "sync")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="needsassess",
        description="Offline field needs assessments: forms, reports and package sync.",
    )
    parser.add_argument("--version", action="version", version=f"needsassess {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $NEEDSASSESS_DATA_DIR, else the per-user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    import importlib

    for name in _COMMAND_MODULES:
        try:
            module = importlib.import_module(f"needsassess.cli.{name}")
        except ModuleNotFoundError as exc:  # a command module not written yet
            if exc.name != f"needsassess.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        code: int = args.func(args)
    except UserError as err:
        print(f"needsassess: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("needsassess: interrupted", file=sys.stderr)
        return 130
    return code
