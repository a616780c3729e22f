"""Coordinator → Send to officers…: who gets a field package and what goes in it.

The coordinator ticks the officers (the keys enrolled here) and the contents: the current forms (and
which forms are retired, so officers can no longer start them), the datasets those forms name, and
the assessments waiting on a follow-up with their comments. An officer whose key file has no
encryption key can receive forms and lists but no returned assessments (those carry household data
and are sealed to each officer's device). ``choice()`` says what to send; ``ui.actions`` asks for the
file, runs ``sync.field_send`` on a worker thread and shows ``describe_send``. Fits 1024 × 600.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from needsassess.ui.naming import named

if TYPE_CHECKING:
    from needsassess.sync.field_send import SendResult

FINGERPRINT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Officer:
    """An enrolled officer key, as the dialog lists it."""

    fingerprint: str
    officer: str
    device_id: str
    can_receive_returns: bool


@dataclass(frozen=True)
class SendChoice:
    """What to send (the arguments of ``sync.field_send.send_field_package``)."""

    to: tuple[str, ...]
    sections: tuple[str, ...]
    retire: tuple[str, ...]
    unretire: tuple[str, ...]


class SendDialog(QDialog):
    """Officers and contents of a field package; ``choice()`` once accepted."""

    def __init__(self, officers: Sequence[Officer], forms: Sequence[tuple[str, str]], retired: set[str],
                 follow_ups: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("send_dialog")
        self.setWindowTitle(self.tr("Send to officers"))
        self._retired_before = set(retired)
        intro = QLabel(self.tr("A field package carries forms, lists and assessments returned for follow-up "
                               "back to officers' laptops, signed by you. Officers import it with Import…"))
        intro.setWordWrap(True)
        self.officers = named(QListWidget(), "send_officers")
        self.officers.setAccessibleName(self.tr("Officers"))
        self.officers.setWordWrap(True)  # a long name and its note wrap instead of scrolling sideways
        self.officers.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for officer in officers:
            text = self.tr("{officer} · device {device}").format(officer=officer.officer or self.tr("(no name)"),
                                                                 device=officer.device_id[:8])
            if not officer.can_receive_returns:
                text += " · " + self.tr("no returns: old key file")
            item = QListWidgetItem(text)
            item.setData(FINGERPRINT_ROLE, officer.fingerprint)
            item.setToolTip(self.tr("Key fingerprint: {fingerprint}").format(fingerprint=officer.fingerprint)
                            + ("" if officer.can_receive_returns else "\n" + self.tr(
                                "This officer's key file has no encryption key, so returned assessments cannot "
                                "be sealed to it. Ask the officer for a new key file (Settings → Keys).")))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.officers.addItem(item)
        officers_box = QGroupBox(self.tr("Officers"))
        officers_layout = QVBoxLayout(officers_box)
        if not officers:
            none = QLabel(self.tr("No officer key is enrolled yet: import an officer's package and accept the "
                                  "key first. Forms and lists can still be sent to every officer."))
            none.setWordWrap(True)
            officers_layout.addWidget(none)
        officers_layout.addWidget(self.officers, 1)
        self.forms_check = named(QCheckBox(self.tr("Forms (the current version of each)")), "send_forms")
        self.datasets_check = named(QCheckBox(self.tr("Lists the forms use (sites, households)")), "send_datasets")
        self.returns_check = named(QCheckBox(self.tr("Assessments returned for follow-up ({count})").format(
            count=follow_ups)), "send_returns")
        for check in (self.forms_check, self.datasets_check, self.returns_check):
            check.setChecked(True)
            check.toggled.connect(self._update)
        self.forms = named(QListWidget(), "send_retired_forms")
        self.forms.setAccessibleName(self.tr("Retired forms"))
        for form_id, title in forms:
            item = QListWidgetItem(title)
            item.setData(FINGERPRINT_ROLE, form_id)
            item.setToolTip(form_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if form_id in retired else Qt.CheckState.Unchecked)
            self.forms.addItem(item)
        contents_box = QGroupBox(self.tr("Contents"))
        contents = QVBoxLayout(contents_box)
        for check in (self.forms_check, self.datasets_check, self.returns_check):
            contents.addWidget(check)
        self.retire_label = QLabel(self.tr("Retired forms (ticked: officers can no longer start them):"))
        self.retire_label.setWordWrap(True)
        self.retire_label.setBuddy(self.forms)
        contents.addWidget(self.retire_label)
        contents.addWidget(self.forms, 1)
        columns = QHBoxLayout()
        columns.addWidget(officers_box, 1)
        columns.addWidget(contents_box, 1)
        self.problem = named(QLabel(), "send_problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Save package…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.officers.itemChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(820, 480)
        self._update()

    def _checked(self, widget: QListWidget) -> list[str]:
        items = (widget.item(i) for i in range(widget.count()))
        return [str(i.data(FINGERPRINT_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        self.forms.setEnabled(self.forms_check.isChecked())
        self.retire_label.setEnabled(self.forms_check.isChecked())
        choice = self.choice()
        if not choice.sections:
            self.problem.setText(self.tr("Choose something to send."))
        elif self.returns_check.isChecked() and "returns" not in choice.sections:
            self.problem.setText(self.tr("Returned assessments go only to ticked officers: tick at least one."))
        else:
            self.problem.setText("")
        self.send_button.setEnabled(bool(choice.sections))

    def choice(self) -> SendChoice:
        to = tuple(self._checked(self.officers))
        sections = [name for name, check in (("forms", self.forms_check), ("datasets", self.datasets_check),
                                             ("returns", self.returns_check)) if check.isChecked()]
        if not to and "returns" in sections:
            sections.remove("returns")  # nobody to seal them to (an empty list would mean everyone)
        retired = set(self._checked(self.forms)) if self.forms_check.isChecked() else self._retired_before
        return SendChoice(to, tuple(sections), tuple(sorted(retired - self._retired_before)),
                          tuple(sorted(self._retired_before - retired)))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SendResult", text)


def describe_send(result: SendResult, titles: dict[str, str], officers: dict[str, str]) -> str:
    """What went into a field package, in a few lines of the interface language.

    ``titles``: uuid → title of the follow-ups not addressed; ``officers``: fingerprint → name.
    """
    none = _tr("none")
    lines = [_tr("Field package {number} saved to {path}").format(number=result.sequence, path=result.path),
             _tr("Forms: {forms}").format(forms=", ".join(result.forms) or none),
             _tr("Retired forms: {forms}").format(forms=", ".join(result.retired) or none),
             _tr("Lists: {names}").format(names=", ".join(result.datasets) or none)]
    if result.returned:
        for fingerprint, count in sorted(result.returned.items()):
            lines.append(_tr("Returned to {officer}: {count} assessments").format(
                officer=officers.get(fingerprint) or fingerprint, count=count))
    else:
        lines.append(_tr("Returned assessments: none"))
    if result.not_addressed:
        lines.append(_tr("Not sent (their officer was not ticked or cannot receive returns): {titles}").format(
            titles="; ".join(titles.get(u) or u for u in result.not_addressed)))
    return "\n".join(lines)
