"""The command line: ``needsassess [--data-dir DIR] [--db-url URL] COMMAND``.

Each command lives in a module of this package that exposes ``register(subparsers)``, called by name
in ``build_parser``; a registered command sets ``func(args) -> int`` on its parser. Exit codes are a
contract (docs/cli.md): 0 done, 1 input refused (message on stderr, nothing changed), 2 usage. A
``UserError`` becomes exit 1 with ``needsassess: error [CODE]: message``; any other exception is our bug
and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from needsassess.collector import collection_paused, keep_loaded_objects
from needsassess.errors import UserError


def build_parser() -> argparse.ArgumentParser:
    # Here, not at the top: ``main`` builds the parser with the cycle collector paused.
    from needsassess.cli import (
        backup,
        check,
        datasets,
        desktop,
        field,
        forms,
        gui,
        keys,
        quality,
        records,
        reports,
        sync,
    )

    parser = argparse.ArgumentParser(
        prog="needsassess",
        description="Offline field needs assessments: forms, reports and package sync.",
    )
    parser.add_argument("--version", action="store_true",
                        help="print the version, the data folder and the database schema, then exit")
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
    gui.register(subparsers)
    forms.register(subparsers)
    records.register(subparsers)
    reports.register(subparsers)
    sync.register(subparsers)
    keys.register(subparsers)
    desktop.register(subparsers)
    datasets.register(subparsers)
    quality.register(subparsers)
    check.register(subparsers)
    backup.register(subparsers)
    field.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; ``argv`` None: run as the program (the script, ``python -m needsassess``)."""
    # Loading the modules makes tens of thousands of objects that live as long as the process; the
    # collector would traverse them again and again meanwhile (collector.py).
    with collection_paused():
        parser = build_parser()
        args = parser.parse_args(argv)
        if not args.version:
            if args.command is None:
                args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
            _export_database_choice(args)
            _announce_waits(args)
        if argv is None:  # the process ends with this command (tests call main(ARGS) in their own process)
            keep_loaded_objects(one_command=args.command != "gui")  # before the pause ends (collector.py)
    if args.version:  # after parsing, so that --data-dir counts wherever it stands
        from needsassess.store.about import about, version_text

        print(version_text(about(args.data_dir)))
        return 0
    try:
        code: int = args.func(args)
        sys.stdout.flush()  # here, so a closed pipe is seen below and not at interpreter exit
    except BrokenPipeError:
        _silence_stdout()
        return 1  # the reader stopped early (``list | head``): nothing more to say, as the docs' recipe
    except UserError as err:
        print(f"needsassess: {err.headline(message_language(args))}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("needsassess: interrupted", file=sys.stderr)
        return 130
    return code


def _announce_waits(args: argparse.Namespace) -> None:
    """A write that waits for another window or command says so on stderr (NA-STORE-700), then waits."""
    from needsassess.errors.store_codes import StoreCode
    from needsassess.waiting import announce_waits

    def notice(where: str, seconds: int) -> None:
        text = StoreCode.WAITING.render(message_language(args), {"where": where, "seconds": seconds})
        print(f"needsassess: [{StoreCode.WAITING.code}] {text}", file=sys.stderr, flush=True)

    announce_waits(notice)


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's final flush does not fail on the closed pipe again."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def message_language(args: argparse.Namespace) -> str:
    """The language of error messages: the one remembered for the data folder, else English.

    The window remembers the interface language beside the database (``paths.LANGUAGE_FILE``), so an
    officer who works in Nepali reads the CLI's refusals in Nepali too; scripts on a fresh folder get
    English. The code in ``error [CODE]`` reads the same in every language.
    """
    from needsassess import paths
    from needsassess.errors import LANGUAGES

    language = paths.remembered_language(paths.data_dir(getattr(args, "data_dir", None)))
    return language if language in LANGUAGES else "en"


def _export_database_choice(args: argparse.Namespace) -> None:
    """Hand ``--db-url`` / ``--attachments-dir`` to ``open_store`` through their environment variables.

    Every command (and the window) opens its store with ``open_store(data_dir)``, which reads these
    variables, so the options apply everywhere without each command passing them on.
    """
    if not (getattr(args, "db_url", None) or getattr(args, "attachments_dir", None)):
        return  # the store (SQLAlchemy) loads in the commands that open it, not for every command
    import os

    from needsassess.store.database import ENV_ATTACHMENTS_DIR, ENV_DB_URL

    if getattr(args, "db_url", None):
        os.environ[ENV_DB_URL] = args.db_url
    if getattr(args, "attachments_dir", None):
        os.environ[ENV_ATTACHMENTS_DIR] = args.attachments_dir
