"""The entry view's rules, one at a time: skip logic, live calculations, messages after leaving a
field, repeats, photos, autosave (pause, leaving, closing, a failing store), review and finalize,
language and keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from needsassess.store import StoreError, open_store
from needsassess.ui.entry.review import Link

try:
    from . import entry_helpers as h
except ImportError:  # tests/ui is not a package
    import entry_helpers as h  # type: ignore[no-redef]


@pytest.fixture
def store(tmp_path: Path):
    store = open_store(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def view(qtbot, store):
    return h.open_view(qtbot, store, "waste_management")


def page_of(view, name: str) -> int:
    return next(i for i, p in enumerate(view.pages) if p.name == name)


def test_skip_logic_shows_and_hides_questions_live(qtbot, view) -> None:
    view.show_page(page_of(view, "collection"))
    details = next(iter(view.ctx.widgets_for(("collection_details", ()))))
    assert details.isHidden()
    h.enter(qtbot, view, "collection_exists", "yes")
    assert details.isVisibleTo(view)
    h.enter(qtbot, view, "collection_exists", "no")
    assert details.isHidden()


def test_calculations_update_live(qtbot, view) -> None:
    view.show_page(page_of(view, "people"))
    total = h.widget_for(view, "people_total")
    assert total.editor.text() == "0"
    h.enter(qtbot, view, "women_met", 14)
    h.enter(qtbot, view, "men_met", 9)
    assert total.editor.text() == "23"


def test_constraint_message_appears_after_leaving_not_while_typing(qtbot, view) -> None:
    view.show_page(page_of(view, "people"))
    widget = h.widget_for(view, "women_met")
    h.type_text(widget.editor, "900")
    view.save_pending()  # even saved, the message waits until the officer leaves the field
    assert widget.message is None or widget.message.isHidden()
    h.press_enter(qtbot, widget.editor)
    assert widget.message.isVisibleTo(view)
    assert widget.message.text() == "A whole number from 0 to 500."
    widget.editor.clear()
    h.type_text(widget.editor, "12")
    h.press_enter(qtbot, widget.editor)
    assert widget.message.isHidden()


def test_messages_and_labels_follow_the_form_language(qtbot, store) -> None:
    view = h.open_view(qtbot, store, "waste_management", "ne")
    view.show_page(page_of(view, "people"))
    widget = h.enter(qtbot, view, "women_met", 900)
    assert widget.message.text() == "० देखि ५०० सम्मको पूर्ण सङ्ख्या।"
    view.set_form_language("uz")
    widget = h.widget_for(view, "women_met")
    assert widget.title.text() == "Uchrashilgan ayollar soni"
    assert widget.message.text() == "0 dan 500 gacha butun son."
    assert view.page_list.item(0).text() == "Joy"


def test_text_that_is_not_a_number_is_refused_without_a_pop_up(qtbot, view) -> None:
    view.show_page(page_of(view, "people"))
    widget = h.enter(qtbot, view, "women_met", "twelve")
    assert "whole number" in widget.message.text()
    assert view.session.get("women_met") is None


def test_decimal_accepts_comma_and_devanagari_digits(qtbot, view) -> None:
    view.show_page(page_of(view, "generation"))
    h.enter(qtbot, view, "kg_per_household", "0,45")
    assert view.session.get("kg_per_household") == 0.45
    h.enter(qtbot, view, "kg_per_household", "१.५")
    assert view.session.get("kg_per_household") == 1.5


def test_cascading_select_offers_only_the_countrys_regions(qtbot, view) -> None:
    region = h.widget_for(view, "region")
    h.enter(qtbot, view, "country", "uzbekistan")
    offered = {region.combo.itemData(i) for i in range(1, region.combo.count())}
    assert "bukhara" in offered and "lumbini" not in offered
    h.enter(qtbot, view, "region", "bukhara")
    h.enter(qtbot, view, "country", "nepal")
    assert region.combo.findData("bukhara") == -1


def test_repeat_add_and_remove_with_confirmation(qtbot, view, store, monkeypatch) -> None:
    view.show_page(page_of(view, "people"))
    section = h.repeat_section(view, "people_met")
    for _ in range(3):
        section.add_button.click()
    assert [f.title.text() for f in section.frames] == ["Person met 1", "Person met 2", "Person met 3"]
    h.enter(qtbot, view, "person_name", "गीता चौधरी", (1,))
    h.enter(qtbot, view, "person_name", "Dilnoza Karimova", (2,))
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    section.frames[1].remove_button.click()  # answered No: nothing removed
    assert section.count() == 3
    section.frames[1].remove_button.click()
    assert [f.title.text() for f in section.frames] == ["Person met 1", "Person met 2"]
    assert h.widget_for(view, "person_name", (1,)).editor.text() == "Dilnoza Karimova"
    people = store.get(view.uuid).answers["people_met"]
    assert [p.get("person_name") for p in people] == [None, "Dilnoza Karimova"]
    counts = [(e.question, e.old, e.new) for e in store.audit(view.uuid) if e.question == "people_met"]
    assert counts == [("people_met", 0, 1), ("people_met", 1, 2), ("people_met", 2, 3), ("people_met", 3, 2)]


def test_skip_logic_inside_a_repeat_instance(qtbot, view) -> None:
    view.show_page(page_of(view, "people"))
    h.repeat_section(view, "people_met").add_button.click()
    other = h.widget_for(view, "person_role_other", (0,))
    assert other.isHidden()
    h.enter(qtbot, view, "person_role", "other", (0,))
    assert other.isVisibleTo(view)


def test_attach_and_remove_a_photo(qtbot, view, store, tmp_path: Path) -> None:
    view.show_page(page_of(view, "facilities"))
    h.enter(qtbot, view, "sites_known", "yes")
    h.repeat_section(view, "dumpsite").add_button.click()
    widget = h.widget_for(view, "site_photo", (0,))
    monkeypatch_path = h.photo(tmp_path, 7)
    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getOpenFileName
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(monkeypatch_path), ""))
    try:
        widget.choose_button.click()
    finally:
        QFileDialog.getOpenFileName = original
    sha = view.session.get("site_photo", (0,))
    assert sha is not None and len(sha) == 64
    assert not widget.thumbnail.pixmap().isNull()
    assert store.attachment_path(sha).read_bytes() == monkeypatch_path.read_bytes()
    assert store.get(view.uuid).answers["dumpsite"][0]["site_photo"] == sha
    widget.remove_button.click()
    assert view.session.get("site_photo", (0,)) is None


def test_geopoint_paste_and_range_check(qtbot, view) -> None:
    widget = h.widget_for(view, "gps")
    QApplication.clipboard().setText("28.1032, 81.6241")
    widget.paste_button.click()
    assert view.session.get("gps") == {"lat": 28.1032, "lon": 81.6241}
    widget.fields["lat"].clear()
    h.type_text(widget.fields["lat"], "128")
    h.press_enter(qtbot, widget.fields["lat"])
    assert widget.message.text() == "The latitude must be a number from -90 to 90."
    assert view.session.get("gps") == {"lat": 28.1032, "lon": 81.6241}


def test_text_saves_after_the_pause(qtbot, view, store) -> None:
    widget = h.widget_for(view, "district")
    h.type_text(widget.editor, "Banke")
    assert store.get(view.uuid).answers.get("district") is None  # not on every keystroke
    qtbot.waitUntil(lambda: store.get(view.uuid).answers.get("district") == "Banke", timeout=3000)
    assert view.header.saved.text().startswith("Saved ")


def test_text_waiting_for_its_pause_is_saved_when_the_view_closes(qtbot, view, store) -> None:
    widget = h.widget_for(view, "settlement")
    h.type_text(widget.editor, "खजुरा बजार")
    with qtbot.waitSignal(view.closed, timeout=1000):
        view.header.back_button.click()
    assert store.get(view.uuid).answers["settlement"] == "खजुरा बजार"


def test_ctrl_s_saves_pending_text(qtbot, view, store) -> None:
    widget = h.widget_for(view, "ward")
    h.type_text(widget.editor, "Mahalla 5")
    qtbot.keyClick(widget.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert store.get(view.uuid).answers["ward"] == "Mahalla 5"


def test_a_failing_store_keeps_the_typed_value_and_retries(qtbot, view, store, monkeypatch) -> None:
    real_save = store.save_draft
    failing = {"on": True}

    def save_draft(*args, **kwargs):
        if failing["on"]:
            raise StoreError("The disk holding the data folder is full.", kind="disk_full")
        return real_save(*args, **kwargs)

    monkeypatch.setattr(store, "save_draft", save_draft)
    widget = h.enter(qtbot, view, "municipality", "Buxoro shahri")
    assert view.message_bar.isVisibleTo(view)
    assert "disk" in view.message_bar.text.text()
    assert view.header.saved.text() == "Not saved"
    assert widget.editor.text() == "Buxoro shahri"
    failing["on"] = False
    h.enter(qtbot, view, "settlement", "Eski shahar")  # the next change saves both
    assert view.message_bar.isHidden()
    answers = store.get(view.uuid).answers
    assert (answers["municipality"], answers["settlement"]) == ("Buxoro shahri", "Eski shahar")
    changed = [e.question for e in store.audit(view.uuid) if e.event == "answer_changed"]
    assert changed == ["municipality", "settlement"]


def test_review_lists_problems_links_to_them_and_gates_finalize(qtbot, view) -> None:
    view.show_page(len(view.pages))
    assert view.current_page() is view.review
    assert not view.review.finalize_button.isEnabled()
    links = [b for b in view.review.links.findChildren(Link)
             if b.objectName() == "problemLink" and not b.isHidden()]
    assert links[0].plain == "Country — Choose the country."
    households = next(b for b in links if b.plain.startswith("Households in the area"))
    households.click()
    assert view.current_index() == page_of(view, "population_page")
    assert view.current_page().find_question("households", ()) is not None


def test_page_list_shows_page_states(qtbot, view) -> None:
    view.show_page(page_of(view, "people"))
    h.enter(qtbot, view, "women_met", 900)
    assert view.page_list.item(page_of(view, "people")).data(Qt.ItemDataRole.UserRole) == "problems"
    assert view.page_list.item(page_of(view, "finance")).data(Qt.ItemDataRole.UserRole) == "untouched"


def test_keyboard_next_back_and_enter(qtbot, view) -> None:
    qtbot.keyClick(view.page_list, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.current_index() == 1
    qtbot.keyClick(view.page_list, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current_index() == 0
    view.activateWindow()
    district = h.widget_for(view, "district")
    district.editor.setFocus()
    qtbot.waitUntil(district.editor.hasFocus, timeout=1000)
    qtbot.keyClick(district.editor, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is h.widget_for(view, "municipality").editor


def test_every_control_has_an_accessible_name(qtbot, view) -> None:
    for index in range(len(view.pages)):
        view.show_page(index)
        for widget in view.current_page().question_widgets():
            if widget.editor is not None:
                assert widget.editor.accessibleName(), widget.question.name
            for edit in widget.findChildren(QLineEdit):
                assert edit.accessibleName() or edit.parent() is not widget, widget.question.name


def test_language_change_event_retranslates(qtbot, view) -> None:
    view.show_page(1)
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert view.next_button.text() == "Next"
    assert view.current_index() == 1
    assert view.current_page().question_widgets()


def test_finalized_assessment_opens_read_only(qtbot, store) -> None:
    from needsassess.engine import FormSession

    form = store.forms.latest("waste_management")
    session = FormSession.from_answers(form, h.demo_answers("waste_management", 1))
    record = store.create("waste_management", session)
    store.finalize(record.uuid, session)
    view = h.FormEntryView(store, record.uuid, form_language="uz")
    qtbot.addWidget(view)
    assert view.ctx.read_only
    assert h.widget_for(view, "settlement").editor.isReadOnly()
    view.show_page(len(view.pages))
    assert not view.review.finalize_button.isVisibleTo(view)
