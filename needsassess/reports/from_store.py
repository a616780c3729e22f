"""Report input from the store: the adapters the command line and the window share.

The builders read :class:`ReportSubject` and :class:`SummaryItem`; this turns store records into them
(with a ``FormSession`` for skip logic and required marks), and pages through a selection so that a
summary over tens of thousands of assessments never holds them all at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from needsassess.engine import Form, FormSession, SessionContext
from needsassess.errors import UserError
from needsassess.reports.subject import PaperName, ReportSubject, SummaryItem, paper_name
from needsassess.reports.wording import LANGUAGES
from needsassess.store import AssessmentStore, ListQuery


def photo_lookup(store: AssessmentStore) -> Callable[[str], Path | None]:
    def find(sha256: str) -> Path | None:
        try:
            path = store.attachment_path(sha256)
        except (UserError, ValueError, OSError):  # a malformed hash: the report says the photo is missing
            return None
        return path if path.is_file() else None

    return find


def subject_from_store(store: AssessmentStore, uuid: str) -> ReportSubject:
    """The head revision of ``uuid`` ready to print (StoreError if there is no such assessment)."""
    record = store.get(uuid)
    form = store.forms.get(record.form_id, record.form_version)
    answers = dict(record.answers)
    from needsassess.store.datasets import datasets_for

    datasets = datasets_for(store)
    session = FormSession(form, answers=answers, context=SessionContext(datasets=datasets))
    return ReportSubject(
        form=form,
        answers=answers,
        uuid=record.uuid,
        revision=record.revision,
        status=record.status,
        content_hash=record.content_hash or "",
        officer=record.officer,
        created_at=record.created_at,
        updated_at=record.updated_at,
        finalized_at=record.finalized_at,
        photo_path=photo_lookup(store),
        relevance=session,
        datasets=datasets,
    )


def summary_items(
    store: AssessmentStore,
    form_id: str | None = None,
    site: str | None = None,
    status: str | None = "complete",
) -> Iterator[SummaryItem]:
    """Every assessment of the selection, read in pages with their answers (no query per row)."""
    for record in store.records(ListQuery(form_id=form_id, site=site, status=status)):
        yield SummaryItem(
            uuid=record.uuid,
            form_id=record.form_id,
            form_version=record.form_version,
            status=record.status,
            revision=record.revision,
            site=record.site,
            answers=record.answers,
            updated_at=record.updated_at,
        )


def form_lookup(store: AssessmentStore) -> Callable[[str, str], Form | None]:
    def find(form_id: str, version: str) -> Form | None:
        try:
            return store.forms.get(form_id, version)
        except (UserError, KeyError):  # an unknown version: the summary counts it without its figures
            return None

    return find


def default_language(store: AssessmentStore) -> str:
    lang = str(store.settings.form_language or "en")
    return lang if lang in LANGUAGES else "en"


def default_paper(store: AssessmentStore) -> PaperName:
    return paper_name(store.settings.paper_size)
