"""``needsassess datasets list | import FILE.csv --name NAME | export NAME -o FILE.csv``.

Datasets are the CSV lists forms read (select_one_from_file, pulldata, instance lookups); each
import under a name is a new version, and forms read the latest.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from needsassess import paths
from needsassess.fileio import write_atomic


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("datasets", help="CSV lists used by forms (select from file, pulldata)")
    commands = parser.add_subparsers(dest="datasets_command", metavar="ACTION", required=True)
    commands.add_parser("list", help="list the datasets (latest versions)").set_defaults(func=run_list)
    importing = commands.add_parser("import", help="store a CSV file (UTF-8, header row) as a dataset")
    importing.add_argument("csv", metavar="FILE.csv")
    importing.add_argument("--name", help="the name forms use (default: the file name without .csv)")
    importing.set_defaults(func=run_import)
    exporting = commands.add_parser("export", help="write the latest version of a dataset as CSV")
    exporting.add_argument("name", metavar="NAME")
    exporting.add_argument("-o", "--output", metavar="FILE.csv", required=True)
    exporting.set_defaults(func=run_export)


def run_list(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for

    with open_store(paths.data_dir(args.data_dir)) as store:
        for info in datasets_for(store).list():
            print(f"{info.name}\tv{info.version}\t{info.row_count} rows\t{','.join(info.columns)}\t{info.stored_at}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for
    from needsassess.xlsform.media import read_csv

    path = Path(args.csv)
    listing = read_csv(path, args.name or path.stem)
    with open_store(paths.data_dir(args.data_dir)) as store:
        info, added = datasets_for(store).add(listing.name, listing.columns, listing.rows, source=path.name)
    state = "stored" if added else "unchanged (same as the latest version)"
    print(f"{info.name} v{info.version}: {info.row_count} rows, columns {', '.join(info.columns)} - {state}")
    return 0


def run_export(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for

    with open_store(paths.data_dir(args.data_dir)) as store:
        datasets = datasets_for(store)
        info = datasets.latest(args.name)
        if info is None:
            from needsassess.errors.dataset_codes import DatasetCode
            from needsassess.xlsform.media import DatasetError

            raise DatasetError(DatasetCode.NOT_FOUND, name=args.name)
        rows = datasets.rows(info.name, info.version)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(info.columns)
    writer.writerows(rows)
    write_atomic(Path(args.output), buffer.getvalue().encode("utf-8"))
    print(f"wrote {args.output} ({info.name} v{info.version}, {info.row_count} rows)")
    return 0
