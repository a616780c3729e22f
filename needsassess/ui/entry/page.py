"""One page of the form: the widgets of one top-level group, built once from the model.

Nested groups become titled sections and repeats become repeat sections; each question gets the
widget of its type. The page is built the first time it is shown and then kept: an answer change
refreshes only the widgets it affects, never the page.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from needsassess.engine import Group, QType, Question, Repeat
from needsassess.engine.model import Element
from needsassess.errors import UserError
from needsassess.ui.entry.choice_widgets import SelectMultipleWidget, SelectOneWidget
from needsassess.ui.entry.context import EntryContext, Registered
from needsassess.ui.entry.date_widgets import DateWidget, date_widget_class
from needsassess.ui.entry.geo_widgets import PointsWidget
from needsassess.ui.entry.media_widgets import GeopointWidget, ImageWidget
from needsassess.ui.entry.question_widgets import (
    AcknowledgeWidget,
    CalculateWidget,
    NoteWidget,
    NumberWidget,
    QuestionWidget,
    TextWidget,
    TimeWidget,
)
from needsassess.ui.entry.style import style_label

WIDGETS: dict[QType, type[QuestionWidget]] = {
    QType.TEXT: TextWidget, QType.BARCODE: TextWidget, QType.INTEGER: NumberWidget,
    QType.DECIMAL: NumberWidget, QType.DATE: DateWidget, QType.TIME: TimeWidget,
    QType.SELECT_ONE: SelectOneWidget, QType.SELECT_MULTIPLE: SelectMultipleWidget,
    QType.GEOPOINT: GeopointWidget, QType.IMAGE: ImageWidget, QType.NOTE: NoteWidget,
    QType.CALCULATE: CalculateWidget, QType.ACKNOWLEDGE: AcknowledgeWidget,
    QType.GEOTRACE: PointsWidget, QType.GEOSHAPE: PointsWidget,
}
PAGE_WIDTH = 760  # wider lines are hard to read; the page is centred in the space left


def question_widget(ctx: EntryContext, question: Question, instance: tuple[int, ...],
                    parent: QWidget) -> QuestionWidget | None:
    """The widget for one question, or None when it is not shown (metadata, unlabelled calculations)."""
    kind = WIDGETS.get(question.type)
    if kind is None or (question.type is QType.CALCULATE and question.label is None):
        return None
    if kind is DateWidget:  # Bikram Sambat in the Nepali window
        kind = date_widget_class(ctx.conventions.calendar)
    return kind(ctx, question, instance, parent)


def build_children(ctx: EntryContext, children: tuple[Element, ...], instance: tuple[int, ...],
                   layout: QVBoxLayout, parent: QWidget) -> None:
    """Add the widgets of ``children`` (questions, groups, repeats) to ``layout``, in form order."""
    from needsassess.ui.entry.repeat import RepeatSection  # repeat sections build pages' children too

    for element in children:
        if isinstance(element, Repeat):
            widget: QWidget | None = RepeatSection(ctx, element, instance, parent)
        elif isinstance(element, Group):
            widget = GroupSection(ctx, element, instance, parent)
        else:
            widget = question_widget(ctx, element, instance, parent)
        if widget is not None:
            layout.addWidget(widget)


def unregister_tree(ctx: EntryContext, root: QWidget) -> None:
    """Forget the widgets under ``root`` (a removed repeat instance, a page being rebuilt)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, Registered):
            ctx.unregister(widget.key, widget)
            if widget in ctx.live_labels:
                ctx.live_labels.remove(widget)


class GroupSection(QFrame):
    """A nested group: a titled section, hidden with everything in it when not relevant."""

    def __init__(self, ctx: EntryContext, group: Group, instance: tuple[int, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.group, self.key = ctx, group, (group.name, instance)
        self.setObjectName("section")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(0)
        if group.label is not None:
            title = QLabel(ctx.label(group), self)
            style_label(title, "sectionTitle")
            title.setWordWrap(True)
            layout.addWidget(title)
        build_children(ctx, group.children, instance, layout, self)
        ctx.register(self.key, self)
        self.refresh()

    def refresh(self) -> None:
        try:
            relevant = self.ctx.session.relevant(*self.key)
        except UserError:  # inside a removed repeat instance: the repeat section rebuilds it
            return
        if self.isHidden() == relevant:
            self.setHidden(not relevant)


class FormPage(QScrollArea):
    """A scrollable page for one top-level group (or repeat)."""

    def __init__(self, ctx: EntryContext, group: Group, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.group = ctx, group
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        outer = QWidget(self)
        outer.setObjectName("page")
        self.body = QWidget(outer)
        self.body.setMaximumWidth(PAGE_WIDTH)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(24, 12, 24, 24)
        layout.setSpacing(2)
        title = QLabel(ctx.label(group), self.body)
        style_label(title, "pageTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        if isinstance(group, Repeat):
            build_children(ctx, (group,), (), layout, self.body)
        else:
            build_children(ctx, group.children, (), layout, self.body)
        layout.addStretch(1)
        centre = QHBoxLayout(outer)  # the body takes up to PAGE_WIDTH; the rest is shared either side
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(self.body, 100)
        centre.addStretch(1)
        self.setWidget(outer)

    def question_widgets(self) -> list[QuestionWidget]:
        return self.body.findChildren(QuestionWidget)

    def find_question(self, name: str, instance: tuple[int, ...]) -> QuestionWidget | None:
        for widget in self.ctx.widgets_for((name, instance)):
            if isinstance(widget, QuestionWidget) and self.body.isAncestorOf(widget):
                return widget
        return None

    def show_question(self, widget: QWidget) -> None:
        """Scroll to a question and put the cursor in it (from the review page's links)."""
        self.ensureWidgetVisible(widget, 50, 80)
        if isinstance(widget, QuestionWidget):
            widget.focus_editor()
