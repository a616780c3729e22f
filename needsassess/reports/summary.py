"""The summary report: counts, a map of the sites, key figures per site with totals, charts, and the list
of assessments.

It reads a stream of :class:`SummaryItem` (the caller pages through the store) and prints tables and
charts, never a page per assessment; only the list of included assessments grows with the selection,
kept to one compact line each.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from needsassess.engine.datasets import DatasetSource
from needsassess.engine.model import Form, Question
from needsassess.locale import NO_VALUE, format_money
from needsassess.reports.aggregate import Aggregate, Aggregator, FormSummary, key_figures, priority_questions
from needsassess.reports.basemap import open_basemap
from needsassess.reports.charts import bar_chart
from needsassess.reports.formatting import format_number
from needsassess.reports.output import ReportResult, check_options, project_name, text_width, write_pdf
from needsassess.reports.page import InfoMarker, PageInfo
from needsassess.reports.quality_page import QualityCounts, quality_section
from needsassess.reports.subject import ReportOptions, SummaryItem
from needsassess.reports.summarymap import SummaryMap
from needsassess.reports.text import RULE, SHADE, PlainTable, TextKit
from needsassess.reports.values import AnswerText, is_money
from needsassess.reports.wording import word

CHART_SITES = 15
CHART_INDICATORS = 3
TABLE_INDICATORS = 4
LIST_CHUNK = 45


@dataclass(frozen=True)
class Selection:
    """What the summary covers, printed under its title."""

    form_id: str | None = None
    site: str | None = None


def _table(rows: list[list[Any]], widths: list[float], header: bool = True, totals: int = 0) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
    if totals:
        style.append(("BACKGROUND", (0, -totals), (-1, -1), SHADE))
    table.setStyle(TableStyle(style))
    return table


class SummaryBuilder:
    def __init__(self, kit: TextKit, options: ReportOptions, data: Aggregate,
                 datasets: DatasetSource | None = None) -> None:
        self.kit, self.data, self.lang = kit, data, options.lang
        self.datasets = datasets  # the rows' labels of priorities chosen from a dataset
        self.conv = options.conventions()
        self.width = text_width(options)

    def form_title(self, form_id: str) -> str:
        summary = self.data.forms.get(form_id)
        return summary.form.title_in(self.lang) if summary and summary.form else form_id

    def status(self, status: str) -> str:
        key = f"status_{status}"
        return word(key, self.lang) if key in ("status_draft", "status_complete") else status

    def counts(self) -> list[Flowable]:
        k, lang, w = self.kit, self.lang, self.width
        out: list[Flowable] = [k.para(word("counts", lang), "h1")]
        forms = [[k.para(word("form", lang), "th"), k.para(word("count", lang), "thnum")]]
        forms += [
            [k.para(self.form_title(f), "cell"), k.para(format_number(s.count, self.conv), "num")]
            for f, s in sorted(self.data.forms.items())
        ]
        statuses = [[k.para(word("status", lang), "th"), k.para(word("count", lang), "thnum")]]
        statuses += [
            [k.para(self.status(s), "cell"), k.para(format_number(n, self.conv), "num")]
            for s, n in sorted(self.data.by_status.items())
        ]
        side = Table(
            [[_table(forms, [w * 0.45, w * 0.12]), _table(statuses, [w * 0.25, w * 0.12])]],
            colWidths=[w * 0.6, w * 0.4],
        )
        side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        out += [k.para(word("by_form", lang) + " · " + word("by_status", lang), "h2"), side]
        out += [k.para(word("by_site", lang), "h2"), self._site_grid()]
        return out

    def _site_grid(self) -> Table:
        """Sites and their counts, three pairs to a row (a selection can hold hundreds of sites)."""
        k, w = self.kit, self.width
        pairs = [
            [k.para(site, "cell"), k.para(format_number(n, self.conv), "num")]
            for site, n in sorted(self.data.by_site.items())
        ]
        rows: list[list[Any]] = [[c for p in pairs[i : i + 3] for c in p] for i in range(0, len(pairs), 3)]
        rows[-1] += [""] * (6 - len(rows[-1]))
        return _table(rows, [w * 0.24, w * 0.0933] * 3, header=False)

    def per_form(self, form_id: str, summary: FormSummary) -> list[Flowable]:
        out: list[Flowable] = [
            self.kit.para(
                self.form_title(form_id)
                + " — "
                + word("assessments_n", self.lang, n=format_number(summary.count, self.conv)),
                "h1",
            )
        ]
        if summary.form is None:
            return out
        figures = key_figures(summary.form)
        for start in range(0, len(figures), TABLE_INDICATORS):
            out.append(self._figure_table(summary, figures[start : start + TABLE_INDICATORS]))
        for question in figures[:CHART_INDICATORS]:
            out += self._figure_chart(summary, question, AnswerText(summary.form, self.lang).label(question))
        out += self._priority_chart(summary)
        return out

    def _figure_table(self, summary: FormSummary, figures: list[Question]) -> Flowable:
        k, lang, w = self.kit, self.lang, self.width
        text = AnswerText(summary.form, lang, self.conv) if summary.form else None
        first = w * 0.3
        col = (w - first) / max(len(figures), 1)
        rows = [
            [
                k.para(word("site", lang), "th"),
                *[k.para(text.label(q) if text else q.name, "thnum") for q in figures],
            ]
        ]
        columns = [dict(summary.site_values(q.name)) for q in figures]
        for site in sorted(summary.latest):
            cells = [self._site_cell(summary, q, site, c) for q, c in zip(figures, columns, strict=True)]
            rows.append([k.para(site, "cell"), *[k.para(cell, "num") for cell in cells]])
        # A share or a rate per household has no meaningful total: the form says so with
        # ``parameters: {summary: mean}`` on the indicator, and only its average is printed.
        totals = [
            self._fold(summary, q, "total") if q.parameters.get("summary", "sum") == "sum" else "—" for q in figures
        ]
        averages = [self._fold(summary, q, "average") for q in figures]
        rows.append([k.para(word("total", lang), "th"), *[k.para(t, "thnum") for t in totals]])
        rows.append([k.para(word("average", lang), "th"), *[k.para(a, "thnum") for a in averages]])
        table = _table(rows, [first] + [col] * len(figures), totals=2)
        return KeepTogether([k.para(word("indicators_by_site", lang), "h2"), table]) if len(rows) < 30 else table

    def _site_cell(self, summary: FormSummary, question: Question, site: str, column: dict[str, float]) -> str:
        if site not in column:
            return NO_VALUE
        if is_money(question):
            return self._money(column[site], summary.currency(site, question.name))
        return format_number(column[site], self.conv)

    def _money(self, amount: float, currency: str | None) -> str:
        if not currency:
            return f"{format_number(amount, self.conv)} ({word('no_currency', self.lang)})"
        return format_money(amount, currency, self.conv)

    def _fold(self, summary: FormSummary, question: Question, how: str) -> str:
        """The total or average of a figure over the sites; money per currency, one line each."""

        def fold(values: list[float]) -> float:
            return sum(values) if how == "total" else sum(values) / len(values)

        if not is_money(question):
            values = [v for _, v in summary.site_values(question.name)]
            return format_number(fold(values), self.conv) if values else NO_VALUE
        groups = summary.by_currency(question.name)
        lines = [self._money(fold([v for _, v in pairs]), code) for code, pairs in groups.items()]
        return "\n".join(lines) if lines else NO_VALUE

    def _figure_chart(self, summary: FormSummary, question: Question, label: str) -> list[Flowable]:
        """A bar chart of a figure by site; a money figure gets one chart per currency."""
        money = is_money(question)
        groups = summary.by_currency(question.name) if money else {"": summary.site_values(question.name)}
        out: list[Flowable] = []
        for code, pairs in groups.items():
            values = sorted(pairs, key=lambda sv: (-sv[1], sv[0]))
            note = word("more_sites", self.lang, n=len(values) - CHART_SITES) if len(values) > CHART_SITES else None
            title = word("chart_of", self.lang, label=label)
            if money:
                title += f" ({code or word('no_currency', self.lang)})"
            chart = bar_chart(self.kit, title, values[:CHART_SITES], self.width, self.conv, note)
            if chart:
                out.append(KeepTogether(chart))
        return out

    def _priority_chart(self, summary: FormSummary) -> list[Flowable]:
        if summary.form is None or not summary.priorities:
            return []
        text = AnswerText(summary.form, self.lang, datasets=self.datasets)
        questions = {q.name: q for q in priority_questions(summary.form)}
        bars = [
            (text.choice(questions[q], c), float(n))
            for (q, c), n in summary.priorities.most_common(10)
            if q in questions
        ]
        chart = bar_chart(self.kit, word("priorities", self.lang), bars, self.width, self.conv)
        return [KeepTogether(chart)] if chart else []

    def included(self) -> list[Flowable]:
        """One line per assessment, grouped by form; plain cells where no shaping is needed (fast)."""
        k, lang, w = self.kit, self.lang, self.width
        out: list[Flowable] = [k.para(word("included", lang), "h1")]
        widths = [w * 0.42, w * 0.34, w * 0.14, w * 0.10]
        for form_id in sorted(self.data.forms):
            lines = sorted((x for x in self.data.listed if x.form_id == form_id), key=lambda x: (x.site, x.date))
            out.append(k.para(self.form_title(form_id), "h2"))
            header = [k.para(word(key, lang), "th") for key in ("uuid", "site", "date", "revision")]
            for start in range(0, len(lines), LIST_CHUNK):
                rows: list[list[Any]] = [header]
                for x in lines[start : start + LIST_CHUNK]:
                    site = x.site if PlainTable.can_hold(k.fonts, x.site) else k.para(x.site, "small")
                    rows.append([x.uuid, site, x.date, str(x.revision)])
                table = PlainTable(rows, colWidths=widths, repeatRows=1)
                table.setStyle(
                    [
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
                        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ]
                )
                out.append(table)
        return out


def render_summary(
    items: Iterable[SummaryItem],
    form_lookup: Callable[[str, str], Form | None],
    path: Path | str,
    options: ReportOptions | None = None,
    selection: Selection | None = None,
    kit: TextKit | None = None,
    datasets: DatasetSource | None = None,
    quality: QualityCounts | None = None,
) -> ReportResult:
    """Fold ``items`` into totals and write the summary PDF (``datasets``: for selects from a file;
    ``quality``: the flags of the selection, for a data-quality page)."""
    options = options or ReportOptions()
    selection = selection or Selection()
    check_options(options)
    kit = kit or TextKit()
    data = Aggregator(form_lookup).add_all(items)
    lang = options.lang
    title = word("summary_title", lang)
    what = [
        form_lookup_title(data, selection.form_id, lang) if selection.form_id else word("all_forms", lang),
        selection.site or word("all_sites", lang),
        word("assessments_n", lang, n=format_number(data.total, options.conventions())),
    ]
    info = PageInfo(
        key=0, header_left=project_name(options), header_right=title, footer_lines=(title, " · ".join(what))
    )
    builder = SummaryBuilder(kit, options, data, datasets)
    basemap, problem = open_basemap(options.basemap)
    story: list[Any] = [
        InfoMarker(info),
        kit.para(title, "title"),
        kit.rich([(word("selection", lang) + ": ", True), (" · ".join(what), False)], "subtitle"),
    ]
    if data.total == 0:
        story.append(kit.para(word("none_selected", lang), "body"))
    else:
        story += builder.counts()
        story += SummaryMap(kit, lang, builder.conv, builder.width, data, basemap, options.boundaries).story()
        for form_id, summary in sorted(data.forms.items()):
            story += builder.per_form(form_id, summary)
        if quality is not None:
            story += quality_section(kit, lang, builder.conv, builder.width, quality)
        story += builder.included()
    try:
        result = write_pdf(Path(path), story, kit, options, title)
    finally:
        if basemap is not None:
            basemap.close()
    if problem:
        result.warnings.append(problem)
    return result


def form_lookup_title(data: Aggregate, form_id: str, lang: str) -> str:
    summary = data.forms.get(form_id)
    return summary.form.title_in(lang) if summary and summary.form else form_id
