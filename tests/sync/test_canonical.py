"""The fast canonical encoding gives byte for byte what the hashing rule (``canonical_json``) gives.

Documents are decoded and encoded again with msgspec, which writes some floats otherwise than
Python's ``json`` ("1e16" for "1e+16", "0.00001" for "1e-05"); those must be caught and written the
``json`` way, or a document's hash would change with the library that read it.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from needsassess.sync import package_format as fmt
from needsassess.sync.errors import PackageRefused
from needsassess.sync.safe_json import load_document_json

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.floats(min_value=-1e-3, max_value=1e-3)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=8), inner, max_size=5),
    max_leaves=25,
)


def _stdlib(value: Any) -> bytes:
    return fmt.canonical_json(value)


@settings(max_examples=400, deadline=None)
@given(json_values)
def test_canonical_bytes_equal_the_hashing_rule(value: Any) -> None:
    try:
        expected = _stdlib(value)
    except (ValueError, UnicodeError):
        with pytest.raises((ValueError, UnicodeError)):
            fmt.canonical_bytes(value)
        return
    assert fmt.canonical_bytes(value) == expected
    fast = fmt.fast_canonical(value)
    assert fast is None or fast == expected  # None: the caller must take the slow path


@pytest.mark.parametrize("number", [1e16, -1e-05, 2.5e-07, 1.7976931348623157e308, 0.00001234, 123e20])
def test_floats_msgspec_writes_otherwise_take_the_slow_path(number: float) -> None:
    value = {"a": [number], "b": "3e5a 09:00:00.000000Z"}
    assert fmt.fast_canonical(value) is None
    assert fmt.canonical_bytes(value) == _stdlib(value)


def test_hashes_uuids_and_times_do_not_pass_for_floats() -> None:
    value = {"h": "8a392c6a3a05ce7792", "u": "000faa9b-2f38-48e0-a7b6", "t": "2026-03-01T09:00:00.000000Z"}
    assert fmt.fast_canonical(value) == _stdlib(value)


def _document(answers: dict[str, Any]) -> dict[str, Any]:
    return {"answers": answers, "content_hash": "8a39" * 16, "revision": 1, "uuid": "u"}


@pytest.mark.parametrize("number", [0.5, 1e-05, 1e16, 27.50001])
def test_a_canonical_document_loads_with_its_answers_bytes(number: float) -> None:
    doc = _document({"x": number, "y": "Ruxsora o'g'li"})
    data = _stdlib(doc)
    value, answers = load_document_json(data, "m", 1 << 20)
    assert value == doc
    assert answers is None or answers == _stdlib(doc["answers"])


@pytest.mark.parametrize(
    "text",
    [
        '{"answers":{"x":0.00001},"revision":1}',  # msgspec's way of writing 1e-05
        '{"answers":{"x":1e16},"revision":1}',  # and of 1e+16
        '{"answers":{"x":1,"x":2},"revision":1}',
        '{"answers":{"x":1}, "revision":1}',
        '{"revision":1,"answers":{"x":1}}',
        '{"answers":{"x":"\\u00e9"},"revision":1}',
    ],
)
def test_a_document_not_in_canonical_form_is_refused(text: str) -> None:
    with pytest.raises(PackageRefused) as caught:
        load_document_json(text.encode(), "m", 1 << 20)
    assert "canonical" in caught.value.reason


def test_the_stdlib_and_fast_paths_agree_on_what_they_accept() -> None:
    good = json.dumps({"answers": {"x": 1e-05}}, sort_keys=True, separators=(",", ":")).encode()
    assert load_document_json(good, "m", 1 << 20)[0] == {"answers": {"x": 1e-05}}
