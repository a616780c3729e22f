"""The forms the store knows: the shipped ones, and every version an assessment was made with.

An assessment keeps the form version it was started with. When it is created, the YAML text of
that version is stored in ``form_definitions``; later, even after ``forms/`` has moved on to a newer
version (or dropped the form), the assessment opens, prints and exports with its own definition.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.engine import Connection

from needsassess.engine.errors import FormLoadError
from needsassess.engine.includes import form_files, self_contained_text
from needsassess.engine.loader import load_form_text
from needsassess.engine.model import Form
from needsassess.errors.store_codes import StoreCode
from needsassess.store.errors import StoreError
from needsassess.store.locking import insert_ignoring_duplicates
from needsassess.store.models import FORM_DEFINITIONS
from needsassess.timefmt import utc_now

ConnectionFactory = Callable[[str], AbstractContextManager[Connection]]


@dataclass(frozen=True)
class _Definition:
    form: Form
    text: str
    sha256: str


_FORM_ID_LINE = re.compile(r"""^form_id:[ \t]*["']?([A-Za-z0-9_.-]+)["']?[ \t]*(?:#.*)?$""", re.MULTILINE)


def _declared_id(text: str) -> str | None:
    """The form id a form file declares on a top-level line of its own, or None when unsure."""
    found = _FORM_ID_LINE.findall(text)
    return found[0] if len(found) == 1 else None


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class FormCatalog:
    """Shipped forms (loaded lazily from ``forms_dir``) plus stored definitions (loaded on demand)."""

    def __init__(self, forms_dir: Path | None, read: ConnectionFactory, user_forms_dir: Path | None = None,
                 installed: Callable[[], dict[str, str]] | None = None) -> None:
        self._forms_dir = forms_dir
        # Forms the person added (``needsassess forms import``): shipped forms win on a clash of ids.
        self._user_forms_dir = user_forms_dir
        self._read = read
        self._shipped: dict[str, _Definition] | None = None
        self._single: dict[str, _Definition] = {}  # forms loaded one by one before a full scan
        self._loaded: set[Path] = set()  # the files parsed (or refused) so far
        self._stored: dict[tuple[str, str], _Definition] = {}
        self.problems: list[str] = []  # shipped files that failed to load, as messages
        # form_id -> version installed by field packages (store/field.py), read when first needed.
        self._read_installed = installed
        self._installed: dict[str, str] | None = None

    def _shipped_forms(self) -> dict[str, _Definition]:
        """Every shipped form (parsing YAML is slow, so this happens once and only when needed)."""
        if self._shipped is None:
            self._shipped = dict(self._single)
            paths = form_files(self._forms_dir) if self._forms_dir else []
            if self._user_forms_dir is not None and self._user_forms_dir.is_dir():
                paths += form_files(self._user_forms_dir)
            for path in paths:
                if path not in self._loaded:
                    self._load_file(path, self._shipped)
        return self._shipped

    def _installed_versions(self) -> dict[str, str]:
        """Versions a coordinator's field package installed (store/field.py): they are the current ones."""
        if self._installed is None:
            self._installed = self._read_installed() if self._read_installed is not None else {}
        return self._installed

    def _installed_form(self, form_id: str) -> Form | None:
        version = self._installed_versions().get(form_id)
        if version is None:
            return None
        try:
            return self.get(form_id, version)
        except StoreError:
            return None

    def reload(self) -> None:
        """Read the form folders again (after a form was imported)."""
        self._installed = None
        self._shipped = None
        self._single.clear()
        self._loaded.clear()
        self.problems.clear()

    def _shipped_form(self, form_id: str) -> _Definition | None:
        """One shipped form, by its file name ``<form_id>.yaml`` when it follows the convention."""
        if self._shipped is not None:
            return self._shipped.get(form_id)
        if form_id not in self._single:
            for folder in (self._forms_dir, self._user_forms_dir):
                path = folder / f"{form_id}.yaml" if folder is not None else None
                if path is not None and path.is_file():
                    self._load_file(path, self._single)
                    break
        if form_id not in self._single:
            self._load_declaring(form_id)
        return self._single.get(form_id)

    def _load_declaring(self, form_id: str) -> None:
        """Load the files that may declare ``form_id`` under another file name.

        Parsing a form costs ~0.1 s, and an import asks for forms that are not shipped at all:
        a file whose top-level ``form_id:`` line names another form is skipped unparsed.
        """
        for folder in (self._forms_dir, self._user_forms_dir):
            if folder is None or not folder.is_dir():
                continue
            for path in form_files(folder):
                try:
                    declared = _declared_id(path.read_text(encoding="utf-8"))
                except (OSError, UnicodeDecodeError):
                    declared = None
                if path not in self._loaded and declared in (None, form_id):
                    self._load_file(path, self._single)
                if form_id in self._single:
                    return

    def _load_file(self, path: Path, into: dict[str, _Definition]) -> None:
        self._loaded.add(path)
        try:
            # Stored and hashed with its shared blocks written in (engine/includes.py).
            text = self_contained_text(path.read_text(encoding="utf-8"), path)
            form = load_form_text(text, str(path))
        except (OSError, UnicodeDecodeError, FormLoadError) as err:
            self.problems.append(f"{path}: {err}")
            return
        into.setdefault(form.form_id, _Definition(form, text, _sha(text)))

    def all_latest(self) -> list[Form]:
        """The shipped forms (or the versions a field package installed), sorted by form_id."""
        forms = {form_id: d.form for form_id, d in self._shipped_forms().items()}
        for form_id in self._installed_versions():
            installed = self._installed_form(form_id)
            if installed is not None:
                forms[form_id] = installed
        return [form for _, form in sorted(forms.items())]

    def latest(self, form_id: str) -> Form:
        installed = self._installed_form(form_id)
        if installed is not None:
            return installed
        found = self._shipped_form(form_id)
        if found is None:
            known = ", ".join(sorted(self._shipped_forms())) or "none"
            raise StoreError(StoreCode.FORM_UNKNOWN, kind="not_found", form_id=form_id, known=known)
        return found.form

    def get(self, form_id: str, version: str) -> Form:
        """The form exactly as used by assessments of that version."""
        return self._definition(form_id, version).form

    def definition_text(self, form_id: str, version: str) -> str:
        """The YAML text of a version (for packages)."""
        return self._definition(form_id, version).text

    def _definition(self, form_id: str, version: str) -> _Definition:
        key = (form_id, version)
        if key in self._stored:
            return self._stored[key]
        with self._read("read a form definition") as conn:
            row = conn.execute(
                select(FORM_DEFINITIONS.c.yaml_text, FORM_DEFINITIONS.c.sha256).where(
                    FORM_DEFINITIONS.c.form_id == form_id, FORM_DEFINITIONS.c.version == version
                )
            ).first()
        shipped = self._shipped_form(form_id)
        if row is None:
            if shipped is not None and shipped.form.version == version:
                return shipped
            raise StoreError(StoreCode.FORM_VERSION_MISSING, kind="not_found", form_id=form_id, version=version)
        if shipped is not None and shipped.sha256 == row.sha256:
            definition = shipped
        else:
            definition = _Definition(self._load_stored(row.yaml_text, form_id, version), row.yaml_text, row.sha256)
        self._stored[key] = definition
        return definition

    @staticmethod
    def _load_stored(text: str, form_id: str, version: str) -> Form:
        try:
            return load_form_text(text, f"<stored form {form_id} {version}>")
        except FormLoadError as err:
            raise StoreError(
                StoreCode.FORM_STORED_UNREADABLE, kind="corrupt", form_id=form_id, version=version, detail=err
            ) from err

    def remember(self, conn: Connection, form: Form) -> None:
        """Store the definition of ``form`` (in the caller's transaction) unless already stored.

        A shipped file whose text changed without a new ``version`` is refused: assessments already
        made with that version would otherwise silently change meaning.
        """
        shipped = self._shipped_form(form.form_id)
        if shipped is None or shipped.form is not form:
            return  # a stored definition: already in the table
        row = conn.execute(
            select(FORM_DEFINITIONS.c.sha256).where(
                FORM_DEFINITIONS.c.form_id == form.form_id, FORM_DEFINITIONS.c.version == form.version
            )
        ).first()
        if row is None:
            # Ignoring a duplicate: another writer on a hub may store the same version meanwhile.
            row_values = {"form_id": form.form_id, "version": form.version, "yaml_text": shipped.text}
            insert_ignoring_duplicates(
                conn, FORM_DEFINITIONS, [{**row_values, "sha256": shipped.sha256, "stored_at": utc_now()}]
            )
        elif row.sha256 != shipped.sha256:
            raise StoreError(
                StoreCode.FORM_CHANGED_SAME_VERSION, kind="refused", form_id=form.form_id, version=form.version
            )

    def add_text(self, conn: Connection, text: str, source: str) -> Form:
        """Store a definition received in a package (in the caller's transaction); returns it loaded."""
        form = load_form_text(text, source)
        sha = _sha(text)
        row = conn.execute(
            select(FORM_DEFINITIONS.c.sha256).where(
                FORM_DEFINITIONS.c.form_id == form.form_id, FORM_DEFINITIONS.c.version == form.version
            )
        ).first()
        if row is None:
            row_values = {"form_id": form.form_id, "version": form.version, "yaml_text": text}
            insert_ignoring_duplicates(conn, FORM_DEFINITIONS, [{**row_values, "sha256": sha, "stored_at": utc_now()}])
        return form
