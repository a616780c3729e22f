"""The "Draw on map" dialog of a geopoint, geotrace or geoshape question.

Opens on the answer as it is (its points editable) over the basemap chosen for the Map tab (the
store's ``basemap_path``), or the plain graticule when there is none. Under the map: the live
length and area in the interface language's numbers, the point under the mouse and the selected
point (with its accuracy when it has one), and why the drawing cannot be the answer yet. OK checks
the drawing the way the engine checks a typed answer (``coerce_answer``: a self-crossing outline is
refused with the catalogue's message, and its crossing edges are already red on the map) and
hands the points back; the question saves them as it saves typed points. Cancel changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import QType, Question, geo
from needsassess.engine.answers import AnswerValueError, JSONValue, coerce_answer
from needsassess.errors.engine_codes import AnswerValueCode
from needsassess.locale import Conventions, format_number
from needsassess.locale.measures import format_area, format_length
from needsassess.store import AssessmentStore, StoreError
from needsassess.store.mbtiles import MBTiles
from needsassess.ui.entry.draw_canvas import DrawCanvas
from needsassess.ui.entry.drawing import Drawing, Point
from needsassess.ui.entry.numbers import format_coordinate
from needsassess.ui.entry.question_widgets import QuestionWidget
from needsassess.ui.entry.style import style_label
from needsassess.ui.i18n import current_language, error_text

KINDS = {QType.GEOPOINT: "point", QType.GEOTRACE: "trace", QType.GEOSHAPE: "shape"}


def points_of(value: JSONValue) -> list[Point]:
    """An answer's points as a list (a geopoint is one point; a shape without its closing point)."""
    if isinstance(value, dict):
        return [value]
    if not isinstance(value, list):
        return []
    points = [p for p in value if isinstance(p, dict)]  # shared: a drawing replaces points, never changes one
    if len(points) > 3 and geo.lat_lons(points[:1]) == geo.lat_lons(points[-1:]):
        points = points[:-1]
    return points


class DrawDialog(QDialog):
    """Draw the answer of ``question``; after OK, ``answer()`` is the value to save."""

    def __init__(
        self,
        question: Question,
        title: str,
        value: JSONValue,
        store: AssessmentStore | None,
        conventions: Conventions,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draw_dialog")
        self.question = question
        self.conventions = conventions
        self.drawing = Drawing(KINDS[question.type], points_of(value))
        self._title = title
        self.canvas = DrawCanvas(self.drawing, conventions, self)
        self.canvas.setMinimumSize(240, 160)
        self.help = QLabel(self)
        style_label(self.help, "hint")
        self.help.setWordWrap(True)
        self.measures = QLabel(self)
        self.measures.setObjectName("draw_measures")
        self.measures.setWordWrap(True)
        self.where = QLabel(self)
        style_label(self.where, "hint")
        self.where.setWordWrap(True)
        self.problem = QLabel(self)
        style_label(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.undo_button = QPushButton(self)
        self.redo_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.fit_button = QPushButton(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._lay_out()
        self._connect()
        self._open_basemap(store)
        self.value: JSONValue = None  # the checked answer, once OK was pressed
        self.retranslate_ui()  # writes the measures too
        self.resize(QSize(940, 560))

    def _lay_out(self) -> None:
        tools = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, self.delete_button, self.fit_button):
            button.setAutoDefault(False)
            tools.addWidget(button)
        tools.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 8, 8)
        column.setSpacing(4)
        column.addWidget(self.help)
        column.addWidget(self.canvas, 1)
        column.addWidget(self.measures)
        column.addWidget(self.where)
        column.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addLayout(tools, 1)
        bottom.addWidget(self.buttons)
        column.addLayout(bottom)

    def _connect(self) -> None:
        self.canvas.changed.connect(self._changed)
        self.canvas.hovered.connect(self._hovered)
        self.undo_button.clicked.connect(self.canvas.undo)
        self.redo_button.clicked.connect(self.canvas.redo)
        self.delete_button.clicked.connect(self.canvas.delete_selected)
        self.fit_button.clicked.connect(lambda: self.canvas.fit_drawing())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _open_basemap(self, store: AssessmentStore | None) -> None:
        try:
            path = store.settings.basemap_path if store is not None else ""
            if path:
                self.canvas.set_basemap(MBTiles(path))
        except StoreError as err:
            self.where.setText(error_text(err))

    def showEvent(self, event: QShowEvent) -> None:
        """Fit the drawing once the map has its size; the keys (Delete, Ctrl+Z) go to the map."""
        super().showEvent(event)
        self.canvas.setFocus()
        if self.drawing.points:
            self.canvas.fit_drawing()

    # -- texts ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Draw on map: %1").replace("%1", self._title))
        kind = self.drawing.kind
        if kind == "point":
            text = self.tr("Click the place to put the point there; drag the point to move it.")
        elif kind == "trace":
            text = self.tr(
                "Click to add points along the line; drag a point to move it; Delete removes the selected point."
            )
        else:
            text = self.tr(
                "Click to add points around the area (it closes by itself); drag a point to move it; "
                "Delete removes the selected point."
            )
        self.help.setText(
            text + " " + self.tr("Move the map with the right button or Ctrl+drag; zoom with the wheel or +/−.")
        )
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo"))
        self.redo_button.setToolTip(self.tr("Redo (Ctrl+Shift+Z or Ctrl+Y)"))
        self.delete_button.setText(self.tr("Delete point"))
        self.delete_button.setToolTip(self.tr("Remove the selected point (Delete)"))
        self.fit_button.setText(self.tr("Show all"))
        self.fit_button.setToolTip(self.tr("Zoom to the whole drawing"))
        for button in (self.undo_button, self.redo_button, self.delete_button, self.fit_button):
            button.setAccessibleName(button.text())
        self.canvas.setAccessibleName(self.tr("Map to draw on"))
        self._changed()

    # -- what the drawing is -------------------------------------------------------------------
    def _changed(self) -> None:
        drawing, conv = self.drawing, self.conventions
        self.undo_button.setEnabled(drawing.can_undo())
        self.redo_button.setEnabled(drawing.can_redo())
        self.delete_button.setEnabled(drawing.selected is not None)
        self.measures.setText(self._measures_text())
        self._show_selected(conv)
        crossing = self.canvas.crossing_edges()
        if crossing:
            self._show_problem(AnswerValueError(AnswerValueCode.AREA_CROSSES_ITSELF))
        else:
            self._show_problem(None)

    def _measures_text(self) -> str:
        conv = self.conventions
        count = format_number(len(self.drawing.points), conv)
        if self.drawing.kind == "point":
            return "" if self.drawing.points else self.tr("No point yet: click the place on the map.")
        length, area = self.drawing.measures()
        if area is not None:
            return self.tr("{count} points · area {area} · perimeter {length}").format(
                count=count, area=format_area(area, conv), length=format_length(length, conv)
            )
        return self.tr("{count} points · length {length}").format(count=count, length=format_length(length, conv))

    def _show_selected(self, conv: Conventions) -> None:
        selected = self.drawing.selected
        if selected is None or not 0 <= selected < len(self.drawing.points):
            return
        point = self.drawing.points[selected]
        text = self.tr("Point {number}: {lat}, {lon}").format(
            number=format_number(selected + 1, conv),
            lat=format_coordinate(point["lat"]),
            lon=format_coordinate(point["lon"]),
        )
        if "accuracy" in point:
            text += " · " + self.tr("accuracy {accuracy}").format(accuracy=format_length(point["accuracy"], conv))
        self.where.setText(text)

    def _hovered(self, lat: float, lon: float) -> None:
        self.where.setText(self.tr("Pointer at {lat}, {lon}").format(lat=f"{lat:.5f}", lon=f"{lon:.5f}"))

    def _show_problem(self, err: AnswerValueError | None) -> None:
        text = err.text(current_language()) if err is not None else ""
        self.problem.setText(text[:1].upper() + text[1:])
        self.problem.setVisible(err is not None)

    # -- OK and Cancel -------------------------------------------------------------------------
    def answer(self) -> JSONValue:
        """The drawn value as the engine stores it (None when nothing is drawn)."""
        return coerce_answer(
            self.question,
            self.drawing.answer()
            if self.drawing.kind != "point"
            else (self.drawing.points[0] if self.drawing.points else None),
        )

    def done(self, result: int) -> None:
        """Closed either way: let go of the basemap file."""
        self.canvas.set_basemap(None)
        super().done(result)

    def accept(self) -> None:
        """Close only with a drawing the engine takes; otherwise say why and stay."""
        try:
            self.value = self.answer()
        except AnswerValueError as err:
            self._show_problem(err)
            return
        super().accept()


def open_draw_dialog(widget: QuestionWidget, on_accept: Callable[[JSONValue], None]) -> DrawDialog:
    """The dialog for ``widget``'s question on its current answer, window-modal and not blocking."""
    ctx = widget.ctx
    dialog = DrawDialog(
        widget.question,
        ctx.label(widget.question),
        ctx.session.get(*widget.key),
        ctx.store,
        ctx.conventions,
        widget.window(),
    )
    dialog.accepted.connect(lambda: on_accept(dialog.value))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
