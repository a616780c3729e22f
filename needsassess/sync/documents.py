"""The revision document in a package, checked against its member name, its form and its photos.

A document must be the revision its member name says (uuid, revision), its form and photos must be
at hand, its content hash must be the hash of its own answers and photos, and every answer must
fit its question: the name exists at that level of the form, the value has the question's type,
choices exist, photos are attached.
Relevance and constraints were checked on the officer's device when the revision was finalized;
here we check what no honest device can produce, cheaply enough for 10,000 documents: each form
level gets a table (answer name → a small predicate for the common stored forms), and only a value
the predicate cannot vouch for goes through the engine's general coercion. Before those, one
msgspec type per form version (``answer_types``) vouches for most of a document in a single call.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Annotated, Any, Literal, NamedTuple

import msgspec

from needsassess.engine.answers import AnswerValueError, coerce_answer
from needsassess.engine.model import ChoiceList, Form, QType, Question, Repeat
from needsassess.errors.paradata_codes import ParadataCode
from needsassess.errors.sync_codes import SyncCode
from needsassess.store.paradata import EVENTS as PARADATA_EVENTS
from needsassess.store.paradata import NAME_MAX
from needsassess.sync import package_format as fmt
from needsassess.sync.answer_types import MAX_INSTANCES, MAX_TEXT, answers_type
from needsassess.sync.errors import PackageRefused

_TIME_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_TEXT_FIELDS = {
    "title": 300,
    "site": 200,
    "officer": 200,
    "device_id": 200,
    "created_at": 64,
    "finalized_at": 64,
    "status": 20,
}


class RevisionDocument(NamedTuple):
    """A checked revision document.

    A named tuple rather than a frozen dataclass: as immutable, and built several times faster (one
    per document of an import; a frozen dataclass sets each of its 15 fields through
    ``object.__setattr__``).
    """

    uuid: str
    revision: int
    form_id: str
    form_version: str
    content_hash: str
    parent_hash: str | None
    answers: dict[str, Any]
    attachments: tuple[tuple[str, str, int], ...]  # (sha256, media type, size)
    title: str
    site: str
    officer: str
    device_id: str
    created_at: str
    finalized_at: str
    # Canonical JSON of ``answers``: what was hashed, stored as is in the JSON columns.
    answers_json: str = ""
    # The revision's paradata (format 2.2): (at, event, page, question) in the order recorded.
    paradata: tuple[tuple[str, str, str | None, str | None], ...] = ()


def _attachments(raw: Any, member: str) -> tuple[tuple[str, str, int], ...]:
    if not isinstance(raw, list):
        raise PackageRefused(SyncCode.DOC_ATTACHMENTS, member)
    result = []
    for item in raw:
        if not (
            isinstance(item, dict)
            and isinstance(item.get("sha256"), str)
            and fmt.SHA256_RE.fullmatch(item["sha256"])
            and isinstance(item.get("media_type"), str)
            and len(item["media_type"]) <= 50
            and isinstance(item.get("size"), int)
            and not isinstance(item.get("size"), bool)
        ):
            raise PackageRefused(SyncCode.DOC_ATTACHMENT_ENTRY, member)
        result.append((item["sha256"], item["media_type"], item["size"]))
    return tuple(sorted(result))


def _texts(raw: dict[str, Any], member: str) -> dict[str, str]:
    texts = {}
    for key, limit in _TEXT_FIELDS.items():
        value = raw.get(key, "")
        if not isinstance(value, str) or len(value) > limit:
            raise PackageRefused(SyncCode.DOC_FIELD_TEXT, member, field=repr(key), limit=limit)
        texts[key] = value
    if texts["status"] not in ("complete", ""):
        raise PackageRefused(SyncCode.DOC_NOT_FINAL, member)
    return texts


# (form_id, version) → the checker of that form version, or None when neither the package (before
# this document) nor the store has it.
CheckerFor = Callable[[str, str], "AnswerChecker | None"]
_SHA = fmt.SHA256_RE.fullmatch


def _identity(raw: dict[str, Any], member: str) -> tuple[str, int, str, str, str, str | None]:
    """(uuid, revision, form_id, form_version, content_hash, parent_hash), each checked."""
    uuid, revision = raw.get("uuid"), raw.get("revision")
    form_id, version = raw.get("form_id"), raw.get("form_version")
    content, parent = raw.get("content_hash"), raw.get("parent_hash")
    if type(uuid) is not str or type(revision) is not int or member != fmt.assessment_member(uuid, revision):
        raise PackageRefused(SyncCode.DOC_NAME_MISMATCH, member)
    if not (type(form_id) is str and fmt.FORM_ID_RE.fullmatch(form_id)):
        raise PackageRefused(SyncCode.DOC_FIELD_MALFORMED, member, field="'form_id'")
    if not (type(version) is str and len(version) <= 100 and fmt.FORM_VERSION_RE.fullmatch(version)):
        raise PackageRefused(SyncCode.DOC_FIELD_MALFORMED, member, field="'form_version'")
    if not (type(content) is str and _SHA(content)):
        raise PackageRefused(SyncCode.DOC_FIELD_MALFORMED, member, field="'content_hash'")
    if parent is not None and not (type(parent) is str and _SHA(parent)):
        raise PackageRefused(SyncCode.DOC_FIELD_MALFORMED, member, field="'parent_hash'")
    return uuid, revision, form_id, version, content, parent


# The document's own fields as one msgspec type: a single C call vouches for what ``_identity``,
# ``_texts`` and ``_attachments`` check one by one (at least as strictly: a test compares them).
# A document it does not vouch for takes those checks, which refuse it with the reason.
def _full(pattern: str) -> str:
    return f"^(?:{pattern})\\Z"  # msgspec searches (re.search): anchored both ends, as fullmatch


_Sha = Annotated[str, msgspec.Meta(pattern=_full(fmt.SHA256_RE.pattern))]


# The limits of ``_TEXT_FIELDS`` (a test checks they agree).
_Upto300 = Annotated[str, msgspec.Meta(max_length=300)]
_Upto200 = Annotated[str, msgspec.Meta(max_length=200)]
_Upto64 = Annotated[str, msgspec.Meta(max_length=64)]


class _Attachment(msgspec.Struct):
    sha256: _Sha
    media_type: Annotated[str, msgspec.Meta(max_length=50)]
    size: int  # bool is not an int for msgspec


class _Fields(msgspec.Struct):
    """A revision document's fields besides its answers (unknown ones ignored, as the checks do)."""

    uuid: str
    revision: int
    form_id: Annotated[str, msgspec.Meta(pattern=_full(fmt.FORM_ID_RE.pattern))]
    form_version: Annotated[str, msgspec.Meta(max_length=100, pattern=_full(fmt.FORM_VERSION_RE.pattern))]
    content_hash: _Sha
    parent_hash: _Sha | None = None
    title: _Upto300 = ""
    site: _Upto200 = ""
    officer: _Upto200 = ""
    device_id: _Upto200 = ""
    created_at: _Upto64 = ""
    finalized_at: _Upto64 = ""
    status: Literal["complete", ""] = ""
    attachments: list[_Attachment] = []


def _vouched(raw: dict[str, Any]) -> _Fields | None:
    """The document's fields when the type vouches for all of them, else None (check them one by one)."""
    if type(raw.get("attachments", [])) is not list:
        return None
    try:
        return msgspec.convert(raw, _Fields)
    except msgspec.ValidationError:
        return None


_Identity = tuple[str, int, str, str, str, str | None]  # what ``_identity`` returns
_Attachments = tuple[tuple[str, str, int], ...]  # (sha256, media type, size), sorted


def _vouched_identity(f: _Fields, member: str) -> _Identity:
    """What ``_identity`` returns, for fields the type vouched for (the member name is checked here)."""
    if member != fmt.assessment_member(f.uuid, f.revision):
        raise PackageRefused(SyncCode.DOC_NAME_MISMATCH, member)
    return f.uuid, f.revision, f.form_id, f.form_version, f.content_hash, f.parent_hash


def _vouched_rest(f: _Fields) -> tuple[dict[str, str], _Attachments]:
    """What ``_texts`` and ``_attachments`` return, for fields the type vouched for."""
    texts = {"title": f.title, "site": f.site, "officer": f.officer, "device_id": f.device_id,
             "created_at": f.created_at, "finalized_at": f.finalized_at, "status": f.status}  # fmt: skip
    return texts, tuple(sorted((a.sha256, a.media_type, a.size) for a in f.attachments))


def parse_document(
    raw: Any,
    member: str,
    checker_for: CheckerFor,
    photo_known: Callable[[str], bool],
    answers_bytes: bytes | None = None,
) -> RevisionDocument:
    """Check that ``raw`` is a revision document fit to store; PackageRefused naming the member.

    ``photo_known(sha256)``: the photo came earlier in the package or is in the store already.
    ``answers_bytes``: the canonical encoding of the answers, when the reader made it already.
    """
    if not isinstance(raw, dict) or not isinstance(raw.get("answers"), dict):
        raise PackageRefused(SyncCode.DOC_NOT_OBJECT, member)
    fields = _vouched(raw)  # None: each field is checked in Python, in the order of the refusals
    identity = _identity(raw, member) if fields is None else _vouched_identity(fields, member)
    uuid, revision, form_id, form_version, content_hash, parent_hash = identity
    checker = checker_for(form_id, form_version)
    if checker is None:
        raise PackageRefused(SyncCode.DOC_FORM_UNKNOWN, member, form_id=form_id, version=form_version)
    if fields is None:
        texts, attachments = _texts(raw, member), _attachments(raw.get("attachments", []), member)
    else:
        texts, attachments = _vouched_rest(fields)
    hashes = [a[0] for a in attachments]
    if len(set(hashes)) != len(hashes):
        raise PackageRefused(SyncCode.DOC_PHOTO_TWICE, member)
    for sha in hashes:
        if not photo_known(sha):
            raise PackageRefused(SyncCode.DOC_PHOTO_UNKNOWN, member, sha256=sha)
    answers = raw["answers"]
    # Before hashing: it also bounds the nesting the hash would recurse into.
    checker.check(answers, frozenset(hashes), member)
    try:
        encoded = answers_bytes if answers_bytes is not None else fmt.canonical_bytes(answers)
    except (ValueError, UnicodeError):
        raise PackageRefused(SyncCode.DOC_UNHASHABLE, member) from None
    text, digest = encoded.decode("utf-8"), fmt.hash_canonical_answers(encoded, hashes)
    if digest != content_hash:
        raise PackageRefused(SyncCode.DOC_HASH_MISMATCH, member)
    return RevisionDocument(
        uuid=uuid,
        revision=revision,
        form_id=form_id,
        form_version=form_version,
        content_hash=content_hash,
        parent_hash=parent_hash,
        answers=answers,
        attachments=attachments,
        title=texts["title"],
        site=texts["site"],
        officer=texts["officer"],
        device_id=texts["device_id"],
        created_at=texts["created_at"],
        finalized_at=texts["finalized_at"],
        answers_json=text,
        paradata=_paradata(raw["paradata"], member) if "paradata" in raw else (),
    )


MAX_PARADATA_EVENTS = 100_000  # a day of entry produces a few thousand
_PARADATA_KEYS = frozenset({"at", "event", "page", "question"})


def _paradata(raw: Any, member: str) -> tuple[tuple[str, str, str | None, str | None], ...]:
    """A revision's paradata: a list of events, each exactly the four keys a device writes."""
    if not isinstance(raw, list):
        raise PackageRefused(ParadataCode.NOT_A_LIST, member)
    if len(raw) > MAX_PARADATA_EVENTS:
        raise PackageRefused(ParadataCode.TOO_MANY, member, count=len(raw), limit=MAX_PARADATA_EVENTS)
    events = []
    for index, item in enumerate(raw):
        problem = _event_problem(item)
        if problem:
            raise PackageRefused(ParadataCode.BAD_EVENT, member, index=index, detail=problem)
        events.append((item["at"], item["event"], item["page"], item["question"]))
    return tuple(events)


def _event_problem(item: Any) -> str | None:
    if not isinstance(item, dict) or set(item) != _PARADATA_KEYS:
        return "an object with at, event, page and question"
    if not isinstance(item["at"], str) or not _TIME_RE.fullmatch(item["at"]):
        return "at: a UTC time"
    if item["event"] not in PARADATA_EVENTS:
        return f"event: one of {', '.join(PARADATA_EVENTS)}"
    for key in ("page", "question"):
        value = item[key]
        if value is not None and (not isinstance(value, str) or not 0 < len(value) <= NAME_MAX):
            return f"{key}: a name of at most {NAME_MAX} characters, or null"
    return None


# --- answer predicates ----------------------------------------------------------------------------
# A predicate returns True only for values the general path (``AnswerChecker._value``) accepts; False
# means "ask the general path", which accepts or refuses with the reason.
Predicate = Callable[[Any], bool]
_SAFE_INT = 2**53
_MAX_DECIMAL = 1e15
_GEO_KEYS = frozenset({"lat", "lon", "alt", "accuracy"})


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT and bool(value) and not value.isspace()


def _is_integer(value: Any) -> bool:
    return type(value) is int and -_SAFE_INT < value < _SAFE_INT


def _is_decimal(value: Any) -> bool:
    return (type(value) is float or type(value) is int) and -_MAX_DECIMAL < value < _MAX_DECIMAL


def _is_date(value: Any) -> bool:
    """A date exactly in its stored form (what ``coerce_answer`` returns for it unchanged)."""
    if type(value) is not str or len(value) != 10:
        return False
    try:
        return dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


def _is_geopoint(value: Any) -> bool:
    """Numbers for known parts, latitude and longitude present and in range, accuracy not negative."""
    if type(value) is not dict or not value.keys() <= _GEO_KEYS:
        return False
    for part in value.values():
        if (type(part) is not float and type(part) is not int) or not -1e15 < part < 1e15:
            return False
    lat, lon = value.get("lat"), value.get("lon")
    return (
        lat is not None
        and lon is not None
        and -90 <= lat <= 90
        and -180 <= lon <= 180
        and value.get("accuracy", 0) >= 0
    )


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def _select_one(names: frozenset[str]) -> Predicate:
    return lambda value: isinstance(value, str) and value in names


def _select_multiple(order: Mapping[str, int]) -> Predicate:
    """Names of choices, each once, in the order of the choice list (as the engine stores them)."""

    def fits(value: Any) -> bool:
        if not isinstance(value, list) or not value:
            return False
        last = -1
        for name in value:
            if not isinstance(name, str) or order.get(name, -1) <= last:
                return False
            last = order[name]
        return True

    return fits


_PLAIN: dict[QType, Predicate] = {
    QType.TEXT: _is_text,
    QType.INTEGER: _is_integer,
    QType.DECIMAL: _is_decimal,
    QType.DATE: _is_date,
    QType.TODAY: _is_date,
    QType.GEOPOINT: _is_geopoint,
    QType.CALCULATE: _is_scalar,
}


def fast_predicate(question: Question, choices: ChoiceList | None) -> Predicate | None:
    """The predicate for ``question``'s common values, or None when every value takes the general path."""
    names = [c.name for c in choices.choices] if choices is not None else []
    if question.type is QType.SELECT_ONE:
        return _select_one(frozenset(names))
    if question.type is QType.SELECT_MULTIPLE:
        return _select_multiple({name: index for index, name in enumerate(names)})
    return _PLAIN.get(question.type)


# Per answer name at one level: (predicate vouching for common values or None, the element).
_Level = dict[str, tuple[Predicate | None, Question | Repeat]]


class AnswerChecker:
    """Checks documents against one form; built once per form version and reused."""

    def __init__(self, form: Form) -> None:
        self.form = form
        # Level (enclosing repeat name, "" at the top) → names allowed there.
        self._levels: dict[str, _Level] = {"": {}}
        for element in form.walk():
            if isinstance(element, Repeat):
                self._levels.setdefault(element.name, {})
                level = element.repeats[-1] if element.repeats else ""
                self._levels.setdefault(level, {})[element.name] = (None, element)
            elif isinstance(element, Question):
                level = element.repeats[-1] if element.repeats else ""
                choices = form.choices.get(element.list_name) if element.list_name else None
                self._levels.setdefault(level, {})[element.name] = (fast_predicate(element, choices), element)
        elements = {level: {name: spec[1] for name, spec in names.items()} for level, names in self._levels.items()}
        self._type = answers_type(form, elements)

    def check(self, answers: dict[str, Any], attachments: frozenset[str], member: str) -> None:
        """Refuse the first answer (in document order) that does not fit the form.

        The form's msgspec type (``answer_types``) vouches for most answers in one call; only what
        it leaves to Python is looked at one by one. A document it does not vouch for, or whose
        residue is refused, takes the general walk, so the refusal names the first bad answer.
        """
        refused: PackageRefused | None = None
        if self._type.vouches(answers):
            try:
                self._residue(answers, "", attachments, member)
                return
            except PackageRefused as refusal:
                refused = refusal
        self._level(answers, "", attachments, member)
        if refused is not None:  # the walk refuses what the residue did; never let it through
            raise refused

    def _residue(self, answers: dict[str, Any], level: str, photos: frozenset[str], member: str) -> None:
        """The answers at ``level`` the type left to Python (shape and names already vouched for)."""
        allowed = self._levels[level]
        for name in self._type.residue.at(level):
            value = answers.get(name)
            if value is None:
                continue
            fits, element = allowed[name]
            if isinstance(element, Repeat):
                for instance in value:
                    self._residue(instance, element.name, photos, member)
            elif fits is None or not fits(value):
                self._value(element, value, photos, member)

    def _level(self, answers: dict[str, Any], level: str, photos: frozenset[str], member: str) -> None:
        allowed = self._levels[level]
        for name, value in answers.items():
            spec = allowed.get(name)
            if spec is None:
                raise PackageRefused(
                    SyncCode.ANSWER_UNKNOWN_QUESTION,
                    member,
                    name=repr(name),
                    form_id=self.form.form_id,
                    version=self.form.version,
                )
            if value is None:
                continue
            fits, element = spec
            if fits is not None and fits(value):
                continue
            if isinstance(element, Repeat):
                self._repeat(element, value, photos, member)
            else:
                self._value(element, value, photos, member)

    def _repeat(self, repeat: Repeat, value: Any, photos: frozenset[str], member: str) -> None:
        if not isinstance(value, list) or len(value) > MAX_INSTANCES:
            raise PackageRefused(SyncCode.REPEAT_NOT_LIST, member, name=repr(repeat.name))
        for instance in value:
            if not isinstance(instance, dict):
                raise PackageRefused(SyncCode.REPEAT_INSTANCE, member, name=repr(repeat.name))
            self._level(instance, repeat.name, photos, member)

    def _value(self, question: Question, value: Any, photos: frozenset[str], member: str) -> None:
        """The general path: the engine's coercion must give back the value unchanged."""
        if question.type is QType.CALCULATE:
            raise PackageRefused(SyncCode.CALCULATION_NOT_SCALAR, member, name=repr(question.name))
        choices: ChoiceList | None = self.form.choices.get(question.list_name) if question.list_name else None
        try:
            coerced = coerce_answer(question, value, choices)
        except (AnswerValueError, ValueError, TypeError) as exc:
            raise PackageRefused(SyncCode.ANSWER_UNFIT, member, name=repr(question.name), detail=exc) from None
        widened = isinstance(coerced, float) and type(value) is int  # 3 for a decimal is 3.0
        if coerced != value or (type(coerced) is not type(value) and not widened):
            raise PackageRefused(SyncCode.ANSWER_NOT_STORED_FORM, member, name=repr(question.name))
        if question.type is QType.IMAGE and value not in photos:
            raise PackageRefused(SyncCode.ANSWER_PHOTO_MISSING, member, name=repr(question.name))
