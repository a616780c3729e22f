"""Select one (radio buttons, or a drop-down for long lists) and select multiple (check boxes).

The choices offered are the session's ``allowed_choices`` (after ``choice_filter``), re-read on
refresh so a cascading select (country → region) follows the answer it depends on. A select whose
choices are the rows of a dataset (``select_one_from_file``, ``search()``) may offer thousands: when
long, its drop-down is editable, so the officer types part of a name to find the row.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine.answers import JSONValue
from needsassess.engine.datasets import dataset_labels, dataset_name, dataset_size
from needsassess.ui.entry.question_widgets import QuestionWidget

LONG_LIST = 7  # more choices than this: a drop-down list instead of radio buttons


class _ChoiceWidget(QuestionWidget):
    """What both selects share: the offered choices and their labels."""

    def _offered(self) -> list[str]:
        return list(self.ctx.session.allowed_choices(*self.key))

    def _choice_text(self, name: str) -> str:
        return str(self.ctx.session.choice_label(self.question.name, name, self.ctx.language))

    def _all_choices(self) -> int:
        choices = self.ctx.form.choices.get(self.question.list_name or "")
        if choices is not None:
            return len(choices.choices)
        return dataset_size(self.question, self.ctx.session.context.datasets)

    def _from_dataset(self) -> bool:
        return self.question.list_name not in self.ctx.form.choices and dataset_name(self.question) is not None

    def refresh(self) -> None:
        if self.question.choice_filter is not None:
            self._follow_filter()
        super().refresh()

    def _follow_filter(self) -> None:
        raise NotImplementedError


class SelectOneWidget(_ChoiceWidget):
    def build(self, layout: QVBoxLayout) -> QWidget:
        appearance = self.question.appearance or ""
        self._names: list[str] = []
        self.combo: QComboBox | None
        if self._all_choices() > LONG_LIST or "minimal" in appearance:
            self.combo = combo = QComboBox(self)
            combo.setMinimumWidth(260)
            combo.setMaximumWidth(480)
            combo.setMaxVisibleItems(15)
            self._fill_combo(combo, self._offered())
            if self._from_dataset() and self._all_choices() > LONG_LIST:
                self._make_searchable(combo)
            combo.activated.connect(self._picked)
            layout.addWidget(combo)
            return combo
        self.combo = None
        self.box = QWidget(self)
        self.group = QButtonGroup(self)
        self.group.buttonClicked.connect(self._clicked)
        offered = self._offered()
        horizontal = "horizontal" in appearance or (
            len(offered) <= 4 and sum(len(self._choice_text(n)) for n in offered) < 48
        )
        self.box_layout = QHBoxLayout(self.box) if horizontal else QVBoxLayout(self.box)
        self.box_layout.setContentsMargins(0, 0, 0, 0)
        self._fill_radios(offered)
        row = QHBoxLayout()
        row.addWidget(self.box)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the answer"))
        self.clear_button.clicked.connect(self._clear)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        layout.addLayout(row)
        return self.box

    def _clear(self) -> None:
        self.submit(None)
        self.show_value(None)

    # -- drop-down --------------------------------------------------------------------------
    def _fill_combo(self, combo: QComboBox, names: list[str]) -> None:
        if self._from_dataset():
            self._fill_combo_model(combo, names)
        else:
            combo.clear()
            combo.addItem(self.tr("(choose)"), None)
            for name in names:
                combo.addItem(self._choice_text(name), name)
        self._names = names

    def _fill_combo_model(self, combo: QComboBox, names: list[str]) -> None:
        """A dataset's rows (thousands) as one list model, set in one call: each per-item call costs time,
        and with PySide6 6.12 on Python 3.11 every call of a method that returns nothing drops a
        reference to None, so 50,000 ``addItem`` calls end the process (none_dealloc). The row names stay
        in ``self._names``, in the same order; the item at 0 is "(choose)". The combo deletes the model it
        replaces (its parent)."""
        labels = dataset_labels(self.question, self.ctx.session.context.datasets, names, self.ctx.language,
                                self.ctx.form.default_language)
        combo.setModel(QStringListModel([self.tr("(choose)"), *labels], combo))

    def _picked(self, index: int) -> None:
        self.submit(self._names[index - 1] if 0 < index <= len(self._names) else None)

    def _make_searchable(self, combo: QComboBox) -> None:
        """Typing finds rows by any part of their label; Enter on a label answers with that row."""
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        if completer is None:  # an editable combo always has one; typing still finds exact labels
            return
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    # -- radio buttons ------------------------------------------------------------------------
    def _fill_radios(self, names: list[str]) -> None:
        for button in self.group.buttons():
            self.group.removeButton(button)
            button.deleteLater()
        for name in names:
            button = QRadioButton(self._choice_text(name), self.box)
            button.setProperty("choice", name)
            self.group.addButton(button)
            self.box_layout.addWidget(button)
        self._names = names

    def _clicked(self, button: QAbstractButton) -> None:
        self.submit(button.property("choice"))

    # -- shared -------------------------------------------------------------------------------
    def show_value(self, value: JSONValue) -> None:
        if self.combo is not None:
            index = self._names.index(value) + 1 if value in self._names else 0
            self.combo.setCurrentIndex(index)
            return
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for button in self.group.buttons():
            button.setChecked(button.property("choice") == value)
        self.group.setExclusive(True)
        self.clear_button.setVisible(value is not None and not self.ctx.read_only)

    def submit(self, value: JSONValue) -> None:
        super().submit(value)
        if self.combo is None:
            self.clear_button.setVisible(value is not None and not self.ctx.read_only)

    def set_read_only(self, read_only: bool) -> None:
        (self.combo or self.box).setEnabled(not read_only)
        if self.combo is None and read_only:
            self.clear_button.hide()

    def _follow_filter(self) -> None:
        offered = self._offered()
        if offered == self._names:
            return
        self._loading = True
        try:
            if self.combo is not None:
                self._fill_combo(self.combo, offered)
            else:
                self._fill_radios(offered)
            self.show_value(self.ctx.session.get(*self.key))
        finally:
            self._loading = False


class SelectMultipleWidget(_ChoiceWidget):
    def build(self, layout: QVBoxLayout) -> QWidget:
        self.box = QWidget(self)
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.boxes: dict[str, QCheckBox] = {}
        self._names: list[str] = []
        self._fill(self._offered())
        layout.addWidget(self.box)
        return self.box

    def _fill(self, names: list[str]) -> None:
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        columns = 1 if len(names) <= 5 else 2 if len(names) <= 12 else 3
        rows = -(-len(names) // columns)
        for i, name in enumerate(names):
            box = QCheckBox(self._choice_text(name), self.box)
            box.toggled.connect(self._toggled)
            self.grid.addWidget(box, i % rows, i // rows)  # down the columns, as people read lists
            self.boxes[name] = box
        self._names = names

    def _toggled(self) -> None:
        self.submit([name for name, box in self.boxes.items() if box.isChecked()])

    def show_value(self, value: JSONValue) -> None:
        chosen = set(value or ())
        for name, box in self.boxes.items():
            box.setChecked(name in chosen)

    def _follow_filter(self) -> None:
        offered = self._offered()
        if offered != self._names:
            self._loading = True
            try:
                self._fill(offered)
                self.show_value(self.ctx.session.get(*self.key))
            finally:
                self._loading = False
