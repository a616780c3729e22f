"""Every window and dialog fits the laptops officers carry, in English, Nepali and Uzbek.

Two screens: 1024×600, and 1280×720 at 125 % (``QT_SCALE_FACTOR=1.25``), which leaves 1024×576
logical pixels; a window's minimum size is in logical pixels, so both are checked here as logical
budgets, minus room for a title bar and a panel (bench/bench_fit.py measures the same windows in
processes that really run on such screens). Long texts wrap or are cut with "…" and a tooltip, the
list's last column is never behind horizontal scrolling, and no window opens larger than its screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QScrollArea

try:
    from .screens import SCREENS, Scene, build_scene, measure
except ImportError:  # tests/ui is not a package
    from screens import SCREENS, Scene, build_scene, measure  # type: ignore[no-redef]

LANGUAGES = ("en", "ne", "uz")
DECORATION = 64  # a title bar and a desktop panel, in logical pixels
SCREENS_AVAILABLE = {"1024x600": QSize(1024, 600), "1280x720 at 125 %": QSize(1024, 576)}
BUDGETS = {name: QSize(size.width(), size.height() - DECORATION) for name, size in SCREENS_AVAILABLE.items()}

# (window or dialog, language) that do not fit yet because of their own contents, owned by another
# area of work; each with the reason. Empty: every window and dialog fits today.
PENDING: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def scene(tmp_path_factory) -> Iterator[Scene]:
    built = build_scene(tmp_path_factory.mktemp("fit"))
    yield built
    built.close()


@pytest.fixture
def screen_fit(styled_app) -> Iterator[None]:
    """The application's rule that no window opens larger than the screen, as ``run_app`` installs it."""
    from needsassess.ui.fitting import install_screen_fit, remove_screen_fit

    install_screen_fit(styled_app)
    yield
    remove_screen_fit(styled_app)


def _in(scene: Scene, switcher, language: str) -> None:
    switcher.switch(language)
    scene.set_language(language)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_the_minimum_size_fits_both_screens(qtbot, scene, switcher, name: str, language: str) -> None:
    if (name, language) in PENDING:
        pytest.xfail("listed in PENDING")
    _in(scene, switcher, language)
    widget = SCREENS[name](scene, switcher)
    qtbot.addWidget(widget)
    smallest = measure(widget)
    for screen, budget in BUDGETS.items():
        assert smallest.width() <= budget.width() and smallest.height() <= budget.height(), (
            f"{name} in {language} cannot get smaller than {smallest.width()}×{smallest.height()}, "
            f"more than the {budget.width()}×{budget.height()} a {screen} screen leaves")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_of_a_form_fits(qtbot, scene, switcher, language: str) -> None:
    _in(scene, switcher, language)
    window = SCREENS["entry"](scene, switcher)
    qtbot.addWidget(window)
    entry = window.entry  # type: ignore[attr-defined]
    budget = min(b.width() for b in BUDGETS.values())
    too_wide, scrolled = {}, {}
    for index in range(len(entry.pages) + 1):  # and the review page
        entry.show_page(index)
        width = measure(window).width()
        if width > budget:
            too_wide[index] = width
        window.resize(1024, 536)
        QApplication.processEvents()
        page = entry.current_page()
        areas = [page, *page.findChildren(QScrollArea)] if isinstance(page, QScrollArea) else []
        hidden = max((area.horizontalScrollBar().maximum() for area in areas), default=0)
        if hidden:
            scrolled[index] = hidden  # px of the page behind horizontal scrolling
    assert too_wide == {} and scrolled == {}


@pytest.mark.parametrize("name", sorted(SCREENS))
def test_no_window_opens_larger_than_the_screen(qtbot, scene, switcher, screen_fit, name: str) -> None:
    _in(scene, switcher, "uz")  # the longest texts
    widget = SCREENS[name](scene, switcher)
    qtbot.addWidget(widget)
    widget.show()
    QApplication.processEvents()
    room = widget.screen().availableGeometry()
    assert widget.width() <= room.width() and widget.height() <= room.height(), (name, widget.size(), room)


def test_a_large_dialog_is_shrunk_to_the_screen(qtbot, screen_fit) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog()
    qtbot.addWidget(dialog)
    dialog.resize(5000, 3000)
    dialog.show()
    room = dialog.screen().availableGeometry()
    assert dialog.width() < room.width() and dialog.height() < room.height()


@pytest.mark.parametrize("language", ("ne", "uz"))
def test_the_fingerprint_is_never_cut(qtbot, scene, switcher, language: str) -> None:
    _in(scene, switcher, language)
    dialog = SCREENS["settings"](scene, switcher)
    qtbot.addWidget(dialog)
    measure(dialog)  # at its smallest
    label = dialog.keys.fingerprint  # type: ignore[attr-defined]
    text = label.text()
    assert len(text.split()) == 8
    assert label.width() >= label.fontMetrics().horizontalAdvance(text)
    button = dialog.keys.save_public  # type: ignore[attr-defined]
    shown = QRect(label.mapTo(dialog, label.rect().topLeft()), label.size())
    assert not shown.intersects(QRect(button.mapTo(dialog, button.rect().topLeft()), button.size()))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_coordinator_list_shows_every_column_at_1024(qtbot, scene, switcher, language: str) -> None:
    from needsassess.ui.assessment_model import REVIEW_COLUMN

    _in(scene, switcher, language)
    window = SCREENS["main-coordinator"](scene, switcher)
    qtbot.addWidget(window)
    window.show()
    window.resize(1024, 536)
    QApplication.processEvents()
    table = window.start_page.table  # type: ignore[attr-defined]
    assert not table.isColumnHidden(REVIEW_COLUMN)
    assert table.horizontalScrollBar().maximum() == 0  # nothing behind horizontal scrolling
    right = table.columnViewportPosition(REVIEW_COLUMN) + table.columnWidth(REVIEW_COLUMN)
    assert 0 < right <= table.viewport().width()
    for button in (window.start_page.new_button, window.start_page.export_button):  # type: ignore[attr-defined]
        corner = button.mapTo(window, button.rect().bottomRight())
        assert corner.x() <= window.width()  # wrapped onto a second line rather than pushed off-screen


def test_a_long_title_and_folder_are_cut_with_the_whole_text_in_a_tooltip(qtbot, tmp_path: Path, switcher) -> None:
    from needsassess.engine import FormSession
    from needsassess.store import open_store
    from needsassess.ui.main_window import MainWindow

    switcher.switch("uz")
    site = "Shahar chekkasi, Gʻijduvon yoʻli boʻyidagi yangi mahalla va unga tutash qishloqlar " * 2
    with open_store(tmp_path / ("a-very-long-folder-name-" * 6)) as store:
        session = FormSession(store.forms.latest("waste_management"), answers={"consent": "yes", "settlement": site})
        uuid = store.create("waste_management", session).uuid
        window = MainWindow(store, switcher)
        qtbot.addWidget(window)
        window.show()
        window.open_assessment(uuid, False)
        assert measure(window).width() <= 1024
        window.resize(1000, 536)
        QApplication.processEvents()
        header = window.entry.header  # type: ignore[union-attr]
        assert site.strip() in header.site.toolTip()
        assert header.site.width() < header.site.fontMetrics().horizontalAdvance(header.site.text())
        folder = window.folder_label
        assert str(store.data_dir) in folder.toolTip()
        assert folder.width() <= window.width()
        window.close_entry(refresh=False)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_still_fits_once_its_flags_are_shown(qtbot, scene, switcher, language: str) -> None:
    """The flag filter and "Needs follow-up" join the filter row when the background job finds a flag:
    the window must not grow past the screen then (it did, to 930 px in Uzbek)."""
    from needsassess.ui.flag_filter import FlagFilter

    _in(scene, switcher, language)
    window = SCREENS["main-officer"](scene, switcher)
    qtbot.addWidget(window)
    window.show()
    flag_filter = window.findChildren(FlagFilter)[0]
    qtbot.waitUntil(flag_filter.isVisible, timeout=10_000)  # the scene has flagged assessments
    QApplication.processEvents()
    room = window.screen().availableGeometry()
    smallest = min(room.width(), BUDGETS["1024x600"].width())
    assert window.minimumSizeHint().width() <= smallest, (language, window.minimumSizeHint(), room)
    assert window.width() <= room.width()

