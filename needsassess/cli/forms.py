"""``needsassess forms list`` and ``needsassess forms check [PATH ...]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from needsassess.paths import forms_dir

if TYPE_CHECKING:  # the engine (YAML, expressions) loads when a command runs, not for the parser
    from needsassess.engine import Form
    from needsassess.errors import Phrase


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("forms", help="list or check form definitions")
    commands = parser.add_subparsers(dest="forms_command", metavar="ACTION", required=True)
    listing = commands.add_parser("list", help="list the shipped forms and the imported ones")
    listing.set_defaults(func=run_list)
    check = commands.add_parser("check", help="validate form files (default: the shipped forms)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="form files or folders")
    check.set_defaults(func=run_check)
    importing = commands.add_parser("import", help="import an XLSForm (.xlsx or .xls) as a form of this app")
    importing.add_argument("xlsx", metavar="FILE.xlsx|FILE.xls")
    importing.add_argument("--media", metavar="DIR", help="folder of the CSV lists the form names (default: "
                           "beside the form, then FORM-media/)")
    importing.add_argument("-o", "--output", metavar="DIR",
                           help="folder for the YAML form (default: the forms folder of the data folder)")
    importing.add_argument("--force", action="store_true", help="replace a form file that already exists")
    importing.add_argument("--lang", choices=("en", "ne", "uz"),
                           help="language of the report (default: the one remembered for the data folder)")
    importing.set_defaults(func=run_import)
    exporting = commands.add_parser("export", help="export a form as an XLSForm for ODK or KoboToolbox")
    exporting.add_argument("form_id", metavar="FORM_ID", help="a form id, or the path of a form file")
    exporting.add_argument("-o", "--output", metavar="FILE.xlsx", required=True)
    exporting.set_defaults(func=run_export)


def _form_files(paths: list[str]) -> list[Path]:
    from needsassess.engine.includes import form_files

    files: list[Path] = []
    for raw in paths or [str(forms_dir())]:
        path = Path(raw)
        files.extend(form_files(path) if path.is_dir() else [path])
    return files


def run_list(args: argparse.Namespace) -> int:
    from needsassess.cli.field import field_form_state
    from needsassess.engine import FormLoadError, load_form

    code = 0
    user = user_forms_dir(args.data_dir)
    retired, installed = field_form_state(args.data_dir)
    shown: dict[str, str] = {}
    for path in [*_form_files([]), *(sorted(user.glob("*.yaml")) if user.is_dir() else [])]:
        try:
            form = load_form(path)
        except FormLoadError as err:
            print(f"{path.name}: invalid ({len(err.problems)} problems; run 'needsassess forms check')",
                  file=sys.stderr)
            code = 1
            continue
        shown[form.form_id] = form.version
        questions = sum(1 for q in form.questions() if q.is_input)
        origin = "\timported" if path.parent == user else ""
        origin += "\tretired" if form.form_id in retired else ""
        if installed.get(form.form_id, form.version) != form.version:
            origin += f"\treplaced by {installed[form.form_id]}"
        print(f"{form.form_id}\t{form.version}\t{','.join(form.languages)}\t{questions} questions\t"
              f"{form.title_in(form.default_language)}{origin}")
    for form_id, version in sorted(installed.items()):
        if shown.get(form_id) != version:
            print(f"{form_id}\t{version}\tinstalled by the coordinator" + ("\tretired" if form_id in retired else ""))
    return code


def run_check(args: argparse.Namespace) -> int:
    from needsassess.engine import FormLoadError, load_form

    files = _form_files(args.paths)
    if not files:
        print("needsassess: no form files found", file=sys.stderr)
        return 1
    from needsassess.cli import message_language

    language = message_language(args)  # problems read in the language remembered for the data folder
    failed = 0
    for path in files:
        try:
            form = load_form(path)
        except FormLoadError as err:
            failed += 1
            for problem in err.problems:
                print(problem.text(language), file=sys.stderr)
            continue
        missing = _dataset_problems(form, args.data_dir)
        if missing:
            failed += 1
            for said in missing:
                print(f"{path}: [{said.entry.code}] {said.render(language)}", file=sys.stderr)
            continue
        print(f"{path}: ok ({form.form_id} {form.version}, {len(form.elements)} rows)")
    if failed:
        print(f"needsassess: {failed} of {len(files)} form files refused", file=sys.stderr)
        return 1
    return 0


def _dataset_problems(form: Form, data_dir: str | None) -> list[Phrase]:
    """References to datasets that the store does not have (list or column); none when none is used."""
    from needsassess.xlsform.media import datasets_used

    if not datasets_used(form):
        return []
    from needsassess.paths import data_dir as resolve
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for
    from needsassess.xlsform.media import reference_problems

    with open_store(resolve(data_dir)) as store:
        columns = {info.name: info.columns for info in datasets_for(store).list()}
    return reference_problems(form, columns)


def user_forms_dir(data_dir: str | None) -> Path:
    """Forms the person added (imported XLSForms): ``<data folder>/forms``."""
    from needsassess.paths import data_dir as resolve

    return resolve(data_dir) / "forms"


def run_import(args: argparse.Namespace) -> int:
    from needsassess.cli import message_language
    from needsassess.errors import UserError

    # the report and the refusals read in --lang, else in the language remembered for the data folder
    language = args.lang or message_language(args)
    try:
        return _import(args, language)
    except UserError as err:  # a refused workbook or list, the form already there: nothing was written
        print(f"needsassess: {err.headline(language)}", file=sys.stderr)
        return err.exit_code


def _import(args: argparse.Namespace, language: str) -> int:
    from needsassess.errors import Phrase
    from needsassess.errors.dataset_codes import XLSFormCode
    from needsassess.errors.xlsform_codes import XLSFormReason
    from needsassess.xlsform import import_xlsform
    from needsassess.xlsform.install import install_form
    from needsassess.xlsform.media import find_media, read_csv, reference_problems

    result = import_xlsform(args.xlsx)
    for line in result.report.lines(language):
        print(line)
    found = find_media(Path(args.xlsx), result.datasets, Path(args.media) if args.media else None)
    missing = sorted(name for name, path in found.items() if path is None)
    if missing:
        where = args.media or Phrase(XLSFormCode.BESIDE_THE_FORM, folder=f"{Path(args.xlsx).stem}-media/")
        for name in missing:
            _refuse(Phrase(XLSFormCode.LIST_NOT_FOUND, name=name, where=where), language)
        return 1
    lists = [read_csv(path, name) for name, path in found.items() if path is not None]
    problems = reference_problems(result.form, {item.name: item.columns for item in lists})
    if problems:
        for problem in problems:
            _refuse(problem, language, f"{Path(args.xlsx).name}: ")
        return 1
    folder = Path(args.output) if args.output else user_forms_dir(args.data_dir)
    target = install_form(result, folder, replace=args.force)
    if lists:
        _store_lists(args.data_dir, lists, language)
    questions = sum(1 for q in result.form.questions() if q.is_input)
    print(XLSFormReason.IMPORTED.render(language, {
        "form_id": result.form.form_id, "version": result.form.version, "questions": questions,
        "pages": len(result.form.pages()), "languages": ", ".join(result.form.languages), "target": target}))
    return 0


def _refuse(problem: Phrase, language: str, where: str = "") -> None:
    """``needsassess: error [CODE]: text`` on stderr, in ``language``."""
    print(f"needsassess: error [{problem.entry.code}]: {where}{problem.render(language)}", file=sys.stderr)


def _store_lists(data_dir: str | None, lists: list[Any], language: str) -> None:
    from needsassess.errors.xlsform_codes import XLSFormReason
    from needsassess.paths import data_dir as resolve
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for

    with open_store(resolve(data_dir)) as store:
        datasets = datasets_for(store)
        for item in lists:
            info, added = datasets.add(item.name, item.columns, item.rows, source=item.source.name)
            said = XLSFormReason.DATASET_STORED if added else XLSFormReason.DATASET_UNCHANGED
            print(said.render(language, {"name": info.name, "version": info.version, "rows": info.row_count}))


def run_export(args: argparse.Namespace) -> int:
    from needsassess.engine import load_form
    from needsassess.errors.dataset_codes import DatasetCode
    from needsassess.xlsform import export_xlsform
    from needsassess.xlsform.exporter import export_media
    from needsassess.xlsform.media import DatasetError

    candidate = Path(args.form_id)
    if candidate.suffix in (".yaml", ".yml") and candidate.exists():
        form = load_form(candidate)
    else:
        forms = [p for p in (forms_dir() / f"{args.form_id}.yaml", user_forms_dir(args.data_dir) /
                             f"{args.form_id}.yaml") if p.exists()]
        if not forms:
            print(f"needsassess: no form '{args.form_id}' (see 'needsassess forms list')", file=sys.stderr)
            return 1
        form = load_form(forms[0])
    tables = _export_tables(form, args.data_dir)
    try:
        export_xlsform(form, args.output)
        written = export_media(args.output, tables) if tables else []
    except OSError as err:
        raise DatasetError(DatasetCode.EXPORT_FAILED, target=args.output, detail=err.strerror or err) from None
    print(f"wrote {args.output} ({form.form_id} {form.version})")
    for path in written:
        print(f"wrote {path}")
    return 0


def _export_tables(form: Form, data_dir: str | None) -> dict[str, tuple[Any, Any]]:
    """The latest version of every dataset the form reads (header, rows); refused when one is missing."""
    from needsassess.errors.dataset_codes import DatasetCode
    from needsassess.xlsform.media import DatasetError, datasets_used

    names = datasets_used(form)
    if not names:
        return {}
    from needsassess.paths import data_dir as resolve
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for

    tables: dict[str, tuple[Any, Any]] = {}
    with open_store(resolve(data_dir)) as store:
        datasets = datasets_for(store)
        for name in names:
            if name in form.choices:  # pulldata('list', ...) over a choice list of the form itself
                continue
            info = datasets.latest(name)
            if info is None:
                raise DatasetError(DatasetCode.NOT_STORED, name=name)
            tables[name] = (info.columns, datasets.rows(info.name, info.version))
    return tables
