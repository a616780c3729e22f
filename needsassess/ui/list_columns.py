"""Column widths of the assessment list that fit the window, so the Review column is never scrolled away.

Fixed widths (the list had Form 290, Site 190, ... px) add up to more than a 1024 px screen leaves
for the table, and the last column, Review, ended behind a horizontal scrollbar. Here the widths
follow the table's width: the Review, Status and Last change columns get what their longest text
needs in the current language (read from the model's own labels, so a translation that grows is
measured, not guessed), and the Title, Form, Site, Officer and Flags columns share the rest by weight,
eliding their text (with the whole text in a tooltip) when it is longer. Widths are fitted again
when the table is resized, a column is shown or hidden, or the language changes. A person may still
drag a column wider; the next resize fits them again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from needsassess.store import COMPLETE, DISCARDED, DRAFT
from needsassess.ui.assessment_model import (
    COLUMNS,
    REVIEW_COLUMN,
    ROW_STATES,
    AssessmentTableModel,
    row_state_text,
)

# Shares of the room left for the columns whose text can be long (elided when it does not fit).
WEIGHTS = {"title": 34, "form": 24, "site": 16, "officer": 16, "flags": 18}
MIN_FLEXIBLE = 70
PADDING = 24  # cell margins and the sort arrow
SAMPLE_TIME = "2026-12-31 23:59"


def _column(name: str) -> int:
    return COLUMNS.index(name)


class ColumnFitter(QObject):
    """Keeps ``table``'s column widths fitted to its viewport (installed as an event filter)."""

    def __init__(self, table: QTableView, model: AssessmentTableModel) -> None:
        super().__init__(table)
        self._table = table
        self._model = model
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)
        header.sectionCountChanged.connect(lambda _old, _new: self.fit())
        model.headerDataChanged.connect(lambda *_args: self.fit())
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LanguageChange):
            self.fit()
        return False

    def text_width(self, texts: list[str], icon: bool = False) -> int:
        """Pixels a cell needs to show the widest of ``texts`` whole (with a mark before it)."""
        widest = max((self._table.fontMetrics().horizontalAdvance(t) for t in texts), default=0)
        extra = self._table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 6 if icon else 0
        return widest + extra + PADDING

    def fixed_widths(self) -> dict[int, int]:
        """What the short columns need in the current language."""
        model = self._model
        header = self._table.horizontalHeader()
        header_metrics = header.fontMetrics()

        def need(column: int, texts: list[str], icon: bool = False) -> int:
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            return max(self.text_width(texts, icon), header_metrics.horizontalAdvance(title) + PADDING + 12)

        reviews = [model.review_text(s) for s in ("received", "approved", "needs_follow_up", "rejected")]
        reviews += [row_state_text(look.label) for look in ROW_STATES.values()]
        return {
            _column("status"): need(_column("status"), [model.status_text(s) for s in (DRAFT, COMPLETE, DISCARDED)]),
            _column("updated"): need(_column("updated"), [SAMPLE_TIME]),
            REVIEW_COLUMN: need(REVIEW_COLUMN, reviews, icon=True),
        }

    def fit(self) -> None:
        table = self._table
        available = table.viewport().width()
        if available <= 0:
            return
        fixed = {c: w for c, w in self.fixed_widths().items() if not table.isColumnHidden(c)}
        flexible = {_column(n): w for n, w in WEIGHTS.items() if not table.isColumnHidden(_column(n))}
        room = available - sum(fixed.values())
        total_weight = sum(flexible.values()) or 1
        widths = dict(fixed)
        for column, weight in flexible.items():
            widths[column] = max(MIN_FLEXIBLE, room * weight // total_weight)
        spare = available - sum(widths.values())
        if spare > 0 and flexible:  # rounding: the title takes the last pixels
            widths[_column("title")] = widths.get(_column("title"), 0) + spare
        for column, width in widths.items():
            if table.columnWidth(column) != width:
                table.setColumnWidth(column, width)
