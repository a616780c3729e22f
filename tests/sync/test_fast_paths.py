"""The import's fast paths give exactly what the general ones give.

Each shortcut taken for speed is compared with the plain rule it stands for: the content hash with
the store's, the answer predicates with the engine's coercion, the member-name shortcut with every
name rule, the bulk inserts with Core's, the depth count with a recursive one, and the merge with
holdings loaded a few uuids at a time with the merge of everything at once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import msgspec
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, insert

from needsassess.engine import load_form_text
from needsassess.engine.model import Question
from needsassess.store import imports
from needsassess.store.audit import audit_row
from needsassess.store.bulk import BulkInsert
from needsassess.store.hashing import canonical_json, content_hash
from needsassess.store.models import ASSESSMENTS, AUDIT, LINKS, METADATA, REVISIONS
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_RECEIVED
from needsassess.sync import apply, documents
from needsassess.sync import package_format as fmt
from needsassess.sync.documents import AnswerChecker, fast_predicate
from needsassess.sync.errors import PackageRefused
from needsassess.sync.exporter import export_package
from needsassess.sync.importer import import_package
from needsassess.sync.safe_json import depth
from tests.sync.conftest import StoreFactory, edit, finalized
from tests.sync.test_merge_stores import state

SHA = "a" * 64
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


# --- the content hash ----------------------------------------------------------------------------


@given(json_values, st.lists(st.text(), max_size=4))
@settings(max_examples=300)
def test_answers_json_and_hash_is_the_store_hash(answers: Any, hashes: list[str]) -> None:
    try:
        expected: Any = (canonical_json(answers).decode("utf-8"), content_hash(answers, hashes))
    except (ValueError, UnicodeError) as exc:
        expected = type(exc)
    try:
        got: Any = fmt.answers_json_and_hash(answers, hashes)
    except (ValueError, UnicodeError) as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "\ud800"])
def test_the_fast_hash_refuses_what_the_store_hash_refuses(bad: Any) -> None:
    with pytest.raises((ValueError, UnicodeError)):
        content_hash({"a": bad}, [])
    with pytest.raises((ValueError, UnicodeError)):
        fmt.answers_json_and_hash({"a": bad}, [])


# --- JSON depth ----------------------------------------------------------------------------------


def _recursive_depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max((_recursive_depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((_recursive_depth(v) for v in value), default=0)
    return 0


@given(json_values)
def test_depth_counts_like_a_recursive_walk(value: Any) -> None:
    assert depth(value, 100) == _recursive_depth(value)
    assert (depth(value, 2) > 2) == (_recursive_depth(value) > 2)


# --- answer predicates ---------------------------------------------------------------------------

FORM = """\
form_id: kinds
version: "1"
default_language: en
title: {en: Kinds}
survey:
  - {type: text, name: t, label: {en: T}}
  - {type: integer, name: i, label: {en: I}}
  - {type: decimal, name: d, label: {en: D}}
  - {type: date, name: day, label: {en: Day}}
  - {type: geopoint, name: gps, label: {en: GPS}}
  - {type: select_one k, name: one, label: {en: One}}
  - {type: select_multiple k, name: many, label: {en: Many}}
  - {type: calculate, name: c, calculation: "1"}
choices:
  k:
    - {name: a, label: {en: A}}
    - {name: b, label: {en: B}}
"""
CHECKER = AnswerChecker(load_form_text(FORM))
QUESTIONS = {q.name: q for q in CHECKER.form.walk() if isinstance(q, Question)}
numbers = st.integers(-(2**60), 2**60) | st.floats() | st.sampled_from([0, 90, -90, 180, -180, 1e15, -1e15, 2**53])
dates = st.dates().map(lambda d: d.isoformat()) | st.sampled_from(
    ["2026-02-30", "2026-3-01", " 2026-03-01", "2026-03-01x"]
)
geopoints = st.dictionaries(st.sampled_from(["lat", "lon", "alt", "accuracy", "x"]), numbers | st.none() | st.text())
values = (
    json_scalars
    | numbers
    | dates
    | geopoints
    | st.lists(st.sampled_from(["a", "b", "c", 1]), max_size=3)
    | st.integers(9990, 10010).map(lambda n: "x" * n)
)


@given(st.sampled_from(sorted(QUESTIONS)), values)
@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
def test_a_value_a_predicate_accepts_is_accepted_by_the_general_check(name: str, value: Any) -> None:
    question = QUESTIONS[name]
    fits = fast_predicate(question, CHECKER.form.choices.get(question.list_name or ""))
    assert fits is not None
    if value is not None and fits(value) and name != "c":  # a calculation's predicate is its whole rule
        CHECKER._value(question, value, frozenset(), "m")  # must not refuse


def test_values_the_predicates_pass_on_are_still_checked() -> None:
    for answers in (
        {"day": "2026-02-30"},
        {"gps": {"lat": 95.0, "lon": 1.0}},
        {"one": "c"},
        {"i": 1.5},
        {"c": [1]},
        {"t": " "},
        {"d": 2e15},
        {"many": ["b", "a"]},
        {"many": ["a", "a"]},
    ):
        with pytest.raises(PackageRefused):
            CHECKER.check(answers, frozenset(), "m")
    CHECKER.check({"d": 3, "gps": {"lat": 1, "lon": 2}, "day": "2026-03-01", "many": ["a", "b"]}, frozenset(), "m")


REPEAT_FORM = FORM.replace(
    "choices:",
    """  - type: repeat
    name: r
    label: {en: R}
    children:
      - {type: integer, name: n, label: {en: N}}
      - {type: date, name: when, label: {en: When}}
      - {type: image, name: pic, label: {en: Pic}}
      - {type: select_one k, name: pick, label: {en: Pick}}
choices:""",
)
REPEAT_CHECKER = AnswerChecker(load_form_text(REPEAT_FORM))
TOP_NAMES = [*sorted(QUESTIONS), "zz", "r"]
instances = st.dictionaries(st.sampled_from(["n", "when", "pic", "pick", "zz"]), values | st.just(SHA), max_size=4)
answer_documents = st.dictionaries(
    st.sampled_from(TOP_NAMES), values | st.lists(instances, max_size=3) | st.lists(values, max_size=2), max_size=5
)


def _outcome(check: Any) -> str | None:
    try:
        check()
    except PackageRefused as refusal:
        return str(refusal)
    return None


@given(answer_documents)
@settings(max_examples=1500, suppress_health_check=[HealthCheck.too_slow])
def test_the_form_type_accepts_and_refuses_as_the_answer_walk(answers: dict[str, Any]) -> None:
    """The msgspec type per form version (``answer_types``) only vouches: same outcome, same message."""
    photos = frozenset({SHA})
    fast = _outcome(lambda: REPEAT_CHECKER.check(answers, photos, "m"))
    walk = _outcome(lambda: REPEAT_CHECKER._level(answers, "", photos, "m"))
    assert fast == walk


def test_the_form_type_vouches_for_common_documents_and_leaves_the_rest_to_python() -> None:
    common = {"t": "a", "i": 3, "d": 2, "gps": {"lat": 1, "lon": 2}, "one": "a", "c": 1.5, "r": [{"n": 1}]}
    assert REPEAT_CHECKER._type.vouches(common)
    for bad in ({"t": " "}, {"i": True}, {"d": 2e15}, {"one": "c"}, {"zz": 1}, {"r": [{"zz": 1}]}, {"r": {}}):
        assert not REPEAT_CHECKER._type.vouches(bad)
    assert REPEAT_CHECKER._type.residue.at("") == ["day", "many", "r"]
    assert REPEAT_CHECKER._type.residue.at("r") == ["when", "pic"]
    with pytest.raises(PackageRefused, match="pic"):
        REPEAT_CHECKER.check({"r": [{"n": 1, "pic": "b" * 64}]}, frozenset({SHA}), "m")


# --- member names --------------------------------------------------------------------------------


def _name_problem_in_full(name: str) -> str | None:
    """Every rule in order, without the shortcut (the function as specified)."""
    if not name:
        return "an empty member name"
    if len(name) > fmt.MAX_NAME_LENGTH:
        return "a member name longer than 200 characters"
    if re.search(r"[\x00-\x1f\x7f]", name):
        return "a control character in a member name"
    if "\\" in name:
        return "a backslash in a member name"
    if name.startswith("/"):
        return "an absolute member path"
    if re.match(r"^[A-Za-z]:", name):
        return "a drive letter in a member name"
    if ".." in name.split("/"):
        return "a '..' component in a member name"
    if not any(p.fullmatch(name) for p in fmt.MEMBER_PATTERNS.values()):
        return "an unknown member name"
    return None


UUID = "0b0c2f5e-1a2b-4c3d-8e9f-0123456789ab"
member_names = st.sampled_from(
    [
        "manifest.json",
        "signature.json",
        f"assessments/{UUID}/1.json",
        f"attachments/{SHA}",
        "forms/mini-1.yaml",
        "forms/mini-" + "1" * 250 + ".yaml",
        f"reports/{UUID}/12.pdf",
    ]
) | st.text(alphabet="amsfo/.\\:-1\x00C", max_size=30)


@given(member_names, member_names, st.integers(0, 40))
def test_the_name_shortcut_gives_the_same_answers(a: str, b: str, cut: int) -> None:
    for name in (a, b, a[:cut] + b, a + "/" + b, "/" + a, "C:" + a):
        problem = fmt.name_problem(name)
        assert (problem.render() if problem else None) == _name_problem_in_full(name)
        expected = next((k for k, p in fmt.MEMBER_PATTERNS.items() if p.fullmatch(name)), None)
        assert fmt.member_kind(name) == expected


# --- bulk inserts --------------------------------------------------------------------------------


def _sample_rows() -> dict[str, tuple[Any, list[str], dict[str, Any]]]:
    answers = {"b": [1, 2.5], "a": "Kathmandu ü"}
    head: dict[str, Any] = {c.name: f"{c.name}-v" for c in ASSESSMENTS.columns}
    head.update(revision=2, answers=answers, parent_hash=None)
    revision: dict[str, Any] = {c.name: f"{c.name}-v" for c in REVISIONS.columns}
    revision.update(revision=2, document=answers, parent_hash=None)
    received: dict[str, Any] = {c.name: f"{c.name}-v" for c in SYNC_RECEIVED.columns}
    received.update(revision=3)
    conflict: dict[str, Any] = {c: f"{c}-v" for c in imports.CONFLICT_COLUMNS}
    conflict.update(revision=4, document=answers, attachments=[[SHA, "image/png", 10]], parent_hash=None)
    audit = audit_row("imported", "u", None, "now", ("Sita", "dev"), detail="package p: r1 new")
    return {
        "assessments": (ASSESSMENTS, [c.name for c in ASSESSMENTS.columns], head),
        "revisions": (REVISIONS, [c.name for c in REVISIONS.columns], revision),
        "links": (LINKS, ["uuid", "revision", "sha256"], {"uuid": "u", "revision": 1, "sha256": SHA}),
        "received": (SYNC_RECEIVED, [c.name for c in SYNC_RECEIVED.columns], received),
        "conflicts": (SYNC_CONFLICTS, list(imports.CONFLICT_COLUMNS), conflict),
        "audit": (AUDIT, list(imports.AUDIT_COLUMNS), audit),
    }


@pytest.mark.parametrize("table_key", ["assessments", "revisions", "links", "received", "conflicts", "audit"])
def test_bulk_rows_are_stored_as_core_stores_them(tmp_path: Path, table_key: str) -> None:
    table, columns, row = _sample_rows()[table_key]
    raw = frozenset(c for c in ("answers", "document") if c in columns)
    stored = []
    for name in ("core", "bulk"):
        engine = create_engine(f"sqlite:///{tmp_path / name}.db")
        METADATA.create_all(engine, tables=[table])
        with engine.begin() as conn:
            if name == "core":
                conn.execute(insert(table), [row])
            else:
                bulk = BulkInsert(conn, table, columns, raw)
                bulk.add(tuple(json.dumps(row[c]) if c in raw else row[c] for c in columns))
                bulk.write()
            select_all = ", ".join(f"typeof({c}), {c}" for c in columns)
            stored.append(conn.exec_driver_sql(f"SELECT {select_all} FROM {table.name}").fetchall())
        engine.dispose()
    assert stored[0] == stored[1]


def test_imported_answers_are_stored_as_the_canonical_json_that_was_hashed(
    make_store: StoreFactory, tmp_path: Path
) -> None:
    officer = make_store("officer")
    uuid = finalized(officer, "Khajura ü", 12, pits=(1.5, 2.0))
    package = export_package(officer, tmp_path / "p.napkg").path
    coordinator = make_store("coordinator")
    import_package(coordinator, package)
    with coordinator.read("t") as conn:
        head, content = conn.exec_driver_sql("SELECT answers, content_hash FROM assessments").one()
        [document] = conn.exec_driver_sql("SELECT document FROM revisions").one()
    answers = json.loads(document)
    assert head is None  # a complete head refers to its revision's document (migration 0301)
    assert document == canonical_json(answers).decode("utf-8")
    assert content_hash(answers, []) == content
    assert coordinator.get(uuid).answers == officer.get(uuid).answers


# --- holdings loaded a slice at a time -----------------------------------------------------------


def test_merging_with_small_slices_of_holdings_ends_the_same(
    make_store: StoreFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer = make_store("officer")
    uuids = [finalized(officer, f"Site {k}", k) for k in range(7)]
    first = export_package(officer, tmp_path / "first.napkg").path
    for uuid in uuids[::2]:
        edit(officer, uuid, households=500)
    more = [finalized(officer, f"New {k}", k) for k in range(3)]
    second = export_package(officer, tmp_path / "second.napkg", include_all=True).path
    assert more
    results = {}
    for slice_size in (2, apply.HELD_SLICE):
        monkeypatch.setattr(apply, "HELD_SLICE", slice_size)
        coordinator = make_store(f"coordinator{slice_size}")
        import_package(coordinator, first)
        outcome = import_package(coordinator, second)
        results[slice_size] = ((outcome.new, outcome.updated, outcome.unchanged, outcome.conflicts), state(coordinator))
    assert results[2][0] == (3, 4, 7, 0)
    assert results[2] == results[apply.HELD_SLICE]


# --- a document's own fields -----------------------------------------------------------------------

ID_PART = st.sampled_from([UUID, "0B0C2F5E-1A2B-4C3D-8E9F-0123456789AB", "", "x"]) | st.text(max_size=5)
field_values = {
    "uuid": ID_PART | st.integers(),
    "revision": st.sampled_from([1, 2, 0, -1, True, 1.0, "1", None]),
    "form_id": st.sampled_from(["mini", "a" * 64, "a" * 65, "Mini", "mini\n", "_x", "1x", ""]) | st.none(),
    "form_version": st.sampled_from(["1", "2026.1", "1" * 101, "1\n", "1..2", "v_2"]) | st.integers(),
    "content_hash": st.sampled_from([SHA, SHA + "\n", SHA.upper(), SHA[:63], None]),
    "parent_hash": st.sampled_from([None, SHA, "b" * 63, 5]),
    "title": st.text(max_size=3) | st.sampled_from(["t" * 300, "t" * 301, None, 3]),
    "site": st.sampled_from(["", "s" * 200, "s" * 201, None]),
    "officer": st.sampled_from(["Sita", "o" * 201, 1]),
    "device_id": st.sampled_from(["dev", "d" * 200, "d" * 201]),
    "created_at": st.sampled_from(["2026-03-01T09:00:00Z", "c" * 64, "c" * 65, None]),
    "finalized_at": st.sampled_from(["2026-03-01T09:00:00Z", "f" * 65, []]),
    "status": st.sampled_from(["complete", "", "draft", "c" * 21, None]),
    "attachments": st.lists(
        st.fixed_dictionaries(
            {
                "sha256": st.sampled_from([SHA, "b" * 64, SHA + "\n", 1]),
                "media_type": st.sampled_from(["image/png", "m" * 50, "m" * 51, None]),
                "size": st.sampled_from([10, 0, -1, True, 1.5, "1"]),
            },
            optional={"extra": st.integers()},
        )
        | st.sampled_from([[], "x", None]),
        max_size=3,
    )
    | st.sampled_from([(), {}, "x", None]),
}


REQUIRED = ("uuid", "revision", "form_id", "form_version", "content_hash")


@given(
    st.fixed_dictionaries(
        {k: v for k, v in field_values.items() if k in REQUIRED},
        optional={k: v for k, v in field_values.items() if k not in REQUIRED},
    ),
    st.booleans(),
)
@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
def test_the_fields_type_vouches_only_for_what_the_checks_accept(raw: dict[str, Any], named_right: bool) -> None:
    """Wherever the type vouches, the checks one by one pass and give the same values."""
    raw["answers"] = {}
    member = f"assessments/{raw.get('uuid')}/{raw.get('revision')}.json" if named_right else "assessments/x/1.json"
    fields = documents._vouched(raw)
    if fields is None:
        return
    try:
        expected: Any = documents._identity(raw, member)
    except PackageRefused as refusal:
        expected = refusal.code
    try:
        got: Any = documents._vouched_identity(fields, member)
    except PackageRefused as refusal:
        got = refusal.code
    assert got == expected
    texts = documents._texts(raw, member)
    attachments = documents._attachments(raw.get("attachments", []), member)
    assert documents._vouched_rest(fields) == (texts, attachments)


def test_the_fields_type_vouches_for_a_common_document() -> None:
    raw = {
        "answers": {}, "attachments": [{"media_type": "image/png", "sha256": SHA, "size": 3}], "content_hash": SHA,
        "created_at": "2026-03-01T09:00:00.000000Z", "device_id": "d" * 32, "finalized_at": "2026-03-01T09:00:00Z",
        "form_id": "mini", "form_version": "1", "officer": "Sita", "parent_hash": None, "revision": 1,
        "site": "Khajura", "status": "complete", "title": "Khajura", "uuid": UUID, "later_field": 1,
    }  # fmt: skip
    fields = documents._vouched(raw)
    assert fields is not None
    assert documents._vouched_identity(fields, f"assessments/{UUID}/1.json") == (UUID, 1, "mini", "1", SHA, None)


def test_the_fields_type_has_the_text_limits_of_the_checks() -> None:
    info = msgspec.inspect.type_info(documents._Fields)
    assert isinstance(info, msgspec.inspect.StructType)
    limits = {f.name: getattr(f.type, "max_length", None) for f in info.fields}
    assert {key: limits[key] for key in documents._TEXT_FIELDS if key != "status"} == {
        key: limit for key, limit in documents._TEXT_FIELDS.items() if key != "status"
    }


def test_the_import_audit_row_is_the_audit_row(make_store: StoreFactory) -> None:
    store = make_store("coordinator")
    with store.write("t") as conn:
        rows = imports.ImportRows(conn, imports.PackageInfo("p", SHA, "f.napkg", "dev", "Sita", "c", "a", "2.1"))
        rows.imported("u", "package p: r1 new")
        expected = audit_row("imported", "u", None, rows.now, ("Sita", "dev"), detail="package p: r1 new")
        [queued] = rows.audit.rows
    assert queued == _processed(rows.audit, expected)


def _processed(bulk: BulkInsert, row: dict[str, Any]) -> tuple[Any, ...]:
    """``row`` (an audit row, in ``AUDIT_COLUMNS`` order) as the bulk writer queues it."""
    values = [row[name] for name in imports.AUDIT_COLUMNS]
    for index, process, none in bulk.processors:
        values[index] = none if values[index] is None else process(values[index])
    return tuple(values)
