"""Drawing a point, a line and an area on the offline map in the entry window (pytest-qt, a real store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from needsassess.store import AssessmentStore, open_store
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.draw_canvas import DrawCanvas
from needsassess.ui.entry.draw_dialog import DrawDialog
from needsassess.ui.entry.geo_widgets import PointsWidget
from needsassess.ui.entry.media_widgets import GeopointWidget
from needsassess.ui.entry.question_widgets import QuestionWidget
from tests.mapview.mbtiles_helpers import make_mbtiles, xyz_colour

FORM = """\
form_id: draw_entry
version: "1"
default_language: en
title: {en: Draw}
survey:
  - type: group
    name: site
    label: {en: Site}
    children:
      - {type: geopoint, name: spot, label: {en: Spot}}
      - {type: geotrace, name: stream, label: {en: Stream}}
      - {type: geoshape, name: pit, label: {en: Pit outline}}
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    forms = tmp_path / "data" / "forms"
    forms.mkdir(parents=True)
    (forms / "draw_entry.yaml").write_text(FORM, encoding="utf-8")
    return tmp_path / "data"


@pytest.fixture
def draw_store(data: Path) -> Iterator[AssessmentStore]:
    opened = open_store(data)
    yield opened
    opened.close()


@pytest.fixture
def view(qtbot, draw_store: AssessmentStore, switcher) -> FormEntryView:
    record = draw_store.create("draw_entry")
    entry = FormEntryView(draw_store, record.uuid, form_language="en")
    qtbot.addWidget(entry)
    entry.resize(1024, 600)
    entry.show()
    return entry


def question(view: FormEntryView, name: str) -> QuestionWidget:
    found = [w for w in view.findChildren(QuestionWidget) if w.question.name == name]
    assert len(found) == 1
    return found[0]


def open_dialog(qtbot, view: FormEntryView, name: str) -> DrawDialog:
    w = question(view, name)
    assert isinstance(w, PointsWidget | GeopointWidget)
    qtbot.mouseClick(w.draw_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in view.window().findChildren(DrawDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitExposed(dialog)
    return dialog


def at_zoom(canvas: DrawCanvas, lat: float = 27.7, lon: float = 85.3, zoom: int = 16) -> None:
    canvas.set_view(lat, lon, zoom)


def click(qtbot, canvas: DrawCanvas, x: float, y: float) -> None:
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def drag(canvas: DrawCanvas, start: QPointF, end: QPointF, button: Qt.MouseButton = Qt.MouseButton.LeftButton,
         modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press, move in steps, release (qtbot.mouseMove carries no button state)."""
    def send(kind: QMouseEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(kind, pos, canvas.mapToGlobal(pos), button, buttons, modifiers)
        QApplication.sendEvent(canvas, event)

    send(QMouseEvent.Type.MouseButtonPress, start, button)
    for step in range(1, 6):
        send(QMouseEvent.Type.MouseMove, start + (end - start) * (step / 5), button)
    send(QMouseEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def ok(dialog: DrawDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def cancel(dialog: DrawDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()


def test_trace_drawn_by_clicks_is_saved_to_the_store(qtbot, view: FormEntryView, data: Path) -> None:
    dialog = open_dialog(qtbot, view, "stream")
    canvas = dialog.canvas
    at_zoom(canvas)
    for x in (100, 200, 300):
        click(qtbot, canvas, x, 150)
    assert len(dialog.drawing.points) == 3
    assert dialog.measures.text().startswith("3 points · length ")
    lon_step = dialog.drawing.points[1]["lon"] - dialog.drawing.points[0]["lon"]
    assert lon_step == pytest.approx(100 * 360 / (256 << 16), rel=1e-6)  # 100 px at zoom 16
    ok(dialog)
    assert not dialog.isVisible()
    stored = view.session.get("stream")
    assert len(stored) == 3 and all(set(p) == {"lat", "lon"} for p in stored)
    assert question(view, "stream").editor.toPlainText().count("\n") == 2
    uuid = view.uuid
    view.close()
    reopened = open_store(data)  # read back from the SQLite file, not the session
    try:
        assert reopened.get(uuid).answers["stream"] == stored
    finally:
        reopened.close()


def test_shape_closes_itself_and_shows_area(qtbot, view: FormEntryView, draw_store: AssessmentStore) -> None:
    dialog = open_dialog(qtbot, view, "pit")
    canvas = dialog.canvas
    at_zoom(canvas)
    for x, y in ((100, 100), (300, 100), (300, 300), (100, 300)):
        click(qtbot, canvas, x, y)
    assert "4 points · area 17.8" in dialog.measures.text()  # 200 px of 2.115 m at zoom 16 and 27.7°: 423 m
    assert "\u00a0ha · perimeter 1,689\u00a0m" in dialog.measures.text()
    ok(dialog)
    stored = view.session.get("pit")
    assert len(stored) == 5 and stored[0] == stored[-1]
    assert draw_store.get(view.uuid).answers["pit"] == stored


def test_drag_moves_a_point_and_undo_redo_delete(qtbot, view: FormEntryView) -> None:
    dialog = open_dialog(qtbot, view, "stream")
    canvas = dialog.canvas
    at_zoom(canvas)
    click(qtbot, canvas, 100, 100)
    click(qtbot, canvas, 200, 100)
    first = dict(dialog.drawing.points[0])
    drag(canvas, canvas.vertex_position(0), QPointF(100, 250))
    moved = dialog.drawing.points[0]
    assert moved["lat"] < first["lat"] and moved["lon"] == pytest.approx(first["lon"], abs=1e-9)
    assert canvas.vertex_position(0).y() == pytest.approx(250, abs=0.6)
    assert len(dialog.drawing.points) == 2  # a drag on a point adds none
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dialog.drawing.points[0] == first  # the whole drag is one step
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert dialog.drawing.points[0] == moved
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert dialog.drawing.points[0] == moved
    dialog.drawing.selected = 1
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert dialog.drawing.points == [moved]
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.drawing.points) == 2
    qtbot.keyClick(canvas, Qt.Key.Key_Backspace)
    assert len(dialog.drawing.points) == 1
    assert dialog.undo_button.isEnabled() and dialog.delete_button.isEnabled()


def test_click_on_an_edge_puts_a_point_between(qtbot, view: FormEntryView) -> None:
    dialog = open_dialog(qtbot, view, "pit")
    canvas = dialog.canvas
    at_zoom(canvas)
    for x, y in ((100, 100), (300, 100), (300, 300), (100, 300)):
        click(qtbot, canvas, x, y)
    click(qtbot, canvas, 200, 102)  # on the first edge
    assert len(dialog.drawing.points) == 5 and dialog.drawing.selected == 1
    assert canvas.vertex_position(1).y() == pytest.approx(102, abs=0.6)
    click(qtbot, canvas, 100, 200)  # on the closing edge, from the last point back to the first
    assert dialog.drawing.selected == 5 and canvas.crossing_edges() == []
    qtbot.keyClick(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog.drawing.points) == 5


def test_pan_with_right_button_or_ctrl_adds_no_point(qtbot, view: FormEntryView) -> None:
    dialog = open_dialog(qtbot, view, "stream")
    canvas = dialog.canvas
    at_zoom(canvas)
    centre = canvas.center
    drag(canvas, QPointF(200, 200), QPointF(260, 200), Qt.MouseButton.RightButton)
    assert canvas.center[0] < centre[0]
    drag(canvas, QPointF(200, 200), QPointF(200, 260), modifiers=Qt.KeyboardModifier.ControlModifier)
    drag(canvas, QPointF(200, 200), QPointF(140, 200))  # a plain drag on empty map pans too
    assert dialog.drawing.points == []
    zoom = canvas.zoom
    qtbot.keyClick(canvas, Qt.Key.Key_Minus)
    assert canvas.zoom == zoom - 1


def test_crossing_shape_is_refused_with_edges_marked(qtbot, view: FormEntryView) -> None:
    dialog = open_dialog(qtbot, view, "pit")
    canvas = dialog.canvas
    at_zoom(canvas)
    for x, y in ((100, 100), (300, 300), (300, 100), (100, 300)):  # a bow tie
        click(qtbot, canvas, x, y)
    assert canvas.crossing_edges() == [(0, 2)]
    assert dialog.problem.isVisible() and "crosses itself" in dialog.problem.text()
    ok(dialog)
    assert dialog.isVisible()  # refused: the dialog stays open
    assert view.session.get("pit") is None
    drag(canvas, canvas.vertex_position(1), QPointF(300, 80))
    drag(canvas, canvas.vertex_position(2), QPointF(300, 300))  # now the points go round in order
    assert canvas.crossing_edges() == [] and not dialog.problem.isVisible()
    ok(dialog)
    assert not dialog.isVisible() and len(view.session.get("pit")) == 5


def test_cancel_leaves_the_answer_and_existing_answer_is_editable(qtbot, view: FormEntryView,
                                                                 draw_store: AssessmentStore) -> None:
    stream = question(view, "stream")
    assert isinstance(stream, PointsWidget)
    stream.paste("27.7 85.3 1300 5;27.701 85.3 1310 4")
    qtbot.waitUntil(lambda: view.session.get("stream") is not None)
    before = draw_store.get(view.uuid).answers["stream"]
    dialog = open_dialog(qtbot, view, "stream")
    assert [p["lat"] for p in dialog.drawing.points] == [27.7, 27.701]
    dialog.drawing.selected = 0
    dialog.canvas.edited()
    assert "accuracy 5\u00a0m" in dialog.where.text()
    click(qtbot, dialog.canvas, 50, 50)
    assert len(dialog.drawing.points) == 3
    cancel(dialog)
    assert draw_store.get(view.uuid).answers["stream"] == before == view.session.get("stream")
    dialog = open_dialog(qtbot, view, "stream")
    dialog.drawing.selected = 1
    qtbot.keyClick(dialog.canvas, Qt.Key.Key_Delete)
    click(qtbot, dialog.canvas, 60, 60)
    ok(dialog)
    after = draw_store.get(view.uuid).answers["stream"]
    assert after[0] == before[0] and len(after) == 2 and after[1] != before[1]  # kept point keeps its accuracy


def test_geopoint_click_places_and_moves_the_point(qtbot, view: FormEntryView, draw_store: AssessmentStore) -> None:
    dialog = open_dialog(qtbot, view, "spot")
    at_zoom(dialog.canvas)
    click(qtbot, dialog.canvas, 120, 120)
    click(qtbot, dialog.canvas, 200, 200)
    assert len(dialog.drawing.points) == 1
    lat, lon = dialog.canvas.to_lat_lon(QPointF(200, 200))
    ok(dialog)
    spot = draw_store.get(view.uuid).answers["spot"]
    assert spot["lat"] == pytest.approx(lat, abs=1e-6) and spot["lon"] == pytest.approx(lon, abs=1e-6)


def test_drawing_across_the_antimeridian(qtbot, view: FormEntryView) -> None:
    dialog = open_dialog(qtbot, view, "pit")
    canvas = dialog.canvas
    canvas.set_view(-16.5, 180.0, 12)
    middle = canvas.width() / 2
    for x, y in ((middle - 80, 100), (middle + 80, 100), (middle + 80, 250), (middle - 80, 250)):
        click(qtbot, canvas, x, y)
    lons = [p["lon"] for p in dialog.drawing.points]
    assert lons[0] > 179 and lons[1] < -179  # on both sides of 180°
    assert canvas.crossing_edges() == []
    assert abs(canvas.vertex_position(1).x() - canvas.vertex_position(0).x() - 160) < 1  # drawn in one piece
    ok(dialog)
    assert not dialog.isVisible() and len(view.session.get("pit")) == 5


def test_dialog_in_nepali_shows_local_numbers(qtbot, view: FormEntryView, switcher) -> None:
    switcher.switch("ne")
    dialog = open_dialog(qtbot, view, "stream")
    at_zoom(dialog.canvas)
    click(qtbot, dialog.canvas, 100, 100)
    click(qtbot, dialog.canvas, 300, 100)
    assert "मि." in dialog.measures.text() and "२" in dialog.measures.text()
    assert dialog.windowTitle() != "Draw on map: Stream"


def test_the_chosen_basemap_is_drawn_under_the_drawing(qtbot, view: FormEntryView, draw_store: AssessmentStore,
                                                       tmp_path: Path) -> None:
    draw_store.settings.basemap_path = str(make_mbtiles(tmp_path / "base.mbtiles", zooms=(0, 1, 2)))
    dialog = open_dialog(qtbot, view, "stream")
    canvas = dialog.canvas
    assert canvas.basemap is not None and canvas.attribution == "© Test mappers"
    canvas.set_view(-10.0, 10.0, 2)  # just south-east of (0, 0): tile x 2, y 2 at zoom 2
    image = canvas.grab().toImage()
    at = canvas.to_screen(-10.0, 10.0)
    assert image.pixelColor(round(at.x()), round(at.y())).name() == xyz_colour(2, 2, 2)
    cancel(dialog)
    assert canvas.basemap is None  # the file is let go


def test_a_basemap_that_cannot_be_read_leaves_the_grid(qtbot, view: FormEntryView, draw_store: AssessmentStore,
                                                        tmp_path: Path) -> None:
    bad = tmp_path / "bad.mbtiles"
    bad.write_bytes(b"not a database")
    draw_store.settings.basemap_path = str(bad)
    dialog = open_dialog(qtbot, view, "stream")
    assert dialog.canvas.basemap is None
    assert "is not an MBTiles basemap" in dialog.where.text()
