"""The coordinator's data-quality controls in the list: a filter by flag and a one-click follow-up.

The filter offers "Flagged" (any flag) and each kind of flag found in the folder; it turns into the
set of uuids the list shows (``ListFilter.uuids``), since flags are computed outside the database.
"Needs follow-up" records, in one click, a review of the selected flagged assessment with the state
needs-follow-up and the flags' reasons as its comment (audited by the store as every review), so
the officer reads why without the coordinator typing it. Both stay hidden until some assessment is
flagged.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from needsassess.store import AssessmentStore, ReviewRecord
from needsassess.ui.i18n import current_language
from needsassess.ui.naming import named
from needsassess.ui.quality_flags import FlagMap, flag_name_text, reasons

if TYPE_CHECKING:
    from needsassess.analysis.quality import Flag

ANY_FLAG = "*"  # the filter's "Flagged": any flag at all


def record_follow_up(store: AssessmentStore, uuid: str, flags: Sequence[Flag], language: str) -> ReviewRecord:
    """A needs-follow-up review of ``uuid`` whose comment is every flag's reason in ``language``."""
    from needsassess.sync.review import set_review

    return set_review(store, uuid, "needs_follow_up", reasons(flags, language))


class FlagFilter(QWidget):
    """The flag filter and the "Needs follow-up" button, in the list's filter row."""

    changed = Signal()  # the chosen filter changed
    follow_up_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = named(QComboBox(), "flag_filter")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(10)
        self.follow_up_button = named(QPushButton(), "follow_up_button")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.follow_up_button)
        self._flags: FlagMap = {}
        self.combo.activated.connect(lambda _index: self.changed.emit())
        self.follow_up_button.clicked.connect(self.follow_up_requested)
        self.follow_up_button.setEnabled(False)
        self.retranslate()

    def set_flags(self, flags: FlagMap) -> None:
        """New flags: refill the kinds (keeping the choice when still there); hidden when none."""
        self._flags = flags
        self._fill()
        self.setVisible(bool(flags))

    def uuids(self) -> frozenset[str] | None:
        """The assessments the chosen filter keeps (None: no restriction)."""
        chosen = self.combo.currentData()
        if not chosen or not self._flags:
            return None
        return frozenset(uuid for uuid, flags in self._flags.items()
                         if flags and (chosen == ANY_FLAG or any(f.name in chosen.split(",") for f in flags)))

    def set_follow_up_enabled(self, enabled: bool) -> None:
        self.follow_up_button.setEnabled(enabled)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.tr("Filter by data-quality flag"))
        self.follow_up_button.setText(self.tr("Needs follow-up"))
        tip = self.tr("Mark the selected flagged assessment as needing follow-up, with the flags' reasons "
                      "as the review comment")
        self.follow_up_button.setToolTip(tip)
        self.follow_up_button.setAccessibleName(self.tr("Needs follow-up"))
        self.follow_up_button.setAccessibleDescription(tip)
        self._fill()

    def _fill(self) -> None:
        language = current_language()
        by_text: dict[str, list[str]] = {}  # kinds that read alike (two outliers) are one entry
        for kind in sorted({f.name for flags in self._flags.values() for f in flags}):
            by_text.setdefault(flag_name_text(kind, language), []).append(kind)
        items = [(self.tr("Flags: all"), None), (self.tr("Flagged"), ANY_FLAG)]
        items += [(self.tr("Flag: {name}").format(name=text), ",".join(kinds)) for text, kinds in by_text.items()]
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for text, data in items:
            self.combo.addItem(text, data)
        found = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(found, 0))
        self.combo.blockSignals(False)
