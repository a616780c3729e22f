"""Country and province outlines shipped with the program: point in polygon, outlines in a box.

The data is Natural Earth's 1:10m admin-0 and admin-1 (public domain), simplified to about 1 km
(``packaging/make_boundaries.py`` makes the file; resources/boundaries/README.md tells its source).
It is read once, on first use, in a few tens of milliseconds; a ring's coordinates are decoded only
when a question or a drawing needs that ring.

The file (``boundaries.bin``, little-endian)::

    b"NABOUND1"  uint32 index_length  uint32 body_length  zlib(index JSON)  zlib(int32 coordinates)

The index lists ``countries`` (``a2``, ``a3``, ``name``, ``uz``, ``bbox``, ``rings``, and
``overview``: the same outline simplified to about 10 km, for small-scale maps) and ``regions``
(``code`` ISO 3166-2, ``a2``, ``name``, ``alt`` names, ``type``, ``bbox``, ``rings``); both have a
``label`` point ``[lon, lat]`` where a map writes the name; each ring is
``[start, count, west, south, east, north]`` in points and in integer 1/``scale`` degrees, a
``bbox`` is ``[west, south, east, north]`` in the same units. The
coordinates are (lon, lat) pairs, each the difference from the ring's previous point (the first
absolute). An area is all its rings under the even-odd rule, so islands and holes (Lesotho inside
South Africa) need no flag.
"""

from __future__ import annotations

import json
import math
import struct
import sys
import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate
from pathlib import Path
from typing import Any

from needsassess.errors.geo_codes import BoundaryCode
from needsassess.resources import ResourceMissing, require

FILE = "boundaries/boundaries.bin"
MAGIC = b"NABOUND1"
ATTRIBUTION = "Natural Earth"
_EARTH_RADIUS_KM = 6371.0088
_KM_PER_DEGREE = math.pi * _EARTH_RADIUS_KM / 180.0

# Natural Earth's first level where it is not what a form means by a province: never matched by
# name, only through REGION_ALIASES. Nepal's units there are the 14 zones abolished in 2015, some
# named like today's provinces (Bagmati, Gandaki, Lumbini, Karnali) over other land.
UNMATCHED_REGIONS = frozenset({"NP"})
# Names the generic matching misses, for the regions of the shipped forms (forms/_site.yaml).
REGION_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "UZ": {"syrdarya": ("UZ-SI",), "tashkent city": ("UZ-TK",), "tashkent region": ("UZ-TO",)},
    "SL": {"north west": ("SL-N",)},  # North West was cut from the Northern Province in 2017
    # Nepal's seven provinces (2015) as the old zones that hold their districts: a province is
    # within the union of its zones, which is larger than the province where a zone was split
    # (Sagarmatha, Janakpur, Narayani, Lumbini, Rapti, Bheri), so the check is lenient there.
    "NP": {
        "koshi": ("NP-ME", "NP-KO", "NP-SA"),
        "madhesh": ("NP-SA", "NP-JA", "NP-NA"),
        "bagmati": ("NP-JA", "NP-BA", "NP-NA"),
        "gandaki": ("NP-GA", "NP-DH", "NP-LU"),
        "lumbini": ("NP-LU", "NP-RA", "NP-BH"),
        "karnali": ("NP-KA", "NP-RA", "NP-BH"),
        "sudurpashchim": ("NP-SE", "NP-MA"),
    },
}
_DROP_WORDS = frozenset(
    {
        "region",
        "province",
        "viloyati",
        "viloyat",
        "oblast",
        "republic",
        "of",
        "respublikasi",
        "shahri",
        "city",
        "area",
        "zone",
        "district",
        "state",
    }
)


def normalise(name: str) -> str:
    """A place name for comparison: no accents or apostrophes, lower case, words only."""
    text = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c) and c not in "'`ʻʼ’‘")
    words = "".join(c if c.isalnum() else " " for c in text).split()
    return " ".join(words)


def _bare(name: str) -> str:
    """The normalised name without kind words ("Bukhara Region" and "Bukhara" compare equal)."""
    return " ".join(w for w in normalise(name).split() if w not in _DROP_WORDS)


class BoundaryRing:
    """One closed ring; decoded and indexed in latitude bands on first use.

    The quality checks (a worker thread) and the map (the GUI thread) share the rings: each lazy
    part is built whole in a local and then set in one assignment, so a reader sees it all or not.
    """

    __slots__ = ("_body", "_points", "_scale", "bands", "count", "east", "north", "south", "start", "west")

    def __init__(self, entry: Sequence[int], body: array[int], scale: float) -> None:
        self.start, self.count = entry[0], entry[1]
        self.west, self.south, self.east, self.north = (v / scale for v in entry[2:6])
        self._body, self._scale = body, scale
        self._points: tuple[list[float], list[float]] | None = None
        self.bands: list[list[int]] = []

    def contains_box(self, lon: float, lat: float) -> bool:
        return self.west <= lon <= self.east and self.south <= lat <= self.north

    def points(self) -> tuple[list[float], list[float]]:
        """Longitudes and latitudes, the ring closed implicitly (last point ≠ first)."""
        found = self._points
        if found is None:
            first, last = 2 * self.start, 2 * (self.start + self.count)
            scale = self._scale
            xs = [v / scale for v in accumulate(self._body[first:last:2])]
            ys = [v / scale for v in accumulate(self._body[first + 1 : last : 2])]
            found = self._points = (xs, ys)
        return found

    def _band_height(self, count: int) -> float:
        return max((self.north - self.south) / count, 1e-9)

    def _index(self) -> list[list[int]]:
        xs, ys = self.points()
        n = len(xs)
        bands: list[list[int]] = [[] for _ in range(max(1, n // 4))]
        height, top = self._band_height(len(bands)), len(bands) - 1
        for i in range(n):
            y1, y2 = ys[i], ys[(i + 1) % n]
            low, high = (y1, y2) if y1 <= y2 else (y2, y1)
            for band in range(
                min(top, int((low - self.south) / height)), min(top, int((high - self.south) / height)) + 1
            ):
                bands[band].append(i)
        self.bands = bands
        return bands

    def crossings(self, lon: float, lat: float) -> int:
        """How many edges a ray from the point towards the east crosses (odd: inside this ring)."""
        bands = self.bands or self._index()
        xs, ys = self.points()
        n = len(xs)
        band = min(len(bands) - 1, max(0, int((lat - self.south) / self._band_height(len(bands)))))
        count = 0
        for i in bands[band]:
            x1, y1, j = xs[i], ys[i], (i + 1) % n
            x2, y2 = xs[j], ys[j]
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                count += 1
        return count

    def distance_km(self, lon: float, lat: float) -> float:
        """Distance from the point to the ring's nearest edge (equirectangular near the point)."""
        xs, ys = self.points()
        k = math.cos(math.radians(lat))
        best = math.inf
        n = len(xs)
        for i in range(n):
            j = (i + 1) % n
            ax, ay = (xs[i] - lon) * k, ys[i] - lat
            bx, by = (xs[j] - lon) * k, ys[j] - lat
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length2))
            px, py = ax + t * dx, ay + t * dy
            best = min(best, px * px + py * py)
        return math.sqrt(best) * _KM_PER_DEGREE


# Nepali names (the data has none): Nepal's 14 zones as Natural Earth draws them, keyed by its codes
# (NP-KO, named "Bhojpur" in the data, is the Koshi zone), and Nepal's neighbours and the countries of
# the other shipped forms.
NEPALI_NAMES: dict[str, str] = {
    "NP": "नेपाल",
    "IN": "भारत",
    "CN": "चीन",
    "BT": "भुटान",
    "BD": "बङ्गलादेश",
    "PK": "पाकिस्तान",
    "UZ": "उज्बेकिस्तान",
    "KZ": "काजाकस्तान",
    "TM": "तुर्कमेनिस्तान",
    "TJ": "ताजिकिस्तान",
    "KG": "किर्गिजस्तान",
    "AF": "अफगानिस्तान",
    "SL": "सियरा लियोन",
    "GN": "गिनी",
    "LR": "लाइबेरिया",
    "NP-BA": "बागमती",
    "NP-BH": "भेरी",
    "NP-KO": "कोशी",
    "NP-DH": "धौलागिरी",
    "NP-GA": "गण्डकी",
    "NP-JA": "जनकपुर",
    "NP-KA": "कर्णाली",
    "NP-LU": "लुम्बिनी",
    "NP-MA": "महाकाली",
    "NP-ME": "मेची",
    "NP-NA": "नारायणी",
    "NP-RA": "राप्ती",
    "NP-SA": "सगरमाथा",
    "NP-SE": "सेती",
}


class Area:
    """A country (``level`` "country", ``code`` ISO alpha-2) or a first-level region (ISO 3166-2).

    Its rings are made on first use, so reading the file costs the index alone.
    """

    __slots__ = (
        "_body",
        "_entries",
        "_overview",
        "_overview_entries",
        "_rings",
        "_scale",
        "code",
        "country",
        "east",
        "kind",
        "label",
        "level",
        "name",
        "names",
        "north",
        "south",
        "uz",
        "west",
    )

    def __init__(self, level: str, entry: dict[str, Any], body: array[int], scale: float) -> None:
        self.level = level
        self.name: str = entry["name"]
        if level == "country":
            self.code = self.country = entry["a2"]
            self.uz: str = entry.get("uz", "")
            names: tuple[str, ...] = (entry["a3"], entry.get("uz", ""))
            self.kind = ""
        else:
            self.code, self.country, self.uz = entry["code"], entry["a2"], ""
            names, self.kind = tuple(entry.get("alt", ())), entry.get("type", "")
        self.names = tuple(n for n in names if n)  # alpha-3, other spellings, the Uzbek name
        self.west, self.south, self.east, self.north = (v / scale for v in entry["bbox"])
        label = entry.get("label")
        # where the name goes (lat, lon): inside the largest ring (regions: Natural Earth's own point)
        self.label = (
            (label[1] / scale, label[0] / scale)
            if label
            else ((self.south + self.north) / 2, (self.west + self.east) / 2)
        )
        self._entries: list[list[int]] = entry["rings"]
        self._overview_entries: list[list[int]] | None = entry.get("overview")
        self._overview: tuple[BoundaryRing, ...] | None = None
        self._body, self._scale = body, scale
        self._rings: tuple[BoundaryRing, ...] | None = None

    def name_in(self, language: str) -> str:
        """The name to show in ``language``: the data has English and, for countries, Uzbek; Nepali
        names are kept here for Nepal's zones and the countries a Nepali reader meets most."""
        if language == "ne":
            return NEPALI_NAMES.get(self.code, self.name)
        return self.uz if language == "uz" and self.uz else self.name

    def __repr__(self) -> str:
        return f"Area({self.level}, {self.code}, {self.name})"

    @property
    def rings(self) -> tuple[BoundaryRing, ...]:
        if self._rings is None:
            self._rings = tuple(BoundaryRing(r, self._body, self._scale) for r in self._entries)
        return self._rings

    @property
    def overview(self) -> tuple[BoundaryRing, ...]:
        """Coarser rings (about 10 km) for maps of a continent or the world; the rings when there are none."""
        if self._overview_entries is None:
            return self.rings
        if self._overview is None:
            self._overview = tuple(BoundaryRing(r, self._body, self._scale) for r in self._overview_entries)
        return self._overview

    def box_overlaps(self, south: float, west: float, north: float, east: float) -> bool:
        return not (self.east < west or self.west > east or self.north < south or self.south > north)

    def contains(self, lat: float, lon: float) -> bool:
        """True when (lat, lon) lies inside the area (even-odd over its rings)."""
        if not (self.west <= lon <= self.east and self.south <= lat <= self.north):
            return False
        crossings = sum(r.crossings(lon, lat) for r in self.rings if r.contains_box(lon, lat))
        return crossings % 2 == 1

    def distance_km(self, lat: float, lon: float) -> float:
        """0 inside, else the distance to the nearest border of the area in km (about, ±1 %)."""
        if self.contains(lat, lon):
            return 0.0
        return min((r.distance_km(lon, lat) for r in self.rings), default=math.inf)

    def outlines(self) -> Iterator[list[tuple[float, float]]]:
        """Each ring as (lat, lon) points, not closed."""
        for ring in self.rings:
            xs, ys = ring.points()
            yield list(zip(ys, xs, strict=True))


@dataclass(frozen=True)
class Location:
    """Where a point is: its country and region, each None where the data has none (the sea)."""

    country: Area | None
    region: Area | None


class Boundaries:
    """The outlines of one boundaries file; ``load()`` gives the shipped one, read once."""

    def __init__(self, index: dict[str, Any], body: array[int]) -> None:
        scale = float(index["scale"])
        self.source: str = index.get("source", "")
        self.attribution: str = index.get("attribution", ATTRIBUTION)
        self.countries = tuple(Area("country", c, body, scale) for c in index["countries"])
        self.regions = tuple(Area("region", r, body, scale) for r in index["regions"])
        self._by_country: dict[str, list[Area]] = {}
        for region in self.regions:
            self._by_country.setdefault(region.country, []).append(region)
        self._country_names: dict[str, Area] = {}
        for country in self.countries:
            for name in (country.code, *country.names, country.name):
                self._country_names.setdefault(_bare(name), country)

    @classmethod
    def read(cls, path: Path) -> Boundaries:
        """Read a boundaries file; UserError NA-GEO-930 when it is not one."""
        try:
            data = path.read_bytes()
            if data[:8] != MAGIC:
                raise ValueError("not a boundaries file")
            head_length, body_length = struct.unpack_from("<II", data, 8)
            head = data[16 : 16 + head_length]
            body = array("i", zlib.decompress(data[16 + head_length : 16 + head_length + body_length]))
            index = json.loads(zlib.decompress(head))
        except (OSError, ValueError, struct.error, zlib.error, UnicodeDecodeError) as err:
            raise ResourceMissing(BoundaryCode.DAMAGED, file=str(path), reason=str(err)) from err
        if body.itemsize != 4:
            raise ResourceMissing(BoundaryCode.DAMAGED, file=str(path), reason="int32 expected")
        if sys.byteorder != "little":
            body.byteswap()
        return cls(index, body)

    # -- questions ----------------------------------------------------------------------------
    def country(self, name: str) -> Area | None:
        """The country named ``name`` (English name, alpha-2 or alpha-3 code, Uzbek name; any case)."""
        return self._country_names.get(_bare(name))

    def regions_of(self, country: str) -> list[Area]:
        """The first-level regions of the country with alpha-2 code ``country``."""
        return list(self._by_country.get(country, ()))

    def match_region(self, country: str, names: Iterable[str]) -> list[Area]:
        """The regions of ``country`` that one of ``names`` (a choice's name, its labels) means.

        Several when the name stands for a union of the data's units (``REGION_ALIASES``). Empty
        when none matches: the caller then does not judge the region at all. Where the data's first
        level is not what forms call a province (``UNMATCHED_REGIONS``) only the aliases count.
        """
        regions = self._by_country.get(country, [])
        names = [n for n in names if n]
        aliases = REGION_ALIASES.get(country, {})
        codes = {code for name in names for key in (normalise(name), _bare(name)) for code in aliases.get(key, ())}
        if codes:
            return [r for r in regions if r.code in codes]
        if country in UNMATCHED_REGIONS:
            return []
        wanted = {_bare(n) for n in names} - {""}
        return [r for r in regions if wanted & {_bare(n) for n in (r.name, *r.names)}]

    def country_at(self, lat: float, lon: float) -> Area | None:
        return next((c for c in self.countries if c.contains(lat, lon)), None)

    def region_at(self, lat: float, lon: float, country: str | None = None) -> Area | None:
        """The region the point is in (among ``country``'s when given)."""
        regions = self._by_country.get(country, []) if country else self.regions
        return next((r for r in regions if r.contains(lat, lon)), None)

    def locate(self, lat: float, lon: float) -> Location:
        """Which country and region the point is in."""
        country = self.country_at(lat, lon)
        region = self.region_at(lat, lon, country.code if country else None)
        return Location(country, region)

    # -- drawing ------------------------------------------------------------------------------
    def rings_in(
        self, south: float, west: float, north: float, east: float, level: str = "country"
    ) -> list[list[tuple[float, float]]]:
        """The rings (as (lat, lon) points) of the countries or regions whose outline crosses the box."""
        areas = self.countries if level == "country" else self.regions
        found: list[list[tuple[float, float]]] = []
        for area in areas:
            if not area.box_overlaps(south, west, north, east):
                continue
            for ring in area.rings:
                if ring.east < west or ring.west > east or ring.north < south or ring.south > north:
                    continue
                xs, ys = ring.points()
                if _enters(xs, ys, south, west, north, east):  # a line is seen, not just a box around it
                    found.append(list(zip(ys, xs, strict=True)))
        return found


def _enters(xs: Sequence[float], ys: Sequence[float], south: float, west: float, north: float, east: float) -> bool:
    """True when the ring's line (x = lon, y = lat) passes through the box: a frame wholly inside one
    country shows no border, and its caption should credit none."""

    def inside(x: float, y: float) -> bool:
        return west <= x <= east and south <= y <= north

    def cross(ax: float, ay: float, bx: float, by: float, cx: float, cy: float, dx: float, dy: float) -> bool:
        def side(px: float, py: float, qx: float, qy: float, rx: float, ry: float) -> float:
            return (qx - px) * (ry - py) - (qy - py) * (rx - px)

        return (
            side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) <= 0
            and side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) <= 0
        )

    edges = (
        (west, south, east, south),
        (east, south, east, north),
        (east, north, west, north),
        (west, north, west, south),
    )
    for i in range(len(xs) - 1):
        ax, ay, bx, by = xs[i], ys[i], xs[i + 1], ys[i + 1]
        if max(ax, bx) < west or min(ax, bx) > east or max(ay, by) < south or min(ay, by) > north:
            continue
        if inside(ax, ay) or inside(bx, by):
            return True
        if any(cross(ax, ay, bx, by, *edge) for edge in edges):
            return True
    return False


@cache
def load() -> Boundaries:
    """The shipped boundaries, read on first call (ResourceMissing when the file is missing or damaged)."""
    return Boundaries.read(require(FILE))


def rings_in_box(
    south: float, west: float, north: float, east: float, level: str = "country"
) -> list[list[tuple[float, float]]]:
    """The shipped outlines crossing the box, for drawing (reports, the map): see ``Boundaries.rings_in``."""
    return load().rings_in(south, west, north, east, level)


def rings_for_frame(bbox: tuple[float, float, float, float]) -> list[list[tuple[float, float]]]:
    """Country and province outlines crossing a map frame given as (west, south, east, north).

    The shape a report's boundary source takes (``ReportOptions.boundaries``): wrap it as
    ``lambda bbox: BoundaryRings(rings_for_frame(bbox), ATTRIBUTION)``.
    """
    west, south, east, north = bbox
    bounds = load()
    return bounds.rings_in(south, west, north, east, "region") + bounds.rings_in(south, west, north, east)
