"""Repeats on a page: one labelled frame per instance ("Pit 2"), add, and remove with confirmation.

Instances are addressed by position, so removing one shifts those after it: their frames are
rebuilt from that position on, while the frames before it stay as they are. A ``repeat_count``
expression decides the number of instances itself; then there are no add or remove buttons.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from needsassess.engine import Repeat
from needsassess.errors import UserError
from needsassess.locale import format_number
from needsassess.ui.entry.context import EntryContext
from needsassess.ui.entry.page import build_children, unregister_tree
from needsassess.ui.entry.style import style_label, style_panel


class InstanceFrame(QFrame):
    """One instance of a repeat, with its number in its title."""

    def __init__(self, section: RepeatSection, index: int) -> None:
        super().__init__(section)
        ctx, repeat = section.ctx, section.repeat
        self.section, self.index = section, index
        self.instance = (*section.instance, index)
        self.setObjectName("instance")
        style_panel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(0)
        header = QHBoxLayout()
        self.title = QLabel(section.instance_name(index), self)
        style_label(self.title, "instanceTitle")
        header.addWidget(self.title, 1)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove {name}").format(name=self.title.text()))
        self.remove_button.clicked.connect(lambda: section.remove(self.index))
        header.addWidget(self.remove_button)
        layout.addLayout(header)
        build_children(ctx, repeat.children, self.instance, layout, self)


class RepeatSection(QFrame):
    def __init__(self, ctx: EntryContext, repeat: Repeat, instance: tuple[int, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.repeat, self.instance = ctx, repeat, instance
        self.key = (repeat.name, instance)
        self.setObjectName("repeat")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        self.frames: list[InstanceFrame] = []
        self.frames_layout = QVBoxLayout()
        self.frames_layout.setSpacing(8)
        layout.addLayout(self.frames_layout)
        self.empty = QLabel(self.tr("None added yet."), self)
        style_label(self.empty, "hint")
        layout.addWidget(self.empty)
        self.add_button = QPushButton(self.tr("Add: {name}").format(name=ctx.label(repeat)), self)
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        ctx.register(self.key, self)
        self.refresh()

    def instance_name(self, index: int) -> str:
        return self.tr("{name} {number}").format(name=self.ctx.label(self.repeat),
                                                 number=format_number(index + 1, self.ctx.conventions))

    def count(self) -> int:
        return int(self.ctx.session.instance_count(*self.key))

    def refresh(self) -> None:
        try:
            relevant = self.ctx.session.relevant(*self.key)
        except UserError:  # inside a removed instance: the outer section rebuilds it
            return
        if self.isHidden() == relevant:
            self.setHidden(not relevant)
        self.sync(len(self.frames) if self.count() >= len(self.frames) else self.count())

    def sync(self, keep: int) -> None:
        """Keep the first ``keep`` frames; rebuild the rest to match the session's instances."""
        self.sync_drop(keep)
        for index in range(keep, self.count()):
            frame = InstanceFrame(self, index)
            self.frames.append(frame)
            self.frames_layout.addWidget(frame)
            frame.show()
        self._update_buttons()

    def sync_drop(self, keep: int) -> None:
        for frame in self.frames[keep:]:
            unregister_tree(self.ctx, frame)
            frame.hide()
            frame.deleteLater()
        del self.frames[keep:]

    def _update_buttons(self) -> None:
        editable = not self.ctx.read_only and self.repeat.repeat_count is None
        count = len(self.frames)
        self.empty.setVisible(count == 0)
        self.add_button.setVisible(editable)
        self.add_button.setEnabled(self.repeat.max_count is None or count < self.repeat.max_count)
        for frame in self.frames:
            frame.remove_button.setVisible(editable)
            frame.remove_button.setEnabled(count > self.repeat.min_count)

    def add(self) -> None:
        index = self.ctx.saver.add_instance(self.repeat.name, self.instance)
        if len(self.frames) <= index:  # normally the view's refresh has added the frame already
            self.sync(len(self.frames))
        frame = self.frames[index]
        widgets = [w for w in frame.findChildren(QWidget) if hasattr(w, "focus_editor")]
        if widgets:
            widgets[0].focus_editor()

    def remove(self, index: int) -> None:
        name = self.instance_name(index)
        answer = QMessageBox.question(
            self, self.tr("Remove {name}?").format(name=name),
            self.tr("Remove {name} and every answer in it? This cannot be undone.").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        # Drop the frames from this one on first: the refresh that follows the removal rebuilds
        # them at their new positions.
        self.sync_drop(index)
        self.ctx.saver.remove_instance(self.repeat.name, index, self.instance)
        self.sync(len(self.frames))
