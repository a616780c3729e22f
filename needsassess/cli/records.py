"""``needsassess demo | new | list | show``: assessments from the command line.

``new`` takes an answers file (a JSON object, or an array of objects: all created or none); image
answers are paths of photo files, relative to the answers file, copied into the data folder. With
``--complete`` the answers get the same checks as the window's finalize, and every problem is listed
with its question name.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from needsassess import paths
from needsassess.errors import UserError
from needsassess.errors.cli_codes import CliCode
from needsassess.errors.field_codes import FieldCode

if TYPE_CHECKING:  # the store (SQLAlchemy) and the engine load when a command runs, not for the parser
    from needsassess.engine import AnswerProblem
    from needsassess.store import AssessmentStore, AttachmentInfo


class AnswersFileError(UserError):
    """The answers file cannot be read or its answers are refused."""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("demo", help="add realistic demo assessments (all forms, several sites)")
    demo.set_defaults(func=run_demo)

    new = subparsers.add_parser("new", help="create assessments from an answers file; prints their uuids")
    new.add_argument("--form", required=True, metavar="ID", help="the form id (see 'needsassess forms list')")
    new.add_argument("--answers", required=True, metavar="FILE.json", help="a JSON object, or an array of them")
    new.add_argument("--complete", action="store_true", help="check and finalize (as the window's finalize)")
    new.add_argument(
        "--officer", metavar="NAME", help="the field officer (default: the answers' officer, else the settings')"
    )
    new.set_defaults(func=run_new)

    lister = subparsers.add_parser("list", help="list assessments")
    lister.add_argument("--status", choices=("draft", "complete", "discarded", "returned"))
    lister.add_argument("--form", metavar="ID")
    lister.add_argument("--site")
    lister.add_argument("--search", metavar="TEXT", help="text anywhere in the title")
    lister.add_argument("--limit", type=int, default=None, help="at most this many (newest first)")
    lister.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    lister.set_defaults(func=run_list)

    show = subparsers.add_parser("show", help="one assessment")
    show.add_argument("uuid", metavar="UUID")
    show.add_argument("--json", action="store_true", help="JSON with the answers and attachments")
    show.add_argument("--lang", choices=("en", "ne", "uz"),
                      help="language of the paradata summary (default: the one remembered for the data folder)")
    show.set_defaults(func=run_show)


def _open(args: argparse.Namespace) -> AssessmentStore:
    from needsassess.store import open_store

    return open_store(paths.data_dir(args.data_dir))


def run_demo(args: argparse.Namespace) -> int:
    from needsassess.demo import load_demo

    with _open(args) as store:
        created = load_demo(store)
    print(f"Added {len(created)} demo assessments.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from needsassess.store import ListQuery

    query = ListQuery(status=args.status, form_id=args.form, site=args.site, text=args.search, limit=args.limit)
    with _open(args) as store:
        rows = store.list(query)
        flags = _flag_names(store) if args.json else {}
    if args.json:
        json.dump([{**r.to_json(), "flags": flags.get(r.uuid, [])} for r in rows], sys.stdout, ensure_ascii=False,
                  indent=1)
        print()
        return 0
    for r in rows:
        print(f"{r.uuid}  {r.status:<9} r{r.revision:<2} {r.form_id:<20} {r.updated_at[:16]}  {r.title}")
    return 0


def _flag_names(store: AssessmentStore) -> dict[str, list[str]]:
    """The stored quality flags of each complete assessment (``quality`` gives their reasons)."""
    from needsassess.analysis.quality import stored_flag_names

    return stored_flag_names(store)


def run_show(args: argparse.Namespace) -> int:
    from needsassess.analysis.paradata import assessment_summary
    from needsassess.cli import message_language
    from needsassess.sync.review import review_json

    with _open(args) as store:
        record = store.get(args.uuid)
        review = review_json(store, args.uuid)
        paradata = assessment_summary(store, args.uuid)
    language = args.lang or message_language(args)
    if args.json:
        json.dump({**record.to_json(), "review": review, "paradata": paradata.to_json(language)}, sys.stdout,
                  ensure_ascii=False, indent=1)
        print()
        return 0
    data = record.to_json()
    answers, attachments = data.pop("answers"), data.pop("attachments")
    for key, value in data.items():
        print(f"{key:>14}: {'' if value is None else value}")
    print("       answers:")
    print("  " + json.dumps(answers, ensure_ascii=False, indent=2).replace("\n", "\n  "))
    for item in attachments:
        print(f"    attachment: {item['sha256']} {item['media_type']} {item['size']} bytes")
    print(f"        review: {review['state']}")
    for comment in review["comments"]:
        about = f" [{comment['question']}]" if comment["question"] else ""
        print(f"       comment:{about} {comment['text']} — {comment['by']}, {comment['at'][:16]}")
    print(f"      paradata: {paradata.text(language)}")
    return 0


def _read_answers(path: Path) -> list[Any]:
    from needsassess.engine.input_limits import answers_shape_problem

    try:
        data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_refuse_constant)
    except OSError as err:
        raise AnswersFileError(CliCode.ANSWERS_UNREADABLE, path=path, detail=err.strerror or err) from err
    except (UnicodeDecodeError, ValueError) as err:
        raise AnswersFileError(CliCode.ANSWERS_NOT_JSON, path=path, detail=err) from err
    except RecursionError:
        raise AnswersFileError(CliCode.ANSWERS_TOO_DEEP, path=path) from None
    problem = answers_shape_problem(data)
    if problem:
        raise AnswersFileError(CliCode.ANSWERS_SHAPE, path=path, problem=problem)
    items = data if isinstance(data, list) else [data]
    if not items:
        raise AnswersFileError(CliCode.ANSWERS_EMPTY, path=path)
    return items


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _image_slots(item: Any, names: frozenset[str]) -> Iterator[tuple[dict[str, Any], str]]:
    """(mapping, key) of every image answer in an answers object, inside repeats too."""
    if not isinstance(item, dict):
        return
    for key, value in item.items():
        if key in names and isinstance(value, str) and value:
            yield item, key
        elif isinstance(value, list):
            for child in value:
                yield from _image_slots(child, names)


def _one_officer(items: list[Any], form: Any, default: str, override: bool) -> list[str]:
    """The officer of each assessment, written into its ``officer`` answer too, so that the list and
    the report name the same person: ``--officer``, else the answers' officer, else the settings'."""
    officers = []
    for item in items:
        given = item.get("officer") if isinstance(item, dict) else None
        name = default if override or not given else str(given)
        if isinstance(item, dict) and name and "officer" in form.elements:
            item["officer"] = name
        officers.append(name)
    return officers


def run_new(args: argparse.Namespace) -> int:
    from needsassess.store.bulk import create_many
    from needsassess.store.documents import image_names
    from needsassess.timefmt import utc_now

    opened_at = utc_now()  # paradata: when the command opened the assessments (store/paradata.py)
    answers_path = Path(args.answers)
    items = _read_answers(answers_path)
    with _open(args) as store:
        form = store.forms.latest(args.form)
        _refuse_retired(store, form.form_id)
        created_files: list[str] = []
        try:
            infos = _copy_photos(store, items, image_names(form), answers_path.parent, created_files)
            officers = _one_officer(items, form, args.officer or store.settings.officer_name, bool(args.officer))
            sessions = _sessions(store, form, items)
            uuids = create_many(
                store, form.form_id, sessions, complete=args.complete, attachments=infos, officers=officers,
                opened_at=opened_at,
            )
        except BaseException:
            _remove_unused(store, created_files)
            raise
    print("\n".join(uuids))
    return 0


def _refuse_retired(store: AssessmentStore, form_id: str) -> None:
    """A form the coordinator retired (field packages) takes no new assessments."""
    from needsassess.store.field import retired_forms

    with store.read("read the field package state") as conn:
        if form_id in retired_forms(conn):
            raise UserError(FieldCode.FORM_RETIRED, form_id=form_id)


def _copy_photos(
    store: AssessmentStore, items: list[Any], names: frozenset[str], base: Path, created: list[str]
) -> list[AttachmentInfo]:
    infos: list[AttachmentInfo] = []
    for item in items:
        for mapping, key in _image_slots(item, names):
            path = Path(mapping[key]).expanduser()
            info, is_new = store.files.store_path(path if path.is_absolute() else base / path)
            if is_new:
                created.append(info.sha256)
            mapping[key] = info.sha256
            infos.append(info)
    return infos


def _sessions(store: AssessmentStore, form: Any, items: list[Any]) -> list[Any]:
    from needsassess.engine import AnswerError, FormSession, SessionContext
    from needsassess.store.datasets import datasets_for

    context = SessionContext(officer=store.settings.officer_name, device_id=store.device_id,
                             datasets=datasets_for(store))
    sessions, refused = [], _Refused()
    for index, item in enumerate(items):
        prefix = f"[{index}] " if len(items) > 1 else ""
        try:
            sessions.append(FormSession.from_answers(form, item, context=context))
        except AnswerError as err:
            refused.problems += [(prefix, p) for p in err.problems]
    if refused.problems:
        raise AnswersFileError(CliCode.ANSWERS_REFUSED, problems=refused)
    return sessions


class _Refused:
    """The refused answers of an answers file, worded in the language the error is printed in."""

    def __init__(self) -> None:
        self.problems: list[tuple[str, AnswerProblem]] = []

    def render(self, language: str) -> str:
        return "\n  ".join(f"{prefix}{problem.text(language)}" for prefix, problem in self.problems)


def _remove_unused(store: AssessmentStore, hashes: list[str]) -> None:
    """Undo the photo files this command wrote, unless a committed row now uses them."""
    if not hashes:
        return
    try:
        used = store.attachments_present(hashes)
    except UserError:
        return  # leave the files: an unused file is harmless, a missing one is not
    for sha in set(hashes) - used:
        store.files.remove_if_present(sha)
