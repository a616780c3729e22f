"""Points for a geotrace or geoshape from a file a handheld GPS or a phone wrote: GPX, KML or GeoJSON.

The file comes from outside, so it is read whole under a size limit, XML through defusedxml (no
entities, no external references: a "billion laughs" or a file that reads the disk is refused), and
any failure is a ``GeoFileError`` naming the file; nothing else happens, so the answer stays as it
was. The first line or area found is taken (a GPX track, else a route, else waypoints; a KML
LineString or Polygon's outer ring; a GeoJSON LineString, Polygon or MultiPoint); checking it is the
engine's job once it becomes an answer.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from needsassess.engine.answers import MAX_POINTS
from needsassess.errors import UserError
from needsassess.errors.geo_codes import GeoFileCode

MAX_FILE_MB = 20
_MAX_BYTES = MAX_FILE_MB * 1024 * 1024
Points = list[dict[str, float]]


class GeoFileError(UserError):
    """The file gave no usable points; the catalogue entry says why."""


def points_from_file(path: Path) -> Points:
    """The points of the first line or area in ``path`` (GPX, KML, GeoJSON: told by content)."""
    name = path.name
    try:
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError as exc:
        raise GeoFileError(GeoFileCode.UNREADABLE, name=name, reason=exc.strerror or type(exc).__name__) from None
    if len(data) > _MAX_BYTES:
        raise GeoFileError(GeoFileCode.FILE_TOO_LARGE, name=name, limit=MAX_FILE_MB)
    return points_from_bytes(data, name)


def points_from_bytes(data: bytes, name: str) -> Points:
    start = data.lstrip()[:1]
    if data.startswith(b"\xef\xbb\xbf"):
        start = data[3:].lstrip()[:1]
    if start == b"<":
        found = _from_xml(data, name)
    elif start in (b"{", b"["):
        found = _from_geojson(data, name)
    else:
        raise GeoFileError(GeoFileCode.NOT_A_GEO_FILE, name=name)
    points: Points = []
    for number, (lat, lon, alt) in enumerate(found, start=1):
        if len(points) >= MAX_POINTS:
            raise GeoFileError(GeoFileCode.TOO_MANY_POINTS, name=name, limit=MAX_POINTS)
        points.append(_point(lat, lon, alt, name, number))
    if not points:
        raise GeoFileError(GeoFileCode.NO_POINTS, name=name)
    return points


def _point(lat: Any, lon: Any, alt: Any, name: str, number: int) -> dict[str, float]:
    try:
        point = {"lat": float(lat), "lon": float(lon)}
        if alt not in (None, ""):
            point["alt"] = float(alt)
    except (TypeError, ValueError):
        raise GeoFileError(GeoFileCode.BAD_COORDINATE, name=name, number=number) from None
    if not all(math.isfinite(v) for v in point.values()) or not (
        -90 <= point["lat"] <= 90 and -180 <= point["lon"] <= 180
    ):
        raise GeoFileError(GeoFileCode.BAD_COORDINATE, name=name, number=number)
    return point


# -- XML: GPX and KML ------------------------------------------------------------------------------
Triple = tuple[Any, Any, Any]


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _from_xml(data: bytes, name: str) -> list[Triple]:
    try:
        root = fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise GeoFileError(GeoFileCode.UNSAFE_XML, name=name) from None
    except (ParseError, ValueError, RecursionError):
        raise GeoFileError(GeoFileCode.NOT_A_GEO_FILE, name=name) from None
    kind = _local(root.tag).lower()
    if kind == "gpx":
        return _gpx(root)
    if kind == "kml":
        return _kml(root)
    raise GeoFileError(GeoFileCode.NOT_A_GEO_FILE, name=name)


def _gpx(root: Element) -> list[Triple]:
    for wanted in ("trkpt", "rtept", "wpt"):
        found = [(e.get("lat"), e.get("lon"), _child_text(e, "ele")) for e in root.iter() if _local(e.tag) == wanted]
        if found:
            return found
    return []


def _child_text(element: Element, local: str) -> str | None:
    for child in element:
        if _local(child.tag) == local:
            return (child.text or "").strip()
    return None


def _kml(root: Element) -> list[Triple]:
    """A LineString, else a Polygon's outer ring, else every Point in document order."""
    lines = [e for e in root.iter() if _local(e.tag) == "LineString"]
    rings = [r for p in root.iter() if _local(p.tag) == "outerBoundaryIs" for r in p.iter()
             if _local(r.tag) == "LinearRing"]
    for holder in (*lines, *rings):
        text = _child_text(holder, "coordinates")
        if text:
            return list(_kml_coordinates(text))
    return [t for e in root.iter() if _local(e.tag) == "Point"
            for t in _kml_coordinates(_child_text(e, "coordinates") or "")]


def _kml_coordinates(text: str) -> Iterator[Triple]:
    for tuple_text in text.split():
        parts = tuple_text.split(",")
        lon = parts[0]
        lat = parts[1] if len(parts) > 1 else None
        yield lat, lon, parts[2] if len(parts) > 2 else None


# -- GeoJSON (RFC 7946: longitude first) ---------------------------------------------------------
def _from_geojson(data: bytes, name: str) -> list[Triple]:
    try:
        document = json.loads(data.decode("utf-8-sig"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise GeoFileError(GeoFileCode.NOT_A_GEO_FILE, name=name) from None
    geometry = _first_geometry(document)
    if geometry is None:
        raise GeoFileError(GeoFileCode.NO_POINTS, name=name)
    kind, coordinates = geometry
    positions = coordinates[0] if kind == "Polygon" and coordinates else coordinates
    if not isinstance(positions, list):
        raise GeoFileError(GeoFileCode.NOT_A_GEO_FILE, name=name)
    found: list[Triple] = []
    for number, position in enumerate(positions, start=1):
        if not isinstance(position, list) or len(position) < 2:
            raise GeoFileError(GeoFileCode.BAD_COORDINATE, name=name, number=number)
        found.append((position[1], position[0], position[2] if len(position) > 2 else None))
    return found


def _refuse_constant(text: str) -> None:
    raise ValueError(f"{text} is not a number")


def _first_geometry(node: Any) -> tuple[str, Any] | None:
    """The first LineString, Polygon or MultiPoint, looking through collections and features."""
    if not isinstance(node, dict):
        return None
    kind = node.get("type")
    if kind in ("LineString", "Polygon", "MultiPoint"):
        return str(kind), node.get("coordinates")
    children: list[Any] = []
    if kind == "FeatureCollection" and isinstance(node.get("features"), list):
        children = node["features"]
    elif kind == "Feature":
        children = [node.get("geometry")]
    elif kind == "GeometryCollection" and isinstance(node.get("geometries"), list):
        children = node["geometries"]
    for child in children:
        found = _first_geometry(child)
        if found is not None:
            return found
    return None
