"""Conflicts: two versions of one assessment side by side, answer by answer, and the choice of which stands.

A conflict (the same revision arrived with different answers) or a fork (two devices reopened the
same assessment) is kept whole in quarantine by the import. Here the coordinator compares the
stored version with the incoming one, every answer on its own row, the differing rows highlighted,
and keeps one with a comment. ``sync.review.resolve_conflict`` records the choice in the audit; no
answer of either version is edited.
"""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
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
from needsassess.engine.model import Element
from needsassess.store import AssessmentStore, StoreError
from needsassess.sync.review import Conflict, conflicts, resolve_conflict
from needsassess.ui.i18n import error_text
from needsassess.ui.naming import named

DIFFERENT = QColor("#fff1c2")


def answer_text(value: JSONValue, question: Element | None = None, form: Form | None = None,
                lang: str = "en") -> str:
    """An answer as a person reads it: choice labels, "lat, lon", repeats one entry per line."""
    if value is None or value == "" or value == []:
        return "—"
    list_name = question.list_name if isinstance(question, Question) else None
    if form is not None and list_name and list_name in form.choices:
        choices = form.choices[list_name]

        def label(name: JSONValue) -> str:
            found = choices.get(str(name))
            return found.label.get(lang, form.default_language) if found else str(name)

        return ", ".join(label(v) for v in value) if isinstance(value, list) else label(value)
    if isinstance(value, dict) and "lat" in value and "lon" in value:
        text = f"{value['lat']}, {value['lon']}"
        return text + (f" (± {value['accuracy']} m)" if value.get("accuracy") is not None else "")
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return "\n".join(f"{i}. " + "; ".join(f"{k}: {answer_text(v)}" for k, v in entry.items())
                         for i, entry in enumerate(value, 1))
    if isinstance(value, list):
        return ", ".join(answer_text(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class ConflictsWindow(QDialog):
    """The open conflicts on the left, the chosen one compared on the right."""

    resolved = Signal()

    def __init__(self, store: AssessmentStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_window")
        self.setWindowTitle(self.tr("Conflicts"))
        self._store = store
        self._lang = self._setting_language()
        self._conflicts: list[Conflict] = []
        self.intro = named(QLabel(), "conflicts_intro")
        self.intro.setWordWrap(True)
        self.list = named(QListWidget(), "conflict_list")
        self.list.setAccessibleName(self.tr("Conflicts"))
        self.heading = named(QLabel(), "conflict_heading")
        self.heading.setWordWrap(True)
        self.table = named(QTableWidget(0, 3), "conflict_table")
        self.table.setAccessibleName(self.tr("Answers side by side"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)
        self.only_different = named(QPushButton(), "only_different")
        self.only_different.setCheckable(True)
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
        self.resize(1180, 640)

    def _setting_language(self) -> str:
        try:
            return self._store.settings.form_language
        except StoreError:
            return "en"

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
        splitter.setSizes([300, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "These assessments arrived in versions that disagree. Compare the answers and choose which "
            "version stands. Both versions are kept whole in the history, and your choice is recorded."))
        self.table.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Stored answer"),
                                              self.tr("Incoming answer")])
        self.only_different.setText(self.tr("Only differences"))
        self.only_different.setAccessibleName(self.tr("Show only the answers that differ"))
        self.comment_label.setText(self.tr("&Comment:"))
        self.comment.setPlaceholderText(self.tr("Why this version stands (kept in the history)"))
        self.comment.setAccessibleName(self.tr("Comment on the choice"))
        self.keep_stored.setText(self.tr("Keep stored"))
        self.keep_stored.setAccessibleName(self.tr("Keep the stored version"))
        self.keep_incoming.setText(self.tr("Keep incoming"))
        self.keep_incoming.setAccessibleName(self.tr("Keep the incoming version"))

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
            self.list.addItem(item)
        if self._conflicts:
            self.list.setCurrentRow(0)
        self._show_current()

    def _list_text(self, conflict: Conflict) -> str:
        try:
            title = self._store.get(conflict.uuid).title or conflict.uuid
        except StoreError:
            title = conflict.uuid
        kind = self.tr("Fork") if conflict.kind == "fork" else self.tr("Conflict")
        return self.tr("{title}\n{kind}, revision {revision}, from {officer}").format(
            title=title, kind=kind, revision=conflict.revision, officer=conflict.officer or "?")

    def current(self) -> Conflict | None:
        row = self.list.currentRow()
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    def _form(self, conflict: Conflict) -> Form | None:
        try:
            record = self._store.get(conflict.uuid)
            return self._store.forms.get(record.form_id, record.form_version)
        except StoreError:
            return None

    def _labels(self, form: Form | None) -> dict[str, str]:
        labels: dict[str, str] = {}
        if form is None:
            return labels
        for name, element in form.elements.items():
            label = element.label
            if label is not None:
                labels[name] = label.get(self._lang, form.default_language)
        return labels

    def _show_current(self) -> None:
        conflict = self.current()
        for widget in (self.keep_stored, self.keep_incoming, self.comment):
            widget.setEnabled(conflict is not None)
        self.table.setRowCount(0)
        if conflict is None:
            self.heading.setText(self.tr("No open conflicts."))
            return
        differing = sum(1 for n in set(conflict.stored) | set(conflict.incoming)
                        if conflict.stored.get(n) != conflict.incoming.get(n))
        self.heading.setText(self.tr("Stored: revision {stored}. Incoming: revision {incoming} from {officer}. "
                                     "{count} answers differ.").format(
            stored=conflict.stored_revision, incoming=conflict.revision, officer=conflict.officer or "?",
            count=differing))
        form = self._form(conflict)
        labels = self._labels(form)
        elements = form.elements if form is not None else {}
        first_different = None
        order = [n for n in labels if n in conflict.stored or n in conflict.incoming]
        order += sorted((set(conflict.stored) | set(conflict.incoming)) - set(order))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for name in order:
            old, new = conflict.stored.get(name), conflict.incoming.get(name)
            if self.only_different.isChecked() and old == new:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            question = elements.get(name)
            cells = (labels.get(name, name), answer_text(old, question, form, self._lang),
                     answer_text(new, question, form, self._lang))
            if old != new and first_different is None:
                first_different = row
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(name if column == 0 else text)
                if old != new:
                    item.setBackground(DIFFERENT)
                    if column:
                        item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        first = self.table.item(first_different, 0) if first_different is not None else None
        if first is not None:  # the reason for the window: show it first
            self.table.scrollToItem(first, QAbstractItemView.ScrollHint.PositionAtTop)

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
