"""``needsassess backup -o FILE`` and ``needsassess restore FILE``: a data folder in one file, and back.

The file holds the database, the photos and the coordinator public key loaded here; this folder's
private keys only with a passphrase (``--passphrase-file`` or the prompt, with ``--with-keys``),
sealed as ``keys backup`` seals them. Restore takes such a file or one of the automatic copies in
the data folder's ``backups/`` (docs/storage.md).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from pathlib import Path

from needsassess import paths
from needsassess.cli.keys import _passphrase
from needsassess.errors.store_codes import StoreCode
from needsassess.fileio import write_private

KEY_BACKUP, RECIPIENT = "keys/keys.backup", "keys/recipient.pub"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="write the data folder (database, photos, keys) to one file")
    backup.add_argument("-o", "--output", required=True, metavar="FILE", help="the backup file to write")
    backup.add_argument("--with-keys", action="store_true",
                        help="also this folder's private keys, sealed with a passphrase (asked for)")
    backup.add_argument("--passphrase-file", metavar="FILE",
                        help="with --with-keys: read the passphrase from this file's first line")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser("restore", help="put a backup into an empty data folder (or --replace)")
    restore.add_argument("file", metavar="FILE", help="a file from `needsassess backup`, or a copy in backups/")
    restore.add_argument("--replace", action="store_true",
                         help="replace the assessments of this data folder (copied to its backups/ first)")
    restore.add_argument("--passphrase-file", metavar="FILE", help="the passphrase of the keys in the backup")
    restore.add_argument("--without-keys", action="store_true", help="do not restore the private keys it holds")
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from needsassess.crypto.backup import write_backup
    from needsassess.crypto.keyfiles import keys_dir
    from needsassess.crypto.keys import RECIPIENT as RECIPIENT_FILE
    from needsassess.store import open_store
    from needsassess.store.archive import write_archive
    from needsassess.store.backups import refuse_on_server
    from needsassess.store.staging import staged
    from needsassess.sync.identity import signing_key

    with open_store(paths.data_dir(args.data_dir)) as store:
        refuse_on_server(store)
        keys: dict[str, bytes] = {}
        recipient = keys_dir(store.data_dir, create=False) / RECIPIENT_FILE
        if recipient.is_file():
            keys[RECIPIENT] = recipient.read_bytes()
        if args.with_keys or args.passphrase_file:
            signing_key(store, remember=False)  # a lost key is refused, not remade and backed up
            passphrase = _passphrase(args, confirm=True)
            with staged(store.data_dir, store.session_name) as folder:
                sealed = folder / "keys.backup"
                write_backup(store.data_dir, sealed, passphrase)
                keys[KEY_BACKUP] = sealed.read_bytes()
        summary = write_archive(store, Path(args.output), keys)
    print(f"Backup written to {summary.path}: {summary.assessments} assessment(s), {summary.photos} photo(s), "
          f"{summary.audit_rows} audit row(s).")
    if KEY_BACKUP in summary.keys:
        print("This folder's private keys are in it, sealed with the passphrase: keep the passphrase apart.")
    else:
        print("Private keys are NOT in it: add them with --with-keys, or keep `needsassess keys backup`.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from needsassess.store.archive import archive_keys, restore
    from needsassess.store.errors import StoreError

    source = Path(args.file)
    folder = paths.data_dir(args.data_dir)
    keys = archive_keys(source)
    passphrase = None
    if KEY_BACKUP in keys and not args.without_keys:
        if not args.passphrase_file and not sys.stdin.isatty():
            raise StoreError(StoreCode.BACKUP_KEYS_LOCKED, path=source)
        passphrase = _passphrase(args, confirm=False)
        _check_passphrase(folder, keys[KEY_BACKUP], passphrase)  # a wrong one: refused before any change
    restored = restore(folder, source, replace=args.replace)
    if restored.safety_copy is not None:
        print(f"The data folder's database was first copied to {restored.safety_copy.path}")
    print(f"Restored {restored.assessments} assessment(s) into {folder}; {restored.photos_added} photo(s) added.")
    _restore_keys(folder, keys, passphrase, args.replace)
    return 0


def _check_passphrase(folder: Path, sealed: bytes, passphrase: str) -> None:
    from needsassess.crypto.backup import read_backup
    from needsassess.store.staging import staged

    folder.mkdir(parents=True, exist_ok=True)
    with staged(folder) as staging:
        path = staging / "keys.backup"
        write_private(path, sealed)
        read_backup(path, passphrase)


def _restore_keys(folder: Path, keys: Mapping[str, bytes], passphrase: str | None, replace: bool) -> None:
    from needsassess.crypto.backup import restore_backup
    from needsassess.crypto.keys import load_recipient
    from needsassess.store.staging import staged

    if RECIPIENT in keys:
        info = load_recipient(folder, keys[RECIPIENT].decode("utf-8", "replace"))
        print(f"Exports will be encrypted to {info.name}: {info.fingerprint}")
    if KEY_BACKUP in keys and passphrase is None:
        print("The private keys in the backup were not restored (--without-keys).")
    if KEY_BACKUP not in keys or passphrase is None:
        return
    with staged(folder) as staging:
        sealed = staging / "keys.backup"
        write_private(sealed, keys[KEY_BACKUP])
        done = restore_backup(folder, sealed, passphrase, replace)
    print(f"Keys restored: device key {done.device_fingerprint}"
          + (f"; coordinator key {done.coordinator}" if done.coordinator else ""))
