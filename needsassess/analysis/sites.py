"""Where each assessment was made, for the map of assessments (no Qt, no SQL).

An assessment's location is its ``gps`` answer, or else the first geopoint of its form that is not
inside a repeat (a repeat's points are pits or dumpsites, not the site). Assessments are read with
``AssessmentStore.records`` a page at a time, so a folder of 50,000 assessments is read in the
background without holding more than one page of answers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from needsassess.engine.model import Form, QType
from needsassess.store import AssessmentStore, ListQuery, StoreError
from needsassess.store.records import AssessmentRecord

SITE_QUESTION = "gps"  # the shared site section's point (forms/_site.yaml)


@dataclass(frozen=True)
class SitePoint:
    """One assessment on the map."""

    uuid: str
    form_id: str
    status: str
    title: str
    site: str
    lat: float
    lon: float


def point_question(form: Form) -> str | None:
    """The question holding the site's point in ``form``, or None when it asks for none."""
    points = [q.name for q in form.questions() if q.type == QType.GEOPOINT and not q.repeats]
    if SITE_QUESTION in points:
        return SITE_QUESTION
    return points[0] if points else None


def lat_lon(value: object) -> tuple[float, float] | None:
    """A stored geopoint ({"lat", "lon", ...}) as (lat, lon), or None when empty or impossible."""
    if not isinstance(value, Mapping):
        return None
    lat, lon = value.get("lat"), value.get("lon")
    if isinstance(lat, bool) or isinstance(lon, bool) or not isinstance(lat, int | float) \
            or not isinstance(lon, int | float):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return float(lat), float(lon)


class _Questions:
    """Which question holds the point, per form version, looked up once."""

    def __init__(self, store: AssessmentStore) -> None:
        self._store = store
        self._found: dict[tuple[str, str], str | None] = {}

    def of(self, record: AssessmentRecord) -> str | None:
        key = (record.form_id, record.form_version)
        if key not in self._found:
            try:
                self._found[key] = point_question(self._store.forms.get(*key))
            except (KeyError, StoreError):
                self._found[key] = SITE_QUESTION  # a form not here: the shared site section's name
        return self._found[key]


def site_points(store: AssessmentStore, query: ListQuery | None = None,
                progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] | None = None) -> tuple[list[SitePoint], int]:
    """The located assessments of ``query`` and how many were read (located or not).

    Stops early (returning what it has) once ``cancelled()`` is true.
    """
    query = query or ListQuery(limit=None)
    total = store.count(query) if progress else 0
    questions = _Questions(store)
    points: list[SitePoint] = []
    read = 0
    for record in store.records(query):
        read += 1
        name = questions.of(record)
        found = lat_lon(record.answers.get(name)) if name else None
        if found is not None:
            points.append(SitePoint(record.uuid, record.form_id, record.status, record.title, record.site,
                                    found[0], found[1]))
        if read % 500 == 0:
            if progress:
                progress(read, total)
            if cancelled and cancelled():
                break
    return points, read
