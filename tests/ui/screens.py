"""Every window and dialog the app can show, built on real data, for the size and translation checks.

``build_scene`` makes two data folders in ``root``: an officer's (the demo data, one draft left
unclean) and a coordinator's (packages of two officers imported, one in conflict, one held back
for its unknown signer, a refused file), plus an XLSForm spreadsheet. ``SCREENS`` names a builder
for each window or dialog; a builder returns the top-level widget, not shown. ``measure`` reports how
small a shown widget can get (its minimum size as the window system would clamp it).

Used by ``tests/ui/test_fit.py``, ``tests/ui/test_translated.py`` and ``bench/bench_fit.py``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from needsassess.store import AssessmentStore, open_store

FORM_ID = "waste_management"


@dataclass
class Scene:
    """The data every screen is built on (stores stay open until ``close``)."""

    root: Path
    officer: AssessmentStore
    coordinator: AssessmentStore
    draft_uuid: str
    complete_uuid: str
    repeat_uuid: str  # a draft with at least one repeat item
    empty: AssessmentStore | None = None
    import_results: list[Any] = field(default_factory=list)
    xlsform: Path | None = None

    def set_language(self, language: str) -> None:
        """Interface and form language of both data folders (as ``gui --lang`` sets them)."""
        for store in (self.officer, self.coordinator, self.empty):
            assert store is not None
            store.settings.interface_language = language
            store.settings.form_language = language

    def close(self) -> None:
        for store in (self.officer, self.coordinator, self.empty):
            if store is not None:
                store.close()


def _complete(store: AssessmentStore, index: int) -> str:
    from needsassess.engine import FormSession
    from needsassess.store.bulk import create_many

    from .conftest import demo_answers

    form = store.forms.latest(FORM_ID)
    answers = {k: v for k, v in demo_answers(FORM_ID, index).items()
               if not (isinstance(v, str) and v.endswith((".png", ".jpg")))}
    return create_many(store, FORM_ID, [FormSession.from_answers(form, answers)], complete=True)[0]


def _packages(root: Path) -> list[Path]:
    """Packages of two officers; the second copy of one assessment edited differently (a conflict)."""
    from needsassess.sync.exporter import export_package

    from .conftest import edit_and_finalize

    out: list[Path] = []
    with open_store(root / "sita") as sita:
        sita.settings.officer_name = "Sita Tharu"
        uuid = _complete(sita, 0)
        out.append(export_package(sita, root / "sita-first.napkg").path)
    shutil.copytree(root / "sita", root / "copy", ignore=shutil.ignore_patterns("sessions"))
    for name, households in (("sita", 1251), ("copy", 1262)):  # two recounts of the 1,240 households
        with open_store(root / name) as officer:
            edit_and_finalize(officer, uuid, households=households)
            out.append(export_package(officer, root / f"{name}-edit.napkg").path)
    with open_store(root / "dilnoza") as dilnoza:
        dilnoza.settings.officer_name = "Dilnoza Karimova"
        _complete(dilnoza, 1)
        out.append(export_package(dilnoza, root / "dilnoza.napkg").path)
    return out


def _xlsform(path: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    survey.append(["type", "name", "label::English (en)", "label::Nepali (ne)", "constraint"])
    survey.append(["begin_group", "site", "Site", "स्थल", None])
    survey.append(["text", "village", "Village", "गाउँ", None])
    survey.append(["integer", "people", "People", "मान्छे", ". >= 0"])
    survey.append(["audio", "voice", "Voice note", "आवाज", None])
    survey.append(["end_group", None, None, None, None])
    settings = book.create_sheet("settings")
    settings.append(["form_title", "form_id", "version"])
    settings.append(["Village check", "village_check", "1"])
    book.save(path)
    return path


def build_scene(root: Path) -> Scene:
    from needsassess.demo.loader import load_demo
    from needsassess.sync.importer import import_packages

    officer = open_store(root / "officer")
    officer.settings.officer_name = "Sita Tharu"
    uuids = load_demo(officer)
    drafts = [u for u in uuids if officer.get(u).status == "draft"]
    complete = [u for u in uuids if officer.get(u).status != "draft"]
    coordinator = open_store(root / "coordinator")
    packages = _packages(root / "packages")
    results = import_packages(coordinator, packages)
    broken = root / "packages" / "broken.napkg"
    broken.write_bytes(b"not a package")
    results += import_packages(coordinator, [broken])
    with_items = next(u for u in drafts if any(isinstance(v, list) and v and isinstance(v[0], dict)
                                                for v in officer.get(u).answers.values()))
    return Scene(root, officer, coordinator, drafts[0], complete[0], with_items, open_store(root / "empty"), results,
                 _xlsform(root / "village.xlsx"))


# -- builders ------------------------------------------------------------------------------------
Builder = Callable[[Scene, Any], QWidget]


def _main(store_of: Callable[[Scene], AssessmentStore]) -> Builder:
    def build(scene: Scene, switcher: Any) -> QWidget:
        from needsassess.ui.main_window import MainWindow

        window = MainWindow(store_of(scene), switcher)
        assert window.start_page is not None
        window.start_page.load_form_titles()
        return window
    return build


def _entry(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.main_window import MainWindow

    window = MainWindow(scene.officer, switcher)
    window.open_assessment(scene.draft_uuid, False)
    return window


def _entry_coordinator(scene: Scene, switcher: Any) -> QWidget:
    """A complete imported assessment opened by the coordinator: flags and the paradata summary."""
    from needsassess.ui.main_window import MainWindow

    window = MainWindow(scene.coordinator, switcher)
    complete = [s for s in scene.coordinator.list(None) if s.status == "complete"]
    window.open_assessment(complete[0].uuid, True)
    return window


def _entry_review(scene: Scene, switcher: Any) -> QWidget:
    window = _entry(scene, switcher)
    entry = window.entry  # type: ignore[attr-defined]
    entry.show_page(len(entry.pages))  # the review page follows the last form page
    return window


def _welcome(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.main_window import MainWindow

    return MainWindow(scene.empty, switcher)


def _new(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.new_assessment import NewAssessmentDialog

    return NewAssessmentDialog(scene.officer, switcher.language)


def _settings(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.settings_dialog import SettingsDialog

    return SettingsDialog(scene.officer)


def _keys(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.keys_dialog import KeysDialog

    return KeysDialog(scene.coordinator)


def _about(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.about_dialog import AboutDialog

    return AboutDialog(scene.officer.data_dir)


def _xlsform_report(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.xlsform_dialog import XLSFormReportDialog
    from needsassess.xlsform import import_xlsform

    assert scene.xlsform is not None
    result = import_xlsform(scene.xlsform)
    return XLSFormReportDialog(scene.xlsform.name, result.report, result.form, switcher.language)


def _xlsform_refused(scene: Scene, switcher: Any) -> QWidget:
    """A workbook as people break them: a repeat never closed, a list not on the choices sheet."""
    import openpyxl

    from needsassess.ui.xlsform_dialog import XLSFormReportDialog
    from needsassess.xlsform import XLSFormError, import_xlsform

    path = scene.root / "broken.xlsx"
    book = openpyxl.Workbook()
    survey = book.active
    assert survey is not None
    survey.title = "survey"
    for row in (["type", "name", "label"], ["begin_repeat", "members", "Members"], ["text", "member", "Name"]):
        survey.append(row)
    book.save(path)
    try:
        import_xlsform(path)
    except XLSFormError as err:
        return XLSFormReportDialog(path.name, err.report, None, switcher.language, refusal=err)
    raise AssertionError("the broken workbook was imported")


def _review(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.review_dialog import ReviewDialog

    return ReviewDialog("Khajura ward 4 — Solid waste needs assessment, 2026-03-14", "received",
                        "Household count differs from the ward list", None)


def _resume(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.store import ListQuery
    from needsassess.ui.resume_dialog import ResumeDialog

    drafts = scene.officer.list(ListQuery(status="draft", limit=3))
    return ResumeDialog(list(drafts))


def _conflicts(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.conflicts_window import ConflictsWindow

    return ConflictsWindow(scene.coordinator)


def _import_result(scene: Scene, switcher: Any) -> QWidget:
    from needsassess.ui.import_result_dialog import ImportResultDialog

    return ImportResultDialog(scene.import_results)


DRAW_FORM = """\
form_id: draw_screen
version: "1"
default_language: en
title: {en: Green belt, ne: हरित पेटी, uz: Yashil belbogʻ}
survey:
  - type: geoshape
    name: belt
    label: {en: Candidate green belt, ne: सम्भावित हरित पेटी, uz: Taklif etilgan yashil belbogʻ}
"""
DRAWN_BELT = [  # an outline walked round a field near Bukhara, two fixes with their accuracy
    {"lat": 39.7712, "lon": 64.4201, "alt": 221.0, "accuracy": 4.0}, {"lat": 39.7716, "lon": 64.4232},
    {"lat": 39.7698, "lon": 64.4241}, {"lat": 39.7689, "lon": 64.4219, "alt": 220.0, "accuracy": 6.0},
    {"lat": 39.7712, "lon": 64.4201, "alt": 221.0, "accuracy": 4.0},
]


def _draw_on_map(scene: Scene, switcher: Any) -> QWidget:
    """The "Draw on map" dialog of a geoshape question, on an answer, its first point selected."""
    from needsassess.engine import load_form_text
    from needsassess.locale import Conventions
    from needsassess.ui.entry.draw_dialog import DrawDialog
    from needsassess.ui.i18n import current_language

    question = load_form_text(DRAW_FORM, "draw.yaml").question("belt")
    language = current_language()
    assert question.label is not None
    title = str(question.label.get(language, "en"))
    dialog = DrawDialog(question, title, DRAWN_BELT, scene.officer, Conventions.for_language(language))
    dialog.drawing.selected = 0
    dialog.canvas.edited()
    return dialog


def _import_field(scene: Scene, switcher: Any) -> QWidget:
    """An officer's import of a field package: what it brought, in words (no assessment counts)."""
    from needsassess.sync.field_import import FieldImport
    from needsassess.sync.importer import ImportResult
    from needsassess.ui.import_result_dialog import ImportResultDialog

    done = FieldImport(coordinator="Koidu office", sequence=3, forms=["waste_management 2026.2"],
                       retired=["green_city"], datasets=["wards"], returned=1)
    return ImportResultDialog([ImportResult(path=Path("field-3.napkg"), field=done)],
                              digits=scene.officer.settings.digits)


SCREENS: dict[str, Builder] = {
    "main-officer": _main(lambda s: s.officer),
    "main-coordinator": _main(lambda s: s.coordinator),
    "welcome": _welcome,
    "entry": _entry,
    "entry-review": _entry_review,
    "entry-coordinator": _entry_coordinator,
    "new-assessment": _new,
    "settings": _settings,
    "keys": _keys,
    "about": _about,
    "xlsform-report": _xlsform_report,
    "xlsform-refused": _xlsform_refused,
    "review": _review,
    "resume": _resume,
    "conflicts": _conflicts,
    "import-result": _import_result,
    "draw-on-map": _draw_on_map,
    "import-field": _import_field,
}


def measure(widget: QWidget) -> QSize:
    """The smallest size the shown widget takes when asked for 1×1 (what a window manager allows)."""
    widget.show()
    QApplication.processEvents()
    widget.resize(1, 1)
    QApplication.processEvents()
    size = widget.size()
    hint = widget.minimumSizeHint()
    return QSize(max(size.width(), hint.width() if widget.layout() is None else 0),
                 max(size.height(), hint.height() if widget.layout() is None else 0))


# -- visible strings -----------------------------------------------------------------------------
def _own_texts(widget: QWidget) -> list[tuple[str, str]]:
    """(kind, text) that ``widget`` itself shows (not its children)."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTableView,
        QTabWidget,
        QTreeView,
    )

    texts = [("tooltip", widget.toolTip())]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(("text", widget.text()))
    elif isinstance(widget, QLineEdit | QPlainTextEdit):
        texts.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    elif isinstance(widget, QTabWidget):
        texts += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QComboBox):
        # The "All …" choice and choices without data are words; the rest is data (officers, sites).
        texts += [("choice", widget.itemText(i)) for i in range(widget.count())
                  if i == 0 or widget.itemData(i) in (None, "", "all")]
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        texts += [("heading", model.headerData(col, Qt.Orientation.Horizontal))
                  for col in range(model.columnCount(QModelIndex())) if not widget.isColumnHidden(col)]
    return texts


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every string a person can read on ``top`` and its visible children: window
    titles, labels, buttons, menus and their actions, tooltips, placeholders, group titles, tabs,
    column headings and the word choices of combo boxes. Cell contents (data) are left out."""
    from PySide6.QtWidgets import QMainWindow, QMenu

    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is top or widget.isVisibleTo(top):
            where = f"{type(widget).__name__}:{widget.objectName()}"
            found += [(f"{where}:{kind}", text) for kind, text in _own_texts(widget)]
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            found.append(("menu", menu.title()))
            found += [("menu item", action.text()) for action in menu.actions()]
    return [(where, text) for where, text in found if isinstance(text, str) and text.strip()]


# -- pictures for docs/ ---------------------------------------------------------------------------
# docs/images/<name>-<language>.png for each screen shown in docs/window.md.
PICTURES = {
    "main-officer": "window-list", "main-coordinator": "window-coordinator", "welcome": "window-empty",
    "entry": "window-entry", "entry-review": "window-review-page", "new-assessment": "window-new",
    "settings": "window-settings", "keys": "window-keys", "xlsform-report": "window-xlsform",
    "xlsform-refused": "window-xlsform-refused",
    "conflicts": "window-conflicts", "import-result": "window-import", "resume": "window-resume",
    "draw-on-map": "window-draw",
}


def save_pictures(folder: Path, languages: tuple[str, ...]) -> list[Path]:
    """Pictures of the screens as a person sees them on this screen (main windows maximised)."""
    import tempfile

    from PySide6.QtWidgets import QMainWindow

    from needsassess.ui.appearance import apply_look
    from needsassess.ui.fitting import install_screen_fit
    from needsassess.ui.i18n import LanguageSwitcher

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_look(app)
    install_screen_fit(app)
    switcher = LanguageSwitcher(app)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        scene = build_scene(Path(tmp))
        for language in languages:
            switcher.switch(language)
            scene.set_language(language)
            for name, picture in PICTURES.items():
                widget = SCREENS[name](scene, switcher)
                widget.showMaximized() if isinstance(widget, QMainWindow) else widget.show()
                for _ in range(3):
                    app.processEvents()
                path = folder / f"{picture}-{language}.png"
                widget.grab().save(str(path))
                saved.append(path)
                widget.close()
                widget.deleteLater()
                app.processEvents()
        scene.close()
    return saved


if __name__ == "__main__":
    # QT_QPA_PLATFORM=offscreen:configfile=screen.json python -m tests.ui.screens docs/images ne uz
    import sys

    for written in save_pictures(Path(sys.argv[1]), tuple(sys.argv[2:]) or ("ne", "uz")):
        print(written)
