"""The forms and photos of a package being imported, taken in as the reader streams them.

A package puts each form definition and photo before the first document that needs it
(docs/packages.md, Order), so the importer meets them first: a form the store lacks is parsed and
stored (in the import's transaction), a photo is copied into the staging folder with its sha256
checked against its name and its row written. Documents then ask here for their form's checker
and whether each of their photos is at hand.
"""

from __future__ import annotations

from pathlib import Path

from needsassess.engine import FormLoadError, load_form_text
from needsassess.errors.sync_codes import SyncCode
from needsassess.fileio import durable_file
from needsassess.store import AssessmentStore, StoreError, Transaction
from needsassess.store.attachments import sniff_media_type
from needsassess.store.records import AttachmentInfo
from needsassess.store.staging import note_placing
from needsassess.sync.documents import AnswerChecker
from needsassess.sync.errors import PackageRefused
from needsassess.sync.reader import Member, PackageReader


class IncomingForms:
    """Checkers by (form_id, version): from the package's own definitions, else the store's."""

    def __init__(self, store: AssessmentStore, conn: Transaction) -> None:
        self.store, self.conn = store, conn
        self._checkers: dict[tuple[str, str], AnswerChecker | None] = {}

    def take(self, reader: PackageReader, member: Member) -> None:
        """Read a form member; parse and store it when the store does not know that version."""
        data = reader.read(member)
        form_id, _, version = member.name[len("forms/") : -len(".yaml")].partition("-")
        key = (form_id, version)
        if self._known(key) is not None:
            return
        try:
            text = data.decode("utf-8")
            form = load_form_text(text, member.name)
        except (UnicodeDecodeError, FormLoadError) as err:
            raise PackageRefused(SyncCode.FORM_INVALID, member.name, detail=err) from None
        if (form.form_id, form.version) != key:
            raise PackageRefused(SyncCode.FORM_NAME_MISMATCH, member.name)
        self.store.forms.add_text(self.conn, text, member.name)
        self._checkers[key] = AnswerChecker(form)

    def _known(self, key: tuple[str, str]) -> AnswerChecker | None:
        if key not in self._checkers:
            try:
                self._checkers[key] = AnswerChecker(self.store.forms.get(*key))
            except StoreError as err:
                if getattr(err, "kind", None) != "not_found":
                    raise
                self._checkers[key] = None
        return self._checkers[key]

    def checker(self, form_id: str, version: str) -> AnswerChecker | None:
        """The checker for documents of that version, or None when it is nowhere to be had."""
        return self._known((form_id, version))


class IncomingPhotos:
    """Photos staged from the package (sha256 → staged file), each checked against its name."""

    def __init__(self, store: AssessmentStore, conn: Transaction, staging: Path) -> None:
        self.store, self.conn, self.staging = store, conn, staging
        self.staged: dict[str, Path] = {}  # photos the store lacks: moved into place at commit
        self._in_package: set[str] = set()

    def take(self, reader: PackageReader, member: Member) -> None:
        sha = member.name.rsplit("/", 1)[1]
        target = self.staging / sha
        with durable_file(target) as out:
            digest = reader.copy_to(member, out)
        if digest != sha:
            raise PackageRefused(SyncCode.PHOTO_CHECKSUM, member.name)
        with target.open("rb") as staged_file:
            media = sniff_media_type(staged_file.read(16)) or "application/octet-stream"
        self._in_package.add(sha)
        info = AttachmentInfo(sha, media, member.size)
        if self.store.has_attachment(sha):
            target.unlink()
            self.store.insert_attachment_rows(self.conn, [info])
            return
        # The row (and on a hub keeping photos in the database, the bytes) before any link to it.
        self.store.insert_attachment_rows(self.conn, [info], {sha: target})
        self.staged[sha] = target

    def known(self, sha: str) -> bool:
        return sha in self._in_package or self.store.has_attachment(sha)

    def place(self) -> None:
        """Move the staged photos into the store (just before the import commits).

        Their list is noted first, so that if this process is killed before the commit the next
        start removes the photos that no row points to (``store.staging``).
        """
        note_placing(self.staging, self.staged)
        for sha, path in self.staged.items():
            if path.exists():
                self.store.place_attachment(sha, path)
