"""``needsassess gui``: start the window (the default command).

``gui --lang en|ne|uz`` sets the interface and form language and remembers it in the settings (an
officer's desktop shortcut can carry it); ``gui --open UUID`` opens that assessment at its first page
(a uuid not in the data folder is refused before any window appears, ``NA-CLI-600``).

``gui --smoke-test`` starts the window, fills it, closes it and exits 0 (``ui/smoke.py``): a check
that an installation works, e.g. offscreen in CI (``QT_QPA_PLATFORM=offscreen``).
"""

from __future__ import annotations

import argparse

LANGUAGES = ("en", "ne", "uz")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("gui", help="start the window (the default)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="interface and form language, remembered in the settings")
    parser.add_argument("--open", metavar="UUID", dest="open_uuid",
                        help="open this assessment at its first page")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open the window, fill it, close it and exit 0 (a check of the installation)")
    parser.set_defaults(func=run)


def check_assessment(data_dir: str | None, uuid: str) -> str:
    """The uuid of an assessment in the data folder; ``NA-CLI-600`` when there is none such."""
    from needsassess import paths
    from needsassess.errors import UserError
    from needsassess.errors.cli_codes import CliCode
    from needsassess.store import StoreError, open_store

    folder = paths.data_dir(data_dir)
    wanted = uuid.strip().lower()
    with open_store(folder) as store:
        try:
            return store.get(wanted).uuid
        except StoreError as err:
            if err.kind != "not_found":
                raise
            raise UserError(CliCode.OPEN_UNKNOWN, uuid=uuid, folder=folder) from None


def run(args: argparse.Namespace) -> int:
    open_uuid = getattr(args, "open_uuid", None)
    if open_uuid:
        open_uuid = check_assessment(args.data_dir, open_uuid)  # refused before Qt is even loaded
    # Imported here so that the other commands never load Qt.
    from needsassess.ui.app import StartOptions

    options = StartOptions(language=getattr(args, "lang", None), open_uuid=open_uuid)
    if getattr(args, "smoke_test", False):
        from needsassess.ui.smoke import run_smoke_test

        return run_smoke_test(data_dir=args.data_dir, options=options)
    from needsassess.ui.app import run_app

    return run_app(data_dir=args.data_dir, options=options)
