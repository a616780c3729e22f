"""Field packages in the store: what a coordinator sends back down and what an officer keeps of it.

Coordinator side: the officers' encryption keys (``field_keys``), the sequence number of each
coordinator's field packages, the retired forms, the assessments waiting on a follow-up with their
comment thread, and the per-row state of the coordinator's list. Officer side: the last sequence
accepted from each coordinator, the forms installed and retired, datasets replaced, and returned
assessments (head status ``returned``, the comments kept as review rows apart from the answers).

Small state (sequences, retired and installed forms) lives in ``settings`` as JSON, one key each.
Every function runs in the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.engine import Connection

from needsassess.store.audit import audit_row, write_audit
from needsassess.store.datasets import content_sha256
from needsassess.store.locking import insert_ignoring_duplicates, lock_name
from needsassess.store.models import (
    ASSESSMENTS,
    AUDIT,
    DATASET_ROWS,
    DATASET_VERSIONS,
    FIELD_KEYS,
    REVIEWS,
    SETTINGS,
)
from needsassess.store.records import COMPLETE, RETURNED, ReviewRecord
from needsassess.store.reviews import review_record
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_RECEIVED

FOLLOW_UP = "needs_follow_up"
RESUBMITTED = "resubmitted"
ROW_STATES = ("new", "updated", "resubmitted", "in_conflict", "returned")
_CHUNK = 500
_BATCH = 5_000


# --- small JSON state in settings -------------------------------------------------------------------

def _get(conn: Connection, key: str, default: Any) -> Any:
    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == key)).scalar()
    if value is None:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def _put(conn: Connection, key: str, value: Any) -> None:
    text = json.dumps(value, sort_keys=True, ensure_ascii=False)
    done = conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=text))
    if done.rowcount == 0:
        insert_ignoring_duplicates(conn, SETTINGS, [{"key": key, "value": text}])
        conn.execute(update(SETTINGS).where(SETTINGS.c.key == key).values(value=text))


def next_sequence(conn: Connection, signing_fingerprint: str) -> int:
    """The next sequence number of this coordinator's field packages (kept in the database, so a
    hub's coordinators never reuse one; serialised on PostgreSQL by an advisory lock)."""
    lock_name(conn, f"field-sequence:{signing_fingerprint}")
    key = f"field.sent_sequence.{signing_fingerprint}"
    number = int(_get(conn, key, 0)) + 1
    _put(conn, key, number)
    return number


def last_accepted(conn: Connection, signing_fingerprint: str) -> int:
    """The highest sequence number accepted here from that coordinator (0: none yet)."""
    return int(_get(conn, f"field.accepted_sequence.{signing_fingerprint}", 0))


def set_accepted(conn: Connection, signing_fingerprint: str, sequence: int) -> None:
    _put(conn, f"field.accepted_sequence.{signing_fingerprint}", sequence)


def retired_forms(conn: Connection) -> set[str]:
    """Form ids retired (by the coordinator here; as received on an officer's device)."""
    return {str(f) for f in _get(conn, "field.retired_forms", [])}


def set_retired_forms(conn: Connection, form_ids: Iterable[str]) -> None:
    _put(conn, "field.retired_forms", sorted(set(form_ids)))


def installed_forms(conn: Connection) -> dict[str, str]:
    """form_id -> version of the forms a field package installed (new assessments use them)."""
    found = _get(conn, "field.installed_forms", {})
    return {str(k): str(v) for k, v in found.items()} if isinstance(found, dict) else {}


def set_installed_forms(conn: Connection, installed: dict[str, str]) -> None:
    _put(conn, "field.installed_forms", installed)


# --- officers' encryption keys (coordinator side) ----------------------------------------------------

@dataclass(frozen=True)
class FieldKeyRecord:
    fingerprint: str  # of the officer device's signing key
    encryption_key: str  # base64 of its X25519 public key
    officer: str
    device_id: str
    updated_at: str


def remember_field_key(conn: Connection, record: FieldKeyRecord) -> bool:
    """Keep (or replace) the encryption key announced by a signed package; True when it changed."""
    found = field_key(conn, record.fingerprint)
    if found is not None and found.encryption_key == record.encryption_key:
        return False
    if found is None:
        insert_ignoring_duplicates(conn, FIELD_KEYS, [record.__dict__])
    conn.execute(update(FIELD_KEYS).where(FIELD_KEYS.c.fingerprint == record.fingerprint)
                 .values(**record.__dict__))
    return True


def field_key(conn: Connection, fingerprint: str) -> FieldKeyRecord | None:
    row = conn.execute(select(FIELD_KEYS).where(FIELD_KEYS.c.fingerprint == fingerprint)).first()
    return FieldKeyRecord(row.fingerprint, row.encryption_key, row.officer, row.device_id, row.updated_at) \
        if row is not None else None


# --- reviews: follow-ups and their thread ----------------------------------------------------------

@dataclass(frozen=True)
class FollowUp:
    """An assessment whose latest review asks for follow-up of its head revision."""

    uuid: str
    revision: int
    content_hash: str
    origin_device: str
    officer: str
    thread: tuple[ReviewRecord, ...]


def thread(conn: Connection, uuid: str) -> list[ReviewRecord]:
    rows = conn.execute(select(REVIEWS).where(REVIEWS.c.uuid == uuid).order_by(REVIEWS.c.id))
    return [review_record(r) for r in rows]


def follow_ups(conn: Connection) -> list[FollowUp]:
    """Every assessment waiting on its officer: latest review ``needs_follow_up`` of the head revision."""
    latest = select(REVIEWS.c.uuid, func.max(REVIEWS.c.id).label("id")).group_by(REVIEWS.c.uuid).subquery()
    stmt = (select(REVIEWS.c.uuid, REVIEWS.c.revision, ASSESSMENTS.c.content_hash, ASSESSMENTS.c.origin_device,
                   ASSESSMENTS.c.officer)
            .join(latest, REVIEWS.c.id == latest.c.id)
            .join(ASSESSMENTS, ASSESSMENTS.c.uuid == REVIEWS.c.uuid)
            .where(REVIEWS.c.status == FOLLOW_UP, ASSESSMENTS.c.revision == REVIEWS.c.revision,
                   ASSESSMENTS.c.status == COMPLETE)
            .order_by(REVIEWS.c.uuid))
    found = conn.execute(stmt).all()
    return [FollowUp(r.uuid, r.revision, r.content_hash or "", r.origin_device, r.officer,
                     tuple(thread(conn, r.uuid))) for r in found]


def sending_devices(conn: Connection, uuid: str) -> set[str]:
    """The devices that sent revisions of ``uuid`` here (its origin device among them)."""
    found = set(conn.execute(select(SYNC_RECEIVED.c.device_id).where(SYNC_RECEIVED.c.uuid == uuid)).scalars())
    return {d for d in found if d}


def record_resubmission(conn: Connection, uuid: str, revision: int, reason: str, officer: str, at: str,
                        who: tuple[str, str]) -> bool:
    """A revision that answers a return arrived: a "resubmitted" review row with the officer's reason.

    Once per (uuid, revision); False when already recorded.
    """
    exists = conn.execute(select(REVIEWS.c.id).where(REVIEWS.c.uuid == uuid, REVIEWS.c.revision == revision,
                                                     REVIEWS.c.status == RESUBMITTED)).first()
    if exists is not None:
        return False
    conn.execute(insert(REVIEWS).values(uuid=uuid, revision=revision, status=RESUBMITTED, comment=reason,
                                        reviewer=officer, at=at, question=None))
    write_audit(conn, [audit_row("reviewed", uuid, revision, at, who, detail=f"{RESUBMITTED}: {reason}")])
    return True


# --- officer side: returned assessments ---------------------------------------------------------------

@dataclass(frozen=True)
class ReturnedComment:
    revision: int
    status: str
    comment: str
    reviewer: str
    at: str
    question: str | None


def apply_return(conn: Connection, uuid: str, revision: int, content_hash: str,
                 comments: Sequence[ReturnedComment], at: str, who: tuple[str, str]) -> str:
    """Keep a returned assessment's comments and, when its head is still that revision unchanged, mark
    it ``returned``. Never touches answers. The outcome: ``unknown`` (not on this device),
    ``returned`` (marked now), ``commented`` (new comments only: the officer has moved on since),
    ``unchanged`` (all known already).
    """
    head = conn.execute(select(ASSESSMENTS.c.status, ASSESSMENTS.c.revision, ASSESSMENTS.c.content_hash)
                        .where(ASSESSMENTS.c.uuid == uuid).with_for_update()).first()
    if head is None:
        return "unknown"
    known = {(r.revision, r.status, r.comment, r.reviewer, r.at, r.question) for r in thread(conn, uuid)}
    fresh = [c for c in comments if (c.revision, c.status, c.comment, c.reviewer, c.at, c.question) not in known]
    if fresh:
        conn.execute(insert(REVIEWS), [{"uuid": uuid, "revision": c.revision, "status": c.status,
                                        "comment": c.comment, "reviewer": c.reviewer, "at": c.at,
                                        "question": c.question} for c in fresh])
    if head.status == COMPLETE and head.revision == revision and head.content_hash == content_hash:
        conn.execute(update(ASSESSMENTS).where(ASSESSMENTS.c.uuid == uuid).values(status=RETURNED, updated_at=at))
        write_audit(conn, [audit_row("returned", uuid, revision, at, who,
                                     detail=f"returned for follow-up ({len(comments)} comment(s))")])
        return "returned"
    return "commented" if fresh else "unchanged"


def returned_revision(conn: Connection, uuid: str) -> int | None:
    """The revision of ``uuid`` that is returned (head status ``returned``), else None."""
    row = conn.execute(select(ASSESSMENTS.c.status, ASSESSMENTS.c.revision).where(ASSESSMENTS.c.uuid == uuid)).first()
    return int(row.revision) if row is not None and row.status == RETURNED else None


def note_return_answered(conn: Connection, uuid: str, new_revision: int, returned: int, reason: str, at: str,
                         who: tuple[str, str]) -> None:
    """The officer reopened a returned revision: the new revision answers that return (audited)."""
    write_audit(conn, [audit_row("return_answered", uuid, new_revision, at, who, old=returned, detail=reason)])


def reopened_from_return(conn: Connection, uuid: str, revision: int) -> bool:
    """Whether draft ``revision`` was reopened from a returned head (discarding it returns it there)."""
    return conn.execute(select(AUDIT.c.id).where(AUDIT.c.uuid == uuid, AUDIT.c.revision == revision,
                                                 AUDIT.c.event == "return_answered")).first() is not None


def answers_to_returns(conn: Connection, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], tuple[int, str]]:
    """(uuid, revision) -> (returned revision, the officer's reason) for revisions answering a return."""
    found: dict[tuple[str, int], tuple[int, str]] = {}
    uuids = sorted({u for u, _ in keys})
    wanted = set(keys)
    for start in range(0, len(uuids), _CHUNK):
        rows = conn.execute(select(AUDIT.c.uuid, AUDIT.c.revision, AUDIT.c.old_value, AUDIT.c.detail)
                            .where(AUDIT.c.event == "return_answered", AUDIT.c.uuid.in_(uuids[start:start + _CHUNK]))
                            .order_by(AUDIT.c.id))
        for r in rows:
            if (r.uuid, r.revision) in wanted and isinstance(r.old_value, int):
                found[(r.uuid, r.revision)] = (r.old_value, r.detail or "")
    return found


# --- datasets received in packages ---------------------------------------------------------------------

def store_dataset(conn: Connection, name: str, columns: Sequence[str], rows: Sequence[Sequence[str]],
                  source: str, at: str) -> bool:
    """A new version of dataset ``name`` unless the latest has the same content; True when added.

    In the caller's transaction, so an import replaces every list at once or none.
    """
    sha = content_sha256(columns, rows)
    latest = conn.execute(select(DATASET_VERSIONS.c.version, DATASET_VERSIONS.c.sha256)
                          .where(DATASET_VERSIONS.c.name == name)
                          .order_by(DATASET_VERSIONS.c.version.desc()).limit(1)).first()
    if latest is not None and latest.sha256 == sha:
        return False
    version = (int(latest.version) if latest is not None else 0) + 1
    conn.execute(insert(DATASET_VERSIONS).values(name=name, version=version, columns=list(columns),
                                                 row_count=len(rows), sha256=sha, source=source[:300], stored_at=at))
    for start in range(0, len(rows), _BATCH):
        conn.execute(insert(DATASET_ROWS), [{"name": name, "version": version, "position": start + i,
                                             "cells": list(row)} for i, row in enumerate(rows[start:start + _BATCH])])
    return True


def audit_store_event(conn: Connection, detail: str, at: str, who: tuple[str, str]) -> None:
    write_audit(conn, [audit_row("field_package", None, None, at, who, detail=detail)])


# --- the coordinator's list: one state per row ----------------------------------------------------------

def row_states(conn: Connection, uuids: Sequence[str]) -> dict[str, str]:
    """Per assessment, what the coordinator's list shows (``ROW_STATES``), in a few queries.

    ``in_conflict``: an open conflict or fork waits; ``returned``: sent back for follow-up and not
    answered yet; ``resubmitted``: a revision answering a return arrived; ``updated``: a later revision
    arrived (or the head is past revision 1); ``new``: otherwise.
    """
    wanted = list(dict.fromkeys(uuids))
    states = dict.fromkeys(wanted, "new")
    for start in range(0, len(wanted), _CHUNK):
        part = wanted[start:start + _CHUNK]
        heads = {r.uuid: r.revision for r in conn.execute(
            select(ASSESSMENTS.c.uuid, ASSESSMENTS.c.revision).where(ASSESSMENTS.c.uuid.in_(part)))}
        updated = set(conn.execute(select(SYNC_RECEIVED.c.uuid).where(
            SYNC_RECEIVED.c.uuid.in_(part), SYNC_RECEIVED.c.outcome == "updated")).scalars())
        latest: dict[str, Any] = {}
        for r in conn.execute(select(REVIEWS.c.uuid, REVIEWS.c.revision, REVIEWS.c.status)
                              .where(REVIEWS.c.uuid.in_(part)).order_by(REVIEWS.c.id)):
            latest[r.uuid] = r
        conflicted = set(conn.execute(select(SYNC_CONFLICTS.c.uuid).where(
            and_(SYNC_CONFLICTS.c.uuid.in_(part), SYNC_CONFLICTS.c.status == "open"))).scalars())
        for uuid in part:
            review = latest.get(uuid)
            if uuid in conflicted:
                states[uuid] = "in_conflict"
            elif review is not None and review.status == RESUBMITTED:
                states[uuid] = "resubmitted"
            elif review is not None and review.status == FOLLOW_UP:
                states[uuid] = "returned" if heads.get(uuid) == review.revision else "resubmitted"
            elif uuid in updated or heads.get(uuid, 1) > 1:
                states[uuid] = "updated"
    return states
