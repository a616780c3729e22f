"""The question frame (label, required mark, hint, editor, message) and the simple question types.

Each question type is one small subclass that builds its editor, shows a value and hands new
values to the saver. The frame owns what every type shares: the required mark, the hint, the
message under the question (shown once the officer has left it, never while typing) and
visibility from skip logic. Widgets never evaluate form logic; they ask the session.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import QType, Question
from needsassess.engine.answers import JSONValue
from needsassess.errors import UserError
from needsassess.ui.entry.context import EntryContext
from needsassess.ui.entry.numbers import format_answer, format_calculated, parse_number, unit_of
from needsassess.ui.entry.style import style_label

_TIME = re.compile(r"\s*([01]?\d|2[0-3])[:.]([0-5]\d)\s*\Z")


class QuestionWidget(QWidget):
    """One question on a page; subclasses build the editor (``build``) and show values (``show_value``)."""

    debounced = False  # text-like editors save after a pause instead of at once

    def __init__(self, ctx: EntryContext, question: Question, instance: tuple[int, ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.question, self.instance = ctx, question, instance
        self.key = (question.name, instance)
        self.touched = False
        self.local_problem: str | None = None
        self._loading = False
        self._required = False
        self.message: QLabel | None = None
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(3)
        self.title = QLabel(self)
        style_label(self.title, "question")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        hint = ctx.text(question.hint)
        if hint:
            hint_label = QLabel(hint, self)
            style_label(hint_label, "hint")
            hint_label.setWordWrap(True)
            layout.addWidget(hint_label)
        self.editor = self.build(layout)
        self._label_text = ctx.label(question)
        if self.editor is not None:
            self.editor.setAccessibleName(self._label_text)
            if hint:
                self.editor.setAccessibleDescription(hint)
        ctx.register(self.key, self)
        self.load()

    # -- for subclasses ----------------------------------------------------------------------
    def build(self, layout: QVBoxLayout) -> QWidget | None:
        raise NotImplementedError

    def show_value(self, value: JSONValue) -> None:
        raise NotImplementedError

    def set_read_only(self, read_only: bool) -> None:
        if self.editor is not None:
            self.editor.setEnabled(not read_only)

    def focus_editor(self) -> None:
        if self.editor is not None:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- shared behaviour --------------------------------------------------------------------
    def load(self) -> None:
        """Show the session's value and state (on build and after a language switch)."""
        value = self.ctx.session.get(*self.key)
        self._loading = True
        try:
            self.show_value(value)
        finally:
            self._loading = False
        self.touched = value is not None
        self.set_read_only(self.ctx.read_only or self.question.read_only)
        self.refresh()

    def refresh(self) -> None:
        """Re-read relevance, required mark and problem after an answer changed."""
        session = self.ctx.session
        relevant = self.update_visibility()
        if relevant is None:
            return
        self._update_title(relevant and session.required(*self.key))
        self._update_problem(relevant)

    def update_visibility(self) -> bool | None:
        """Show or hide by relevance; None when the instance is gone (its repeat rebuilds it)."""
        try:
            relevant = bool(self.ctx.session.relevant(*self.key))
        except UserError:
            return None
        if self.isHidden() == relevant:
            self.setHidden(not relevant)
        return relevant

    def submit(self, value: JSONValue) -> None:
        """Hand a new value to the saver (at once, or after a pause for text-like editors)."""
        if self._loading:
            return
        self.local_problem = None
        if self.debounced:
            self.ctx.saver.submit_later(self, value)
        else:
            self.touched = True
            self.ctx.saver.submit(self, value)

    def reject_input(self, message: str) -> None:
        """The typed text cannot be an answer (not a number...): say so once the officer leaves."""
        self.local_problem = message
        self.ctx.saver.cancel_pending(self)

    def leave(self) -> None:
        """The officer left the question: save what is waiting and show its message."""
        self.ctx.saver.flush()
        self.touched = True
        self._update_problem(True)

    def set_problem_text(self, text: str | None) -> None:
        if text and self.message is None:
            self.message = QLabel(self)
            style_label(self.message, "problem")
            self.message.setWordWrap(True)
            self.column.addWidget(self.message)
        if self.message is not None:
            self.message.setText(text or "")
            self.message.setVisible(bool(text))
            if self.editor is not None:
                self.editor.setProperty("problem", bool(text))

    def watch_focus(self, widget: QWidget) -> None:
        """Call ``leave`` when focus leaves ``widget`` (for editors without ``editingFinished``)."""
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.leave()
        return False

    def focus_next(self) -> None:
        """Enter in a single-line field moves on, as Tab does."""
        self.focusNextChild()

    def _update_title(self, required: bool) -> None:
        if required == self._required and self.title.text():
            return
        self._required = required
        if required:
            mark = QApplication.translate("QuestionWidget", "required")
            self.title.setTextFormat(Qt.TextFormat.RichText)
            self.title.setText(f'{html.escape(self._label_text)} <span style="color:#c62828" '
                               f'title="{mark}">*</span>')
        else:
            self.title.setTextFormat(Qt.TextFormat.PlainText)
            self.title.setText(self._label_text)

    def _update_problem(self, relevant: bool) -> None:
        text = None
        if relevant and self.touched:
            if self.local_problem:
                text = self.local_problem
            else:
                problem = self.ctx.session.problem(*self.key)
                if problem is not None:
                    text = problem.text(self.ctx.language, self.ctx.form.default_language)
        self.set_problem_text(text)


class TextWidget(QuestionWidget):
    """Text and barcode: one line, or several with ``appearance: multiline``."""

    debounced = True
    editor: QPlainTextEdit | QLineEdit

    def build(self, layout: QVBoxLayout) -> QPlainTextEdit | QLineEdit:
        if "multiline" in (self.question.appearance or ""):
            box = QPlainTextEdit(self)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 14)
            box.textChanged.connect(lambda: self.submit(box.toPlainText()))
            self.watch_focus(box)
            layout.addWidget(box)
            return box
        line = QLineEdit(self)
        line.textEdited.connect(self.submit)
        line.editingFinished.connect(self.leave)
        line.returnPressed.connect(self.focus_next)
        layout.addWidget(line)
        return line

    def show_value(self, value: JSONValue) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)


class NumberWidget(QuestionWidget):
    """Integer and decimal: typed in the locale's or the "." form, shown in the locale, with a unit."""

    debounced = True
    editor: QLineEdit

    def build(self, layout: QVBoxLayout) -> QLineEdit:
        row = QHBoxLayout()
        editor = QLineEdit(self)
        editor.setMaximumWidth(180)
        editor.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        editor.textEdited.connect(self._typed)
        editor.editingFinished.connect(self.leave)
        editor.returnPressed.connect(self.focus_next)
        row.addWidget(editor)
        unit = unit_of(self.ctx.label(self.question), self.question.parameters)
        if unit:
            row.addWidget(QLabel(unit, self))
        row.addStretch(1)
        layout.addLayout(row)
        return editor

    def _typed(self, text: str) -> None:
        value = parse_number(text, self.ctx.conventions, integer=self._integer)
        if value is None and text.strip():
            self.reject_input(self.tr("Enter a whole number, for example 120.") if self._integer
                              else self.tr("Enter a number, for example 12.5 or 12,5."))
            return
        self.submit(value)

    @property
    def _integer(self) -> bool:
        return self.question.type is QType.INTEGER

    def leave(self) -> None:
        """Save, then write the number back as the window shows numbers ("1500" becomes "1,500")."""
        super().leave()
        if self.local_problem is None:
            stored = self.ctx.session.get(*self.key)
            if stored == parse_number(self.editor.text(), self.ctx.conventions, integer=self._integer):
                self.show_value(stored)

    def show_value(self, value: JSONValue) -> None:
        # A calendar year is not a quantity: 2015, never 2,015 (as the reports' ``is_year``).
        year = self._integer and self.question.name.endswith("year")
        text = format_answer(value, self.ctx.conventions, grouping=not year)
        if text != self.editor.text():
            self.editor.setText(text)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)


class TimeWidget(QuestionWidget):
    """A time of day as HH:MM (a plain field, so it can be left empty)."""

    debounced = True
    editor: QLineEdit

    def build(self, layout: QVBoxLayout) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setPlaceholderText(self.tr("HH:MM"))
        editor.setMaximumWidth(100)
        editor.textEdited.connect(self._typed)
        editor.editingFinished.connect(self.leave)
        editor.returnPressed.connect(self.focus_next)
        layout.addWidget(editor)
        return editor

    def _typed(self, text: str) -> None:
        match = _TIME.match(text)
        if text.strip() and match is None:
            self.reject_input(self.tr("Enter a time as hours and minutes, for example 14:30."))
            return
        self.submit(f"{int(match.group(1)):02d}:{match.group(2)}" if match else None)

    def show_value(self, value: JSONValue) -> None:
        self.editor.setText("" if value is None else str(value))

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)


class AcknowledgeWidget(QuestionWidget):
    """A check box the officer ticks to confirm."""

    editor: QCheckBox

    def build(self, layout: QVBoxLayout) -> QCheckBox:
        editor = QCheckBox(self.tr("Yes, confirmed"), self)
        editor.toggled.connect(lambda on: self.submit("OK" if on else None))
        layout.addWidget(editor)
        return editor

    def show_value(self, value: JSONValue) -> None:
        self.editor.setChecked(value == "OK")


class NoteWidget(QuestionWidget):
    """A note: its label only, with ``${name}`` values filled in and kept current."""

    def build(self, layout: QVBoxLayout) -> None:
        style_label(self.title, "note")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        if "${" in self.ctx.text(self.question.label):
            self.ctx.live_labels.append(self)
        return None

    def show_value(self, value: JSONValue) -> None:
        pass

    def refresh(self) -> None:
        if self.update_visibility() is None:
            return
        self.title.setText(self.ctx.label(self.question))


class CalculateWidget(QuestionWidget):
    """A calculated indicator: a read-only value, updated as the answers it reads change."""

    editor: QLabel

    def build(self, layout: QVBoxLayout) -> QLabel:
        editor = QLabel(self)
        style_label(editor, "calculated")
        editor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(editor)
        return editor

    def show_value(self, value: JSONValue) -> None:
        self.editor.setText(format_calculated(value, self.ctx.conventions))

    def set_read_only(self, read_only: bool) -> None:
        pass

    def refresh(self) -> None:
        relevant = self.update_visibility()
        if relevant:
            self.show_value(self.ctx.session.get(*self.key))
        self._update_title(False)
