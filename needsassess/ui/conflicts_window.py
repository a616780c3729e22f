"""Conflicts: two versions of one assessment side by side, answer by answer, and the choice of which stands.

A conflict (the same revision arrived with different answers) or a fork (two devices reopened the
same assessment) is kept whole in quarantine by the import. Here the coordinator compares the
stored version with the incoming one in one table, in the form language:

- first where each version comes from: when it was finalized, by which officer on which device,
  the package it came in, and why it was reopened (``store.conflict_versions``; the reason is known
  where the reopening is in this folder's history, and the table says when it is not);
- then the officer's answers, then the values the form calculates from them (a calculated value
  differs because an answer does: the answers are what to check), each under its question's label,
  choices by their labels, numbers and dates as the form language writes them, repeats one entry
  per line; the differing rows highlighted. "Only differences" (on at first: they are why the
  window is open) hides the rest.

The coordinator keeps one version with a comment; ``sync.review.resolve_conflict`` records the
choice in the audit and no answer of either version is edited.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import Form, Question
from needsassess.engine.answers import JSONValue
from needsassess.engine.model import Element, QType, Repeat
from needsassess.locale import Conventions, format_number
from needsassess.store import AssessmentStore, StoreError
from needsassess.store.conflict_versions import VersionOrigin, version_origins
from needsassess.sync.review import Conflict, conflicts, resolve_conflict
from needsassess.ui.i18n import error_text, interface_conventions, shown_time, shown_title
from needsassess.ui.naming import named

if TYPE_CHECKING:
    from needsassess.reports.values import AnswerText

DIFFERENT = QColor("#fff1c2")
SECTION = QColor("#e8edf3")
NAME_ROLE = Qt.ItemDataRole.UserRole + 1  # the question name of an answer row (none on other rows)
EMPTY = "—"


def answer_text(value: JSONValue, question: Element | None = None, form: Form | None = None,
                lang: str = "en", words: AnswerText | None = None) -> str:
    """An answer as a person reads it, in ``lang``: choice labels, numbers and dates as the language
    writes them, a place as degrees, a repeat one entry per line with its questions' labels."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(question, Repeat) and isinstance(value, list) and form is not None:
        return "\n".join(f"{i}. " + _entry_text(entry, question, form, lang, words)
                         for i, entry in enumerate(value, 1))
    if words is not None and isinstance(question, Question):
        if question.type is QType.IMAGE:
            return str(value)[:12]
        text = words.text(question, value)
        return EMPTY if text is None else text
    if isinstance(value, dict) and "lat" in value and "lon" in value:
        text = f"{value['lat']}, {value['lon']}"
        return text + (f" (± {value['accuracy']} m)" if value.get("accuracy") is not None else "")
    if isinstance(value, list):
        return ", ".join(answer_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _entry_text(entry: JSONValue, repeat: Repeat, form: Form, lang: str, words: AnswerText | None) -> str:
    if not isinstance(entry, dict):
        return answer_text(entry)
    parts = []
    for name, value in entry.items():
        element = form.elements.get(name)
        parts.append(f"{label_of(element, name, form, lang)}: {answer_text(value, element, form, lang, words)}")
    return "; ".join(parts)


def label_of(element: Element | None, name: str, form: Form | None, lang: str) -> str:
    """A question's label in ``lang`` (the form's default language when it lacks one); its name when
    the form gives no label at all."""
    if element is None or element.label is None or form is None:
        return name
    return element.label.get(lang, form.default_language)


def _is_calculated(element: Element | None) -> bool:
    return isinstance(element, Question) and element.type is QType.CALCULATE


class ConflictsWindow(QDialog):
    """The open conflicts on the left, the chosen one compared on the right."""

    resolved = Signal()

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_window")
        self._store = store
        self._lang = self._setting_language()
        self._conflicts: list[Conflict] = []
        self.intro = named(QLabel(), "conflicts_intro")
        self.intro.setWordWrap(True)
        self.list = named(QListWidget(), "conflict_list")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.heading = named(QLabel(), "conflict_heading")
        self.heading.setWordWrap(True)
        self.table = named(QTableWidget(0, 3), "conflict_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 220)
        self.only_different = named(QPushButton(), "only_different")
        self.only_different.setCheckable(True)
        self.only_different.setChecked(True)  # the differences are why the window is open
        self.only_different.toggled.connect(lambda _on: self._show_current())
        self.comment = named(QLineEdit(), "conflict_comment")
        self.keep_stored = named(QPushButton(), "keep_stored")
        self.keep_incoming = named(QPushButton(), "keep_incoming")
        self.keep_stored.clicked.connect(lambda: self.resolve("stored"))
        self.keep_incoming.clicked.connect(lambda: self.resolve("incoming"))
        for button in (self.only_different, self.keep_stored, self.keep_incoming):
            button.setAutoDefault(False)  # Enter in the comment must not choose a version
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self._layout()
        self.retranslate_ui()
        self.reload()
        self._fit_screen()

    def _setting_language(self) -> str:
        try:
            return self._store.settings.form_language
        except StoreError:
            return "en"

    def _fit_screen(self) -> None:
        """1000 × 560 where the screen allows it, never more than the screen (a 1024 × 600 laptop)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        width, height = 1000, 560
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 24), min(height, room.height() - 40)
        self.resize(width, height)

    def _layout(self) -> None:
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.only_different)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        choose = QHBoxLayout()
        self.comment_label = QLabel()
        self.comment_label.setBuddy(self.comment)
        choose.addWidget(self.comment_label)
        choose.addWidget(self.comment, 1)
        choose.addWidget(self.keep_stored)
        choose.addWidget(self.keep_incoming)
        column.addLayout(choose)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Conflicts"))
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.table.setAccessibleName(self.tr("Answers side by side"))
        self.intro.setText(self.tr(
            "These assessments arrived in versions that disagree. Compare the answers and choose which "
            "version stands. Both versions are kept whole in the history, and your choice is recorded."))
        self._headers(None)
        self.only_different.setText(self.tr("Only differences"))
        self.only_different.setAccessibleName(self.tr("Show only the answers that differ"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.comment.setPlaceholderText(self.tr("Why this version stands (kept in the history)"))
        self.comment.setAccessibleName(self.tr("Comment on the choice"))
        self.keep_stored.setText(self.tr("Keep stored"))
        self.keep_stored.setAccessibleName(self.tr("Keep the stored version"))
        self.keep_incoming.setText(self.tr("Keep incoming"))
        self.keep_incoming.setAccessibleName(self.tr("Keep the incoming version"))

    def _headers(self, conflict: Conflict | None) -> None:
        if conflict is None:
            stored, incoming = self.tr("Stored answer"), self.tr("Incoming answer")
        else:
            stored = self.tr("Stored version\nrevision {revision}").format(revision=self._n(conflict.stored_revision))
            incoming = self.tr("Incoming version\nrevision {revision}").format(revision=self._n(conflict.revision))
        self.table.setHorizontalHeaderLabels([self.tr("Question"), stored, incoming])

    # -- contents ----------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self._conflicts = conflicts(self._store)
        except StoreError as err:
            QMessageBox.warning(self, self.tr("Conflicts"), error_text(err))
            self._conflicts = []
        self.list.clear()
        for conflict in self._conflicts:
            item = QListWidgetItem(self._list_text(conflict))
            item.setData(Qt.ItemDataRole.UserRole, conflict.id)
            item.setToolTip(item.text())
            self.list.addItem(item)
        if self._conflicts:
            self.list.setCurrentRow(0)
        self._show_current()

    def _title(self, conflict: Conflict) -> str:
        try:
            title = self._store.get(conflict.uuid).title
            return shown_title(title, self._store.settings.digits) if title else conflict.uuid
        except StoreError:
            return conflict.uuid

    def _kind(self, conflict: Conflict) -> str:
        return self.tr("Fork") if conflict.kind == "fork" else self.tr("Conflict")

    def _list_text(self, conflict: Conflict) -> str:
        return self.tr("{title}\n{kind}, revision {revision}, from {officer}").format(
            title=self._title(conflict), kind=self._kind(conflict), revision=self._n(conflict.revision),
            officer=conflict.officer or "?")

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _form(self, conflict: Conflict) -> Form | None:
        try:
            record = self._store.get(conflict.uuid)
            return self._store.forms.get(record.form_id, record.form_version)
        except StoreError:
            return None

    def _origins(self, conflict: Conflict) -> tuple[VersionOrigin, VersionOrigin] | None:
        try:
            with self._store.read("read the review states") as conn:
                return version_origins(conn, conflict.id, conflict.stored_revision)
        except StoreError:
            return None

    def _show_current(self) -> None:
        conflict = self.current()
        for widget in (self.keep_stored, self.keep_incoming, self.comment):
            widget.setEnabled(conflict is not None)
        self.table.clearSpans()
        self.table.setRowCount(0)
        self._headers(conflict)
        if conflict is None:
            self.heading.setText(self.tr("No open conflicts."))
            return
        form = self._form(conflict)
        names = self._order(conflict, form)
        elements = form.elements if form is not None else {}
        answers = [n for n in names if not _is_calculated(elements.get(n))]
        calculated = [n for n in names if _is_calculated(elements.get(n))]
        differ = [n for n in names if conflict.stored.get(n) != conflict.incoming.get(n)]
        self.heading.setText(self.tr("{title} — {kind}. Answers that differ: {answers}. Calculated values "
                                     "that differ: {calculated}.").format(
            title=self._title(conflict), kind=self._kind(conflict),
            answers=self._n(sum(1 for n in differ if n in answers)),
            calculated=self._n(sum(1 for n in differ if n in calculated))))
        origins = self._origins(conflict)
        if origins is not None:
            self._origin_rows(*origins)
        words = self._words(form)
        for title, group in ((self.tr("Answers"), answers), (self.tr("Calculated values"), calculated)):
            shown = [n for n in group if not (self.only_different.isChecked() and n not in differ)]
            if not shown:
                continue
            self._section(title)
            for name in shown:
                self._answer_row(name, conflict, form, words)
        self.table.resizeRowsToContents()
        self.table.scrollToTop()

    def _order(self, conflict: Conflict, form: Form | None) -> list[str]:
        """The form's order (questions and whole repeats), then names the form does not know."""
        present = set(conflict.stored) | set(conflict.incoming)
        order: list[str] = []
        if form is not None:
            for element in form.walk():
                if element.name in present and not element.repeats and isinstance(element, Question | Repeat):
                    order.append(element.name)
        return order + sorted(present - set(order))

    def _words(self, form: Form | None) -> AnswerText | None:
        if form is None:
            return None
        from needsassess.reports.values import AnswerText

        # Numbers as the window writes them: the interface language's, with the Nepali digits setting.
        return AnswerText(form, self._lang, self._conventions())

    def _conventions(self) -> Conventions:
        try:
            digits: str | None = self._store.settings.digits
        except StoreError:
            digits = None
        return interface_conventions(digits)

    def _n(self, number: int) -> str:
        return format_number(number, self._conventions())

    def _time(self, stamp: str | None) -> str:
        return shown_time(stamp, self._conventions().digits)

    def _section(self, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = QFont(self.table.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(SECTION)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 3)

    def _plain_row(self, label: str, stored: str, incoming: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((label, stored, incoming)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        return row

    def _origin_rows(self, stored: VersionOrigin, incoming: VersionOrigin) -> None:
        """Where each version comes from: always shown, even with "Only differences"."""
        self._section(self.tr("Where each version comes from"))
        self._plain_row(self.tr("Finalized"), self._time(stored.finalized_at) or EMPTY,
                        self._time(incoming.finalized_at) or EMPTY)
        self._plain_row(self.tr("By"), self._who(stored), self._who(incoming))
        self._plain_row(self.tr("Arrived in"), self._arrival(stored), self._arrival(incoming))
        self._plain_row(self.tr("Why it was reopened"), self._reason(stored), self._reason(incoming))

    def _who(self, origin: VersionOrigin) -> str:
        device = origin.device_id[:8] if origin.device_id else "?"
        return self.tr("{officer} on device {device}").format(officer=origin.officer or "?", device=device)

    def _arrival(self, origin: VersionOrigin) -> str:
        if not origin.package:
            return self.tr("Made in this data folder")
        return self.tr("{package}, imported {time}").format(package=origin.package,
                                                            time=self._time(origin.received_at))

    def _reason(self, origin: VersionOrigin) -> str:
        if origin.revision <= 1:
            return self.tr("First version (not reopened)")
        if origin.reason:
            return origin.reason
        return self.tr("Not recorded here: the reason stays in the history on the officer's laptop")

    def _answer_row(self, name: str, conflict: Conflict, form: Form | None, words: AnswerText | None) -> int:
        old, new = conflict.stored.get(name), conflict.incoming.get(name)
        element = form.elements.get(name) if form is not None else None
        row = self._plain_row(label_of(element, name, form, self._lang),
                              answer_text(old, element, form, self._lang, words),
                              answer_text(new, element, form, self._lang, words))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for column in range(3):
            item = self.table.item(row, column)
            if item is None:
                continue
            item.setData(NAME_ROLE, name)
            if old != new:
                item.setBackground(DIFFERENT)
                if column:
                    item.setFont(bold)
        return row

    def answer_rows(self) -> dict[str, int]:
        """Question name → its row (answers and calculated values), for tests and for reading aloud."""
        rows = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            name = item.data(NAME_ROLE) if item is not None else None
            if name:
                rows[str(name)] = row
        return rows

    def is_different(self, row: int) -> bool:
        item = self.table.item(row, 1)
        return item is not None and item.background().color() == DIFFERENT

    def resolve(self, keep: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            resolve_conflict(self._store, conflict.id, keep, self.comment.text().strip())
        except StoreError as err:
            QMessageBox.warning(self, self.tr("Conflicts"), error_text(err))
            return
        self.comment.clear()
        self.reload()
        self.resolved.emit()
