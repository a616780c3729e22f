"""The "Map" tab beside the list of assessments: each located assessment as a point.

Points are coloured by form (the legend names the forms) and filled when complete, hollow while a
draft. A click on a point opens the assessment, as a double-click on its row does. The points are
read in a worker thread (``analysis.sites.site_points``, a page of records at a time), so a large
folder never freezes the window; a newer request makes an older result stale and it is dropped.

The basemap is an MBTiles file the person chooses with "Basemap…"; its path is kept in the store's
settings (``basemap_path``) and opened again next time; the shipped country and province outlines
are drawn over it. Without one ("Built-in map") the outlines are the basemap. A file that cannot be
used is refused with its catalogued message and the map keeps the built-in map.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from needsassess.analysis.sites import SitePoint, site_points
from needsassess.store import DRAFT, AssessmentStore, ListQuery, StoreError
from needsassess.store.mbtiles import MBTiles
from needsassess.ui.i18n import error_text, shown_title
from needsassess.ui.map_view import MapPoint, MapView
from needsassess.ui.naming import named
from needsassess.ui.tasks import CancelledFn, ProgressFn, Task

# Distinct colours readable on a light basemap and by most colour-blind readers (Okabe–Ito + dark).
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7F3C8D", "#333333")


def form_colours(form_ids: list[str]) -> dict[str, QColor]:
    """One colour per form, stable for a given set of forms (sorted by id)."""
    return {form_id: QColor(PALETTE[i % len(PALETTE)]) for i, form_id in enumerate(sorted(set(form_ids)))}


class MapPanel(QWidget):
    """The map of the assessments selected by the list's filters; ``open_requested(uuid, read_only)``."""

    open_requested = Signal(str, bool)
    loaded = Signal()  # points are on the map (tests and the status line wait for it)

    def __init__(self, store: AssessmentStore, form_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("map_panel")
        self._store = store
        self._form_language = form_language
        self._generation = 0
        self._task: Task | None = None
        self._sites: list[SitePoint] = []
        self._read = 0
        self.map = MapView(self)
        self.legend = named(QLabel(), "map_legend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.status = named(QLabel(), "map_status")
        self.status.setWordWrap(True)
        self.basemap_button = named(QPushButton(), "basemap_button")
        self.plain_button = named(QPushButton(), "plain_map_button")
        self.fit_button = named(QPushButton(), "fit_map_button")
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        for button in (self.fit_button, self.basemap_button, self.plain_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(top)
        column.addWidget(self.map, 1)
        column.addWidget(self.status)
        self.map.point_clicked.connect(self._open)
        self.basemap_button.clicked.connect(self.choose_basemap)
        self.plain_button.clicked.connect(lambda: self.use_basemap(""))
        self.fit_button.clicked.connect(lambda: self.map.fit())
        self.retranslate_ui()
        self._open_remembered_basemap()

    # -- texts ---------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.basemap_button.setText(self.tr("Basemap…"))
        self.basemap_button.setToolTip(self.tr("Draw the map over an MBTiles file (works without network)"))
        self.plain_button.setText(self.tr("Built-in map"))
        self.plain_button.setToolTip(self.tr("Countries and provinces shipped with the program (Natural Earth), with "
                                             "latitude and longitude lines"))
        self.fit_button.setText(self.tr("Show all"))
        self.fit_button.setToolTip(self.tr("Zoom to show every assessment on the map"))
        for button in (self.basemap_button, self.plain_button, self.fit_button):
            button.setAccessibleName(button.text().rstrip("…"))
            button.setAccessibleDescription(button.toolTip())
        self.legend.setAccessibleName(self.tr("Legend"))
        self._show_legend()
        self._show_status()

    def set_form_language(self, language: str) -> None:
        self._form_language = language
        self._show_legend()

    # -- the points ----------------------------------------------------------------------------
    def load(self, query: ListQuery) -> None:
        """Read the located assessments of ``query`` in the background; the map follows when done."""
        self._generation += 1
        generation = self._generation
        if self._task is not None:
            self._task.cancel()
        whole = ListQuery(form_id=query.form_id, status=query.status, site=query.site, officer=query.officer,
                          text=query.text, limit=None, received=query.received, row_state=query.row_state)

        def work(progress: ProgressFn, cancelled: CancelledFn) -> object:
            return site_points(self._store, whole, progress, cancelled)

        task = Task(work, self)
        task.finished.connect(lambda result: self._loaded(generation, result))
        task.failed.connect(lambda message: self._failed(generation, message))
        self._task = task
        self.status.setText(self.tr("Reading the assessments’ locations…"))
        task.start()

    def _loaded(self, generation: int, result: object) -> None:
        if generation != self._generation or not isinstance(result, tuple):
            return
        self._task = None
        self._sites, self._read = result
        colours = form_colours([s.form_id for s in self._sites])
        self.map.set_points([
            MapPoint(s.uuid, s.lat, s.lon, colours[s.form_id], s.status != DRAFT,
                     " — ".join(t for t in (shown_title(s.title), s.site) if t))
            for s in self._sites])
        self.map.fit()
        self._show_legend()
        self._show_status()
        self.loaded.emit()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._task = None
            self.status.setText(message)

    def sites(self) -> list[SitePoint]:
        return list(self._sites)

    def _open(self, uuid: str) -> None:
        found = next((s for s in self._sites if s.uuid == uuid), None)
        if found is not None:
            self.open_requested.emit(uuid, found.status != DRAFT)

    def _form_title(self, form_id: str) -> str:
        try:
            return self._store.forms.latest(form_id).title_in(self._form_language)
        except (StoreError, KeyError):
            return form_id

    def _show_legend(self) -> None:
        colours = form_colours([s.form_id for s in self._sites])
        parts = [f'<span style="color:{c.name()}">●</span>&nbsp;{_escape(self._form_title(f))}'
                 for f, c in colours.items()]
        parts.append(f"●&nbsp;{_escape(self.tr('complete'))} &nbsp;○&nbsp;{_escape(self.tr('draft'))}")
        self.legend.setText(" &nbsp;&nbsp; ".join(parts))

    def _show_status(self) -> None:
        if self._task is not None:
            return
        located, read = len(self._sites), self._read
        text = self.tr("%1 of %2 assessments have a location. Click a point to open it; drag to move, "
                       "wheel or +/− to zoom.").replace("%1", str(located)).replace("%2", str(read))
        if self.map.basemap is not None:
            text += " " + self.tr("Basemap: %1").replace("%1", self.map.basemap.info.name)
        self.status.setText(text)

    # -- the basemap ---------------------------------------------------------------------------
    def _open_remembered_basemap(self) -> None:
        try:
            path = self._store.settings.basemap_path
        except StoreError:
            return
        if path:
            try:
                self.map.set_basemap(MBTiles(path))
            except StoreError as err:
                self.status.setText(error_text(err))

    def choose_basemap(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a basemap"), "",
                                              self.tr("MBTiles basemaps (*.mbtiles);;All files (*)"))
        if path:
            self.use_basemap(path)

    def use_basemap(self, path: str) -> bool:
        """Draw over the MBTiles file at ``path`` ("" for none) and remember it; False if refused."""
        basemap = None
        if path:
            try:
                basemap = MBTiles(path)
            except StoreError as err:
                QMessageBox.warning(self, self.tr("Basemap refused"), error_text(err))
                return False
        try:
            self._store.settings.basemap_path = path
        except StoreError as err:
            QMessageBox.warning(self, self.tr("Basemap"), error_text(err))
        self.map.set_basemap(basemap)
        self._show_status()
        return True


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
