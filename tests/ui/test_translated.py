"""Not one English word left in Nepali and Uzbek: every window, dialog, form page and message box.

Each screen of ``screens.SCREENS`` is built in English and then in Nepali or Uzbek on the same data;
a visible string (label, button, menu, tooltip, heading, placeholder, window title) of the Nepali or
Uzbek screen that is also one of the English screen's strings is untranslated, and so is a Nepali
string with an English word in it. Data (titles, sites, officers, paths, fingerprints, numbers,
dates) and the proper names and codes in ``ALLOWED`` are the exceptions. The message boxes are
opened for real (Qt's static functions) and read while they wait for an answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

try:
    from .screens import SCREENS, Scene, build_scene, visible_texts
except ImportError:  # tests/ui is not a package
    from screens import SCREENS, Scene, build_scene, visible_texts  # type: ignore[no-redef]

# Proper names, codes and words that read the same in every language, kept short on purpose.
ALLOWED_WORDS = {
    "needsassess", "PDF", "CSV", "Excel", "XLSForm", "ODK", "KoboToolbox", "SurveyCTO", "USB", "GPS", "uuid",
    "Ctrl", "Alt", "Left", "Right", "English", "A4", "Letter", "OK", "xlsx", "napkg", "zip",
    "Shift", "Delete",  # key names as printed on the keyboard
    "backups",  # the name of the data folder's backups folder, which is the same on every laptop
}
# Whole strings that may equal the English one: language names (each in its own language), paper
# sizes; in Uzbek, words written the same in both languages.
ALLOWED_TEXTS = {
    "ne": {"English", "A4", "Letter"},
    "uz": {"English", "A4", "Letter", "OK", "Nepal", "Generator"},
}
LANGUAGE_NAMES = ("English", "नेपाली", "Oʻzbekcha")
DATA_PATTERNS = (
    r"[\w./-]*/[\w./-]+",  # paths
    r"\b[0-9A-Z]{4}( [0-9A-Z]{4}){7}\b",  # a key fingerprint
    r"\b[0-9a-f]{8}-[0-9a-f-]{27}\b",  # uuids
    r"<[^>]+>",  # rich-text tags
    r"\(&[A-Z]\)",  # a Latin shortcut suffix (see test_shortcut_markers.py)
    r"\b\w+_\w+\b",  # ids such as waste_management
    r"[\w-]+\.(xlsx|napkg|pdf|csv)\b",  # file names
)

# (screen, text) known to stay English because of contents another area of work is changing; each
# with the reason. Empty: nothing is pending.
PENDING: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> Iterator[Scene]:
    built = build_scene(tmp_path_factory.mktemp("words"))
    yield built
    built.close()


def data_strings(scene: Scene) -> set[str]:
    """Titles, sites and officers of every assessment: data, shown as typed."""
    from needsassess.store import ListQuery

    found: set[str] = {"Sita Tharu", "Dilnoza Karimova", "Khajura ward 4 — Solid waste needs assessment, 2026-03-14",
                       "Household count differs from the ward list", "Village check", "village.xlsx",
                       "Koidu office", "wards",  # the field package's coordinator and list (screens.py)
                       *LANGUAGE_NAMES}
    for store in (scene.officer, scene.coordinator):
        for row in store.list(ListQuery(limit=None)):
            found.update(s for s in (row.title, row.site, row.officer) if s)
    return found


def english_words(text: str, data: set[str]) -> list[str]:
    """The English-looking words of a Nepali string once data, codes and allowed words are taken out."""
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    for pattern in DATA_PATTERNS:
        text = re.sub(pattern, " ", text)
    return [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in ALLOWED_WORDS]


def untranslated(language: str, english: set[str], shown: list[tuple[str, str]], data: set[str],
                 screen: str) -> list[str]:
    problems = []
    for where, text in shown:
        if (screen, text) in PENDING or text in ALLOWED_TEXTS[language] or text in data:
            continue
        if text in english and english_words(text, data):
            problems.append(f"{where}: {text!r} (as in English)")
        elif language == "ne" and english_words(text, data):
            problems.append(f"{where}: {text!r} has English {english_words(text, data)}")
    return problems


def _screen_texts(scene: Scene, switcher, name: str, language: str, qtbot) -> list[tuple[str, str]]:
    switcher.switch(language)
    scene.set_language(language)
    widget = SCREENS[name](scene, switcher)
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    shown = visible_texts(widget)
    entry = getattr(widget, "entry", None)
    if entry is not None and name == "entry":  # every page of the form, and the review page
        for index in range(len(entry.pages) + 1):
            entry.show_page(index)
            QApplication.processEvents()
            shown += visible_texts(widget)
    return shown


@pytest.mark.parametrize("language", ("ne", "uz"))
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_every_visible_string_is_translated(qtbot, scene, switcher, name: str, language: str) -> None:
    data = data_strings(scene)
    english = {text for _where, text in _screen_texts(scene, switcher, name, "en", qtbot)}
    shown = _screen_texts(scene, switcher, name, language, qtbot)
    assert len(shown) > 3
    problems = untranslated(language, english, shown, data, name)
    assert problems == [], "\n".join(problems)


def test_the_check_finds_an_english_string() -> None:
    english = {"Save", "Sita Tharu"}
    shown = [("button", "Save"), ("label", "Sita Tharu"), ("label", "सुरक्षित गर्नुहोस्"), ("tip", "मेरो key")]
    assert untranslated("ne", english, shown, {"Sita Tharu"}, "x") == [
        "button: 'Save' (as in English)", "tip: 'मेरो key' has English ['key']"]


# -- message boxes --------------------------------------------------------------------------------
def read_next_box(found: list[tuple[str, str]]) -> None:
    """When the next modal box or dialog is up, read its strings into ``found`` and close it unanswered."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, look)
            return
        found.extend(visible_texts(box))
        box.reject()  # No, Cancel: nothing is changed
    QTimer.singleShot(0, look)


def _boxes(scene: Scene, switcher, language: str, qtbot, tmp_path: Path) -> list[tuple[str, str]]:
    """Open the message boxes of the list, the import, the form and the save failure; their strings."""
    from needsassess.store import ListQuery
    from needsassess.store.errors import environment_error
    from needsassess.ui.entry.repeat import RepeatSection
    from needsassess.ui.main_window import MainWindow

    switcher.switch(language)
    scene.set_language(language)
    found: list[tuple[str, str]] = []
    window = MainWindow(scene.officer, switcher)
    qtbot.addWidget(window)
    window.show()
    actions = window.start_page.list_actions  # type: ignore[union-attr]
    rows = scene.officer.list(ListQuery(limit=None))
    steps: list[Callable[[], object]] = [
        lambda: actions.discard(next(r for r in rows if r.status == "draft")),
        lambda: actions.reopen(next(r for r in rows if r.status != "draft")),
        lambda: actions._accept_signer(replace(scene.import_results[0], held="held", officer="Dilnoza Karimova",
                                               signer_fingerprint="AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH")),
        lambda: actions.show_error("—"),
    ]
    for step in steps:
        read_next_box(found)
        step()
    # a repeat item removed, in the form; then one added while the disk is full (the save-failure bar)
    window.open_assessment(scene.repeat_uuid, False)
    entry = window.entry
    assert entry is not None
    section = None
    for index in range(len(entry.pages)):
        entry.show_page(index)
        section = next((s for s in entry.findChildren(RepeatSection) if s.frames), None)
        if section is not None:
            break
    assert section is not None, "no repeat with an item in the demo draft"
    read_next_box(found)
    section.remove(0)

    def full(*_args: object, **_kwargs: object) -> None:
        raise environment_error("disk_full", scene.officer.location, "save the answer")

    original = scene.officer.save_draft
    scene.officer.save_draft = full  # type: ignore[method-assign]
    try:
        section.add()
    finally:
        scene.officer.save_draft = original  # type: ignore[method-assign]
    assert entry.message_bar.isVisibleTo(entry)
    found += visible_texts(entry.message_bar)
    window.close_entry(refresh=False)
    return found


@pytest.mark.parametrize("language", ("ne", "uz"))
def test_message_boxes_are_translated_buttons_and_all(qtbot, scene, switcher, tmp_path: Path, language: str) -> None:
    data = data_strings(scene)
    english = {text for _where, text in _boxes(scene, switcher, "en", qtbot, tmp_path)}
    shown = _boxes(scene, switcher, language, qtbot, tmp_path)
    buttons = [text for where, text in shown if where.startswith("QPushButton")]
    assert len(buttons) >= 8, shown  # two buttons on each of the boxes
    assert untranslated(language, english, shown, data, "message boxes") == []


@pytest.mark.parametrize("language", ("ne", "uz"))
def test_every_standard_button_has_its_translation(switcher, language: str) -> None:
    from needsassess.ui.standard_texts import STANDARD_BUTTONS, standard_button_text

    switcher.switch(language)
    box = QMessageBox()
    for button in STANDARD_BUTTONS:
        box.addButton(button)
    shown = {box.button(b).text() for b in STANDARD_BUTTONS}
    english = set(STANDARD_BUTTONS.values())
    assert shown == {standard_button_text(b) for b in STANDARD_BUTTONS}
    assert shown & english <= {"OK"}
    assert len(shown) == len(STANDARD_BUTTONS)  # no two buttons read the same (Discard is not Cancel)


@pytest.mark.parametrize("language", ("ne", "uz"))
def test_the_edit_menu_of_a_field_is_translated(qtbot, switcher, language: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    switcher.switch(language)
    field = QLineEdit()
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert len(texts) >= 6
    assert not {"&Undo", "&Copy", "&Paste", "Select All", "Delete"} & set(texts)


@pytest.mark.parametrize("language", ("ne", "uz"))
def test_the_xlsform_report_reasons_are_translated(qtbot, scene, switcher, language: str) -> None:
    """Every reason of the window's XLSForm report is worded in the interface language: once the report's
    values (sheet, column and type names, the workbook's texts) are taken out, no English word is left,
    and no reason reads as its English text."""
    from needsassess.errors.core import Worded

    switcher.switch(language)
    dialog = SCREENS["xlsform-report"](scene, switcher)
    qtbot.addWidget(dialog)
    table = dialog.table  # type: ignore[attr-defined]
    entries = dialog.report.entries  # type: ignore[attr-defined]
    reasons = [table.item(row, 3).text() for row in range(table.rowCount())]
    assert len(reasons) == len(entries) >= 2
    values = {str(v) for e in entries for v in e.params.values() if not isinstance(v, Worded)}
    data = data_strings(scene) | values | {e.sheet for e in entries} | {e.column for e in entries if e.column}
    assert [r for r, e in zip(reasons, entries, strict=True) if r == e.text("en")] == []
    if language == "ne":
        assert [r for r in reasons if english_words(r, data)] == []
    else:
        english = {word for e in entries for word in re.findall(r"[A-Za-z]{4,}", e.text("en"))}
        left = {word for r in reasons for word in re.findall(r"[A-Za-z]{4,}", _without(r, data))}
        assert left & english <= set(ALLOWED_WORDS), left & english


def _without(text: str, data: set[str]) -> str:
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    return text
