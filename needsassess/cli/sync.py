"""``needsassess export``, ``import`` and ``tables``: package files and tables for analysis."""

from __future__ import annotations

import argparse
import sys

from needsassess import paths
from needsassess.collector import collection_paused


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser("export", help="package completed assessments not yet exported (or all)")
    export.add_argument("-o", "--output", required=True, metavar="FILE.napkg", help="the package to write")
    export.add_argument("--all", action="store_true", help="every completed assessment, exported or not")
    export.add_argument(
        "--encrypt",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="encrypt to the loaded coordinator key (default: when one is loaded)",
    )
    export.add_argument(
        "uuids", nargs="*", metavar="UUID", help="only these assessments (all their revisions)"
    )
    export.set_defaults(func=run_export)
    imp = subparsers.add_parser(
        "import", help="import packages; prints new / updated / unchanged / conflicts"
    )
    imp.add_argument("packages", nargs="+", metavar="FILE.napkg")
    imp.add_argument(
        "--accept-signer",
        action="store_true",
        help="accept (and enrol) the signer of a package held back; recorded in the audit",
    )
    imp.add_argument(
        "--flags",
        action="store_true",
        help="compute and store the quality flags right after the import (otherwise the next 'quality' "
        "or the window does it)",
    )
    imp.set_defaults(func=run_import)
    tables = subparsers.add_parser(
        "tables", help="tables for analysis: a folder of CSV files, one .xlsx, or a .geojson of points, lines, areas")
    tables.add_argument("-o", "--output", required=True, metavar="DIR_or_FILE.xlsx_or_FILE.geojson")
    tables.add_argument("--form", metavar="ID", help="only this form")
    tables.add_argument("--lang", default="en", help="language of choice labels (default en)")
    tables.set_defaults(func=run_tables)


def run_export(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.sync.exporter import export_package

    with open_store(paths.data_dir(args.data_dir)) as store:
        result = export_package(
            store, args.output, uuids=args.uuids or None, include_all=args.all, encrypt=args.encrypt
        )
    print(
        f"{result.path}: {result.assessments} assessment(s), {result.revisions} revision(s), "
        f"{result.attachments} photo(s), {result.forms} form definition(s); package {result.package_id}"
    )
    print(f"Signed with this device's key {result.signed_by}.")
    if result.encrypted_for:
        print(f"ENCRYPTED for {result.encrypted_for}: only that coordinator can read it.")
    else:
        print(
            "NOT ENCRYPTED: anyone who gets this file can read the households' details in it. "
            "Load the coordinator's key (needsassess keys load-coordinator FILE) to encrypt exports."
        )
    return 0


def run_import(args: argparse.Namespace) -> int:
    with collection_paused():  # the modules it loads and the import itself (collector.py)
        from needsassess.store import backups, open_store
        from needsassess.sync.importer import counts_header, import_packages, summary_line

        with open_store(paths.data_dir(args.data_dir)) as store:
            backups.backup_before_import(store)
            results = import_packages(store, args.packages, accept_signer=args.accept_signer)
            if args.flags and any(r.new or r.updated for r in results if not r.refused):
                from needsassess.analysis.quality import refresh_stored_flags

                # After the import's transaction (which marked the stored flags stale, durably): the
                # flags of every complete assessment, stored per revision (docs/quality.md).
                refresh_stored_flags(store)
    for result in results:
        print(summary_line(result), file=sys.stderr if result.refused else sys.stdout)
    print(counts_header(results))
    return 1 if any(r.refused for r in results) else 0


def run_tables(args: argparse.Namespace) -> int:
    from needsassess.analysis.tables import export_tables
    from needsassess.store import open_store

    with open_store(paths.data_dir(args.data_dir)) as store:
        written = export_tables(store, args.output, args.form, args.lang)
    for path in written:
        print(path)
    return 0
