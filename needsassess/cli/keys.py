"""``needsassess keys ...``: this device's signing key, coordinator keys, enrolment, revocation, backups.

The commands are thin: everything they do is in ``needsassess.crypto`` (the window calls the same
functions from ``needsassess.crypto.api``). Passphrases come from a prompt (``getpass``) or, for
scripts, the first line of ``--passphrase-file``; never from the command line, where other users
of the computer could read them in the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from needsassess import paths
from needsassess.errors import UserError
from needsassess.errors.cli_codes import CliCode
from needsassess.errors.crypto_codes import TrustCode


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = subparsers.add_parser("keys", help="signing and encryption keys (docs/security.md)")
    sub = keys.add_subparsers(dest="keys_command", metavar="KEYS_COMMAND", required=True)
    show = sub.add_parser("show", help="this device's key fingerprint (and the keys loaded here)")
    show.add_argument("-o", "--output", metavar="PUBLIC_KEY_FILE", help="also write this device's public key file")
    show.set_defaults(func=run_show)
    new = sub.add_parser("coordinator-new", help="make this data folder's coordinator key pair")
    new.add_argument("--name", required=True, help="the coordinator or office, as officers will see it")
    new.add_argument("-o", "--output", required=True, metavar="PUBLIC_KEY_FILE", help="public key file to hand out")
    new.set_defaults(func=run_coordinator_new)
    load = sub.add_parser("load-coordinator", help="officer: encrypt exports to this coordinator public key")
    load.add_argument("file", metavar="PUBLIC_KEY_FILE")
    load.set_defaults(func=run_load_coordinator)
    enrol = sub.add_parser("enrol", help="coordinator: trust an officer's key (from a package or key file)")
    enrol.add_argument("file", metavar="FILE_OR_PACKAGE")
    enrol.add_argument("--fingerprint", help="the fingerprint the officer read out (checked against the key)")
    enrol.add_argument("--yes", action="store_true", help="do not ask to confirm the fingerprint")
    enrol.set_defaults(func=run_enrol)
    revoke = sub.add_parser("revoke", help="coordinator: refuse every package signed by a lost or stolen device's key")
    revoke.add_argument("fingerprint", metavar="FINGERPRINT", help="the key's fingerprint, as keys list shows it")
    revoke.add_argument("--reason", required=True, help="why (kept, and shown whenever a package is refused)")
    revoke.set_defaults(func=run_revoke)
    lst = sub.add_parser("list", help="enrolled officer keys, revoked keys and packages held back")
    lst.set_defaults(func=run_list)
    backup = sub.add_parser("backup", help="write a passphrase-protected backup of this folder's private keys")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")
    backup.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from this file's first line")
    backup.set_defaults(func=run_backup)
    restore = sub.add_parser("restore", help="put the keys of a backup into this data folder")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from this file's first line")
    restore.add_argument("--replace", action="store_true", help="replace different keys (kept aside, renamed)")
    restore.set_defaults(func=run_restore)


def _data(args: argparse.Namespace) -> Path:
    folder = paths.data_dir(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def run_show(args: argparse.Namespace) -> int:
    from needsassess.crypto import api
    from needsassess.store import open_store
    from needsassess.sync import enrolment

    with open_store(_data(args)) as store:
        print(f"This device's signing key: {api.fingerprint_text(store.data_dir)}")
        print(f"  officer {store.settings.officer_name or '(not set)'}, device {store.device_id}")
        if args.output:
            enrolment.write_device_public_key(store, Path(args.output))
            print(f"  public key file written to {args.output}")
        own = api.own_coordinator_info(store.data_dir)
        if own:
            print(f"Coordinator key of this folder: {own.name} — {own.fingerprint}")
        loaded = api.coordinator_info(store.data_dir)
        print(f"Exports are encrypted to: {loaded.name} — {loaded.fingerprint}" if loaded
              else "No coordinator key loaded: exports are NOT encrypted (keys load-coordinator FILE).")
    return 0


def run_coordinator_new(args: argparse.Namespace) -> int:
    from needsassess.crypto import api

    info = api.create_coordinator_key(_data(args), args.name, Path(args.output))
    print(f"Coordinator key made for {info.name}: {info.fingerprint}")
    print(f"Field packages to officers are signed with: {info.signing_fingerprint}")
    print(f"Give {args.output} to the officers; read them the fingerprint by phone so they can check it.")
    print("Back the private key up now: needsassess keys backup -o FILE (without it, packages sent to "
          "this key cannot be read if this computer is lost).")
    return 0


def run_load_coordinator(args: argparse.Namespace) -> int:
    from needsassess.crypto import api

    info = api.load_coordinator_key(_data(args), Path(args.file))
    print(f"Exports will be encrypted to {info.name}: {info.fingerprint}")
    print(f"Field packages are accepted only when signed with: {info.signing_fingerprint}" if info.signing_fingerprint
          else "This key file has no signing key: field packages from this coordinator will be refused.")
    print("Check this fingerprint with the coordinator (by phone) before sending anything.")
    return 0


def _confirm(fingerprint: str, args: argparse.Namespace) -> str:
    if args.fingerprint:
        return str(args.fingerprint)
    if args.yes:
        return fingerprint
    answer = input("Does the officer read out exactly this fingerprint? [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise UserError(CliCode.NOT_CONFIRMED)
    return fingerprint


def run_enrol(args: argparse.Namespace) -> int:
    from needsassess.crypto.envelope import is_envelope
    from needsassess.store import open_store
    from needsassess.sync import enrolment

    path = Path(args.file)
    with open_store(_data(args)) as store:
        try:
            is_key_file = path.read_bytes()[:64].startswith(b"needsassess public key")
            encrypted = is_envelope(path)
        except OSError as exc:
            raise UserError(CliCode.FILE_UNREADABLE, path=path, detail=exc.strerror or exc) from None
        if is_key_file:
            info = enrolment.enrol_key_file(store, path, args.fingerprint)
        else:
            signer = enrolment.package_signer_info(store, path)
            if signer is None:
                raise UserError(TrustCode.PACKAGE_UNSIGNED, name=path.name)
            print(f"{path.name}{' (encrypted)' if encrypted else ''} is signed by {signer.name or '(no name)'}, "
                  f"device {signer.device_id}\n  fingerprint {signer.fingerprint}")
            info = enrolment.enrol_package_signer(store, path, _confirm(signer.fingerprint, args))
    print(f"Enrolled: {info.name or '(no name)'}, device {info.device_id or '?'}, {info.fingerprint}")
    print("Import its packages again to bring them in.")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.sync import enrolment

    with open_store(_data(args)) as store:
        key = enrolment.revoke(store, args.fingerprint, args.reason)
    print(f"Revoked: {key.fingerprint}  {key.officer or '(not enrolled here)'}  device {key.device_id or '?'}")
    print(f"  on {key.revoked_at} by {key.revoked_by or '(no name)'}: {key.reason}")
    print("Packages signed by this key are refused from now on; those imported before stay.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.sync import enrolment

    with open_store(_data(args)) as store:
        keys, held = enrolment.enrolled_keys(store), enrolment.held_packages(store)
        revoked = enrolment.revoked_keys(store)
    print(f"{len(keys)} enrolled key(s)")
    for key in keys:
        print(f"  {key.fingerprint}  {key.officer or '(no name)'}  device {key.device_id or '?'}  "
              f"enrolled {key.enrolled_at} ({key.source})")
    print(f"{len(revoked)} revoked key(s)")
    for gone in revoked:
        print(f"  {gone.fingerprint}  {gone.officer or '(not enrolled here)'}  device {gone.device_id or '?'}  "
              f"revoked {gone.revoked_at} by {gone.revoked_by or '(no name)'}: {gone.reason}")
    print(f"{len(held)} package(s) held back")
    fingerprints = {gone.fingerprint for gone in revoked}
    for item in held:
        refused = "  (signer revoked: importing it is refused)" if item.signer in fingerprints else ""
        print(f"  {item.file_name}  {item.path}  held {item.held_at}: {item.reason}{refused}")
    return 0


def _passphrase(args: argparse.Namespace, confirm: bool) -> str:
    if args.passphrase_file:
        try:
            lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(CliCode.PASSPHRASE_FILE, path=args.passphrase_file, detail=exc) from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise UserError(CliCode.NO_TERMINAL)
    try:
        first = getpass.getpass("Passphrase: ")
        again = getpass.getpass("Passphrase again: ") if confirm else first
    except EOFError:
        raise UserError(CliCode.PASSPHRASE_ENDED) from None
    if again != first:
        raise UserError(CliCode.PASSPHRASES_DIFFER)
    return first


def run_backup(args: argparse.Namespace) -> int:
    from needsassess.crypto.backup import write_backup

    held = write_backup(_data(args), Path(args.output), _passphrase(args, confirm=True))
    print(f"Backup written to {args.output}: " + "; ".join(held))
    print("Keep it apart from this computer; without the passphrase it cannot be opened.")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from needsassess.crypto.backup import restore_backup

    restored = restore_backup(_data(args), Path(args.file), _passphrase(args, confirm=False), args.replace)
    print(f"Restored: device key {restored.device_fingerprint}"
          + (f"; coordinator key {restored.coordinator}" if restored.coordinator else ""))
    return 0
