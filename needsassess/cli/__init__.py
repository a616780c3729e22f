"""The command line: ``needsassess [--data-dir DIR] [--db-url URL] COMMAND``.

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

_COMMAND_MODULES = ("gui", "forms", "records", "reports", "sync", "keys", "datasets")


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
    parser.add_argument(
        "--db-url",
        metavar="URL",
        help="database (default: $NEEDSASSESS_DB_URL, else the SQLite file in the data folder); a "
        "coordinators' hub: postgresql+psycopg://USER@HOST:5432/DBNAME?sslmode=verify-full",
    )
    parser.add_argument(
        "--attachments-dir",
        metavar="DIR",
        help="keep photos in this folder (default: $NEEDSASSESS_ATTACHMENTS_DIR, else the data folder, "
        "or the database on PostgreSQL)",
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
    _export_database_choice(args)
    try:
        code: int = args.func(args)
    except UserError as err:
        print(f"needsassess: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("needsassess: interrupted", file=sys.stderr)
        return 130
    return code


def _export_database_choice(args: argparse.Namespace) -> None:
    """Hand ``--db-url`` / ``--attachments-dir`` to ``open_store`` through their environment variables.

    Every command (and the window) opens its store with ``open_store(data_dir)``, which reads these
    variables, so the options apply everywhere without each command passing them on.
    """
    import os

    from needsassess.store.database import ENV_ATTACHMENTS_DIR, ENV_DB_URL

    if getattr(args, "db_url", None):
        os.environ[ENV_DB_URL] = args.db_url
    if getattr(args, "attachments_dir", None):
        os.environ[ENV_ATTACHMENTS_DIR] = args.attachments_dir
