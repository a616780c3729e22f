"""Turning what a person or a file gives into a document value, or saying why not.

One function per type. The result is the JSON-ready document form (docs/architecture.md); the
expression form (dates as ``datetime.date``, multi-selects as space-separated text) is derived from
it by ``to_expr_value``. Messages are plain English here; the window shows the engine's translated
catalogue (``messages``) around them.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from needsassess.engine.model import ChoiceList, QType, Question

JSONValue = Any
_TIME = re.compile(r"([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?\Z")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
MAX_TEXT = 10_000


class AnswerValueError(ValueError):
    """The raw value does not fit the question; ``str()`` says why, for the person."""


def _text(q: Question, raw: Any, choices: ChoiceList | None) -> str | None:
    if not isinstance(raw, str | int | float) or isinstance(raw, bool):
        raise AnswerValueError("expected text")
    text = str(raw)
    if len(text) > MAX_TEXT:
        raise AnswerValueError(f"text longer than {MAX_TEXT} characters")
    return text if text.strip() else None


def _is_whole(raw: Any) -> bool:
    if isinstance(raw, float):
        return math.isfinite(raw) and raw.is_integer()
    return isinstance(raw, str) and re.fullmatch(r"\s*[-+]?\d{1,18}\s*", raw) is not None


def _integer(q: Question, raw: Any, choices: ChoiceList | None) -> int:
    if isinstance(raw, bool):
        raise AnswerValueError("expected a whole number")
    if isinstance(raw, int):
        value = raw
    elif _is_whole(raw):
        value = int(raw)
    else:
        raise AnswerValueError("expected a whole number")
    if abs(value) >= 2**53:
        raise AnswerValueError("the number is too large")
    return value


def _decimal(q: Question, raw: Any, choices: ChoiceList | None) -> float:
    if isinstance(raw, bool):
        raise AnswerValueError("expected a number")
    try:
        value = float(raw.strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise AnswerValueError("expected a number") from None
    if not math.isfinite(value) or abs(value) >= 1e15:
        raise AnswerValueError("expected a finite number")
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
    raise AnswerValueError("expected a date as YYYY-MM-DD")


def _time(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if isinstance(raw, dt.time):
        return raw.strftime("%H:%M")
    if isinstance(raw, str) and (m := _TIME.match(raw.strip())):
        return f"{int(m.group(1)):02d}:{m.group(2)}"
    raise AnswerValueError("expected a time as HH:MM")


def _from_dataset(q: Question) -> bool:
    return (q.list_name or "").lower().endswith(".csv")


def _select_one(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        raise AnswerValueError("expected the name of one choice")
    name = str(raw).strip()
    if choices is None and _from_dataset(q) and name:
        return name  # a select from a dataset: the session checks it against the list's rows
    if choices is None or choices.get(name) is None:
        raise AnswerValueError(f"'{name}' is not one of the choices")
    return name


def _select_multiple(q: Question, raw: Any, choices: ChoiceList | None) -> list[str]:
    if isinstance(raw, str):
        items: list[Any] = raw.split()
    elif isinstance(raw, list | tuple):
        items = list(raw)
    else:
        raise AnswerValueError("expected a list of choice names")
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
        parts = raw.replace(",", " ").split()
        raw = dict(zip(("lat", "lon", "alt", "accuracy"), parts, strict=False))
    if not isinstance(raw, Mapping):
        raise AnswerValueError("expected latitude and longitude")
    unknown = set(raw) - {"lat", "lon", "alt", "accuracy"}
    if unknown:
        raise AnswerValueError(f"unknown geopoint part '{sorted(unknown)[0]}'")
    point: dict[str, float] = {}
    for key in ("lat", "lon", "alt", "accuracy"):
        if raw.get(key) in (None, ""):
            continue
        try:
            point[key] = _decimal(q, raw[key], None)
        except AnswerValueError:
            raise AnswerValueError(f"the {key} is not a number") from None
    if "lat" not in point or "lon" not in point:
        raise AnswerValueError("a point needs both latitude and longitude")
    if not -90 <= point["lat"] <= 90:
        raise AnswerValueError("latitude must be between -90 and 90")
    if not -180 <= point["lon"] <= 180:
        raise AnswerValueError("longitude must be between -180 and 180")
    if point.get("accuracy", 0) < 0:
        raise AnswerValueError("accuracy cannot be negative")
    return point


def _image(q: Question, raw: Any, choices: ChoiceList | None) -> str:
    if isinstance(raw, str) and _SHA256.match(raw):
        return raw
    raise AnswerValueError("expected a stored photo (its sha256)")


def _acknowledge(q: Question, raw: Any, choices: ChoiceList | None) -> str | None:
    if raw in (True, "OK", "ok", "yes", "true", 1):
        return "OK"
    if raw in (False, "", "no", "false", 0):
        return None
    raise AnswerValueError("expected OK")


def _not_answerable(q: Question, raw: Any, choices: ChoiceList | None) -> None:
    raise AnswerValueError(f"a {q.type.value} row takes no answer")


_COERCE: dict[QType, Callable[[Question, Any, ChoiceList | None], JSONValue]] = {
    QType.TEXT: _text, QType.BARCODE: _text, QType.INTEGER: _integer, QType.DECIMAL: _decimal,
    QType.DATE: _date, QType.TIME: _time, QType.SELECT_ONE: _select_one, QType.SELECT_MULTIPLE: _select_multiple,
    QType.GEOPOINT: _geopoint, QType.IMAGE: _image, QType.ACKNOWLEDGE: _acknowledge,
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
