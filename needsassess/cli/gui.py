"""``needsassess gui``: start the window (the default command).

``gui --smoke-test`` starts the window, fills it, closes it and exits 0 (``ui/smoke.py``): a check
that an installation works, e.g. offscreen in CI (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("gui", help="start the window (the default)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, fill it, close it and exit 0 (a check of the installation)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that the other commands never load Qt.
    if getattr(args, "smoke_test", False):
        from needsassess.ui.smoke import run_smoke_test

        return run_smoke_test(data_dir=args.data_dir)
    from needsassess.ui.app import run_app

    return run_app(data_dir=args.data_dir)
