"""The field-package window parts on their own: comments beside questions, the send and review dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

try:
    from . import entry_helpers as h
    from .conftest import complete_assessment
except ImportError:  # tests/ui is not a package
    import entry_helpers as h  # type: ignore[no-redef]
    from conftest import complete_assessment  # type: ignore[no-redef]


def _notes(view, name: str) -> list[QLabel]:
    return h.widget_for(view, name).findChildren(QLabel, "return_comment_note")


def test_comments_sit_beside_their_questions_in_the_form_language(qtbot, store, switcher) -> None:
    from needsassess.ui.entry_loader import make_entry_view

    uuid = complete_assessment(store, "waste_management", 0)
    store.review(uuid, "needs_follow_up", "Count the households again", "Aminata")
    store.review(uuid, "needs_follow_up", "Which ward?", "Aminata", question="ward")
    view = make_entry_view(store, uuid, "en", True, None)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    comments = view.return_comments
    assert comments is not None
    assert "Count the households again" in comments.general.text() and "Which ward?" not in comments.general.text()
    comments.links.linkActivated.emit("ward")
    notes = _notes(view, "ward")
    assert len(notes) == 1 and "Which ward?" in notes[0].text() and "Aminata" in notes[0].text()
    assert comments.band.height() < 200  # the form keeps most of a 600-pixel screen
    comments.toggle.click()
    assert comments.scroll.isHidden() and comments.toggle.text() == "Show comments"

    view.set_form_language("ne")  # pages are rebuilt: the notes come back, question labels in Nepali
    view.jump_to("ward", ())
    notes = _notes(view, "ward")
    assert len(notes) == 1 and "Which ward?" in notes[0].text()


def test_an_assessment_without_comments_shows_nothing_extra(qtbot, store) -> None:
    from needsassess.ui.entry_loader import make_entry_view

    uuid = complete_assessment(store, "waste_management", 0)
    store.review(uuid, "approved", "", "Aminata")
    view = make_entry_view(store, uuid, "en", True, None)
    qtbot.addWidget(view)
    assert view.return_comments is None
    assert not view.findChildren(QLabel, "return_comment_note")


def test_send_dialog_choices(qtbot) -> None:
    from needsassess.ui.send_dialog import Officer, SendDialog

    officers = [Officer("A" * 40, "Sita", "dev-1", True), Officer("B" * 40, "Dilnoza", "dev-2", False)]
    dialog = SendDialog(officers, [("energy", "Energy"), ("waterways", "Waterways")], {"waterways"}, 2)
    qtbot.addWidget(dialog)
    assert dialog.choice().sections == ("forms", "datasets", "returns")
    assert dialog.choice().to == ("A" * 40, "B" * 40)
    assert "no returns" in dialog.officers.item(1).text()
    dialog.forms.item(0).setCheckState(Qt.CheckState.Checked)  # retire energy
    dialog.forms.item(1).setCheckState(Qt.CheckState.Unchecked)  # waterways current again
    assert (dialog.choice().retire, dialog.choice().unretire) == (("energy",), ("waterways",))
    for row in range(2):
        dialog.officers.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.choice().sections == ("forms", "datasets")  # an empty list would mean everyone
    assert "tick at least one" in dialog.problem.text()
    for check in (dialog.forms_check, dialog.datasets_check, dialog.returns_check):
        check.setChecked(False)
    assert not dialog.send_button.isEnabled() and dialog.problem.text() == "Choose something to send."
    assert dialog.choice().retire == ()  # forms not sent: the retired list is not changed


def test_review_dialog_lists_questions_by_label_and_shows_the_thread(qtbot, store, switcher) -> None:
    from needsassess.store import ReviewRecord
    from needsassess.ui.review_dialog import ReviewDialog
    from needsassess.ui.review_thread import question_labels

    switcher.switch("uz")
    form = store.forms.latest("waste_management")
    labels = question_labels(form, "uz")
    thread = [ReviewRecord("u", 1, "needs_follow_up", "Qaysi mahalla?", "Aminata", "2026-12-04T10:00:00Z", "ward"),
              ReviewRecord("u", 2, "resubmitted", "Rais bilan tekshirildi", "Sita", "2026-12-05T10:00:00Z")]
    dialog = ReviewDialog("Kaisambo", "needs_follow_up", "", None, questions=labels, thread=thread)
    qtbot.addWidget(dialog)
    assert dialog.question() is None and dialog.question_box.currentText() == "Butun baholash"
    dialog.set_question("ward")
    assert dialog.question() == "ward" and dialog.question_box.currentText() == labels["ward"]
    text = dialog.thread_view.toPlainText()
    assert labels["ward"] in text and "Qayta ishlash kerak" in text and "Qaytarilgandan keyin qayta yuborilgan" in text
    assert "Rais bilan tekshirildi" in text and "butun baholash haqida" in text


def test_send_on_a_folder_without_a_coordinator_key_says_so_at_once(qtbot, window, no_popups) -> None:
    from needsassess.ui.send_dialog import SendDialog

    opened: list[SendDialog] = []
    SendDialog.exec = lambda self: opened.append(self) or 0  # type: ignore[method-assign]
    try:
        window.send_action.trigger()
    finally:
        del SendDialog.exec
    assert not opened
    assert len(no_popups) == 1 and "coordinator key" in no_popups[0][1]
