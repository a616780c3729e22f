"""``AssessmentStore``: drafts, autosave, finalize, reopen, discard, attachments, audit.

Each public method is one ``BEGIN IMMEDIATE`` transaction that is committed (with
``synchronous=FULL``: on the disk) before the method returns, so whatever the window shows as saved
survives a crash. Environment failures become ``StoreError`` and roll the transaction back.
"""

from __future__ import annotations

import builtins
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, bindparam, delete, insert, select, update
from sqlalchemy.engine import Connection

from needsassess.engine.model import Form
from needsassess.errors.store_codes import Action, StoreCode
from needsassess.store import queries
from needsassess.store.attachments import AttachmentFiles, insert_rows, rows_present
from needsassess.store.audit import audit_row, read_audit, write_audit
from needsassess.store.catalog import FormCatalog
from needsassess.store.connection import read_connection
from needsassess.store.documents import image_hashes, photo_changing_names
from needsassess.store.errors import FinalizeRefused, StoreError, environment_error, environment_errors
from needsassess.store.field import (
    installed_forms,
    note_return_answered,
    reopened_from_return,
    returned_revision,
)
from needsassess.store.flag_rows import mark_stale
from needsassess.store.hashing import content_hash
from needsassess.store.links import set_links
from needsassess.store.locking import run_retrying
from needsassess.store.markers import SessionMarker
from needsassess.store.models import ASSESSMENTS, AUDIT, LINKS, REVISIONS
from needsassess.store.paradata import ParadataEvent, append_events, read_events
from needsassess.store.records import (
    COMPLETE,
    DISCARDED,
    DRAFT,
    RETURNED,
    AssessmentRecord,
    AssessmentSummary,
    AttachmentInfo,
    AuditEntry,
    ChangeLike,
    ListQuery,
    ReviewRecord,
    SessionLike,
    list_site,
    list_title,
)
from needsassess.store.reviews import add_review, read_reviews
from needsassess.store.settings import StoreSettings
from needsassess.timefmt import utc_now

_A = ASSESSMENTS.c
# Built once: a statement object reused keeps its compiled form and cache key (autosave is hot).
_SAVE_DRAFT = (
    update(ASSESSMENTS)
    .where(_A.uuid == bindparam("u"))
    .values(
        answers=bindparam("answers", type_=_A.answers.type),
        title=bindparam("title"),
        title_lc=bindparam("title_lc"),
        site=bindparam("site"),
        updated_at=bindparam("updated_at"),
    )
)
_INSERT_AUDIT = insert(AUDIT)
_T = TypeVar("_T")
RETRY_ATTEMPTS = 12


class AssessmentStore:
    """The assessments of one data folder. Build it with ``open_store``; close it when done."""

    def __init__(
        self,
        data_dir: Path,
        engine: Engine,
        forms_dir: Path | None,
        device_id: str,
        marker: SessionMarker,
        files: AttachmentFiles,
        location: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.engine = engine
        # Where the data is, as error messages name it: the data folder, or the hub's URL without
        # its password.
        self.location = location or str(data_dir)
        self.files = files
        self.device_id = device_id
        self._marker = marker
        self.write_refusal: tuple[str, str] | None = None  # see ``refuse_writes``
        self.forms = FormCatalog(forms_dir, self.read, user_forms_dir=data_dir / "forms",
                                 installed=self._installed_forms)
        self.settings = StoreSettings(self.read, self.write, device_id)

    # -- transactions ------------------------------------------------------------------------
    def refuse_writes(self, kind: str, detail: str) -> None:
        """From now on, refuse every write at once, for ``kind``: ``read_only`` or ``disk_full`` (the
        database could only be opened for reading) or ``damaged`` (a check found damaged pages)."""
        self.write_refusal = (kind, detail)

    def check_writable(self, action: str) -> None:
        """Raise the refusal set by ``refuse_writes``, naming ``action``; nothing when writes are allowed."""
        if self.write_refusal is None:
            return
        kind, detail = self.write_refusal
        if kind == "damaged":
            raise StoreError(StoreCode.DAMAGED_NO_WRITES, kind="corrupt", where=self.location,
                             action=Action(action), detail=detail)
        raise environment_error(kind, self.location, action, detail)

    def check_database(self) -> builtins.list[str]:
        """Every page and index read and checked (``store.damage.full_check``); [] when sound.

        Damage found makes the store refuse writes from now on. A hub (PostgreSQL) checks its own
        pages: [] there.
        """
        if self.dialect != "sqlite":
            return []
        from needsassess.store.damage import database_file, forget_damage, full_check, note_damage

        with environment_errors(self.location, "check the database"):
            found = full_check(self.engine)
        if found:
            self.refuse_writes("damaged", "; ".join(found[:3]))
            note_damage(database_file(self.engine), found)
        else:
            forget_damage(database_file(self.engine))
            if self.write_refusal is not None and self.write_refusal[0] == "damaged":
                self.write_refusal = None  # an earlier note, proved wrong by reading every page
        return found

    @contextmanager
    def write(self, action: str) -> Iterator[Connection]:
        """One IMMEDIATE transaction, committed on exit; environment failures become StoreError."""
        self.check_writable(action)
        with environment_errors(self.location, action), self.engine.begin() as conn:
            yield conn

    def write_retrying(self, action: str, work: Callable[[Connection], _T], attempts: int = RETRY_ATTEMPTS) -> _T:
        """``work(conn)`` in one write transaction, run again after a serialization failure or deadlock.

        Only PostgreSQL reports those (``store.locking``); ``work`` must have no effect outside the
        transaction that a second run would repeat wrongly. After the last attempt the failure is
        raised as a ``StoreError`` (kind ``contention``).
        """
        return run_retrying(self.write, action, work, attempts)

    @property
    def dialect(self) -> str:
        """``sqlite`` (a data folder) or ``postgresql`` (a coordinators' hub)."""
        return self.engine.dialect.name

    @contextmanager
    def read(self, action: str) -> Iterator[Connection]:
        with environment_errors(self.location, action), read_connection(self.engine) as conn:
            yield conn

    def _who(self) -> tuple[str, str]:
        return self.settings.officer_name, self.device_id

    def close(self) -> None:
        self.engine.dispose()
        self._marker.close()

    def __enter__(self) -> AssessmentStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- lifecycle ---------------------------------------------------------------------------
    def create(self, form_id: str, session: SessionLike | None = None) -> AssessmentRecord:
        """A new draft (revision 1) of the latest shipped version of ``form_id``."""
        form = self.forms.latest(form_id)
        document = session.document() if session is not None else {}
        new_uuid = str(uuidlib.uuid4())
        who, now = self._who(), utc_now()
        title, site = (list_title(session), list_site(session)) if session is not None else ("", "")
        with self.write("create the assessment") as conn:
            self.forms.remember(conn, form)
            conn.execute(
                insert(ASSESSMENTS).values(
                    uuid=new_uuid,
                    form_id=form.form_id,
                    form_version=form.version,
                    status=DRAFT,
                    revision=1,
                    answers=document,
                    content_hash=None,
                    parent_hash=None,
                    title=title,
                    title_lc=title.lower(),
                    site=site,
                    officer=who[0],
                    created_at=now,
                    updated_at=now,
                    finalized_at=None,
                    origin_device=self.device_id,
                )
            )
            set_links(conn, new_uuid, 1, image_hashes(form, document))
            write_audit(conn, [audit_row("created", new_uuid, 1, now, who)])
            return queries.head_record(conn, new_uuid)

    def save_draft(
        self, uuid: str, session: SessionLike, change: ChangeLike | None = None,
        paradata: Sequence[ParadataEvent] = (),
    ) -> None:
        """Write the whole draft document (and audit ``change``); durable when this returns.

        ``paradata``: the window's buffered events, appended to the draft revision's log in the same
        transaction (store/paradata.py).
        """
        document, now = session.document(), utc_now()
        title = list_title(session)
        with self.write("save the answer") as conn:
            head = self._head_in(conn, uuid, DRAFT, "save answers to")
            conn.execute(
                _SAVE_DRAFT,
                {
                    "u": uuid,
                    "answers": document,
                    "title": title,
                    "title_lc": title.lower(),
                    "site": list_site(session),
                    "updated_at": now,
                },
            )
            form = self.forms.get(head.form_id, head.form_version)
            # Only a photo answer can change the links; skipping the check keeps autosave quick.
            if change is None or change.name in photo_changing_names(form):
                set_links(conn, uuid, head.revision, image_hashes(form, document))
            if change is not None:
                row = audit_row(
                    "answer_changed",
                    uuid,
                    head.revision,
                    now,
                    self._who(),
                    question=change.name,
                    instance=change.instance,
                    old=change.old,
                    new=change.new,
                )
                conn.execute(_INSERT_AUDIT, row)
            append_events(conn, uuid, head.revision, paradata)

    def record_paradata(self, uuid: str, events: Sequence[ParadataEvent]) -> None:
        """Append ``events`` to the log of ``uuid``'s current revision (append-only: docs/storage.md)."""
        if not events:
            return
        with self.write("record the paradata") as conn:
            head = queries.head_row(conn, uuid, with_answers=False)
            append_events(conn, uuid, head.revision, events)

    def paradata(self, uuid: str, revision: int | None = None) -> builtins.list[ParadataEvent]:
        """The paradata events of ``uuid`` (one revision's, or every revision's), in order."""
        with self.read("read the paradata") as conn:
            return read_events(conn, uuid, revision)

    def finalize(
        self, uuid: str, session: SessionLike, paradata: Sequence[ParadataEvent] = ()
    ) -> AssessmentRecord:
        """Store the final document as an immutable revision; refused while problems remain."""
        problems = list(session.problems())
        if problems:
            raise FinalizeRefused(StoreCode.FINALIZE_REFUSED, [(p.name, self.problem_text(p)) for p in problems])
        final, now, who = session.final_document(), utc_now(), self._who()
        title = list_title(session)
        with self.write("finalize the assessment") as conn:
            head = self._head_in(conn, uuid, DRAFT, "finalize")
            form = self.forms.get(head.form_id, head.form_version)
            hashes = image_hashes(form, final)
            digest = content_hash(final, hashes)
            conn.execute(
                insert(REVISIONS).values(
                    uuid=uuid,
                    revision=head.revision,
                    form_id=head.form_id,
                    form_version=head.form_version,
                    document=final,
                    content_hash=digest,
                    parent_hash=head.parent_hash,
                    title=title,
                    site=list_site(session),
                    officer=who[0] or head.officer,
                    finalized_at=now,
                    device=self.device_id,
                )
            )
            conn.execute(
                update(ASSESSMENTS)
                .where(_A.uuid == uuid)
                .values(
                    status=COMPLETE,
                    answers=None,  # the revision's document, just stored
                    content_hash=digest,
                    title=title,
                    title_lc=title.lower(),
                    site=list_site(session),
                    updated_at=now,
                    finalized_at=now,
                )
            )
            set_links(conn, uuid, head.revision, hashes)
            write_audit(conn, [audit_row("finalized", uuid, head.revision, now, who, detail=digest)])
            append_events(conn, uuid, head.revision, paradata)
            mark_stale(conn)  # a revision arrived: the stored quality flags are recomputed when next read
            return queries.head_record(conn, uuid)

    def reopen(self, uuid: str, reason: str) -> AssessmentRecord:
        """A new draft revision from the finalized one, which stays in history unchanged."""
        if not reason.strip():
            raise StoreError(StoreCode.REOPEN_REASON)
        now = utc_now()
        with self.write("reopen the assessment") as conn:
            returned = returned_revision(conn, uuid)  # sent back by the coordinator (field packages)
            head = queries.head_row(conn, uuid, with_answers=False, for_update=True) if returned else \
                self._head_in(conn, uuid, COMPLETE, "reopen")
            document = queries.head_row(conn, uuid).answers  # the draft gets its own copy
            new_revision = head.revision + 1
            conn.execute(
                update(ASSESSMENTS)
                .where(_A.uuid == uuid)
                .values(
                    status=DRAFT,
                    revision=new_revision,
                    answers=document,
                    content_hash=None,
                    parent_hash=head.content_hash,
                    updated_at=now,
                    finalized_at=None,
                )
            )
            old_links = [a.sha256 for a in queries.attachments_of(conn, uuid, head.revision)]
            set_links(conn, uuid, new_revision, frozenset(old_links))
            write_audit(conn, [audit_row("reopened", uuid, new_revision, now, self._who(), detail=reason.strip())])
            if returned is not None:
                note_return_answered(conn, uuid, new_revision, returned, reason.strip(), now, self._who())
            return queries.head_record(conn, uuid)

    def discard(self, uuid: str) -> AssessmentSummary:
        """Drop a draft: a first draft becomes ``discarded``; a reopened one returns to its last revision."""
        now = utc_now()
        with self.write("discard the draft") as conn:
            head = self._head_in(conn, uuid, DRAFT, "discard")
            previous = conn.execute(
                select(REVISIONS).where(REVISIONS.c.uuid == uuid, REVISIONS.c.revision == head.revision - 1)
            ).first()
            if previous is None:
                conn.execute(update(ASSESSMENTS).where(_A.uuid == uuid).values(status=DISCARDED, updated_at=now))
                detail = "draft discarded"
            else:
                conn.execute(delete(LINKS).where(LINKS.c.uuid == uuid, LINKS.c.revision == head.revision))
                conn.execute(
                    update(ASSESSMENTS)
                    .where(_A.uuid == uuid)
                    .values(
                        status=RETURNED if reopened_from_return(conn, uuid, head.revision) else COMPLETE,
                        revision=previous.revision,
                        answers=None,  # the restored revision's document
                        content_hash=previous.content_hash,
                        parent_hash=previous.parent_hash,
                        title=previous.title,
                        title_lc=previous.title.lower(),
                        site=previous.site,
                        updated_at=now,
                        finalized_at=previous.finalized_at,
                    )
                )
                detail = f"reopened draft {head.revision} discarded; revision {previous.revision} restored"
            write_audit(conn, [audit_row("discarded", uuid, head.revision, now, self._who(), detail=detail)])
            return queries.summary_from_row(queries.head_row(conn, uuid))

    def _head_in(self, conn: Connection, uuid: str, status: str, verb: str) -> Any:
        head = queries.head_row(conn, uuid, with_answers=False, for_update=True)
        if head.status != status:
            raise StoreError(
                StoreCode.WRONG_STATE_COMPLETE if head.status == COMPLETE else StoreCode.WRONG_STATE,
                kind="state",
                action=Action(verb),
                uuid=uuid,
                status=head.status,
                wanted=status,
            )
        return head

    def problem_text(self, problem: Any) -> str:
        """A session problem's message in the interface language."""
        message = getattr(problem, "message", "")
        if hasattr(message, "get"):
            return str(message.get(self.settings.interface_language))
        return str(message)

    def create_many(
        self,
        form_id: str,
        sessions: Sequence[SessionLike],
        *,
        complete: bool = False,
        attachments: Sequence[AttachmentInfo] = (),
    ) -> builtins.list[str]:
        """One assessment per session in one transaction (all or nothing); see ``bulk.create_many``."""
        from needsassess.store.bulk import create_many

        return create_many(self, form_id, sessions, complete=complete, attachments=attachments)

    # -- attachments -------------------------------------------------------------------------
    def add_attachment(self, path: Path) -> str:
        """Copy a photo in (file first, then its row); returns its sha256."""
        self.check_writable("store the photo")
        info, _created = self.files.store_path(Path(path))
        with self.write("store the photo") as conn:
            self.insert_attachment_rows(conn, [info])
        return info.sha256

    def add_attachment_bytes(self, data: bytes, label: str = "photo") -> str:
        self.check_writable("store the photo")
        info, _created = self.files.store_bytes(data, label)
        with self.write("store the photo") as conn:
            self.insert_attachment_rows(conn, [info])
        return info.sha256

    def attachment_path(self, sha256: str) -> Path:
        """A file holding the photo (on a hub keeping photos in the database: a cached copy)."""
        return self.files.path(sha256)

    def has_attachment(self, sha256: str) -> bool:
        """Whether the photo's content is already stored (file, or bytes in the database)."""
        return self.files.has(sha256)

    def attachments_present(self, hashes: Iterable[str]) -> set[str]:
        """Which of ``hashes`` are photos the database has a row for (committed)."""
        with self.read("check the photos") as conn:
            return rows_present(conn, hashes)

    @property
    def session_name(self) -> str:
        """This session's marker name; it names the staging folders the next start may sweep."""
        return self._marker.name

    @contextmanager
    def staging(self) -> Iterator[Path]:
        """A folder in the data folder's private area for an import's files, removed afterwards.

        Named after this session, so that the next start removes it if this process is killed
        (``store.staging``).
        """
        from needsassess.store.staging import make_staging_folder, remove_staging_folder

        with environment_errors(self.data_dir, "import the package"):
            folder = make_staging_folder(self.data_dir, self._marker.name)
        try:
            yield folder
        finally:
            remove_staging_folder(folder)

    def place_attachment(self, sha256: str, staged: Path) -> None:
        """Move a checked file named elsewhere (an import's staging) to where the store keeps it."""
        self.files.place(sha256, staged)

    def insert_attachment_rows(
        self, conn: Connection, infos: Sequence[AttachmentInfo], sources: Mapping[str, Path] | None = None
    ) -> None:
        """The rows (and on a hub the bytes) of photos, in the caller's transaction; present ones skipped.

        ``sources`` gives files for photos not yet where ``attachment_path`` looks (an import's staging).
        """
        insert_rows(conn, self.files, infos, sources or {})

    # -- reading -----------------------------------------------------------------------------
    def get(self, uuid: str) -> AssessmentRecord:
        with self.read("read the assessment") as conn:
            return queries.head_record(conn, uuid)

    def revisions(self, uuid: str) -> builtins.list[AssessmentRecord]:
        with self.read("read the assessment's history") as conn:
            return queries.revision_records(conn, uuid)

    def list(self, query: ListQuery | None = None) -> builtins.list[AssessmentSummary]:
        with self.read("list the assessments") as conn:
            return queries.list_summaries(conn, query or ListQuery())

    def records(self, query: ListQuery | None = None, page_size: int = 500) -> Iterator[AssessmentRecord]:
        """Every head of the selection with its answers and photos, oldest update first, a page at a time.

        For reading many (summaries, exports): one read transaction and two queries per page, instead
        of ``get`` per row. ``query``'s order, offset and limit are ignored.
        """
        query = query or ListQuery()
        after: tuple[str, str] | None = None
        while True:
            with self.read("read the assessments") as conn:
                page = queries.record_page(conn, query, after, page_size)
            yield from page
            if len(page) < page_size:
                return
            after = (page[-1].updated_at, page[-1].uuid)

    def count(self, query: ListQuery | None = None) -> int:
        with self.read("count the assessments") as conn:
            return queries.count_summaries(conn, query or ListQuery())

    def sites(self) -> builtins.list[str]:
        with self.read("list the sites") as conn:
            return queries.distinct_values(conn, "site")

    def officers(self) -> builtins.list[str]:
        with self.read("list the officers") as conn:
            return queries.distinct_values(conn, "officer")

    def audit(self, uuid: str | None) -> builtins.list[AuditEntry]:
        """The events of one assessment (or, with None, those of the store itself), oldest first."""
        with self.read("read the history") as conn:
            return read_audit(conn, uuid)

    def form_of(self, record: AssessmentSummary) -> Form:
        return self.forms.get(record.form_id, record.form_version)

    # -- sessions, review, events ------------------------------------------------------------
    def open_session(self, uuid: str) -> Any:
        """The head revision's answers in a ``FormSession`` of the form version it was made with."""
        from needsassess.engine import FormSession, SessionContext

        record = self.get(uuid)
        from needsassess.store.datasets import datasets_for

        context = SessionContext(officer=record.officer or self.settings.officer_name, device_id=self.device_id,
                                 datasets=datasets_for(self))
        return FormSession(self.form_of(record), answers=dict(record.answers), context=context)

    def record_event(
        self, uuid: str | None, event: str, detail: str | None = None, conn: Connection | None = None
    ) -> None:
        """Audit ``exported`` / ``imported`` (and the like); in ``conn``'s transaction when given."""
        if conn is not None:
            revision = None if uuid is None else queries.head_row(conn, uuid).revision
            write_audit(conn, [audit_row(event, uuid, revision, utc_now(), self._who(), detail=detail)])
            return
        with self.write("record the event") as own:
            self.record_event(uuid, event, detail, own)

    def _installed_forms(self) -> dict[str, str]:
        with self.read("read the field package state") as conn:
            return installed_forms(conn)

    def review(self, uuid: str, status: str, comment: str = "", reviewer: str | None = None,
               question: str | None = None) -> ReviewRecord:
        """A coordinator's review of the head revision, stored apart from the answers."""
        reviewer = self.settings.officer_name if reviewer is None else reviewer
        with self.write("save the review") as conn:
            return add_review(conn, uuid, status, comment, reviewer, utc_now(), self._who(), question)

    def reviews(self, uuid: str) -> builtins.list[ReviewRecord]:
        with self.read("read the reviews") as conn:
            return read_reviews(conn, uuid)

    def unclean_drafts(self) -> builtins.list[AssessmentSummary]:
        """Drafts edited during a session that ended without closing (crash, kill, power cut).

        Empty after a clean exit. The window offers these to resume; ``forget_unclean`` clears them.
        """
        since = self._marker.dead_since
        if since is None:
            return []
        with self.read("list the interrupted drafts") as conn:
            stmt = select(*queries.SUMMARY_COLUMNS).where(_A.status == DRAFT, _A.updated_at >= since)
            rows = conn.execute(stmt.order_by(_A.updated_at.desc())).all()
            return [queries.summary_from_row(r) for r in rows]

    def forget_unclean(self) -> None:
        self._marker.forget_dead()
