"""The revision document in a package, checked against its manifest entry and its form.

A document must say what the manifest says (uuid, revision, form, hashes), its content hash must
be the hash of its own answers and photos, and every answer must fit its question: the name exists
at that level of the form, the value has the question's type, choices exist, photos are attached.
Relevance and constraints were checked on the officer's device when the revision was finalized;
here we check what no honest device can produce, cheaply enough for 10,000 documents.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from needsassess.engine.answers import AnswerValueError, coerce_answer
from needsassess.engine.model import ChoiceList, Form, QType, Question, Repeat
from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused

MAX_INSTANCES = 10_000
MAX_TEXT = 10_000
_TEXT_FIELDS = {
    "title": 300,
    "site": 200,
    "officer": 200,
    "device_id": 200,
    "created_at": 64,
    "finalized_at": 64,
    "status": 20,
}


@dataclass(frozen=True)
class RevisionDocument:
    """A checked revision document."""

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


def _attachments(raw: Any, member: str) -> tuple[tuple[str, str, int], ...]:
    if not isinstance(raw, list):
        raise PackageRefused("the document's 'attachments' is not a list", member)
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
            raise PackageRefused("a malformed entry in the document's 'attachments'", member)
        result.append((item["sha256"], item["media_type"], item["size"]))
    return tuple(sorted(result))


def parse_document(
    raw: Any, entry: fmt.AssessmentEntry, checker: AnswerChecker | None = None
) -> RevisionDocument:
    """Check that ``raw`` is the revision ``entry`` announces; PackageRefused naming the member."""
    member = entry.member
    if not isinstance(raw, dict) or not isinstance(raw.get("answers"), dict):
        raise PackageRefused("the assessment document is not an object with 'answers'", member)
    for key in ("uuid", "revision", "form_id", "form_version", "content_hash", "parent_hash"):
        if raw.get(key) != getattr(entry, key):
            raise PackageRefused(f"the document's {key!r} differs from the manifest", member)
    texts = {}
    for key, limit in _TEXT_FIELDS.items():
        value = raw.get(key, "")
        if not isinstance(value, str) or len(value) > limit:
            raise PackageRefused(
                f"the document field {key!r} is not a text of at most {limit} characters", member
            )
        texts[key] = value
    if texts["status"] not in ("complete", ""):
        raise PackageRefused("only finalized (complete) revisions travel in packages", member)
    attachments = _attachments(raw.get("attachments", []), member)
    hashes = [a[0] for a in attachments]
    if sorted(hashes) != sorted(entry.attachments):
        raise PackageRefused("the document's attachments differ from the manifest", member)
    if checker is not None:  # before hashing: it also bounds the nesting the hash would recurse into
        checker.check(raw["answers"], frozenset(hashes), member)
    try:
        digest = fmt.content_hash(raw["answers"], hashes)
    except (ValueError, UnicodeError):
        raise PackageRefused("answers that cannot be hashed (invalid text or number)", member) from None
    if digest != entry.content_hash:
        raise PackageRefused("the content hash does not match the answers (altered or damaged)", member)
    return RevisionDocument(
        uuid=entry.uuid,
        revision=entry.revision,
        form_id=entry.form_id,
        form_version=entry.form_version,
        content_hash=entry.content_hash,
        parent_hash=entry.parent_hash,
        answers=raw["answers"],
        attachments=attachments,
        title=texts["title"],
        site=texts["site"],
        officer=texts["officer"],
        device_id=texts["device_id"],
        created_at=texts["created_at"],
        finalized_at=texts["finalized_at"],
    )


def _plainly_fits(question: Question, value: Any, choices: Mapping[str, frozenset[str]]) -> bool:
    """The common cases decided without the engine's general coercion (speed for big imports)."""
    kind = question.type
    if kind is QType.TEXT:
        return isinstance(value, str) and len(value) <= MAX_TEXT
    if kind is QType.INTEGER:
        return type(value) is int and abs(value) < 2**53
    if kind is QType.DECIMAL:
        return type(value) is float or (type(value) is int and abs(value) < 2**53)
    names = choices.get(question.list_name or "", frozenset())
    if kind is QType.SELECT_ONE:
        return isinstance(value, str) and value in names
    if kind is QType.SELECT_MULTIPLE:
        return (
            isinstance(value, list)
            and bool(value)
            and all(isinstance(v, str) and v in names for v in value)
            and len(set(value)) == len(value)
        )
    return False


class AnswerChecker:
    """Checks documents against one form; built once per form version and reused."""

    def __init__(self, form: Form) -> None:
        self.form = form
        # Level (enclosing repeat name, "" at the top) → names allowed there.
        self._levels: dict[str, dict[str, Question | Repeat]] = {"": {}}
        for element in form.walk():
            if isinstance(element, Repeat):
                self._levels.setdefault(element.name, {})
                self._levels.setdefault(element.repeats[-1] if element.repeats else "", {})[element.name] = (
                    element
                )
            elif isinstance(element, Question):
                level = element.repeats[-1] if element.repeats else ""
                self._levels.setdefault(level, {})[element.name] = element

        self._choice_names = {name: cl.names() for name, cl in form.choices.items()}

    def check(self, answers: Mapping[str, Any], attachments: frozenset[str], member: str) -> None:
        self._level(answers, "", attachments, member)

    def _level(self, answers: Mapping[str, Any], level: str, photos: frozenset[str], member: str) -> None:
        allowed = self._levels[level]
        for name, value in answers.items():
            element = allowed.get(name)
            if element is None:
                raise PackageRefused(
                    f"an answer to {name!r}, which form {self.form.form_id} "
                    f"{self.form.version} does not have there",
                    member,
                )
            if isinstance(element, Repeat):
                self._repeat(element, value, photos, member)
            else:
                self._value(element, value, photos, member)

    def _repeat(self, repeat: Repeat, value: Any, photos: frozenset[str], member: str) -> None:
        if value is None:
            return
        if not isinstance(value, list) or len(value) > MAX_INSTANCES:
            raise PackageRefused(f"the repeat {repeat.name!r} is not a list of instances", member)
        for instance in value:
            if not isinstance(instance, dict):
                raise PackageRefused(f"an instance of the repeat {repeat.name!r} is not an object", member)
            self._level(instance, repeat.name, photos, member)

    def _value(self, question: Question, value: Any, photos: frozenset[str], member: str) -> None:
        if value is None or _plainly_fits(question, value, self._choice_names):
            return
        if question.type is QType.CALCULATE:
            if not isinstance(value, str | int | float | bool):
                raise PackageRefused(
                    f"the calculation {question.name!r} has a value that is not a scalar", member
                )
            return
        choices: ChoiceList | None = self.form.choices.get(question.list_name) if question.list_name else None
        try:
            coerced = coerce_answer(question, value, choices)
        except (AnswerValueError, ValueError, TypeError) as exc:
            raise PackageRefused(
                f"the answer to {question.name!r} does not fit its question ({exc})", member
            ) from None
        widened = isinstance(coerced, float) and type(value) is int  # 3 for a decimal is 3.0
        if coerced != value or (type(coerced) is not type(value) and not widened):
            raise PackageRefused(f"the answer to {question.name!r} is not in its stored form", member)
        if question.type is QType.IMAGE and value not in photos:
            raise PackageRefused(
                f"the photo answering {question.name!r} is not among the attachments", member
            )
