"""A map drawn on the report page: basemap or graticule, boundary rings, shapes, lines, points, markers,
a scale bar, a north arrow and the credit of what is under the features.

Layers are plain data in (lat, lon) degrees, drawn bottom to top:

1. the chosen MBTiles basemap (``basemap.py``: its tiles stitched and cut to the frame), or, without
   one, a light background with a graticule of round degrees;
2. boundary rings (``BoundaryRings``: outlines of countries or districts and their credit), from any
   ``BoundarySource`` given in ``ReportOptions.boundaries``: a function of the frame's (west, south,
   east, north) returning the rings to draw, or None;
3. areas (filled, outlined), lines, points (with their GPS accuracy as a circle when it shows);
4. numbered markers (the summary's sites), the number in the report's digits.

Everything is clipped to the frame. Text in the map (the scale bar's length, the credit) is a shaped
paragraph, so Nepali prints correctly; the north arrow's letter is "N" in every language, as on maps.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from needsassess.locale import Conventions, with_digits
from needsassess.locale.measures import format_length
from needsassess.reports.basemap import BasemapImage, render_basemap
from needsassess.reports.fonts import DEVANAGARI_BOLD, LATIN_BOLD
from needsassess.reports.mapframe import MapFrame, graticule_step
from needsassess.reports.subject import BoundaryRings, BoundarySource, LatLon
from needsassess.reports.text import ACCENT, INK, RULE, TextKit
from needsassess.reports.wording import word
from needsassess.store.mbtiles import MBTiles

BACKGROUND = colors.HexColor("#f3f5f7")
GRATICULE = colors.HexColor("#d3d9df")
BOUNDARY = colors.HexColor("#7a5c8e")
POINT = colors.HexColor("#c0392b")
# Okabe–Ito colours (told apart by most colour-blind readers), as in the window's map.
FORM_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#7f3c8d", "#000000")


@dataclass(frozen=True)
class Outline:
    points: Sequence[LatLon]
    closed: bool  # an area (geoshape) or a line (geotrace)


@dataclass(frozen=True)
class Spot:
    """A point; ``accuracy`` (metres) draws a circle when it is larger than the dot."""

    lat: float
    lon: float
    accuracy: float | None = None
    main: bool = True


@dataclass(frozen=True)
class Marker:
    """A numbered marker (a site of the summary)."""

    lat: float
    lon: float
    number: int
    colours: tuple[str, ...]  # one per form at this place: the marker is split in as many slices


@dataclass
class MapLayers:
    outlines: list[Outline] = field(default_factory=list)
    spots: list[Spot] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)

    def coords(self) -> list[LatLon]:
        out: list[LatLon] = [c for o in self.outlines for c in o.points]
        out += [(s.lat, s.lon) for s in self.spots] + [(m.lat, m.lon) for m in self.markers]
        return out


@dataclass
class MapCredits:
    """What the map was drawn over, for the caption: basemap name and credit, boundaries' credit."""

    basemap: str = ""
    attribution: str = ""
    boundaries: str = ""

    def lines(self, lang: str) -> list[str]:
        out = []
        if self.basemap or self.attribution:
            out.append(word("map_basemap", lang, name=self.basemap, credit=self.attribution).rstrip(" ·"))
        else:
            out.append(word("map_no_basemap", lang))
        if self.boundaries:
            out.append(word("map_boundaries", lang, credit=self.boundaries))
        return out


class MapFlowable(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """The map of ``layers`` in ``frame``; ``credits`` tells the caption what was drawn under them."""

    def __init__(
        self,
        kit: TextKit,
        frame: MapFrame,
        layers: MapLayers,
        conv: Conventions,
        lang: str,
        basemap: MBTiles | None = None,
        boundaries: BoundarySource | None = None,
    ) -> None:
        super().__init__()
        self.kit, self.frame, self.layers, self.conv, self.lang = kit, frame, layers, conv, lang
        self.width, self.height = frame.width, frame.height
        self.credits = MapCredits()
        self.image: BasemapImage | None = render_basemap(basemap, frame) if basemap is not None else None
        if self.image is not None:
            self.credits.basemap, self.credits.attribution = self.image.name, self.image.attribution
        self.rings: BoundaryRings | None = boundaries(frame.bbox()) if boundaries is not None else None
        if self.rings is not None and self.rings.rings:
            self.credits.boundaries = self.rings.attribution
        self.scale_m, self.scale_pt = frame.scale_bar()
        self.scale_text = format_length(self.scale_m, conv)
        self._label = kit.para(self.scale_text, "small")
        self._content = [self._label]  # the glyph check reads the map's text here

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        w, h = self.width, self.height
        canvas.saveState()
        clip = canvas.beginPath()
        clip.rect(0, 0, w, h)
        canvas.clipPath(clip, stroke=0, fill=0)
        if self.image is not None:
            canvas.drawImage(ImageReader(io.BytesIO(self.image.jpeg)), 0, 0, w, h)
        else:
            canvas.setFillColor(BACKGROUND)
            canvas.rect(0, 0, w, h, stroke=0, fill=1)
            self._graticule(canvas)
        if self.rings is not None:
            self._rings(canvas, self.rings)
        for outline in self.layers.outlines:
            self._outline(canvas, outline)
        for spot in self.layers.spots:
            self._spot(canvas, spot)
        for marker in self.layers.markers:
            self._marker(canvas, marker)
        canvas.restoreState()
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, w, h, stroke=1, fill=0)
        self._north_arrow(canvas, w - 16, h - 34)
        self._scale_bar(canvas)

    # -- layers ------------------------------------------------------------------------------------
    def _graticule(self, canvas: Canvas) -> None:
        west, south, east, north = self.frame.bbox()
        step = graticule_step(max(east - west, north - south))
        canvas.setStrokeColor(GRATICULE)
        canvas.setLineWidth(0.4)
        lon = math.floor(west / step) * step
        while lon <= east:
            x = self.frame.to_page(0.0, lon)[0]
            canvas.line(x, 0, x, self.height)
            lon += step
        lat = math.floor(south / step) * step
        while lat <= north:
            y = self.frame.to_page(lat, 0.0)[1]
            canvas.line(0, y, self.width, y)
            lat += step

    def _path(self, canvas: Canvas, points: Sequence[LatLon], closed: bool) -> Any:
        path = canvas.beginPath()
        for i, (lat, lon) in enumerate(points):
            x, y = self.frame.to_page(lat, lon)
            if i:
                path.lineTo(x, y)
            else:
                path.moveTo(x, y)
        if closed:
            path.close()
        return path

    def _rings(self, canvas: Canvas, rings: BoundaryRings) -> None:
        canvas.setStrokeColor(BOUNDARY)
        canvas.setLineWidth(0.8)
        canvas.setDash(3, 2)
        for ring in rings.rings:
            if len(ring) >= 2:
                canvas.drawPath(self._path(canvas, ring, closed=False), stroke=1, fill=0)
        canvas.setDash()

    def _outline(self, canvas: Canvas, outline: Outline) -> None:
        if len(outline.points) < 2:
            return
        path = self._path(canvas, outline.points, outline.closed)
        canvas.setLineJoin(1)
        # A white casing under the colour keeps the line readable on a dark basemap.
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(3.2)
        canvas.drawPath(path, stroke=1, fill=0)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(1.6)
        if outline.closed:
            canvas.setFillColor(colors.Color(0.1, 0.45, 0.7, alpha=0.28))
            canvas.drawPath(path, stroke=1, fill=1)
        else:
            canvas.drawPath(path, stroke=1, fill=0)

    def _spot(self, canvas: Canvas, spot: Spot) -> None:
        x, y = self.frame.to_page(spot.lat, spot.lon)
        radius = 4.2 if spot.main else 2.6
        if spot.accuracy and spot.accuracy > 0:
            r = spot.accuracy / self.frame.metres_per_point()
            if r > radius + 1:
                canvas.setStrokeColor(POINT)
                canvas.setFillColor(colors.Color(0.75, 0.22, 0.17, alpha=0.12))
                canvas.setLineWidth(0.6)
                canvas.circle(x, y, r, stroke=1, fill=1)
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(1.2)
        canvas.setFillColor(POINT)
        canvas.circle(x, y, radius, stroke=1, fill=1)

    def _marker(self, canvas: Canvas, marker: Marker) -> None:
        x, y = self.frame.to_page(marker.lat, marker.lon)
        text = with_digits(str(marker.number), self.conv.digits)
        size = 6.0
        font = DEVANAGARI_BOLD if self.conv.digits == "devanagari" else LATIN_BOLD
        radius = max(5.0, canvas.stringWidth(text, font, size) / 2 + 2.2)
        parts = marker.colours or (FORM_COLOURS[0],)
        if len(parts) == 1:
            canvas.setFillColor(colors.HexColor(parts[0]))
            canvas.circle(x, y, radius, stroke=0, fill=1)
        else:
            extent = 360.0 / len(parts)
            for i, colour in enumerate(parts):
                canvas.setFillColor(colors.HexColor(colour))
                canvas.wedge(
                    x - radius, y - radius, x + radius, y + radius, 90 - (i + 1) * extent, extent, stroke=0, fill=1
                )
        canvas.setStrokeColor(colors.white)
        canvas.setLineWidth(0.9)
        canvas.circle(x, y, radius, stroke=1, fill=0)
        canvas.setFillColor(colors.white)
        canvas.setFont(font, size)
        canvas.drawCentredString(x, y - size * 0.36, text)

    # -- furniture ---------------------------------------------------------------------------------
    def _north_arrow(self, canvas: Canvas, x: float, y: float) -> None:
        canvas.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.roundRect(x - 9, y - 13, 18, 40, 3, stroke=1, fill=1)
        canvas.setFillColor(INK)
        path = canvas.beginPath()
        path.moveTo(x, y + 22)
        path.lineTo(x - 5.5, y + 2)
        path.lineTo(x, y + 6)
        path.lineTo(x + 5.5, y + 2)
        path.close()
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.setFont(LATIN_BOLD, 8)
        canvas.drawCentredString(x, y - 9, "N")

    def _scale_bar(self, canvas: Canvas) -> None:
        bar = self.scale_pt
        label_w, label_h = self._label.wrapOn(canvas, self.width * 0.4, 30)
        label_w = max(self._label.minWidth(), 10)
        x, y = 8.0, 8.0
        canvas.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.roundRect(x - 4, y - 4, bar + label_w + 18, max(label_h, 8) + 6, 2, stroke=1, fill=1)
        half = bar / 2
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        for i in range(2):
            canvas.setFillColor(INK if i == 0 else colors.white)
            canvas.rect(x + i * half, y + 1, half, 3.5, stroke=1, fill=1)
        self._label.drawOn(canvas, x + bar + 6, y - 2)


def frame_for(layers: MapLayers, width: float, height: float, min_metres: float = 400.0) -> MapFrame:
    return MapFrame.around(layers.coords(), width, height, min_metres=min_metres)
