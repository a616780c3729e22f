"""Loading the demo: assessments for every form that has an answer set in ``answers/<form_id>.json``.

An answer set is a JSON object or an array of objects (one per site). Each is created several
times with different officers and dates over the past weeks, most finalized, some left as drafts,
each with one to three small generated photos. Running the demo again adds another set: demo data
is ordinary data, and the person may have changed or deleted the first set.
"""

from __future__ import annotations

import functools
import json
import random
import struct
import zlib
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from needsassess.store import AssessmentStore, AttachmentInfo, StoreError
from needsassess.timefmt import format_time

if TYPE_CHECKING:
    from needsassess.engine import Form, FormSession

# One generated assessment: its session, creation time and officer.
Planned = tuple["FormSession", str, str]

ANSWERS_DIR = Path(__file__).resolve().parent / "answers"
OFFICERS = (
    "Sita Tharu",
    "Ram Bahadur Chaudhary",
    "Dilnoza Karimova",
    "Aziz Rakhimov",
    "Fatmata Sesay",
    "Mohamed Koroma",
)
COPIES = 3  # assessments per answer object
DRAFT_EVERY = 4  # every 4th assessment stays a draft

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


def make_png(seed: int, width: int = 48, height: int = 32) -> bytes:
    """A small, valid RGB PNG (zlib + struct, no image library) whose colours depend on ``seed``."""
    rng = random.Random(seed)
    base = [rng.randrange(256) for _ in range(3)]
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter: none
        for x in range(width):
            rows += bytes(((base[0] + x * 3) % 256, (base[1] + y * 5) % 256, (base[2] + (x ^ y)) % 256))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(bytes(rows))) + chunk(b"IEND", b"")
    )


def _answer_sets() -> dict[str, list[dict[str, Any]]]:
    sets: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(ANSWERS_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else [data]
        sets[path.stem] = [item for item in items if isinstance(item, dict)]
    return sets


@functools.cache
def _top_level_images(form: Form) -> list[str]:
    from needsassess.engine import QType

    return [q.name for q in form.questions() if q.type == QType.IMAGE and not q.repeats]


def _photo_slots(form: Form, session: FormSession) -> list[tuple[str, tuple[int, ...]]]:
    """Every (question, instance) that can take a photo now: top level, or in a top-level repeat."""
    from needsassess.engine import QType

    slots: list[tuple[str, tuple[int, ...]]] = []
    for q in form.questions():
        if q.type != QType.IMAGE or len(q.repeats) > 1:
            continue
        instances = [()] if not q.repeats else [(i,) for i in range(session.instance_count(q.repeats[0]))]
        slots += [(q.name, inst) for inst in instances if session.relevant(q.name, inst)]
    return slots


def _add_photos(store: AssessmentStore, form: Form, session: FormSession, seed: int,
                infos: list[AttachmentInfo]) -> None:
    """Answer one to three photo questions with generated photos (a form may have none)."""
    for offset, (name, instance) in enumerate(_photo_slots(form, session)[: 1 + seed % 3]):
        info, _new = store.files.store_bytes(make_png(seed * 7 + offset), f"demo photo {name}")
        session.set_answer(name, info.sha256, instance=instance)
        infos.append(info)


def load_demo(
    store: AssessmentStore, progress: Progress | None = None, cancelled: Cancelled | None = None
) -> list[str]:
    """Add the demo assessments; returns their uuids. Safe to call off the GUI thread.

    ``progress(done, total)`` is called per answer set; when ``cancelled()`` turns true, the forms
    not yet written are skipped (what was written stays: each form is one transaction).
    """
    from needsassess.engine import FormSession, SessionContext

    sets = {form_id: items for form_id, items in _answer_sets().items() if _has_form(store, form_id)}
    if not sets:  # a broken installation, not "nothing to add"
        from needsassess.errors.cli_codes import InstallCode
        from needsassess.resources import ResourceMissing

        raise ResourceMissing(InstallCode.NO_DEMO_ANSWERS, folder=ANSWERS_DIR)
    created: list[str] = []
    now = datetime.now(UTC)
    for done, (form_id, items) in enumerate(sorted(sets.items())):
        if cancelled is not None and cancelled():
            break
        form = store.forms.latest(form_id)
        infos: list[AttachmentInfo] = []
        drafts: list[Planned] = []
        complete: list[Planned] = []
        for n in range(len(items) * COPIES):
            seed = len(created) + n + done * 1000
            answers = {k: v for k, v in items[n % len(items)].items() if k not in _top_level_images(form)}
            # One officer name: the one the form records is the one the list shows.
            officer = str(answers.get("officer") or OFFICERS[(seed + done) % len(OFFICERS)])
            session = FormSession.from_answers(form, answers, context=SessionContext(officer=officer))
            _add_photos(store, form, session, seed, infos)
            when = format_time(now - timedelta(days=(seed * 5) % 60, hours=seed % 9, minutes=seed * 13 % 60))
            bucket = drafts if n % DRAFT_EVERY == DRAFT_EVERY - 1 or session.problems() else complete
            bucket.append((session, when, officer))
        for group, finished in ((complete, True), (drafts, False)):
            if group:
                created += _create(store, form_id, group, finished, infos)
        if progress is not None:
            progress(done + 1, len(sets))
    return created


def _create(
    store: AssessmentStore, form_id: str, group: list[Planned], finished: bool, infos: list[AttachmentInfo]
) -> list[str]:
    from needsassess.store.bulk import create_many

    sessions, times, officers = zip(*group, strict=True)
    return create_many(
        store, form_id, sessions, complete=finished, attachments=infos, created_at=times, officers=officers
    )


def _has_form(store: AssessmentStore, form_id: str) -> bool:
    try:
        store.forms.latest(form_id)
    except StoreError:
        return False  # an answer set for a form this build does not ship
    return True
