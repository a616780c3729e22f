"""Complete assessments as GeoJSON (RFC 7946) for QGIS and ArcGIS: one feature per point, line or area.

Each geopoint, geotrace and geoshape answer (at the top level or in a repeat instance) becomes a
Feature: a Point, a LineString, or a Polygon whose one ring is closed and counter-clockwise (the
RFC's right-hand rule). Positions are [longitude, latitude] (and altitude when known), WGS 84, as the
RFC requires. Properties: the assessment's list columns and review state, which question and repeat
instance the geometry answers, its length and area in metres, and the assessment's main answers
(every top-level question that is neither a geometry, a photo nor a repeat; a choice also with its
label in the chosen language), so a layer can be styled and filtered without joining tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from itertools import pairwise
from pathlib import Path
from typing import Any

from needsassess.engine import geo
from needsassess.engine.model import Form, QType, Question
from needsassess.errors.sync_codes import ExportCode
from needsassess.store import COMPLETE, AssessmentStore, ListQuery, ledger
from needsassess.sync.errors import ExportError
from needsassess.sync.writer import atomic_file

GEOMETRY_TYPES = (QType.GEOPOINT, QType.GEOTRACE, QType.GEOSHAPE)
_NOT_PROPERTIES = (*GEOMETRY_TYPES, QType.IMAGE, QType.NOTE)


def position(point: Mapping[str, Any], altitude: bool = True) -> list[float]:
    """[lon, lat] or [lon, lat, alt]: the RFC's order."""
    out = [float(point["lon"]), float(point["lat"])]
    if altitude and isinstance(point.get("alt"), int | float):
        out.append(float(point["alt"]))
    return out


def _counter_clockwise(ring: list[list[float]]) -> list[list[float]]:
    """The ring closed and turning left (positive shoelace area in lon/lat)."""
    if ring[0][:2] != ring[-1][:2]:
        ring = [*ring, ring[0]]
    twice_area = sum(a[0] * b[1] - b[0] * a[1] for a, b in pairwise(ring))
    return ring if twice_area > 0 else ring[::-1]


def geometry(qtype: QType, value: Any) -> dict[str, Any] | None:
    """The GeoJSON geometry of a stored answer, or None when there is none to draw."""
    if qtype is QType.GEOPOINT and isinstance(value, dict) and "lat" in value and "lon" in value:
        return {"type": "Point", "coordinates": position(value)}
    if not isinstance(value, list) or not value:
        return None
    # Altitude only when every point has one: a line's positions all have the same dimension.
    altitude = all(isinstance(p, Mapping) and isinstance(p.get("alt"), int | float) for p in value)
    positions = [position(p, altitude) for p in value]
    if qtype is QType.GEOTRACE and len(positions) >= 2:
        return {"type": "LineString", "coordinates": positions}
    if qtype is QType.GEOSHAPE and len(positions) >= 3:
        return {"type": "Polygon", "coordinates": [_counter_clockwise(positions)]}
    return None


def _geometries(form: Form, answers: Mapping[str, Any], path: str = "") -> Iterator[tuple[Question, str, Any]]:
    """(question, repeat instance path like "2" or "1.3", value) for every geometry answer."""
    for name, value in answers.items():
        element = form.elements.get(name)
        if isinstance(element, Question) and element.type in GEOMETRY_TYPES and value is not None:
            yield element, path, value
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value) and \
                not isinstance(element, Question):
            for index, instance in enumerate(value, start=1):
                yield from _geometries(form, instance, f"{path}.{index}" if path else str(index))


def _main_answers(form: Form, answers: Mapping[str, Any], lang: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for question in form.questions():
        if question.repeats or question.type in _NOT_PROPERTIES:
            continue
        value = answers.get(question.name)
        if isinstance(value, list):
            value = " ".join(str(v) for v in value)
        out[question.name] = value
        if question.type in (QType.SELECT_ONE, QType.SELECT_MULTIPLE) and value is not None:
            choices = form.choices.get(question.list_name or "")
            labels = [c.label.get(lang, form.default_language) if (c := choices.get(n) if choices else None)
                      else n for n in str(value).split()]
            out[f"{question.name}_label"] = "; ".join(labels)
    return out


def build_feature_collection(store: AssessmentStore, form_id: str | None = None, lang: str = "en") -> dict[str, Any]:
    """The FeatureCollection of complete assessments (all forms, or one)."""
    rows = sorted(store.records(ListQuery(form_id=form_id or None, status=COMPLETE)),
                  key=lambda r: (r.form_id, r.created_at, r.uuid))
    if form_id and not rows:
        raise ExportError(ExportCode.NO_TABLE_ROWS, form_id=form_id)
    with store.read("read the review states") as conn:
        reviews = {uuid: state for uuid, (state, _comment) in ledger.review_states(conn, None).items()}
    features = []
    for row in rows:
        form = store.forms.get(row.form_id, row.form_version)
        answers = row.answers or {}
        common = {"uuid": row.uuid, "form_id": row.form_id, "form_version": row.form_version,
                  "revision": row.revision, "title": row.title, "site": row.site, "officer": row.officer,
                  "finalized_at": row.finalized_at, "review": reviews.get(row.uuid, "received")}
        main = _main_answers(form, answers, lang)
        for question, instance, value in _geometries(form, answers):
            shape = geometry(question.type, value)
            if shape is None:
                continue
            properties = {**main, **common, "question": question.name, "instance": instance or None}
            if question.type is not QType.GEOPOINT:
                found = geo.measure(value, question.type is QType.GEOSHAPE)
                properties.update(length_m=round(found.length_m, 2), points=found.points,
                                  area_m2=None if found.area_m2 is None else round(found.area_m2, 2))
            features.append({"type": "Feature", "geometry": shape, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def export_geojson(store: AssessmentStore, target: Path, form_id: str | None = None, lang: str = "en") -> Path:
    collection = build_feature_collection(store, form_id, lang)
    data = json.dumps(collection, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    with atomic_file(target) as out:
        out.write(data.encode("utf-8"))
    return target
