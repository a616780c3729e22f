"""The coordinator's rows on the start page: filter by state and by who sent what, and the review actions.

Shown only once packages were imported into this data folder (an officer's laptop never sees it).
The state filter (new, updated, in conflict, any of them; ``ui.assessment_model.ROW_STATES``) is
handed to the list model as ``ListFilter.row_state``; the other filters (officer, device, package,
import date) come from ``sync.review.packages`` and are handed over as ``ListFilter.received`` (a
``ReceivedFilter``). The store turns both into part of the list's query, so no set of uuids is ever
held here. The buttons (Review…, Conflicts…, Export tables…) only ask; ``ListActions`` does the work.
Two lines (state and buttons; then who sent what), so the row fits a 1024 px screen in every language.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from needsassess.store import AssessmentStore, StoreError
from needsassess.store.records import ReceivedFilter
from needsassess.ui.assessment_model import ROW_STATES, row_state_text
from needsassess.ui.i18n import shown_time
from needsassess.ui.naming import named

if TYPE_CHECKING:  # the sync package is imported when the filter is first filled, not at start-up
    from needsassess.sync.review import PackageRecord

# Import date choices: (key, days back); None = any time.
SINCE_DAYS: tuple[tuple[str, int | None], ...] = (("any", None), ("today", 0), ("week", 7), ("month", 30))


def _combo(name: str) -> QComboBox:
    combo = named(QComboBox(), name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def since_stamp(days: int | None, now: datetime | None = None) -> str | None:
    """The UTC ISO time a "since" choice starts at (midnight local time ``days`` ago)."""
    if days is None:
        return None
    local = (now or datetime.now().astimezone()).astimezone()
    start = (local - timedelta(days=days)).replace(hour=0, minute=0, second=0, microsecond=0)
    return start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class ImportedFilter(QWidget):
    """Officer / device / package / import date filters and the coordinator's buttons."""

    changed = Signal()  # a filter changed: ask ``received()`` again
    review_requested = Signal()
    conflicts_requested = Signal()
    tables_requested = Signal()

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imported_filter")
        self._store = store
        self._packages: list[PackageRecord] = []
        self._conflicts = 0
        self.heading = named(QLabel(), "imported_heading")
        self.state = _combo("imported_state")
        self.officer = _combo("imported_officer")
        self.device = _combo("imported_device")
        self.package = _combo("imported_package")
        self.since = _combo("imported_since")
        self.review_button = named(QPushButton(), "review_button")
        self.conflicts_button = named(QPushButton(), "conflicts_button")
        self.tables_button = named(QPushButton(), "tables_button")
        lines = QVBoxLayout(self)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        lines.addLayout(first)
        lines.addLayout(second)
        first.addWidget(self.heading)
        first.addWidget(self.state, 1)
        first.addStretch(1)
        for button in (self.review_button, self.conflicts_button, self.tables_button):
            first.addWidget(button)
        for combo in (self.officer, self.device, self.package, self.since):
            second.addWidget(combo, 1)
        for combo in (self.state, self.officer, self.device, self.package, self.since):
            combo.activated.connect(self.changed)
        self.review_button.clicked.connect(self.review_requested)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.tables_button.clicked.connect(self.tables_requested)
        self.retranslate_ui()

    # -- texts -------------------------------------------------------------------------------
    def _digits(self) -> str:
        """The Nepali digits setting, for times shown here (Bikram Sambat dates in Nepali)."""
        try:
            return self._store.settings.digits
        except StoreError:
            return "devanagari"

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Imported:"))
        for combo, name in ((self.state, self.tr("Filter imported assessments by what needs a look")),
                            (self.officer, self.tr("Filter imported assessments by officer")),
                            (self.device, self.tr("Filter imported assessments by device")),
                            (self.package, self.tr("Filter imported assessments by package")),
                            (self.since, self.tr("Filter imported assessments by import date"))):
            combo.setAccessibleName(name)
            combo.setToolTip(name)
        texts = ((self.review_button, self.tr("Review…"),
                  self.tr("Mark the selected assessment approved, needing follow-up or rejected")),
                 (self.tables_button, self.tr("Export tables…"),
                  self.tr("Save the answers as tables for analysis (CSV or Excel)")))
        for button, text, tip in texts:
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
        self._conflicts_text()
        self._fill()

    def _conflicts_text(self) -> None:
        text = (self.tr("Conflicts ({count})…").format(count=self._conflicts) if self._conflicts
                else self.tr("Conflicts…"))
        self.conflicts_button.setText(text)
        self.conflicts_button.setAccessibleName(self.tr("Conflicts"))
        self.conflicts_button.setToolTip(self.tr("Compare versions that disagree and choose which one stands"))

    # -- contents ----------------------------------------------------------------------------
    def reload(self) -> bool:
        """Read the packages and conflicts again; True when this folder has imported anything."""
        from needsassess.store import StoreError
        from needsassess.sync.review import conflicts, packages

        try:
            self._packages = packages(self._store)
            self._conflicts = len(conflicts(self._store)) if self._packages else 0
        except StoreError:
            self._packages, self._conflicts = [], 0
        self._conflicts_text()
        self._fill()
        return bool(self._packages)

    def _fill(self) -> None:
        officers = sorted({p.officer for p in self._packages if p.officer})
        devices = sorted({p.device_id for p in self._packages if p.device_id})
        _refill(self.officer, [(self.tr("All officers"), None)] + [(o, o) for o in officers])
        _refill(self.device, [(self.tr("All devices"), None)] + [(self.tr("Device {id}").format(id=d[:8]), d)
                                                                  for d in devices])
        _refill(self.package, [(self.tr("All packages"), None)] + [
            (f"{p.file_name} · {shown_time(p.imported_at, self._digits())}", p.package_id) for p in self._packages])
        since_texts = {"any": self.tr("Imported any time"), "today": self.tr("Imported today"),
                       "week": self.tr("Imported in the last 7 days"),
                       "month": self.tr("Imported in the last 30 days")}
        _refill(self.since, [(since_texts[key], key) for key, _days in SINCE_DAYS])
        from needsassess.store.row_states import ANY, STATES

        _refill(self.state, [(self.tr("Any state"), None), (self.tr("Needs a look (any of these)"), ANY)]
                + [(row_state_text(ROW_STATES[s].filter_text), s) for s in ROW_STATES if s in STATES])
        for index in range(2, self.state.count()):
            self.state.setItemIcon(index, ROW_STATES[str(self.state.itemData(index))].icon())

    def active(self) -> bool:
        """A filter of who sent what is chosen (the state filter is ``row_state``)."""
        return any(c.currentIndex() > 0 for c in (self.officer, self.device, self.package, self.since))

    def row_state(self) -> str | None:
        """The chosen state for ``ListQuery.row_state`` (None: every state)."""
        data = self.state.currentData()
        return str(data) if data else None

    def received(self) -> ReceivedFilter | None:
        """The chosen filters for ``ListQuery.received``; None when no filter is chosen."""
        if not self.active():
            return None
        days = dict(SINCE_DAYS)[self.since.currentData() or "any"]
        return ReceivedFilter(package_id=self.package.currentData(), device_id=self.device.currentData(),
                              officer=self.officer.currentData(), since=since_stamp(days))

    def set_review_enabled(self, enabled: bool) -> None:
        self.review_button.setEnabled(enabled)


def _refill(combo: QComboBox, items: list[tuple[str, str | None]]) -> None:
    """Replace a combo's items, keeping the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    found = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(found, 0))
    combo.blockSignals(False)
