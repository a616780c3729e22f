"""``needsassess gui``: start the window (the default command)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("gui", help="start the window (the default)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that the other commands never load Qt.
    from needsassess.ui.app import run_app

    return run_app(data_dir=args.data_dir)
