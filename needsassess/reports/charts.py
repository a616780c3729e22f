"""Horizontal bar charts whose labels are shaped text.

ReportLab's chart classes draw their labels with plain strings, unshaped and in one font, which breaks
Nepali site and choice names. So a chart here is a table: the label is a shaped paragraph, the bar a
ReportLab graphics drawing scaled to the largest value, the value a formatted number.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.platypus import Flowable, Table, TableStyle

from needsassess.locale import Conventions
from needsassess.reports.formatting import format_number
from needsassess.reports.text import ACCENT, RULE, TextKit

BAR_HEIGHT = 9.0


def _bar(value: float, largest: float, width: float) -> Drawing:
    drawing = Drawing(width, BAR_HEIGHT + 2)
    drawing.add(Rect(0, 0, width, BAR_HEIGHT + 2, fillColor=None, strokeColor=None))
    share = 0.0 if largest <= 0 else max(value, 0.0) / largest
    if share > 0:
        drawing.add(Rect(0, 1, max(share * width, 0.8), BAR_HEIGHT, fillColor=ACCENT, strokeColor=None))
    return drawing


def bar_chart(
    kit: TextKit,
    title: str,
    bars: Sequence[tuple[str, float]],
    width: float,
    conv: Conventions | str,
    note: str | None = None,
) -> list[Flowable]:
    """A titled chart of (label, value) bars in the given order; empty when there is nothing to show."""
    if not bars:
        return []
    largest = max(value for _, value in bars)
    label_w, value_w = width * 0.34, width * 0.14
    bar_w = width - label_w - value_w - 12
    rows = [
        [kit.para(label, "cell"), _bar(value, largest, bar_w), kit.para(format_number(value, conv), "num")]
        for label, value in bars
    ]
    table = Table(rows, colWidths=[label_w, bar_w + 12, value_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBEFORE", (1, 0), (1, -1), 0.6, RULE),
            ]
        )
    )
    out: list[Flowable] = [kit.para(title, "h2"), table]
    if note:
        out.append(kit.para(note, "muted"))
    return out
