"""``needsassess check``: read every page of the database and say whether it is sound.

Opening checks cheaply (the header, and ``quick_check`` of a file up to 32 MB); this is the full
check (``PRAGMA integrity_check``), for a large database or a disk one doubts. Damage found: exit 1
with NA-STORE-004 (restore from backups/), and writes are refused from then on (``store.damage``);
sound: NA-STORE-702, exit 0, and an earlier note of damage is dropped.
"""

from __future__ import annotations

import argparse

from needsassess import paths


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("check", help="check every page of the database for damage")
    parser.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    from needsassess.cli import message_language
    from needsassess.errors.store_codes import StoreCode
    from needsassess.store import open_store
    from needsassess.store.damage import page_count
    from needsassess.store.errors import environment_error

    with open_store(paths.data_dir(args.data_dir)) as store:
        found = store.check_database()
        if found:
            raise environment_error("corrupt", store.location, "check the database", "; ".join(found[:3]))
        pages = page_count(store.engine) if store.dialect == "sqlite" else 0
        print(StoreCode.CHECK_SOUND.render(message_language(args), {"where": store.location, "pages": pages}))
    return 0
