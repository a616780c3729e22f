"""The "Site map" of an assessment report: where the site is, with its lines and areas.

The map shows the site's GPS point (the ``gps`` question, else the first geopoint outside repeats) with
its accuracy circle, every other point answered (smaller), and every line (geotrace) and area
(geoshape) answered, in repeats too; non-relevant answers are left out, as in the sections. The
frame is the features' box with a margin, at least 400 m across, so a lone point shows its
surroundings. The caption gives the point's coordinates (Latin digits, as typed into GPS devices), the
lines and areas drawn, the scale bar's length and what the map was drawn over (the basemap and its
credit, from the MBTiles metadata, or the graticule; boundaries and their credit). An assessment with
no location and no line or area gets no map.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Spacer

from needsassess.engine.model import QType, Question
from needsassess.locale import Conventions
from needsassess.reports.mapdraw import MapFlowable, MapLayers, Outline, Spot
from needsassess.reports.mapframe import MapFrame
from needsassess.reports.subject import BoundarySource, Instance, ReportSubject
from needsassess.reports.text import TextKit
from needsassess.reports.values import AnswerText
from needsassess.reports.wording import word
from needsassess.store.mbtiles import MBTiles

GEO_TYPES = (QType.GEOPOINT, QType.GEOTRACE, QType.GEOSHAPE)
MAP_HEIGHT_SHARE = 0.56  # of the text width
SITE_MIN_METRES = 400.0


def _values(
    answers: Mapping[str, Any], repeats: tuple[str, ...], name: str, instance: Instance = ()
) -> Iterator[tuple[Instance, Any]]:
    """(instance, value) of question ``name`` in every repeat instance along ``repeats``."""
    if not repeats:
        yield instance, answers.get(name)
        return
    items = answers.get(repeats[0])
    for index, item in enumerate(items if isinstance(items, list) else []):
        if isinstance(item, Mapping):
            yield from _values(item, repeats[1:], name, (*instance, index))


def _point(value: Any) -> tuple[float, float, float | None] | None:
    if not isinstance(value, Mapping):
        return None
    try:
        lat, lon = float(value["lat"]), float(value["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    accuracy = value.get("accuracy")
    return lat, lon, float(accuracy) if isinstance(accuracy, (int, float)) and not isinstance(accuracy, bool) else None


def _coords(value: Any) -> list[tuple[float, float]]:
    if not isinstance(value, list):
        return []
    points = [_point(v) for v in value]
    return [(p[0], p[1]) for p in points if p is not None]


class SiteMap:
    """Collects an assessment's points, lines and areas and builds its map figure."""

    def __init__(self, subject: ReportSubject, lang: str) -> None:
        self.subject, self.lang = subject, lang
        self.layers = MapLayers()
        self.site: Mapping[str, Any] | None = None  # the main point's answer, for the caption
        self.drawn: list[str] = []  # labels of the lines and areas
        self._collect()

    def _collect(self) -> None:
        form, rules = self.subject.form, self.subject.rules()
        geo = [q for q in form.questions() if q.type in GEO_TYPES]
        main = next((q for q in geo if q.name == "gps" and not q.repeats), None) or next(
            (q for q in geo if q.type is QType.GEOPOINT and not q.repeats), None
        )
        text = AnswerText(form, self.lang)
        for question in geo:
            for instance, value in _values(self.subject.answers, question.repeats, question.name):
                if value is None or not rules.relevant(question.name, instance):
                    continue
                self._add(question, value, question is main, text)

    def _add(self, question: Question, value: Any, main: bool, text: AnswerText) -> None:
        if question.type is QType.GEOPOINT:
            point = _point(value)
            if point is not None:
                self.layers.spots.append(Spot(point[0], point[1], point[2], main=main))
                if main and isinstance(value, Mapping):
                    self.site = value
            return
        coords = _coords(value)
        if len(coords) >= 2:
            self.layers.outlines.append(Outline(coords, closed=question.type is QType.GEOSHAPE))
            label = text.label(question)
            if label not in self.drawn:
                self.drawn.append(label)

    @property
    def empty(self) -> bool:
        return not self.layers.coords()

    def figure(
        self, kit: TextKit, width: float, conv: Conventions, basemap: MBTiles | None, boundaries: BoundarySource | None
    ) -> list[Flowable]:
        """Heading, map and caption; nothing when the assessment has no location."""
        if self.empty:
            return []
        self.layers.spots.sort(key=lambda s: s.main)  # the site's point on top
        frame = MapFrame.around(self.layers.coords(), width, width * MAP_HEIGHT_SHARE, min_metres=SITE_MIN_METRES)
        drawing = MapFlowable(kit, frame, self.layers, conv, self.lang, basemap, boundaries)
        lang = self.lang
        caption: list[str] = []
        if self.site is not None:
            caption.append(word("map_site", lang, point=AnswerText(self.subject.form, lang, conv).geopoint(self.site)))
        if self.drawn:
            caption.append(word("map_drawn", lang, items=", ".join(self.drawn)))
        caption.append(word("scale_bar", lang, length=drawing.scale_text))
        caption += drawing.credits.lines(lang)
        return [
            KeepTogether(
                [
                    kit.para(word("map_title", lang), "h1"),
                    drawing,
                    Spacer(1, 3),
                    *[kit.para(line, "muted") for line in caption],
                ]
            )
        ]
