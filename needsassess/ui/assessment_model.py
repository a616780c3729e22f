"""The list of assessments as a Qt table model that reads the store one page at a time.

Only the row count is asked up front; rows are fetched in pages of ``page_size`` when the view
first paints them, and a bounded cache keeps recent pages. So a store with 50,000 assessments opens
as fast as one with ten, and scrolling costs one indexed query per page. Filtering and sorting are
done by the store's query (``ListQuery``), never in Python; the coordinator's "imported" filters
too (``ListQuery.received``). The Review column is read once per page (``sync.review.review_states``),
when a review cell of that page is first painted, and forgotten with the page.

The Review column is the coordinator's to-do: a row that needs a look shows its state (new,
updated, resubmitted, returned, in conflict; ``store.row_states``) with a coloured mark, read with the review states;
any other row shows its review (approved, needs follow-up...). ``ROW_STATES`` holds how each state
looks and reads: adding a state is one entry there and one rule in ``store.row_states``.

Form titles come from parsing the form definitions, which is slow; until the page calls
``set_forms_ready`` the form column shows the form id written as words, so the first paint of the
list never waits for YAML.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from needsassess.store import (
    COMPLETE,
    DISCARDED,
    DRAFT,
    AssessmentStore,
    AssessmentSummary,
    ListQuery,
    StoreError,
)
from needsassess.store.records import RETURNED, ReceivedFilter
from needsassess.ui.i18n import current_language, error_text, shown_time, shown_title
from needsassess.ui.quality_flags import FlagMap, reasons, short_names

if TYPE_CHECKING:
    from needsassess.analysis.quality import Flag

log = logging.getLogger(__name__)

ModelIndex = QModelIndex | QPersistentModelIndex

# Column order of the table, and the store column each one sorts by.
COLUMNS = ("title", "form", "site", "officer", "status", "updated", "review", "flags")
SORT_KEYS = ("title", "form_id", "site", "officer", "status", "updated_at", None, None)
REVIEW_COLUMN = COLUMNS.index("review")
FLAGS_COLUMN = COLUMNS.index("flags")  # data-quality flags (``ui.quality_flags``), once computed
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # "new", "updated", "conflict"... or ""
REVIEW_STATE_ROLE = Qt.ItemDataRole.UserRole + 4
FLAG_NAMES_ROLE = Qt.ItemDataRole.UserRole + 5  # the flags' stable names (["missing_photo", ...])


def row_state_text(text: str) -> str:
    """A ``RowStateLook`` text in the interface language."""
    return QCoreApplication.translate("RowState", text)


@dataclass(frozen=True)
class RowStateLook:
    """How one coordinator's row state reads and looks (texts are English sources of "RowState")."""

    label: str  # in the Review column
    explanation: str  # its tooltip: what happened and what to do
    filter_text: str  # in the state filter
    colour: str  # the mark before the label and the tint of the cell

    def icon(self) -> QIcon:
        pixmap = QPixmap(12, 12)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.colour))
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        return QIcon(pixmap)

    def tint(self) -> QBrush:
        colour = QColor(self.colour)
        colour.setAlpha(38)
        return QBrush(colour)


# By the order the filter offers them; store.row_states.RULES decides which one a row is in.
ROW_STATES: dict[str, RowStateLook] = {
    "conflict": RowStateLook("In conflict", "Two versions disagree: compare them in Conflicts… and choose one.",
                             "In conflict", "#c62828"),
    "resubmitted": RowStateLook("Resubmitted", "The officer sent a fix for the follow-up you asked for: review it "
                                "(the thread shows their reason).", "Resubmitted after a return", "#2e7d32"),
    "updated": RowStateLook("Updated", "A later version arrived after your last review: review it again.",
                            "Updated since review", "#b26a00"),
    "returned": RowStateLook("Returned", "You asked for a follow-up: send it with Coordinator → Send to "
                             "officers…; the officer's fix will come back in a package.", "Returned, waiting for the "
                             "officer", "#6a1b9a"),
    "new": RowStateLook("New", "Received in an import and not reviewed yet.", "New, not reviewed",
                        "#1565c0"),
}

# An officer's row returned by the coordinator (status "returned"): its mark in the Status column.
RETURNED_LOOK = RowStateLook("Returned", "", "Returned", "#6a1b9a")


@dataclass(frozen=True)
class ListFilter:
    """What the officer filtered the list by; empty means everything (but discarded drafts)."""

    text: str = ""
    form_id: str | None = None
    status: str | None = None
    site: str | None = None
    officer: str | None = None
    received: ReceivedFilter | None = None  # only those received in matching imports (coordinator)
    row_state: str | None = None  # only rows in that state (``store.row_states``; "any": any state)
    uuids: frozenset[str] | None = None  # only these (the flag filter: flags are not in the database)


class AssessmentTableModel(QAbstractTableModel):
    """Rows of ``AssessmentSummary`` from ``store.list``, fetched by page on demand."""

    load_failed = Signal(str)  # a StoreError message (the disk or the database failed)
    load_error = Signal(object)  # the same StoreError, for the window to tell each condition once

    def __init__(self, store: AssessmentStore, form_language: str = "en", page_size: int = 200,
                 max_pages: int = 50, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._form_language = form_language
        self._page_size = page_size
        self._max_pages = max_pages
        self._filter = ListFilter()
        self._sort_key = "updated_at"
        self._descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[AssessmentSummary]] = OrderedDict()
        self._form_titles: dict[tuple[str, str], str] = {}
        self._forms_ready = False
        self._reviews: dict[int, dict[str, tuple[str, str]]] = {}  # page -> uuid -> (row state, review)
        self._icons: dict[str, QIcon] = {}
        self._flags: FlagMap = {}
        self._digits = self._stored_digits()
        self._recount()

    # -- what the window changes -------------------------------------------------------------
    @property
    def list_filter(self) -> ListFilter:
        return self._filter

    def set_filter(self, list_filter: ListFilter) -> None:
        if list_filter != self._filter:
            self._filter = list_filter
            self.refresh()

    def set_form_language(self, language: str) -> None:
        self._form_language = language
        self._form_titles.clear()
        self.retranslate()

    def _stored_digits(self) -> str:
        try:
            return self._store.settings.digits
        except StoreError:
            return "devanagari"

    def set_digits(self, digits: str) -> None:
        """The Nepali digits setting changed: titles' dates follow it."""
        if digits != self._digits:
            self._digits = digits
            self.retranslate()

    def title_text(self, record: AssessmentSummary) -> str:
        """The row's title as shown: its date in the interface language's calendar and digits."""
        return shown_title(record.title, self._digits) if record.title else self.tr("(no title yet)")

    def set_forms_ready(self) -> None:
        """The form definitions are loaded: show real titles from now on."""
        self._forms_ready = True
        self._form_titles.clear()
        self.retranslate()

    def set_flags(self, flags: FlagMap) -> None:
        """The data-quality flags (uuid → flags) computed in the background: show them."""
        self._flags = flags
        if self._count:
            self.dataChanged.emit(self.index(0, FLAGS_COLUMN), self.index(self._count - 1, FLAGS_COLUMN))

    def flags_of(self, uuid: str) -> Sequence[Flag]:
        return self._flags.get(uuid, ())

    def refresh(self) -> None:
        """Forget every cached page and count again (after a change or a new filter)."""
        self.beginResetModel()
        self._pages.clear()
        self._reviews.clear()
        self._recount()
        self.endResetModel()

    def retranslate(self) -> None:
        """Texts depend on the language: tell the views to read them again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))

    def query(self, offset: int = 0, limit: int | None = None) -> ListQuery:
        f = self._filter
        return ListQuery(
            form_id=f.form_id or None, status=f.status or None, site=f.site or None,
            officer=f.officer or None, text=f.text.strip() or None, order_by=self._sort_key,
            descending=self._descending, offset=offset, limit=limit, received=f.received,
            row_state=f.row_state, uuids=f.uuids,
        )

    def summary(self, row: int) -> AssessmentSummary | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self._page_size)
        offset = row % self._page_size
        return page[offset] if offset < len(page) else None

    # -- QAbstractTableModel -----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        return None

    def data(self, index: ModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> str | list[str] | QIcon | QBrush | None:
        if not index.isValid() or index.column() >= len(COLUMNS):
            return None
        record = self.summary(index.row())
        if record is None:
            return None
        if index.column() == REVIEW_COLUMN and role != UUID_ROLE and role != STATUS_ROLE:
            return self._review_data(index.row(), record.uuid, role)
        if index.column() == FLAGS_COLUMN and role != UUID_ROLE and role != STATUS_ROLE:
            return self._flags_data(record.uuid, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(record, COLUMNS[index.column()])
        if record.status == RETURNED and COLUMNS[index.column()] == "status":
            badge = self._returned_badge(role)
            if badge is not None:
                return badge
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.title_text(record)}\n{record.uuid}"
        if role == UUID_ROLE:
            return record.uuid
        if role == STATUS_ROLE:
            return record.status
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._sort_key, self._descending):
            self._sort_key, self._descending = key, descending
            self.refresh()

    # -- internals ---------------------------------------------------------------------------
    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Title"), self.tr("Form"), self.tr("Site"), self.tr("Officer"), self.tr("Status"),
                self.tr("Last change"), self.tr("Review"), self.tr("Flags"))

    def _flags_data(self, uuid: str, role: int) -> str | list[str] | None:
        """The Flags cell: short names, and every reason in the tooltip (interface language)."""
        flags = self._flags.get(uuid)
        if not flags:
            return [] if role == FLAG_NAMES_ROLE else None
        if role == FLAG_NAMES_ROLE:
            return list(dict.fromkeys(f.name for f in flags))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return short_names(flags, current_language())
        if role == Qt.ItemDataRole.ToolTipRole:
            return reasons(flags, current_language())
        return None

    def _review_data(self, row: int, uuid: str, role: int) -> str | QIcon | QBrush | None:
        """The Review cell: the row's state when it has one (mark, tint, explanation), else its review."""
        state, review = self._review(row, uuid)
        look = ROW_STATES.get(state)
        if role == ROW_STATE_ROLE:
            return state
        if role == REVIEW_STATE_ROLE:
            return review
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row_state_text(look.label) if look else self.review_text(review)
        if role == Qt.ItemDataRole.DecorationRole and look is not None:
            if state not in self._icons:
                self._icons[state] = look.icon()
            return self._icons[state]
        if role == Qt.ItemDataRole.BackgroundRole and look is not None:
            return look.tint()
        if role == Qt.ItemDataRole.ToolTipRole:
            reviewed = self.tr("Review: {state}").format(state=self.review_text(review or "received"))
            return f"{row_state_text(look.explanation)}\n{reviewed}" if look else reviewed
        return None

    def _returned_badge(self, role: int) -> str | QIcon | QBrush | None:
        """An officer's returned row: a mark, a tint and what to do, in the Status column."""
        if role == Qt.ItemDataRole.DecorationRole:
            if RETURNED not in self._icons:
                self._icons[RETURNED] = RETURNED_LOOK.icon()
            return self._icons[RETURNED]
        if role == Qt.ItemDataRole.BackgroundRole:
            return RETURNED_LOOK.tint()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Returned by the coordinator for follow-up: View it to read the comments, then "
                           "Reopen… to correct it, finalize and export it again.")
        return None

    def review_text(self, state: str) -> str:
        return {"received": self.tr("Received"), "approved": self.tr("Approved"),
                "needs_follow_up": self.tr("Needs follow-up"), "rejected": self.tr("Rejected"),
                "resubmitted": self.tr("Resubmitted")}.get(state, state)

    def status_text(self, status: str) -> str:
        return {DRAFT: self.tr("Draft"), COMPLETE: self.tr("Complete"), DISCARDED: self.tr("Discarded"),
                RETURNED: self.tr("Returned")}.get(status, status)

    def _display(self, record: AssessmentSummary, column: str) -> str:
        if column == "title":
            return self.title_text(record)
        if column == "form":
            return self._form_title(record)
        if column == "site":
            return record.site
        if column == "officer":
            return record.officer
        if column == "status":
            return self.status_text(record.status)
        return shown_time(record.updated_at, self._digits)

    def _review(self, row: int, uuid: str) -> tuple[str, str]:
        """(row state, review state): the first review cell painted on a page reads the whole page's
        states in two queries; an officer's list (column hidden) never asks."""
        number = row // self._page_size
        states = self._reviews.get(number)
        if states is None or uuid not in states:
            from needsassess.store.ledger import review_states
            from needsassess.store.row_states import row_states

            uuids = [s.uuid for s in self._page(number)]
            try:
                with self._store.read("read the review states") as conn:
                    reviews, rows = review_states(conn, uuids), row_states(conn, uuids)
                states = {u: (rows.get(u, ""), reviews.get(u, ("received", ""))[0]) for u in uuids}
            except StoreError as err:
                log.warning("review states of page %d: %s", number, err)
                states = dict.fromkeys(uuids, ("", ""))
            self._reviews[number] = states
        return states.get(uuid, ("", ""))

    def _form_title(self, record: AssessmentSummary) -> str:
        key = (record.form_id, record.form_version)
        if not self._forms_ready:
            return record.form_id.replace("_", " ").capitalize()  # until the definitions are loaded
        if key not in self._form_titles:
            try:
                self._form_titles[key] = self._store.forms.get(*key).title_in(self._form_language)
            except StoreError:
                self._form_titles[key] = record.form_id
        return self._form_titles[key]

    def _recount(self) -> None:
        try:
            self._count = self._store.count(self.query())
        except StoreError as err:
            self._count = 0
            self.load_failed.emit(error_text(err))
            self.load_error.emit(err)

    def _page(self, number: int) -> list[AssessmentSummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        try:
            page = self._store.list(self.query(number * self._page_size, self._page_size))
        except StoreError as err:
            self.load_failed.emit(error_text(err))
            self.load_error.emit(err)
            return []
        self._pages[number] = page
        while len(self._pages) > self._max_pages:
            evicted, _rows = self._pages.popitem(last=False)
            self._reviews.pop(evicted, None)
        return page


def with_text(list_filter: ListFilter, text: str) -> ListFilter:
    return replace(list_filter, text=text)
