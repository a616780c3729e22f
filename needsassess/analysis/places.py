"""Is a GPS point inside the place the answers name? The stated country and region against the
shipped boundaries (needsassess.geo.boundaries).

A form names its place with a ``country`` select and, below it, a ``region`` select (the shared site
block, forms/_site.yaml). Both are matched to the boundary data by the choice's name and labels;
a name the data does not know is not judged. A point counts as outside only when it is farther
than ``margin_km`` from the border, since the outlines are simplified to about 1 km and a GPS near a
border may be off by more. Nepal's provinces are judged against the union of the old zones that
hold their districts (``REGION_ALIASES``). Districts and municipalities are not in the data and are
not judged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from needsassess.geo.boundaries import UNMATCHED_REGIONS, Area, Boundaries, load

DEFAULT_MARGIN_KM = 5.0


@dataclass(frozen=True)
class Outside:
    """The point lies outside the stated ``level`` ("country" or "region") by ``km``, in ``found``."""

    level: str
    km: float
    found: Area | None  # the country (or region of the same country) the point is in; None at sea or unnamed


class PlaceCheck:
    """Checks points against stated places; name matches are worked out once per set of names."""

    def __init__(self, boundaries: Boundaries | None = None, margin_km: float = DEFAULT_MARGIN_KM) -> None:
        self._boundaries = boundaries
        self.margin_km = margin_km
        self._countries: dict[tuple[str, ...], Area | None] = {}
        self._regions: dict[tuple[str, tuple[str, ...]], list[Area]] = {}

    @property
    def boundaries(self) -> Boundaries:
        if self._boundaries is None:
            self._boundaries = load()
        return self._boundaries

    def country(self, names: Sequence[str]) -> Area | None:
        """The country one of ``names`` means (a choice's name, then its labels)."""
        key = tuple(names)
        if key not in self._countries:
            found = (self.boundaries.country(n) for n in names if n)
            self._countries[key] = next((c for c in found if c is not None), None)
        return self._countries[key]

    def regions(self, country: Area, names: Sequence[str]) -> list[Area]:
        key = (country.code, tuple(names))
        if key not in self._regions:
            self._regions[key] = self.boundaries.match_region(country.code, names)
        return self._regions[key]

    def check(self, lat: float, lon: float, country: Sequence[str], region: Sequence[str] = ()) -> Outside | None:
        """None when the point is within the stated country (and region, when it can be matched)."""
        stated = self.country(country) if country else None
        if stated is None:
            return None
        if not stated.contains(lat, lon):
            km = stated.distance_km(lat, lon)
            if km <= self.margin_km:
                return None
            return Outside("country", km, self.boundaries.country_at(lat, lon))
        regions = self.regions(stated, region) if region else []
        if not regions or any(r.contains(lat, lon) for r in regions):
            return None
        km = min(r.distance_km(lat, lon) for r in regions)
        if km <= self.margin_km:
            return None
        # Where the data's units are not today's (Nepal's old zones), the one the point is in is not named.
        found = None if stated.code in UNMATCHED_REGIONS else self.boundaries.region_at(lat, lon, stated.code)
        return Outside("region", km, found)
