"""The window words core errors in the interface language (the catalogue's text), not in English."""

from __future__ import annotations

from needsassess.store import AssessmentStore
from needsassess.store.errors import environment_error


def _disk_full(store: AssessmentStore):
    def broken(_query):
        raise environment_error("disk_full", store.location, "count the assessments")

    return broken


def test_a_store_error_is_shown_in_nepali(window, switcher, store, no_popups, monkeypatch) -> None:
    assert switcher.switch("ne")
    monkeypatch.setattr(store, "count", _disk_full(store))

    window.update_counts()  # the status bar
    status = window.statusBar().currentMessage()
    assert "डिस्क भरिएको छ" in status and "मूल्याङ्कनहरू गन्न सकेन" in status

    window.start_page.model.refresh()  # the list: a message box
    assert no_popups and no_popups[-1][0] == "warning"
    shown = no_popups[-1][1]
    assert shown.startswith(f"{store.location} भएको डिस्क भरिएको छ") and "The disk" not in shown


def test_the_same_error_is_english_after_switching_back(window, switcher, store, no_popups, monkeypatch) -> None:
    switcher.switch("uz")
    switcher.switch("en")
    monkeypatch.setattr(store, "count", _disk_full(store))
    window.update_counts()
    assert window.statusBar().currentMessage().startswith(f"The disk holding {store.location} is full")


def _entry_helpers():
    try:
        from . import entry_helpers
    except ImportError:  # tests/ui is not a package
        import entry_helpers  # type: ignore[no-redef]
    return entry_helpers


def test_a_refused_answer_is_shown_under_its_question_in_the_form_language(qtbot, store) -> None:
    h = _entry_helpers()
    view = h.open_view(qtbot, store, "waste_management", "ne")
    view.show_page(next(i for i, p in enumerate(view.pages) if p.name == "people"))
    widget = h.enter(qtbot, view, "women_met", "9" * 17)  # a whole number, but past what is kept exactly
    assert widget.message.isVisibleTo(view)
    assert widget.message.text() == "सङ्ख्या धेरै ठूलो भयो"
    assert view.session.get("women_met") is None

    view.set_form_language("uz")
    widget = h.enter(qtbot, view, "women_met", "9" * 18)
    assert widget.message.text() == "son juda katta"


def test_an_xlsform_error_from_the_form_check_is_shown_in_nepali(qtbot, switcher) -> None:
    from needsassess.engine.errors import FormErrorCode, make_problem
    from needsassess.errors.xlsform_codes import XLSFormReason
    from needsassess.ui.xlsform_dialog import XLSFormReportDialog
    from needsassess.xlsform.importer import form_check
    from needsassess.xlsform.report import ERROR, ImportReport

    problem = make_problem(FormErrorCode.EMPTY_CHOICES, "village.xlsx", question="crop", value="crops")
    report = ImportReport()
    report.add(ERROR, "survey", 4, "type", form_check(problem))
    report.add(ERROR, "survey", None, None, XLSFormReason.NO_CHOICES_SHEET)
    assert switcher.switch("ne")
    dialog = XLSFormReportDialog("village.xlsx", report)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 3).text() == (
        "विकल्पको सूची 'crops' मा कुनै विकल्प छैन। कम्तीमा एउटा विकल्प थप्नुहोस्।"
    )
    assert dialog.table.item(1, 3).text().startswith("फारममा विकल्प छान्ने प्रश्न छन् तर choices पाना छैन")
    assert str(report.entries[0]).endswith("the choice list 'crops' has no choices. Add at least one choice.")
