"""Turning what a person or a file gives into a document value, or saying why not.

One function per type. The result is the JSON-ready document form (docs/architecture.md); the
expression form (dates as ``datetime.date``, multi-selects as space-separated text) is derived from
it by ``to_expr_value``. A refusal is an ``AnswerValueError`` holding a catalogue entry, so the
window words it in the officer's language and the CLI in English.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from needsassess.engine import geo
from needsassess.engine.model import ChoiceList, QType, Question
from needsassess.errors import UserError
from needsassess.errors.engine_codes import AnswerValueCode
from needsassess.errors.geo_codes import GeoEntryCode

JSONValue = Any
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
MAX_TEXT = 10_000
V = AnswerValueCode  # a short name for the many refusals below


class AnswerValueError(UserError, ValueError):
    """The raw value does not fit the question: a catalogue entry (``AnswerValueCode``) and its values.

    ``str()`` is the English reason, ``text(language)`` the officer's; ``AnswerProblem`` carries it.
    """

    def __init__(self, reason: AnswerValueCode | GeoEntryCode, /, **params: object) -> None:
        self.reason = reason
        super().__init__(reason, **params)


def _text(q: Question, raw: Any, choices: ChoiceList | None) -> str | None:
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise AnswerValueError(V.EXPECTED_TEXT)
    text = str(raw)
    if len(text) > MAX_TEXT:
        raise AnswerValueError(V.TEXT_TOO_LONG, limit=MAX_TEXT)
    return text if text.strip() else None


def _is_whole(raw: Any) -> bool:
    if isinstance(raw, float):
        return math.isfinite(raw) and raw.is_integer()
    return isinstance(raw, str) and re.fullmatch(r"\s*[-+]?\d{1,18}\s*", raw) is not None


def _integer(q: Question, raw: Any, choices: ChoiceList | None) -> int:
    if isinstance(raw, bool):
        raise AnswerValueError(V.EXPECTED_WHOLE_NUMBER)
    if isinstance(raw, int):
        value = raw
    elif _is_whole(raw):
        value = int(raw)
    else:
        raise AnswerValueError(V.EXPECTED_WHOLE_NUMBER)
    if abs(value) >= 2**53:
        raise AnswerValueError(V.NUMBER_TOO_LARGE)
    return value


def _decimal(q: Question, raw: Any, choices: ChoiceList | None) -> float:
    if isinstance(raw, bool):
        raise AnswerValueError(V.EXPECTED_NUMBER)
    try:
        value = float(raw.strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise AnswerValueError(V.EXPECTED_NUMBER) from None
    if not math.isfinite(value) or abs(value) >= 1e15:
        raise AnswerValueError(V.EXPECTED_FINITE)
    return value


def _date(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise AnswerValueError(V.EXPECTED_DATE)


def _time(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if isinstance(raw, dt.time):
        return raw.strftime("%H:%M")
    if isinstance(raw, str) and (m := _TIME.match(raw.strip())):
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    raise AnswerValueError(V.EXPECTED_TIME)


def _from_dataset(q: Question) -> bool:
    return (q.list_name or "").lower().endswith(".csv")


def _select_one(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        raise AnswerValueError(V.EXPECTED_ONE_CHOICE)
    name = str(raw).strip()
    if choices is None and _from_dataset(q) and name:
        return name  # a select from a dataset: the session checks it against the list's rows
    if choices is None or choices.get(name) is None:
        raise AnswerValueError(V.NOT_A_CHOICE, name=name)
    return name


def _select_multiple(q: Question, raw: Any, choices: ChoiceList | None) -> list[str]:
    if isinstance(raw, str):
        items: list[Any] = raw.split()
    elif isinstance(raw, list | tuple):
        items = list(raw)
    else:
        raise AnswerValueError(V.EXPECTED_CHOICE_LIST)
    names: list[str] = []
    for item in items:
        name = _select_one(q, item, choices)
        if name not in names:
            names.append(name)
    # Kept in the order of the choice list, so equal selections give equal documents.
    order = {c.name: i for i, c in enumerate(choices.choices)} if choices else {}
    return sorted(names, key=lambda n: order.get(n, 0))


def _geopoint(q: Question, raw: Any, choices: ChoiceList | None) -> dict[str, float]:
    if isinstance(raw, str):
        try:
            parts = geo.point_numbers(raw)
        except geo.AmbiguousCommas:
            raise AnswerValueError(GeoEntryCode.AMBIGUOUS_COMMAS, text=raw.strip()[:60]) from None
        raw = dict(zip(("lat", "lon", "alt", "accuracy"), parts, strict=False))
    if not isinstance(raw, Mapping):
        raise AnswerValueError(V.EXPECTED_POINT)
    unknown = set(raw) - {"lat", "lon", "alt", "accuracy"}
    if unknown:
        raise AnswerValueError(V.UNKNOWN_POINT_PART, part=sorted(unknown)[0])
    point: dict[str, float] = {}
    for key in ("lat", "lon", "alt", "accuracy"):
        if raw.get(key) in (None, ""):
            continue
        try:
            point[key] = _decimal(q, raw[key], None)
        except AnswerValueError:
            raise AnswerValueError(V.POINT_PART_NOT_NUMBER, part=key) from None
    if "lat" not in point or "lon" not in point:
        raise AnswerValueError(V.POINT_NEEDS_BOTH)
    if not -90 <= point["lat"] <= 90:
        raise AnswerValueError(V.LATITUDE_RANGE)
    if not -180 <= point["lon"] <= 180:
        raise AnswerValueError(V.LONGITUDE_RANGE)
    if point.get("accuracy", 0) < 0:
        raise AnswerValueError(V.NEGATIVE_ACCURACY)
    return point


MAX_POINTS = 20_000  # a day's GPS track at one point every 5 s


def _points(q: Question, raw: Any) -> list[dict[str, float]]:
    """The points of a trace or shape: a list of geopoint values, or ODK's "lat lon alt acc;..." text."""
    if isinstance(raw, str):
        raw = geo.point_chunks(raw)
    if not isinstance(raw, list | tuple):
        raise AnswerValueError(V.EXPECTED_POINTS)
    if len(raw) > MAX_POINTS:
        raise AnswerValueError(V.TOO_MANY_POINTS, limit=MAX_POINTS)
    return [_geopoint(q, item, None) for item in raw]


def _geotrace(q: Question, raw: Any, choices: ChoiceList | None) -> list[dict[str, float]] | None:
    points = _points(q, raw)
    if not points:
        return None
    if len(points) < 2:
        raise AnswerValueError(V.LINE_TOO_SHORT)
    return points


def _geoshape(q: Question, raw: Any, choices: ChoiceList | None) -> list[dict[str, float]] | None:
    """Stored closed, as ODK stores it: the first point again at the end."""
    points = _points(q, raw)
    if not points:
        return None
    coords = geo.lat_lons(points)
    if geo.distinct_count(coords) < 3:
        raise AnswerValueError(V.AREA_TOO_FEW)
    if not geo.is_closed(coords):
        points.append(dict(points[0]))
    if geo.self_intersects(geo.lat_lons(points)):
        raise AnswerValueError(V.AREA_CROSSES_ITSELF)
    return points


def _image(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if isinstance(raw, str) and _SHA256.match(raw):
        return raw
    raise AnswerValueError(V.EXPECTED_PHOTO)


def _acknowledge(q: Question, raw: Any, choices: ChoiceList | None) -> str | None:
    if raw in (True, "OK", "ok", "yes", "true", 1):
        return "OK"
    if raw in (False, "", "no", "false", 0):
        return None
    raise AnswerValueError(V.EXPECTED_OK)


def _not_answerable(q: Question, raw: Any, choices: ChoiceList | None) -> None:
    raise AnswerValueError(V.TAKES_NO_ANSWER, type=q.type.value)


_COERCE: dict[QType, Callable[[Question, Any, ChoiceList | None], JSONValue]] = {
    QType.TEXT: _text, QType.BARCODE: _text, QType.INTEGER: _integer, QType.DECIMAL: _decimal,
    QType.DATE: _date, QType.TIME: _time, QType.SELECT_ONE: _select_one, QType.SELECT_MULTIPLE: _select_multiple,
    QType.GEOPOINT: _geopoint, QType.GEOTRACE: _geotrace, QType.GEOSHAPE: _geoshape,
    QType.IMAGE: _image, QType.ACKNOWLEDGE: _acknowledge,
    QType.NOTE: _not_answerable, QType.CALCULATE: _not_answerable,
    QType.START: _text, QType.END: _text, QType.TODAY: _date, QType.DEVICEID: _text, QType.USERNAME: _text,
}


def coerce_answer(question: Question, raw: Any, choices: ChoiceList | None = None) -> JSONValue:
    """The document value for ``raw``, ``None`` for an empty answer; AnswerValueError if it does not fit."""
    if raw is None or (isinstance(raw, str) and raw == "" and question.type is not QType.NOTE):
        return None
    if isinstance(raw, list | tuple) and not raw and question.type is QType.SELECT_MULTIPLE:
        return None
    return _COERCE[question.type](question, raw, choices)


def to_expr_value(qtype: QType, value: JSONValue) -> Any:
    """The value as expressions see it (see ``expr.values.Value``)."""
    if value is None:
        return None
    if qtype is QType.DATE or qtype is QType.TODAY:
        try:
            return dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            return None
    if qtype is QType.SELECT_MULTIPLE:
        return " ".join(value)
    if qtype is QType.GEOPOINT:
        return " ".join(str(value.get(k, 0)) for k in ("lat", "lon", "alt", "accuracy"))
    if qtype is QType.GEOTRACE or qtype is QType.GEOSHAPE:
        return geo.odk_text(value)
    return value


def from_expr_value(value: Any) -> JSONValue:
    """A computed value in its JSON-ready form (dates as ISO text, NaN as empty)."""
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if value == "":
        return None
    return value
