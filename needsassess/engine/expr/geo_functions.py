"""``area()`` and ``distance()``: XLSForm's functions on geoshape and geotrace answers.

Both read ODK's text form ("lat lon alt acc;...") that expressions see for these answers, so they
also work on a calculation that joins points. Text that is not such a list gives an empty result,
as a non-number gives in XPath.
"""

from __future__ import annotations

from needsassess.engine import geo
from needsassess.engine.expr.lifting import lift1
from needsassess.engine.expr.resolver import Builder
from needsassess.engine.expr.values import Value, clean_number, to_string

_MAX_TEXT = 2_000_000  # 20,000 points of ~60 characters; longer text is no answer of ours


def _coords(value: Value) -> list[tuple[float, float]] | None:
    if value is None or value == "":
        return None
    text = to_string(value)
    if len(text) > _MAX_TEXT:
        return None
    return geo.coords_of_text(text)


def _area(value: Value) -> Value:
    """Square metres inside a shape (the closing edge implied); empty for fewer than 3 points."""
    coords = _coords(value)
    if coords is None or geo.distinct_count(coords) < 3:
        return None
    return clean_number(geo.area_m2(coords))


def _distance(value: Value) -> Value:
    """Metres along a line, or around a shape as stored (closed); empty for fewer than 2 points."""
    coords = _coords(value)
    if coords is None or len(coords) < 2:
        return None
    return clean_number(geo.length_m(coords))


GEO_BUILDERS: dict[str, Builder] = {"area": lift1(_area), "distance": lift1(_distance)}
