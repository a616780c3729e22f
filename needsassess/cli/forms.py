"""``needsassess forms list`` and ``needsassess forms check [PATH ...]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from needsassess.engine import FormLoadError, load_form
from needsassess.paths import forms_dir


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("forms", help="list or check form definitions")
    commands = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list the shipped forms")
    listing.set_defaults(func=run_list)
    check = commands.add_parser("check", help="validate form files (default: the shipped forms)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="form files or folders")
    check.set_defaults(func=run_check)


def _form_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for raw in paths or [str(forms_dir())]:
        path = Path(raw)
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files


def run_list(args: argparse.Namespace) -> int:
    code = 0
    for path in _form_files([]):
        try:
            form = load_form(path)
        except FormLoadError as err:
            print(f"{path.name}: invalid ({len(err.problems)} problems; run 'needsassess forms check')",
                  file=sys.stderr)
            code = 1
            continue
        questions = sum(1 for q in form.questions() if q.is_input)
        print(f"{form.form_id}\t{form.version}\t{','.join(form.languages)}\t{questions} questions\t"
              f"{form.title_in(form.default_language)}")
    return code


def run_check(args: argparse.Namespace) -> int:
    files = _form_files(args.paths)
    if not files:
        print("needsassess: no form files found", file=sys.stderr)
        return 1
    failed = 0
    for path in files:
        try:
            form = load_form(path)
        except FormLoadError as err:
            failed += 1
            for problem in err.problems:
                print(problem, file=sys.stderr)
            continue
        print(f"{path}: ok ({form.form_id} {form.version}, {len(form.elements)} rows)")
    if failed:
        print(f"needsassess: {failed} of {len(files)} form files refused", file=sys.stderr)
        return 1
    return 0
