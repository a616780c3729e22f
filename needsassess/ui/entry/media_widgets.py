"""Geopoint (four number fields with range checks and a paste of "lat, lon") and image (a photo).

Photos are copied into the store (``store.add_attachment``) as soon as they are chosen or dropped;
the answer is the photo's sha256, as the engine expects.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.engine import geo
from needsassess.engine.answers import AnswerValueError, JSONValue
from needsassess.errors import UserError
from needsassess.errors.geo_codes import GeoEntryCode
from needsassess.ui.entry.draw_dialog import DrawDialog, open_draw_dialog
from needsassess.ui.entry.numbers import COMMA_DECIMAL, format_coordinate, parse_number
from needsassess.ui.entry.question_widgets import QuestionWidget
from needsassess.ui.entry.style import style_label
from needsassess.ui.i18n import error_text

_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?\Z")
_PARTS = ("lat", "lon", "alt", "accuracy")
_RANGES = {"lat": (-90.0, 90.0), "lon": (-180.0, 180.0), "alt": (-500.0, 9000.0), "accuracy": (0.0, 10000.0)}
THUMBNAIL = QSize(200, 150)


def parse_lat_lon(text: str) -> tuple[float, float] | None:
    """"28.1, 81.6" (or "28.1 81.6", "28,1; 81,6") → (28.1, 81.6); None if it is not a pair.

    Commas that could be decimal marks or separators ("27,7,85,3") raise ``geo.AmbiguousCommas``.
    """
    parts = geo.point_numbers(text.replace(";", " "))
    if len(parts) != 2 or not all(_NUMBER.match(p) for p in parts):
        return None
    return float(parts[0]), float(parts[1])


class GeopointWidget(QuestionWidget):
    debounced = True

    def build(self, layout: QVBoxLayout) -> QWidget:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        captions = {"lat": self.tr("Latitude"), "lon": self.tr("Longitude"),
                    "alt": self.tr("Altitude (m)"), "accuracy": self.tr("Accuracy (m)")}
        self.fields: dict[str, QLineEdit] = {}
        for column, part in enumerate(_PARTS):
            caption = QLabel(captions[part], box)
            style_label(caption, "hint")
            field = QLineEdit(box)
            field.setMaximumWidth(130)
            field.setAccessibleName(captions[part])
            caption.setBuddy(field)
            field.textEdited.connect(self._typed)
            field.editingFinished.connect(self.leave)
            field.returnPressed.connect(self.focus_next)
            grid.addWidget(caption, 0, column)
            grid.addWidget(field, 1, column)
            self.fields[part] = field
        self.paste_button = QPushButton(self.tr("Paste lat, lon"), box)
        self.paste_button.setToolTip(self.tr('Paste a position copied as "28.1, 81.6".'))
        self.paste_button.clicked.connect(self.paste)
        grid.addWidget(self.paste_button, 1, len(_PARTS))
        self.draw_button = QPushButton(self.tr("Draw on map…"), box)
        self.draw_button.setObjectName("draw_on_map")
        self.draw_button.setToolTip(self.tr("Put the point on an offline map with a click."))
        self.draw_button.clicked.connect(self.draw_on_map)
        grid.addWidget(self.draw_button, 1, len(_PARTS) + 1)
        grid.setColumnStretch(len(_PARTS) + 2, 1)
        layout.addWidget(box)
        return box

    def focus_editor(self) -> None:
        self.fields["lat"].setFocus(Qt.FocusReason.OtherFocusReason)

    def paste(self, text: str | None = None) -> None:
        text = QGuiApplication.clipboard().text() if not isinstance(text, str) else text
        try:
            pair = parse_lat_lon(text)
        except geo.AmbiguousCommas:
            self.local_problem = error_text(AnswerValueError(GeoEntryCode.AMBIGUOUS_COMMAS, text=text.strip()[:60]))
            self.touched = True
            self.set_problem_text(self.local_problem)
            return
        if pair is None:
            self.local_problem = self.tr('The clipboard does not hold a position like "28.1, 81.6".')
            self.touched = True
            self.set_problem_text(self.local_problem)
            return
        self.fields["lat"].setText(format_coordinate(pair[0]))
        self.fields["lon"].setText(format_coordinate(pair[1]))
        self._typed()
        self.leave()

    def draw_on_map(self) -> DrawDialog:
        """The map dialog on the current point; OK fills the fields and saves, as typing does."""
        return open_draw_dialog(self, self._drawn)

    def _drawn(self, value: JSONValue) -> None:
        point = value if isinstance(value, dict) else {}
        for part, field in self.fields.items():
            field.setText(format_coordinate(point.get(part)))
        self._typed()
        self.leave()

    def _typed(self, _text: str = "") -> None:
        point: dict[str, float] = {}
        for part, field in self.fields.items():
            text = field.text()
            if not text.strip():
                continue
            # A comma in a latitude or longitude is a decimal mark (28,123 is never 28123).
            value = parse_number(text, COMMA_DECIMAL if part in ("lat", "lon") else self.ctx.conventions)
            low, high = _RANGES[part]
            if value is None or not low <= value <= high:
                self.reject_input(self._range_message(part))
                return
            point[part] = value
        if not point:
            self.submit(None)
        elif "lat" in point and "lon" in point:
            self.submit(point)
        else:
            self.reject_input(self.tr("Enter both the latitude and the longitude."))

    def _range_message(self, part: str) -> str:
        return {
            "lat": self.tr("The latitude must be a number from -90 to 90."),
            "lon": self.tr("The longitude must be a number from -180 to 180."),
            "alt": self.tr("The altitude must be a number of metres from -500 to 9000."),
            "accuracy": self.tr("The accuracy must be a number of metres, 0 or more."),
        }[part]

    def show_value(self, value: JSONValue) -> None:
        for part, field in self.fields.items():
            field.setText(format_coordinate((value or {}).get(part)))

    def set_read_only(self, read_only: bool) -> None:
        for field in self.fields.values():
            field.setReadOnly(read_only)
        self.paste_button.setVisible(not read_only)
        self.draw_button.setVisible(not read_only)


class ImageWidget(QuestionWidget):
    """A photo: choose a file or drop one; a thumbnail; remove."""

    def build(self, layout: QVBoxLayout) -> QWidget:
        row = QHBoxLayout()
        self.thumbnail = QLabel(self)
        self.thumbnail.setObjectName("thumbnail")
        self.thumbnail.setFrameShape(QFrame.Shape.StyledPanel)
        self.thumbnail.setFixedSize(THUMBNAIL)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.thumbnail)
        buttons = QVBoxLayout()
        self.choose_button = QPushButton(self.tr("Choose a photo…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove the photo"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row.addLayout(buttons)
        row.addStretch(1)
        layout.addLayout(row)
        self.setAcceptDrops(True)
        return self.choose_button

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), str(Path.home()),
            self.tr("Photos (*.jpg *.jpeg *.png *.webp *.heic *.bmp);;All files (*)"),
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Copy the photo into the store and answer with its hash."""
        try:
            sha256 = self.ctx.store.add_attachment(path)
        except (UserError, OSError) as err:
            self.touched = True
            self.local_problem = error_text(err)
            self.set_problem_text(self.local_problem)
            return
        self.submit(sha256)
        self._show(sha256)

    def remove(self) -> None:
        self.submit(None)
        self._show(None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.ctx.read_only and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach(Path(url.toLocalFile()))
                event.acceptProposedAction()
                return

    def show_value(self, value: JSONValue) -> None:
        self._show(value)

    def _show(self, sha256: str | None) -> None:
        self.remove_button.setVisible(sha256 is not None and not self.ctx.read_only)
        if sha256 is None:
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No photo yet.\nDrop one here."))
            return
        # Read the photo scaled down: a 12-megapixel picture would take a second at full size.
        reader = QImageReader(str(self.ctx.store.attachment_path(sha256)))
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self.thumbnail.setText(self.tr("Photo attached (no preview)."))
        else:
            self.thumbnail.setPixmap(QPixmap.fromImage(image))

    def set_read_only(self, read_only: bool) -> None:
        self.choose_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only and self.ctx.session.get(*self.key) is not None)
