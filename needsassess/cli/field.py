"""``needsassess review | send | edit``: the loop back down to the field (docs/cli.md).

- ``review`` (coordinator): a review state, and a comment on the assessment or on one question,
  kept apart from the officer's answers and audited.
- ``send`` (coordinator): a signed field package with the current forms, their datasets and the
  assessments needing follow-up, sealed to the officers' devices (docs/packages.md).
- ``edit`` (officer): answers merged into a draft, or into a complete or returned assessment
  reopened with a reason; ``--complete`` finalizes with the checks of ``new --complete``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from needsassess import paths
from needsassess.errors import UserError
from needsassess.errors.field_codes import FieldCode

STATES = {"received": "received", "approved": "approved", "needs-follow-up": "needs_follow_up",
          "rejected": "rejected"}
SECTIONS = ("forms", "datasets", "returns")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = subparsers.add_parser("review", help="coordinator: review state and comments, apart from the answers")
    review.add_argument("uuid", metavar="UUID")
    review.add_argument("--state", required=True, choices=tuple(STATES))
    review.add_argument("--comment", metavar="TEXT", default="", help="what to follow up, or why")
    review.add_argument("--question", metavar="NAME", help="the comment is about this question")
    review.add_argument("--json", action="store_true", help="print the review thread as JSON")
    review.set_defaults(func=run_review)

    send = subparsers.add_parser("send", help="coordinator: a field package of forms, lists and returns")
    send.add_argument("-o", "--output", required=True, metavar="FILE.napkg")
    send.add_argument("--to", nargs="+", default=[], metavar="FINGERPRINT",
                      help="only these officers' keys (default: every enrolled officer)")
    for section in SECTIONS:
        send.add_argument(f"--{section}", action="store_true", help=f"include {section} (all three when none named)")
    send.add_argument("--retire", nargs="+", default=[], metavar="FORM_ID", help="retire these forms from now on")
    send.add_argument("--unretire", nargs="+", default=[], metavar="FORM_ID", help="make retired forms current again")
    send.set_defaults(func=run_send)

    edit = subparsers.add_parser("edit", help="officer: change a draft, or reopen a complete or returned one")
    edit.add_argument("uuid", metavar="UUID")
    edit.add_argument("--answers", required=True, metavar="FILE.json", help="a JSON object of answers to merge")
    edit.add_argument("--reason", metavar="TEXT", default="", help="why it is reopened (required unless a draft)")
    edit.add_argument("--complete", action="store_true", help="check and finalize (as 'new --complete')")
    edit.set_defaults(func=run_edit)


def field_form_state(data_dir: str | None) -> tuple[set[str], dict[str, str]]:
    """(retired form ids, form_id -> version installed by field packages) of an existing data folder."""
    from needsassess.store import open_store
    from needsassess.store.connection import DATABASE_NAME
    from needsassess.store.field import installed_forms, retired_forms

    folder = paths.data_dir(data_dir)
    if not (folder / DATABASE_NAME).exists():
        return set(), {}
    with open_store(folder) as store, store.read("read the field package state") as conn:
        return retired_forms(conn), installed_forms(conn)


def run_review(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.sync.review import review_json, set_review

    with open_store(paths.data_dir(args.data_dir)) as store:
        record = set_review(store, args.uuid, STATES[args.state], args.comment, question=args.question)
        thread = review_json(store, args.uuid)
    if args.json:
        json.dump(thread, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        about = f" on question {record.question}" if record.question else ""
        print(f"{args.uuid} revision {record.revision}: {args.state}{about}"
              + (f" — {record.comment}" if record.comment else ""))
    return 0


def run_send(args: argparse.Namespace) -> int:
    from needsassess.store import open_store
    from needsassess.sync.field_send import send_field_package

    sections = [s for s in SECTIONS if getattr(args, s)] or list(SECTIONS)
    with open_store(paths.data_dir(args.data_dir)) as store:
        result = send_field_package(store, Path(args.output), args.to, sections, args.retire, args.unretire)
    print(f"wrote {result.path} — field package {result.sequence}, signed by {result.signed_by}")
    print(f"  forms: {', '.join(result.forms) or 'none'}; retired: {', '.join(result.retired) or 'none'}")
    print(f"  datasets: {', '.join(result.datasets) or 'none'}")
    for fingerprint, count in sorted(result.returned.items()):
        print(f"  {count} returned assessment(s) sealed for {fingerprint}")
    if result.not_addressed:
        print(f"  {len(result.not_addressed)} assessment(s) needing follow-up not sent (officer not addressed, "
              "or no encryption key known for it): " + ", ".join(result.not_addressed), file=sys.stderr)
    return 0


def run_edit(args: argparse.Namespace) -> int:
    from needsassess.cli.records import _copy_photos, _read_answers, _remove_unused
    from needsassess.engine import AnswerError, FormSession, SessionContext
    from needsassess.errors.cli_codes import CliCode
    from needsassess.store import open_store
    from needsassess.store.datasets import datasets_for
    from needsassess.store.documents import image_names
    from needsassess.store.paradata import ParadataEvent
    from needsassess.store.records import COMPLETE, DRAFT, RETURNED
    from needsassess.timefmt import utc_now

    opened_at = utc_now()  # paradata: the command opens the assessment, then saves it
    answers_path = Path(args.answers)
    items = _read_answers(answers_path)
    if len(items) != 1 or not isinstance(items[0], dict):
        raise UserError(CliCode.ANSWERS_SHAPE, path=answers_path, problem="is not one JSON object of answers")
    with open_store(paths.data_dir(args.data_dir)) as store:
        record = store.get(args.uuid)
        if record.status not in (DRAFT, COMPLETE, RETURNED):
            raise UserError(FieldCode.EDIT_NOT_EDITABLE, uuid=args.uuid, status=record.status)
        if record.status != DRAFT and not args.reason.strip():
            raise UserError(FieldCode.EDIT_NEEDS_REASON, uuid=args.uuid, status=record.status)
        form = store.forms.get(record.form_id, record.form_version)
        created: list[str] = []
        try:
            _copy_photos(store, items, image_names(form), answers_path.parent, created)
            merged: dict[str, Any] = {**dict(record.answers), **items[0]}
            context = SessionContext(officer=store.settings.officer_name, device_id=store.device_id,
                                     datasets=datasets_for(store))
            try:
                session = FormSession.from_answers(form, merged, context=context)
            except AnswerError as err:
                raise UserError(CliCode.ANSWERS_REFUSED, problems=_Problems(err)) from None
            if args.complete and session.problems():
                store.finalize(args.uuid, session)  # refused, listing every problem: nothing changed yet
            if record.status != DRAFT:
                store.reopen(args.uuid, args.reason)
            store.save_draft(args.uuid, session,
                             paradata=[ParadataEvent(opened_at, "opened"), ParadataEvent(utc_now(), "saved")])
            done = store.finalize(args.uuid, session) if args.complete else store.get(args.uuid)
        except BaseException:
            _remove_unused(store, created)
            raise
    print(f"{args.uuid} revision {done.revision}: {done.status}")
    return 0


class _Problems:
    def __init__(self, err: Any) -> None:
        self.problems = err.problems

    def render(self, language: str) -> str:
        return "\n  ".join(p.text(language) for p in self.problems)
