"""The summary's data-quality page: flags per officer and per site, so a supervisor sees where to look.

The flags themselves are computed by ``analysis.quality`` (the caller passes their names here);
this page only counts and prints them, in the report's language and number conventions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Table, TableStyle

from needsassess.locale import Conventions, format_number
from needsassess.reports.text import RULE, SHADE, TextKit
from needsassess.reports.wording import word

# The short name of each flag in the tables (the CLI's ``quality`` gives the full reasons).
FLAG_WORDS = (
    "too_fast", "duplicate", "duplicate_photo", "no_gps", "gps_inaccurate", "far_from_site", "outlier",
    "outlier_form", "implausible", "missing_photo", "other_empty", "outside_country", "outside_country_sea",
    "outside_region", "outside_region_bare",
)


@dataclass
class QualityCounts:
    """Flag names counted per officer and per site over the summary's assessments."""

    judged: int = 0
    flagged: int = 0
    by_officer: dict[str, Counter[str]] = field(default_factory=dict)
    by_site: dict[str, Counter[str]] = field(default_factory=dict)
    flagged_by_officer: Counter[str] = field(default_factory=Counter)
    flagged_by_site: Counter[str] = field(default_factory=Counter)

    def add(self, officer: str, site: str, flags: Iterable[str]) -> None:
        names = list(flags)
        self.judged += 1
        officer_counts = self.by_officer.setdefault(officer, Counter())
        site_counts = self.by_site.setdefault(site, Counter())
        if names:
            self.flagged += 1
            self.flagged_by_officer[officer] += 1
            self.flagged_by_site[site] += 1
        officer_counts.update(names)
        site_counts.update(names)


def flag_word(name: str, lang: str) -> str:
    return word(f"flag_{name}", lang) if name in FLAG_WORDS else name


def quality_section(kit: TextKit, lang: str, conv: Conventions, width: float, counts: QualityCounts) -> list[Flowable]:
    """Heading, one sentence, then a table per officer and per site (most flagged first)."""
    out: list[Flowable] = [kit.para(word("data_quality", lang), "h1")]
    out.append(kit.para(word("flagged_n_of_m", lang, n=format_number(counts.flagged, conv),
                                 m=format_number(counts.judged, conv)), "body"))
    if counts.flagged == 0:
        return out
    for heading, key, per, flagged in (
        (word("by_officer", lang), "officer", counts.by_officer, counts.flagged_by_officer),
        (word("by_site", lang), "site", counts.by_site, counts.flagged_by_site),
    ):
        out.append(kit.para(heading, "h2"))
        out.append(_table(kit, lang, conv, width, key, per, flagged))
    return out


def _table(kit: TextKit, lang: str, conv: Conventions, width: float, key: str,
           per: Mapping[str, Counter[str]], flagged: Counter[str]) -> Flowable:
    rows: list[list[object]] = [[kit.para(word(key, lang), "th"), kit.para(word("flagged", lang), "thnum"),
                                 kit.para(word("flags", lang), "th")]]
    for who in sorted(per, key=lambda w: (-flagged[w], w)):
        kinds = per[who]
        if not kinds:
            continue
        listed = ", ".join(f"{flag_word(name, lang)} {format_number(n, conv)}"
                           for name, n in kinds.most_common())
        rows.append([kit.para(who or "—", "cell"), kit.para(format_number(flagged[who], conv), "num"),
                     kit.para(listed, "cell")])
    grid = Table(rows, colWidths=[width * 0.3, width * 0.14, width * 0.56], repeatRows=1)
    grid.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return grid
