"""A geotrace or geoshape answer drawn small in the report: the line or area, a scale bar, a north arrow.

No basemap: the outline alone, in a local plane around its first point (east-west metres shrink with
the cosine of the latitude, so shapes keep their proportions up to tens of kilometres). The scale
bar is a round length (1, 2 or 5 times a power of ten) near a quarter of the drawing's width; its
length is printed under the drawing as a shaped paragraph, because ReportLab's drawing strings are
not shaped (Nepali would break). The arrow's letter is "N", as on maps in every language here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from needsassess.engine import geo
from needsassess.locale import Conventions
from needsassess.locale.measures import format_length
from needsassess.reports.text import ACCENT, RULE, TextKit
from needsassess.reports.wording import word

HEIGHT = 120.0
_MARGIN = 14.0
_EARTH_M_PER_DEGREE = 111_320.0  # one degree of latitude, near enough for a sketch


def local_metres(points: Sequence[Mapping[str, Any]]) -> list[tuple[float, float]]:
    """(east, north) metres from the first point."""
    coords = geo.lat_lons(points)
    lat0, lon0 = coords[0]
    k = math.cos(math.radians(lat0)) * _EARTH_M_PER_DEGREE
    return [(((lon - lon0 + 540.0) % 360.0 - 180.0) * k, (lat - lat0) * _EARTH_M_PER_DEGREE) for lat, lon in coords]


def round_length(target: float) -> float:
    """The largest of 1, 2, 5 x 10^k not above ``target`` (at least 1 m)."""
    if target <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(target))
    return float(max(step * power for step in (1, 2, 5) if step * power <= target))


def outline_drawing(points: Sequence[Mapping[str, Any]], shape: bool, width: float) -> tuple[Drawing, float]:
    """The drawing and the length its scale bar stands for, in metres."""
    flat = local_metres(points)
    xs, ys = [p[0] for p in flat], [p[1] for p in flat]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    room = min(width - 2 * _MARGIN - 30, HEIGHT - 2 * _MARGIN - 14)
    scale = room / span  # points per metre
    x0 = (width - (max(xs) - min(xs)) * scale) / 2 - min(xs) * scale  # centred; the arrow sits in the corner
    y0 = _MARGIN + 14 + (room - (max(ys) - min(ys)) * scale) / 2 - min(ys) * scale
    at = [(x0 + x * scale, y0 + y * scale) for x, y in flat]
    drawing = Drawing(width, HEIGHT)
    drawing.add(Rect(0, 0, width, HEIGHT, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
    flat_list = [c for point in at for c in point]
    if shape:
        drawing.add(Polygon(flat_list, fillColor=colors.Color(0.1, 0.45, 0.7, alpha=0.25), strokeColor=ACCENT,
                            strokeWidth=1.2))
    else:
        drawing.add(PolyLine(flat_list, strokeColor=ACCENT, strokeWidth=1.6))
    bar_m = round_length(span * 0.3)
    bar_pt = bar_m * scale
    drawing.add(Line(_MARGIN, 8, _MARGIN + bar_pt, 8, strokeColor=colors.black, strokeWidth=1.5))
    for x in (_MARGIN, _MARGIN + bar_pt):
        drawing.add(Line(x, 5, x, 11, strokeColor=colors.black, strokeWidth=1))
    _north_arrow(drawing, width - _MARGIN - 6, HEIGHT - _MARGIN - 20)
    return drawing, bar_m


def _north_arrow(drawing: Drawing, x: float, y: float) -> None:
    drawing.add(Polygon([x, y + 18, x - 5, y, x, y + 4, x + 5, y], fillColor=colors.black, strokeColor=None))
    drawing.add(String(x, y - 10, "N", fontName="Helvetica-Bold", fontSize=8, textAnchor="middle"))


def outline_block(kit: TextKit, points: Sequence[Mapping[str, Any]], shape: bool, width: float,
                  conv: Conventions, lang: str) -> Flowable:
    """The drawing with its scale written under it, as one table cell's content."""
    drawing, bar_m = outline_drawing(points, shape, width)
    caption = kit.para(word("scale_bar", lang, length=format_length(bar_m, conv)), "muted")
    table = Table([[drawing], [caption]], colWidths=[width])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table
