"""Data-quality flags: which assessments a coordinator should read first, and why.

A coordinator receives hundreds of assessments and cannot read each one. Each check here is a plain
function over records, forms and paradata (no database, no Qt), so the same flags come out of the
CLI, the window and a hub. A flag never refuses anything: it is a reason in words (``QualityFlag``,
in en/ne/uz) that points at a question where it can. docs/quality.md gives each threshold.
"""

from __future__ import annotations

import itertools
import json
import math
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType
from typing import Any

from needsassess.analysis.paradata import summarise
from needsassess.analysis.places import PlaceCheck
from needsassess.engine.model import METADATA_TYPES, Form, LocalText, QType, Question, Repeat
from needsassess.errors.quality_codes import QualityFlag
from needsassess.geo.boundaries import Area
from needsassess.locale.numbers import format_number
from needsassess.store import COMPLETE, AssessmentStore, ListQuery, flag_rows, ledger
from needsassess.store import paradata as paradata_rows
from needsassess.store.paradata import ParadataEvent
from needsassess.store.records import AssessmentRecord
from needsassess.timefmt import utc_now

_EARTH_RADIUS_KM = 6371.0088  # the IUGG mean radius; ample for "is this 20 km off?"
_NUMBERS = (QType.INTEGER, QType.DECIMAL, QType.CALCULATE)


@dataclass(frozen=True)
class Thresholds:
    """When a check speaks up. The defaults are documented in docs/quality.md."""

    fast_ratio: float = 0.25  # active seconds per answer below this share of the form's median
    fast_min_group: int = 5  # timed assessments of a form needed before any is called too fast
    idle_cap_s: float = 120.0  # a pause between two edits counts as at most this much active time
    iqr_factor: float = 3.0  # outlier: beyond Q1 − k·IQR or Q3 + k·IQR
    outlier_min_group: int = 8  # values of a question needed before any is called an outlier
    gps_accuracy_m: float = 100.0
    far_km: float = 20.0  # from the median point of the other assessments of the same site
    site_min_group: int = 3  # located assessments of a site needed to judge distance from it
    border_km: float = 5.0  # outside the stated country or region by more than this (the outlines' accuracy)


@dataclass(frozen=True)
class Flag:
    """One reason to look again: a catalogue entry, the question it concerns, and its values."""

    kind: QualityFlag
    question: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """A short stable name (``outlier``), for scripts and filters."""
        return self.kind.name.lower()

    @property
    def code(self) -> str:
        return self.kind.code

    def text(self, language: str) -> str:
        return self.kind.render(language, self.params)

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {"flag": self.name, "code": self.code, "question": self.question, "text": self.text(language)}


@dataclass(frozen=True)
class _Number:
    """A number worded in the reader's conventions (digits, grouping, decimal mark)."""

    value: float

    def render(self, language: str) -> str:
        return format_number(self.value, language)


@dataclass(frozen=True)
class _Text:
    """A form text (a question's label, a choice's label) in the reader's language."""

    text: LocalText | None
    fallback: str

    def render(self, language: str) -> str:
        return self.text.get(language) if self.text is not None else self.fallback


def _label(question: Question) -> _Text:
    return _Text(question.label, question.name)


FormOf = Callable[[AssessmentRecord], Form]


def assess(
    records: Sequence[AssessmentRecord],
    form_of: FormOf,
    edit_times: Mapping[str, Sequence[str]] | None = None,
    thresholds: Thresholds = Thresholds(),
    active: Mapping[str, float] | None = None,
) -> dict[str, list[Flag]]:
    """The flags of each record (uuid → flags; a record without flags has an empty list).

    Statistics (medians, quartiles, a site's centre) are taken over ``records``, so pass the
    assessments to compare with each other: usually every complete one of the folder. ``active``:
    the active seconds the paradata gives (analysis/paradata.py); the too-fast check uses it where
    present and the audit's ``edit_times`` otherwise.
    """
    shapes: dict[int, _Shape] = {}
    seen: dict[str, _Seen] = {}
    for record in records:
        form = form_of(record)
        shape = shapes.get(id(form))
        if shape is None:
            shape = shapes[id(form)] = _Shape.of(form)
        seen[record.uuid] = _walk(shape, record.answers)
    flags: dict[str, list[Flag]] = {r.uuid: [] for r in records}
    for uuid, flag in _too_fast(records, seen, edit_times or {}, thresholds, active or {}):
        flags[uuid].append(flag)
    for check in (_duplicates, _location, _outside_place, _outliers, _implausible, _missing_evidence):
        for uuid, flag in check(records, seen, edit_times or {}, thresholds):
            flags[uuid].append(flag)
    return flags


@dataclass(frozen=True)
class _Shape:
    """What the checks need of one form version, worked out once rather than per assessment."""

    form: Form
    questions: Mapping[str, Question]
    repeats: frozenset[str]
    numbers: frozenset[str]  # top-level numbers and calculations: one value per assessment
    geopoints: tuple[Question, ...]  # top level
    images: tuple[Question, ...]  # top level, asked of everyone
    others: Mapping[str, str]  # a select → its "<name>_other" text question
    metadata: frozenset[str]
    inputs: frozenset[str]  # questions an officer answers (not calculations, not metadata)
    plausible: Mapping[str, Question]  # questions with a plausible range

    @classmethod
    def of(cls, form: Form) -> _Shape:
        questions = {n: e for n, e in form.elements.items() if isinstance(e, Question)}
        top = [q for q in questions.values() if not q.repeats]
        selects = (QType.SELECT_ONE, QType.SELECT_MULTIPLE)
        return cls(
            form=form,
            questions=questions,
            repeats=frozenset(n for n, e in form.elements.items() if isinstance(e, Repeat)),
            numbers=frozenset(q.name for q in top if q.type in _NUMBERS),
            geopoints=tuple(q for q in top if q.type is QType.GEOPOINT),
            images=tuple(q for q in top if q.type is QType.IMAGE and q.relevant is None),
            others={q.name: f"{q.name}_other" for q in questions.values()
                    if q.type in selects and isinstance(questions.get(f"{q.name}_other"), Question)},
            metadata=frozenset(q.name for q in questions.values() if q.type in METADATA_TYPES),
            inputs=frozenset(q.name for q in questions.values() if q.is_input),
            plausible={q.name: q for q in questions.values() if q.plausible is not None},
        )


@dataclass
class _Seen:
    """One pass over an assessment's answers, repeats included: what several checks count."""

    shape: _Shape
    answered_inputs: int = 0
    implausible: list[tuple[Question, float]] = field(default_factory=list)
    undescribed: list[Question] = field(default_factory=list)


def _walk(shape: _Shape, answers: Mapping[str, Any], seen: _Seen | None = None) -> _Seen:
    seen = seen if seen is not None else _Seen(shape)
    repeats, inputs, plausible, others = shape.repeats, shape.inputs, shape.plausible, shape.others
    for name, value in answers.items():
        if name in repeats:
            for item in value if isinstance(value, list) else ():
                if isinstance(item, Mapping):
                    _walk(shape, item, seen)
            continue
        if value is None or value == "" or value == []:
            continue
        if name in inputs:
            seen.answered_inputs += 1
        question = plausible.get(name)
        if question is not None and question.plausible is not None:
            number, (low, high) = _number(value), question.plausible
            if number is not None and ((low is not None and number < low) or (high is not None and number > high)):
                seen.implausible.append((question, number))
        specify = others.get(name)
        chose_other = value == "other" or (isinstance(value, list) and "other" in value)
        if specify is not None and chose_other and not str(answers.get(specify) or "").strip():
            seen.undescribed.append(shape.questions[name])
    return seen


Found = Iterator[tuple[str, Flag]]


# --- paradata ------------------------------------------------------------------------------------


def active_seconds(times: Sequence[str], idle_cap_s: float) -> float:
    """Time spent entering: the gaps between consecutive edits, each pause counted at most ``idle_cap_s``."""
    stamps = sorted(_parse_time(t) for t in times)
    return sum(min((b - a).total_seconds(), idle_cap_s) for a, b in itertools.pairwise(stamps))


def _parse_time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _too_fast(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
              times: Mapping[str, Sequence[str]], t: Thresholds, paradata: Mapping[str, float]) -> Found:
    per_answer: dict[str, dict[str, tuple[float, float]]] = defaultdict(dict)
    for record in records:
        answered = seen[record.uuid].answered_inputs
        if answered == 0:
            continue
        if record.uuid in paradata:  # the entry window's own account of the time spent
            active = paradata[record.uuid]
        else:
            stamps = times.get(record.uuid)
            if not stamps or len(stamps) < 2:
                continue
            active = active_seconds(stamps, t.idle_cap_s)
        per_answer[record.form_id][record.uuid] = (active, active / answered)
    for group in per_answer.values():
        if len(group) < t.fast_min_group:
            continue
        usual = statistics.median(spa for _, spa in group.values())
        for uuid, (active, spa) in group.items():
            if spa < t.fast_ratio * usual:
                yield uuid, Flag(QualityFlag.TOO_FAST, None, {
                    "minutes": _Number(round(active / 60, 1)), "seconds": _Number(round(spa, 1)),
                    "usual": _Number(round(usual, 1)),
                })


# --- copies --------------------------------------------------------------------------------------


def _other(record: AssessmentRecord) -> str:
    return f"{record.title} ({record.uuid[:8]})" if record.title else record.uuid[:8]


def _duplicates(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
                _times: Mapping[str, Sequence[str]], _t: Thresholds) -> Found:
    # A cheap key first (the top-level scalar answers); the full answers, repeats included, are only
    # compared within the few groups that share it.
    rough: dict[tuple[str, frozenset[tuple[str, object]]], list[AssessmentRecord]] = defaultdict(list)
    by_photo: dict[str, list[AssessmentRecord]] = defaultdict(list)
    for record in records:
        metadata = seen[record.uuid].shape.metadata
        scalars = frozenset((k, v) for k, v in record.answers.items()
                            if k not in metadata and isinstance(v, (str, int, float)) and v != "")
        if scalars:
            rough[(record.form_id, scalars)].append(record)
        for sha in {a.sha256 for a in record.attachments}:
            by_photo[sha].append(record)
    by_answers: dict[str, list[AssessmentRecord]] = defaultdict(list)
    for group in rough.values():
        for record in group if len(group) > 1 else ():
            content = _content(seen[record.uuid].shape, record.answers)
            by_answers[json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)].append(record)
    for same in by_answers.values():
        for record in same:
            others = [o for o in same if o.uuid != record.uuid]
            if others:
                yield record.uuid, Flag(QualityFlag.DUPLICATE, None, {"other": _other(others[0])})
    shared: dict[str, AssessmentRecord] = {}
    for same in by_photo.values():
        for record in same:
            others = [o for o in same if o.uuid != record.uuid]
            if others and record.uuid not in shared:
                shared[record.uuid] = others[0]
    for uuid, other in shared.items():
        yield uuid, Flag(QualityFlag.DUPLICATE_PHOTO, None, {"other": _other(other)})


def _content(shape: _Shape, answers: Mapping[str, Any]) -> dict[str, Any]:
    """The answers an officer gave: metadata (start, end, device) left out, as they always differ."""
    return {name: value for name, value in answers.items()
            if name not in shape.metadata and value is not None and value != "" and value != []}


# --- location ------------------------------------------------------------------------------------


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine on the mean sphere): within 0.5 % of the ellipsoid, enough here."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _point(value: Any) -> tuple[float, float, float | None] | None:
    if not isinstance(value, Mapping):
        return None
    lat, lon, accuracy = (_number(value.get(key)) for key in ("lat", "lon", "accuracy"))
    if lat is None or lon is None:
        return None
    return lat, lon, accuracy


def _location(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
              _times: Mapping[str, Sequence[str]], t: Thresholds) -> Found:
    located: dict[str, list[tuple[AssessmentRecord, Question, float, float]]] = defaultdict(list)
    for record in records:
        for question in seen[record.uuid].shape.geopoints:
            point = _point(record.answers.get(question.name))
            if point is None:
                if question.relevant is None:  # asked of everyone, yet empty
                    yield record.uuid, Flag(QualityFlag.NO_GPS, question.name, {"question": _label(question)})
                continue
            lat, lon, accuracy = point
            if accuracy is not None and accuracy > t.gps_accuracy_m:
                yield record.uuid, Flag(QualityFlag.GPS_INACCURATE, question.name, {
                    "question": _label(question), "accuracy": _Number(accuracy), "limit": _Number(t.gps_accuracy_m),
                })
            if record.site.strip():
                located[record.site.strip().casefold()].append((record, question, lat, lon))
    for points in located.values():
        if len(points) < t.site_min_group:
            continue
        centre_lat = statistics.median(p[2] for p in points)
        centre_lon = statistics.median(p[3] for p in points)
        for record, question, lat, lon in points:
            km = distance_km(lat, lon, centre_lat, centre_lon)
            if km > t.far_km:
                yield record.uuid, Flag(QualityFlag.FAR_FROM_SITE, question.name, {
                    "question": _label(question), "km": _Number(round(km, 1)), "site": record.site,
                })


def _area_name(area: Area) -> _Text:
    """A country's or region's name from the boundary data (English; Uzbek where the data has it),
    as a form text, so that it is stored with the flag like any other."""
    names = {"en": area.name, **({"uz": area.uz} if area.uz else {})}
    return _Text(LocalText(MappingProxyType(names)), area.name)


def _place_names(form: Form, question_name: str, value: Any) -> tuple[str, ...]:
    """A select's answer with its choice's labels (every language): what a place may be called."""
    if not isinstance(value, str) or not value:
        return ()
    question = form.elements.get(question_name)
    choices = form.choices.get(question.list_name) if isinstance(question, Question) and question.list_name else None
    choice = choices.get(value) if choices is not None else None
    return (value, *choice.label.texts.values()) if choice is not None else (value,)


def _choice_text(form: Form, question_name: str, value: str) -> _Text:
    question = form.elements.get(question_name)
    choices = form.choices.get(question.list_name) if isinstance(question, Question) and question.list_name else None
    choice = choices.get(value) if choices is not None else None
    return _Text(choice.label if choice is not None else None, value)


def _outside_place(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
                   _times: Mapping[str, Sequence[str]], t: Thresholds) -> Found:
    """The point outside the country or region the answers name (the shipped boundaries)."""
    places = PlaceCheck(margin_km=t.border_km)
    names: dict[tuple[int, str, Any], tuple[str, ...]] = {}
    for record in records:
        shape = seen[record.uuid].shape
        country, region = record.answers.get("country"), record.answers.get("region")
        if not shape.geopoints or not isinstance(country, str) or not country:
            continue
        form = shape.form
        for key in (("country", country), ("region", region)):
            if (id(form), *key) not in names:
                names[(id(form), *key)] = _place_names(form, *key)
        for question in shape.geopoints:
            point = _point(record.answers.get(question.name))
            if point is None:
                continue
            outside = places.check(point[0], point[1], names[(id(form), "country", country)],
                                   names[(id(form), "region", region)])
            if outside is None:
                continue
            stated = country if outside.level == "country" else str(region)
            params: dict[str, object] = {"question": _label(question), "km": _Number(round(outside.km)),
                                         "place": _choice_text(form, outside.level, stated)}
            if outside.found is not None:
                params["found"] = _area_name(outside.found)
            if outside.level == "region":
                kind = QualityFlag.OUTSIDE_REGION if outside.found is not None else QualityFlag.OUTSIDE_REGION_BARE
            else:
                kind = QualityFlag.OUTSIDE_COUNTRY if outside.found is not None else QualityFlag.OUTSIDE_COUNTRY_SEA
            yield record.uuid, Flag(kind, question.name, params)


# --- figures -------------------------------------------------------------------------------------


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value)
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def _outliers(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
              _times: Mapping[str, Sequence[str]], t: Thresholds) -> Found:
    # Per form and country: a latrine count in Bukhara is no yardstick for Khajura.
    values: dict[tuple[str, str, str], list[tuple[str, float]]] = defaultdict(list)
    questions: dict[tuple[str, str, str], Question] = {}
    country_label: dict[tuple[str, str, str], _Text | None] = {}
    for record in records:
        shape = seen[record.uuid].shape
        country = record.answers.get("country")
        country_key = country if isinstance(country, str) else ""
        for name in shape.numbers:  # top level: one value per assessment
            number = _number(record.answers.get(name))
            if number is None:
                continue
            key = (record.form_id, country_key, name)
            values[key].append((record.uuid, number))
            if key not in questions:
                questions[key] = shape.questions[name]
                country_label[key] = _country(shape.form, country_key)
    for key, found in values.items():
        if len(found) < t.outlier_min_group:
            continue
        q1, _, q3 = statistics.quantiles([v for _, v in found], n=4, method="inclusive")
        spread = q3 - q1
        if spread <= 0:
            continue
        low, high = q1 - t.iqr_factor * spread, q3 + t.iqr_factor * spread
        group = country_label[key]
        for uuid, value in found:
            if value < low or value > high:
                params: dict[str, object] = {"question": _label(questions[key]), "value": _Number(value),
                                             "low": _Number(q1), "high": _Number(q3)}
                if group is not None:
                    params["group"] = group
                yield uuid, Flag(QualityFlag.OUTLIER if group else QualityFlag.OUTLIER_FORM, key[2], params)


def _country(form: Form, name: str) -> _Text | None:
    question = form.elements.get("country")
    if not name or not isinstance(question, Question) or not question.list_name:
        return None
    choices = form.choices.get(question.list_name)
    choice = choices.get(name) if choices is not None else None
    return _Text(choice.label if choice is not None else None, name)


def _implausible(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
                 _times: Mapping[str, Sequence[str]], _t: Thresholds) -> Found:
    for record in records:
        for question, number in seen[record.uuid].implausible:
            low, high = question.plausible or (None, None)
            yield record.uuid, Flag(QualityFlag.IMPLAUSIBLE, question.name, {
                "question": _label(question), "value": _Number(number),
                "low": _Number(low) if low is not None else "…", "high": _Number(high) if high is not None else "…",
            })


# --- evidence ------------------------------------------------------------------------------------


def _missing_evidence(records: Sequence[AssessmentRecord], seen: Mapping[str, _Seen],
                      _times: Mapping[str, Sequence[str]], _t: Thresholds) -> Found:
    """Photos asked of everyone but not attached; "other" chosen and its ``<name>_other`` left empty."""
    for record in records:
        found = seen[record.uuid]
        for question in found.shape.images:
            if not record.answers.get(question.name):
                yield record.uuid, Flag(QualityFlag.MISSING_PHOTO, question.name, {"question": _label(question)})
        for question in found.undescribed:
            yield record.uuid, Flag(QualityFlag.OTHER_EMPTY, question.name, {"question": _label(question)})


# --- from the store ------------------------------------------------------------------------------


def compute_flags(store: AssessmentStore, thresholds: Thresholds = Thresholds()) -> tuple[
        list[AssessmentRecord], dict[str, list[Flag]]]:
    """Every complete assessment of the folder with its flags, computed now over all of them.

    Drafts are the officer's work in progress and are not judged. The flags of one assessment
    depend on all the others (medians, quartiles, a site's centre), so they change whenever a
    package brings more.
    """
    records = list(store.records(ListQuery(status=COMPLETE, limit=None)))
    with store.read("read the history") as conn:
        times = ledger.edit_times(conn)
        events = paradata_rows.all_events(conn)
    heads = {r.uuid: r.revision for r in records}
    per_uuid: dict[str, dict[int, list[ParadataEvent]]] = defaultdict(dict)
    for (uuid, revision), found in events.items():
        if revision <= heads.get(uuid, 0):
            per_uuid[uuid][revision] = found
    active = {uuid: summarise(found, idle_s=thresholds.idle_cap_s).active_s for uuid, found in per_uuid.items()}
    return records, assess(records, store.form_of, times, thresholds, active)


def store_flags(store: AssessmentStore, thresholds: Thresholds = Thresholds(), recompute: bool = False,
                save: bool = False) -> tuple[list[AssessmentRecord], dict[str, list[Flag]]]:
    """The complete assessments with their flags: the stored ones while they are current.

    A revision that arrives (import, finalize) marks the stored flags stale in its own transaction
    (store/flag_rows.py). Stale flags are computed again; ``save`` stores them (the commands and
    windows that write: ``import``, ``quality --recompute``, the window's flags job), so reading
    commands never write, never wait for a lock. Thresholds other than the defaults are computed
    on demand and never stored; ``recompute`` computes even when the stored flags are current.
    """
    default = thresholds == Thresholds()
    with store.read("read the quality flags") as conn:
        stored = flag_rows.read_flags(conn) if default and not recompute else None
        generation = flag_rows.generation(conn)
    if stored is not None and stored.current:
        records = list(store.records(ListQuery(status=COMPLETE, limit=None)))
        return records, {r.uuid: [_from_stored(f) for f in stored.flags[r.uuid][1]]
                         if r.uuid in stored.flags and stored.flags[r.uuid][0] == r.revision else []
                         for r in records}
    records, flags = compute_flags(store, thresholds)
    if default and save:
        save_flags(store, records, flags, generation)
    return records, flags


def save_flags(store: AssessmentStore, records: Sequence[AssessmentRecord], flags: Mapping[str, Sequence[Flag]],
               generation: int) -> None:
    """Store ``flags`` (computed at ``generation``) as the flags of each record's revision."""
    rows = {(r.uuid, r.revision): [_to_stored(f) for f in flags[r.uuid]] for r in records if flags.get(r.uuid)}
    with store.write("store the quality flags") as conn:
        flag_rows.replace_flags(conn, rows, utc_now(), generation)


def refresh_stored_flags(store: AssessmentStore) -> bool:
    """Compute and store the flags if a revision arrived since they were stored; whether it did."""
    with store.read("read the quality flags") as conn:
        generation, computed = flag_rows.state(conn)
    if computed == generation:
        return False
    records, flags = compute_flags(store)
    save_flags(store, records, flags, generation)
    return True


def stored_flag_names(store: AssessmentStore) -> dict[str, list[str]]:
    """uuid → the names of its flags (``list --json``), current ones (computed first if stale); each
    name once (two photo questions without a photo are one ``missing_photo``; ``quality`` lists both)."""
    _records, flags = store_flags(store)
    return {uuid: list(dict.fromkeys(f.name for f in found)) for uuid, found in flags.items()}


def _param_to_json(value: object) -> Any:
    if isinstance(value, _Number):
        return {"number": value.value}
    if isinstance(value, _Text):
        return {"text": dict(value.text.texts) if value.text is not None else None, "fallback": value.fallback}
    return str(value)


def _param_from_json(value: Any) -> object:
    if isinstance(value, dict) and "number" in value:
        return _Number(float(value["number"]))
    if isinstance(value, dict) and "fallback" in value:
        texts = value.get("text")
        return _Text(LocalText(MappingProxyType(dict(texts))) if isinstance(texts, dict) else None,
                     str(value["fallback"]))
    return str(value)


def _to_stored(flag: Flag) -> flag_rows.StoredFlag:
    return flag_rows.StoredFlag(flag.name, flag.code, flag.question,
                                {k: _param_to_json(v) for k, v in flag.params.items()})


def _from_stored(stored: flag_rows.StoredFlag) -> Flag:
    return Flag(QualityFlag[stored.flag.upper()], stored.question,
                {k: _param_from_json(v) for k, v in stored.params.items()})
