"""Geotrace and geoshape on a laptop without GPS: points typed or pasted, or read from a GPS file,
or drawn on the offline map ("Draw on map…", ``draw_dialog``).

The officer writes one point per line ("27.7 85.3", or "lat lon alt acc"), pastes ODK's
"lat lon alt acc;..." text, or imports the GPX, KML or GeoJSON file a handheld GPS or a phone wrote.
The engine checks the answer (2 points for a line; 3 different points and an outline that does not
cross itself for an area) and its refusal shows under the question, worded in the form's language.
Under the box: the number of points, the length or area in the interface language's numbers, and
the worst accuracy among the points.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout

from needsassess.engine import QType, geo
from needsassess.engine.answers import JSONValue
from needsassess.engine.geo_files import GeoFileError, points_from_file
from needsassess.locale import format_number
from needsassess.locale.measures import format_area, format_length
from needsassess.ui.entry.draw_dialog import DrawDialog, open_draw_dialog
from needsassess.ui.entry.question_widgets import QuestionWidget
from needsassess.ui.entry.style import style_label
from needsassess.ui.i18n import error_text

VISIBLE_LINES = 6


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(float(value))


def points_text(points: list[dict[str, float]], shape: bool) -> str:
    """One point per line, "lat lon" (and altitude, accuracy when known); a shape without its closing point."""
    if shape and len(points) > 1 and geo.lat_lons(points[:1]) == geo.lat_lons(points[-1:]):
        points = points[:-1]
    lines = []
    for point in points:
        parts = [point["lat"], point["lon"]]
        if "accuracy" in point:
            parts += [point.get("alt", 0.0), point["accuracy"]]
        elif "alt" in point:
            parts.append(point["alt"])
        lines.append(" ".join(_number(p) for p in parts))
    return "\n".join(lines)


class PointsWidget(QuestionWidget):
    """A geotrace (a line) or geoshape (an area): a box of points, a file import, and what they measure."""

    debounced = True
    editor: QPlainTextEdit

    @property
    def shape(self) -> bool:
        return self.question.type is QType.GEOSHAPE

    def build(self, layout: QVBoxLayout) -> QPlainTextEdit:
        box = QPlainTextEdit(self)
        box.setTabChangesFocus(True)
        box.setPlaceholderText(self.tr("One point per line: latitude longitude, e.g. 27.7012 85.3201"))
        box.setFixedHeight(box.fontMetrics().lineSpacing() * VISIBLE_LINES + 14)
        box.textChanged.connect(self._typed)
        self.watch_focus(box)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import GPX, KML or GeoJSON…"), self)
        self.import_button.setToolTip(self.tr("Read the track or outline saved by a handheld GPS or a phone."))
        self.import_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton(self.tr("Paste points"), self)
        self.paste_button.clicked.connect(self.paste)
        self.draw_button = QPushButton(self.tr("Draw on map…"), self)
        self.draw_button.setObjectName("draw_on_map")
        self.draw_button.setToolTip(self.tr("Click the points on an offline map; drag, delete and undo."))
        self.draw_button.clicked.connect(self.draw_on_map)
        row.addWidget(self.draw_button)
        row.addWidget(self.import_button)
        row.addWidget(self.paste_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.summary = QLabel(self)
        style_label(self.summary, "hint")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        return box

    # -- entry -------------------------------------------------------------------------------------
    def _typed(self) -> None:
        text = self.editor.toPlainText()
        self.submit(text if text.strip() else None)

    def paste(self, text: str | None = None) -> None:
        text = QGuiApplication.clipboard().text() if not isinstance(text, str) else text
        self.editor.setPlainText(text.replace(";", "\n").strip())
        self.leave()

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a GPX, KML or GeoJSON file"), str(Path.home()),
            self.tr("GPS files (*.gpx *.kml *.geojson *.json);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> bool:
        """Read ``path``; on success its points become the answer, otherwise nothing changes."""
        try:
            points = points_from_file(path)
        except GeoFileError as exc:
            self.local_problem = error_text(exc)
            self.touched = True
            self.set_problem_text(self.local_problem)
            return False
        self.editor.setPlainText(points_text(points, self.shape))
        self.leave()
        return True

    def draw_on_map(self) -> DrawDialog:
        """The map dialog on the current answer; OK saves its points as typed points are saved."""
        return open_draw_dialog(self, self._drawn)

    def _drawn(self, value: JSONValue) -> None:
        self.editor.setPlainText(points_text(value, self.shape) if isinstance(value, list) else "")
        self.leave()

    # -- display -----------------------------------------------------------------------------------
    def show_value(self, value: JSONValue) -> None:
        self.editor.setPlainText(points_text(value, self.shape) if isinstance(value, list) else "")
        self._update_summary(value)

    def refresh(self) -> None:
        super().refresh()
        self._update_summary(self.ctx.session.get(*self.key))

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        self.import_button.setEnabled(not read_only)
        self.paste_button.setEnabled(not read_only)
        self.draw_button.setEnabled(not read_only)

    def _update_summary(self, value: JSONValue) -> None:
        if not isinstance(value, list) or not value:
            self.summary.setText(self.tr("No points yet."))
            return
        conv = self.ctx.conventions
        found = geo.measure(value, self.shape)
        count = format_number(found.points, conv)
        if found.area_m2 is not None:
            text = self.tr("{count} points · area {area} · perimeter {length}").format(
                count=count, area=format_area(found.area_m2, conv), length=format_length(found.length_m, conv))
        else:
            text = self.tr("{count} points · length {length}").format(
                count=count, length=format_length(found.length_m, conv))
        if found.accuracy_m is not None:
            text += " · " + self.tr("accuracy up to {accuracy}").format(
                accuracy=format_length(found.accuracy_m, conv))
        self.summary.setText(text)
