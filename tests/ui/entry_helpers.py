"""Driving the form-entry view through its widgets, as an officer would, for the entry tests.

Text goes in as key events, one character at a time (``qtbot.keyClicks`` aborts Qt on non-ASCII
text such as Devanagari); choices are clicked; Enter leaves a field. ``fill_answers`` walks a
whole answers document (the demo answer sets) page by page through the widgets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from needsassess.demo.loader import make_png
from needsassess.engine import Group, QType, Question, Repeat
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.question_widgets import QuestionWidget
from needsassess.ui.entry.repeat import RepeatSection

ANSWERS_DIR = Path(__file__).resolve().parents[2] / "needsassess" / "demo" / "answers"


def demo_answers(form_id: str, index: int = 0) -> dict[str, Any]:
    data = json.loads((ANSWERS_DIR / f"{form_id}.json").read_text(encoding="utf-8"))
    return (data if isinstance(data, list) else [data])[index]


def open_view(qtbot, store, form_id: str, language: str = "en", consent: bool = True) -> FormEntryView:
    """The entry view on a new assessment; with ``consent`` the people met have agreed (the shipped
    forms show nothing past the site page before that)."""
    session = None
    if consent:
        from needsassess.engine import FormSession

        session = FormSession(store.forms.latest(form_id), answers={"consent": "yes"})
    record = store.create(form_id, session)
    view = FormEntryView(store, record.uuid, form_language=language)
    qtbot.addWidget(view)
    view.resize(1366, 740)
    view.show()
    return view


def photo(tmp_path: Path, seed: int = 1) -> Path:
    path = tmp_path / f"photo-{seed}.png"
    path.write_bytes(make_png(seed))
    return path


def type_text(editor, text: str) -> None:
    """Type ``text`` into ``editor`` with one key event per character (works for any script)."""
    for ch in text:
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))


def press_enter(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def leave(qtbot, widget: QuestionWidget) -> None:
    """Leave a question: Enter in a line, a focus-out for a multi-line text."""
    editor = widget.editor
    if isinstance(editor, QPlainTextEdit):
        QApplication.sendEvent(editor, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))
    elif isinstance(editor, QLineEdit):
        press_enter(qtbot, editor)
    else:
        widget.leave()


def widget_for(view: FormEntryView, name: str, instance: tuple[int, ...] = ()) -> QuestionWidget:
    widgets = [w for w in view.ctx.widgets_for((name, instance)) if isinstance(w, QuestionWidget)]
    assert widgets, f"no widget for {name}{list(instance)} on the built pages"
    return widgets[0]


def enter(qtbot, view: FormEntryView, name: str, value: Any, instance: tuple[int, ...] = (),
          *, tmp_path: Path | None = None) -> QuestionWidget:
    """Answer one question through its widget."""
    widget = widget_for(view, name, instance)
    assert widget.isVisibleTo(view), f"{name} is hidden"
    kind = widget.question.type
    if kind in (QType.TEXT, QType.BARCODE, QType.INTEGER, QType.DECIMAL, QType.TIME):
        editor = widget.editor
        editor.selectAll()
        QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Delete,
                                                 Qt.KeyboardModifier.NoModifier))
        text = str(value)
        if kind is QType.DECIMAL and isinstance(value, float) and len(text) % 2:
            text = text.replace(".", ",")  # officers type either separator
        type_text(editor, text)
        leave(qtbot, widget)
    elif kind is QType.DATE:
        widget.editor.setDate(QDate.fromString(value, "yyyy-MM-dd"))
    elif kind is QType.SELECT_ONE:
        choose_one(widget, value)
    elif kind is QType.SELECT_MULTIPLE:
        for choice, box in widget.boxes.items():
            if box.isChecked() != (choice in value):
                box.click()
    elif kind is QType.GEOPOINT:
        for part, field in widget.fields.items():
            field.clear()
            if part in value:
                type_text(field, str(value[part]))
        press_enter(qtbot, widget.fields["accuracy"])
    elif kind in (QType.GEOTRACE, QType.GEOSHAPE):
        type_points(qtbot, widget, value)
    elif kind is QType.IMAGE:
        assert tmp_path is not None
        widget.attach(photo(tmp_path, hash(name) % 1000))
    elif kind is QType.ACKNOWLEDGE and widget.editor.isChecked() != (value == "OK"):
        widget.editor.click()
    return widget


def type_points(qtbot, widget, points: list[dict[str, float]]) -> None:
    """A line or area as an officer types it: one point a line, "lat lon alt accuracy"."""
    widget.editor.setFocus()
    widget.editor.clear()
    for n, point in enumerate(points):
        if n:
            qtbot.keyClick(widget.editor, Qt.Key.Key_Return)
        type_text(widget.editor, " ".join(str(point[k]) for k in ("lat", "lon", "alt", "accuracy") if k in point))
    widget.leave()


def choose_one(widget, value: str) -> None:
    if widget.combo is not None:
        index = widget.combo.findData(value)
        assert index > 0, f"{value} is not offered for {widget.question.name}"
        widget.combo.setCurrentIndex(index)
        widget.combo.activated.emit(index)
        return
    for button in widget.group.buttons():
        if button.property("choice") == value:
            button.click()
            return
    raise AssertionError(f"{value} is not offered for {widget.question.name}")


def repeat_section(view: FormEntryView, name: str, instance: tuple[int, ...] = ()) -> RepeatSection:
    sections = [w for w in view.ctx.widgets_for((name, instance)) if isinstance(w, RepeatSection)]
    assert sections, f"no repeat section {name}"
    return sections[0]


def fill_answers(qtbot, view: FormEntryView, answers: dict[str, Any], tmp_path: Path) -> None:
    """Fill a whole form page by page with Next, through the widgets; photos where the form asks."""
    for index, page in enumerate(view.pages):
        assert view.current_index() == index or view.page_list.item(index).isHidden()
        if view.current_index() != index:
            continue
        _fill_children(qtbot, view, (page,) if isinstance(page, Repeat) else page.children, answers, (),
                       tmp_path)
        view.next_button.click()


def _fill_children(qtbot, view, children, answers, instance, tmp_path) -> None:
    for element in children:
        if isinstance(element, Repeat):
            section = repeat_section(view, element.name, instance)
            for number, item in enumerate(answers.get(element.name, [])):
                if section.count() <= number:
                    section.add_button.click()
                _fill_children(qtbot, view, element.children, item, (*instance, number), tmp_path)
        elif isinstance(element, Group):
            _fill_children(qtbot, view, element.children, answers, instance, tmp_path)
        elif isinstance(element, Question) and element.is_input:
            value = answers.get(element.name)
            if element.type is QType.IMAGE and value is None:
                value = "photo"
            if value is not None:
                enter(qtbot, view, element.name, value, instance, tmp_path=tmp_path)
