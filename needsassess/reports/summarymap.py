"""The summary's map pages: every site with a location, a numbered marker each, and a legend table.

Each site is placed at the GPS point of its latest assessment (the one whose figures the summary
prints), one marker colour per form. Markers are numbered in reading order (north to south, then west
to east), the numbers in the report's digits. Sites closer on the paper than a marker's width share
one marker, split in the colours of their forms (a waste and an energy assessment of the same
settlement are one place). The legend table lists, per number, each site with its form and the form's
**map figure**: the key figure marked ``parameters: {map: yes}`` in the form, else the first key
figure that is a total (not ``summary: mean``) and not computed from the visit alone (people met),
else the first key figure; of these, the first that is a number at some site; money with its currency.

Sites in several countries (the ``country`` answer) get one map per country, so each stays readable;
sites whose country was not given are mapped together. Sites without a location are counted under
the maps.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from needsassess.engine.model import Form, Question
from needsassess.locale import NO_VALUE, Conventions, format_money, with_digits
from needsassess.reports.aggregate import Aggregate, FormSummary, key_figures
from needsassess.reports.cover import COVER_FIELDS
from needsassess.reports.formatting import format_number
from needsassess.reports.mapdraw import FORM_COLOURS, MapFlowable, MapLayers, Marker
from needsassess.reports.mapframe import MapFrame
from needsassess.reports.subject import BoundarySource
from needsassess.reports.text import RULE, SHADE, PlainTable, TextKit
from needsassess.reports.values import AnswerText, is_money
from needsassess.reports.wording import word
from needsassess.store.mbtiles import MBTiles

MARKER_SPACING = 11.0  # points: markers closer than this share one
MAP_HEIGHT_SHARE = 0.7  # of the text width
SUMMARY_MIN_METRES = 2000.0
LEGEND_CHUNK = 45
_YES = frozenset({"yes", "true", "1"})


def map_figure(form: Form, has_values: Callable[[str], bool] = lambda name: True) -> Question | None:
    """The key figure the summary's map legend shows for ``form`` (see the module's docstring);
    ``has_values(name)``: whether any site has a number for it (a figure that is text is passed over)."""
    figures = key_figures(form)
    marked = [q for q in figures if q.parameters.get("map", "").strip().lower() in _YES]

    def about_visit(q: Question) -> bool:
        refs = q.calculation.refs if q.calculation is not None else frozenset()
        return bool(refs) and all(name in COVER_FIELDS for name in refs)

    totals = [q for q in figures if q.parameters.get("summary", "sum") == "sum" and not about_visit(q)]
    for candidate in [*marked, *totals, *figures]:
        if has_values(candidate.name):
            return candidate
    ordered = [*marked, *totals, *figures]
    return ordered[0] if ordered else None


def _has_values(summary: FormSummary) -> Callable[[str], bool]:
    def has(name: str) -> bool:
        return any(name in latest.values for latest in summary.latest.values())

    return has


@dataclass(frozen=True)
class PlacedSite:
    form_id: str
    site: str
    lat: float
    lon: float
    country: str


@dataclass
class _Cluster:
    x: float
    y: float
    sites: list[PlacedSite]
    number: int = 0


def cluster(frame: MapFrame, sites: list[PlacedSite], spacing: float = MARKER_SPACING) -> list[_Cluster]:
    """Sites grouped where their markers would overlap, numbered north to south, west to east."""
    cells: dict[tuple[int, int], list[_Cluster]] = {}
    out: list[_Cluster] = []
    for site in sites:
        x, y = frame.to_page(site.lat, site.lon)
        cx, cy = int(x // spacing), int(y // spacing)
        found = None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for near in cells.get((cx + dx, cy + dy), ()):
                    if (near.x - x) ** 2 + (near.y - y) ** 2 < spacing**2:
                        found = near
                        break
                if found:
                    break
            if found:
                break
        if found is None:
            found = _Cluster(x, y, [])
            cells.setdefault((cx, cy), []).append(found)
            out.append(found)
        found.sites.append(site)
    out.sort(key=lambda c: (-round(c.y / spacing), c.x))
    return out


class SummaryMap:
    """The map section of the summary (nothing when no site has a location)."""

    def __init__(
        self,
        kit: TextKit,
        lang: str,
        conv: Conventions,
        width: float,
        data: Aggregate,
        basemap: MBTiles | None = None,
        boundaries: BoundarySource | None = None,
    ) -> None:
        self.kit, self.lang, self.conv, self.width, self.data = kit, lang, conv, width, data
        self.basemap, self.boundaries = basemap, boundaries
        forms = sorted(data.forms)
        self.colours = {f: FORM_COLOURS[i % len(FORM_COLOURS)] for i, f in enumerate(forms)}
        self.figures = {f: map_figure(s.form, _has_values(s)) if s.form else None for f, s in data.forms.items()}

    def places(self) -> tuple[list[PlacedSite], int]:
        placed, unplaced = [], 0
        for form_id, summary in sorted(self.data.forms.items()):
            for site, latest in sorted(summary.latest.items()):
                if latest.location is None:
                    unplaced += 1
                else:
                    placed.append(PlacedSite(form_id, site, *latest.location, latest.country))
        return placed, unplaced

    def country_label(self, name: str) -> str:
        if not name:
            return word("map_no_country", self.lang)
        for summary in self.data.forms.values():
            form = summary.form
            question = form.elements.get("country") if form is not None else None
            if form is not None and isinstance(question, Question) and question.list_name:
                return AnswerText(form, self.lang).choice(question, name)
        return name

    def story(self) -> list[Flowable]:
        placed, unplaced = self.places()
        if not placed:
            return []
        k, lang = self.kit, self.lang
        out: list[Flowable] = [k.para(word("map_sites", lang), "h1"), *self._form_key()]
        out += [k.para(word("map_legend_note", lang), "muted"), Spacer(1, 6)]
        groups: dict[str, list[PlacedSite]] = {}
        for site in placed:
            groups.setdefault(site.country, []).append(site)
        several = len(groups) > 1
        number = 0
        labelled = sorted(groups.items(), key=lambda kv: (not kv[0], self.country_label(kv[0])))
        for country, sites in labelled:
            frame = MapFrame.around(
                [(s.lat, s.lon) for s in sites],
                self.width,
                self.width * MAP_HEIGHT_SHARE,
                min_metres=SUMMARY_MIN_METRES,
                margin=0.06,
            )
            clusters = cluster(frame, sites)
            layers = MapLayers()
            for c in clusters:
                number += 1
                c.number = number
                forms = sorted({s.form_id for s in c.sites})
                first = c.sites[0]
                layers.markers.append(Marker(first.lat, first.lon, number, tuple(self.colours[f] for f in forms)))
            drawing = MapFlowable(k, frame, layers, self.conv, lang, self.basemap, self.boundaries)
            caption = [word("scale_bar", lang, length=drawing.scale_text), *drawing.credits.lines(lang)]
            head = [k.para(self.country_label(country), "h2")] if several else []
            out.append(KeepTogether([*head, drawing, Spacer(1, 3), *[k.para(c, "muted") for c in caption]]))
            out += self._legend(clusters)
        if unplaced:
            out.append(k.para(word("map_unplaced", lang, n=format_number(unplaced, self.conv)), "muted"))
        return out

    def _form_key(self) -> list[Flowable]:
        """One line per form: its colour, its title and the figure its legend rows show."""
        k, rows = self.kit, []
        for form_id, summary in sorted(self.data.forms.items()):
            swatch = Drawing(10, 10)
            swatch.add(Circle(5, 4, 4.5, fillColor=colors.HexColor(self.colours[form_id]), strokeColor=None))
            title = summary.form.title_in(self.lang) if summary.form else form_id
            figure = self.figures.get(form_id)
            label = AnswerText(summary.form, self.lang).label(figure) if summary.form and figure else NO_VALUE
            rows.append([swatch, k.para(title, "cell", bold=True), k.para(label, "cell")])
        header = [
            k.para("", "th"),
            k.para(word("form", self.lang), "th"),
            k.para(word("map_key_figure", self.lang), "th"),
        ]
        table = Table([header, *rows], colWidths=[16, self.width * 0.4, self.width * 0.6 - 16])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return [table, Spacer(1, 3)]

    def _value(self, form_id: str, site: str) -> str:
        summary: FormSummary = self.data.forms[form_id]
        figure = self.figures.get(form_id)
        latest = summary.latest.get(site)
        if figure is None or latest is None or figure.name not in latest.values:
            return NO_VALUE
        value = latest.values[figure.name]
        if is_money(figure):
            currency = latest.currencies.get(figure.name)
            if not currency:
                return f"{format_number(value, self.conv)} ({word('no_currency', self.lang)})"
            return format_money(value, currency, self.conv)
        return format_number(value, self.conv)

    def _cell(self, text: str, style: str = "small") -> Any:
        return text if PlainTable.can_hold(self.kit.fonts, text) else self.kit.para(text, style)

    def _legend(self, clusters: list[_Cluster]) -> list[Flowable]:
        k, lang, w = self.kit, self.lang, self.width
        titles: Mapping[str, str] = {f: (s.form.title_in(lang) if s.form else f) for f, s in self.data.forms.items()}
        header = [k.para(word(key, lang), "th") for key in ("map_number", "site", "form")]
        header.append(k.para(word("map_key_figure", lang), "thnum"))
        rows: list[list[Any]] = []
        for c in clusters:
            number = with_digits(str(c.number), self.conv.digits)
            for site in sorted(c.sites, key=lambda s: (s.form_id, s.site)):
                rows.append(
                    [
                        self._cell(number),
                        self._cell(site.site),
                        self._cell(titles[site.form_id]),
                        self._cell(self._value(site.form_id, site.site), "num"),
                    ]
                )
        widths = [w * 0.08, w * 0.36, w * 0.34, w * 0.22]
        out: list[Flowable] = []
        for start in range(0, len(rows), LEGEND_CHUNK):
            table = PlainTable([header, *rows[start : start + LEGEND_CHUNK]], colWidths=widths, repeatRows=1)
            table.setStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (3, 1), (3, -1), "RIGHT"),
                ]
            )
            out.append(table)
        out.append(Spacer(1, 6))
        return out
