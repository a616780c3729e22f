"""The manifest's fast entry checks accept exactly what the checked ones accept, with equal values.

``_member_fast`` and ``_assessment_fast`` may only say "fine, here is the entry" when the checked
functions say the same with the same entry; otherwise they return None and the checked function
refuses with its precise reason. Malformed entries are generated from valid ones.
"""

from __future__ import annotations

import os
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from needsassess.sync import manifest as m
from needsassess.sync.errors import PackageRefused

LONG = os.environ.get("NEEDSASSESS_LONG") == "1"
SHA = "ab" * 32
UUID = "0b9f5d2e-6c1a-4d7e-9a55-2f7c3b1e8d40"


class Text(str):
    """A str subclass: the fast path leaves it to the checked one."""


odd_values = (
    st.none()
    | st.booleans()
    | st.integers(-3, 3)
    | st.sampled_from([0, 1, 999_999_999, 1_000_000_000, 1.0, -1, 2**70])
    | st.sampled_from([SHA, SHA.upper(), SHA[:-1], SHA + "\n", UUID, UUID.upper(), "", "x" * 501, Text(SHA)])
    | st.sampled_from(["waste_management", "2026.1", "2026..1", "Form", "assessments/" + UUID + "/1.json"])
    | st.sampled_from(["attachments/" + SHA, "manifest.json", "signature.json", "../x", "notes.txt"])
    | st.lists(st.sampled_from([SHA, 1, None, "x"]), max_size=3)
    | st.dictionaries(st.text(max_size=3), st.none(), max_size=2)
)


def _mutated(base: dict[str, Any]) -> Any:
    keys = st.sampled_from([*base, "extra"])
    return st.one_of(
        st.fixed_dictionaries({}, optional={k: st.just(v) for k, v in base.items()}),
        st.dictionaries(keys, odd_values, max_size=4).map(lambda changes: {**base, **changes}),
        odd_values,
    )


MEMBER = {"name": "assessments/" + UUID + "/1.json", "size": 12, "sha256": SHA}
ASSESSMENT = {
    "uuid": UUID,
    "revision": 2,
    "form_id": "waste_management",
    "form_version": "2026.1",
    "content_hash": SHA,
    "parent_hash": SHA,
    "attachments": [SHA],
    "report": True,
}


def _outcome(check: Any, raw: Any) -> Any:
    try:
        return check(raw, 3)
    except PackageRefused as refusal:
        return ("refused", refusal.reason, refusal.member)


@settings(max_examples=3000 if LONG else 400)
@given(_mutated(MEMBER))
@example({**MEMBER, "name": "manifest.json"})
@example({**MEMBER, "name": "signature.json"})
@example({**MEMBER, "size": -1})
@example({**MEMBER, "size": True})
def test_member_entries_fast_equals_checked(raw: Any) -> None:
    fast = m._member_fast(raw)
    assert fast is None or fast == m._member_checked(raw, 3)
    assert _outcome(m._member, raw) == _outcome(m._member_checked, raw)


@settings(max_examples=3000 if LONG else 400)
@given(_mutated(ASSESSMENT))
@example({**ASSESSMENT, "form_version": "2026..1"})
@example({**ASSESSMENT, "form_version": "x" * 501})
@example({**ASSESSMENT, "form_id": "Form"})
@example({**ASSESSMENT, "uuid": UUID.upper()})
@example({**ASSESSMENT, "revision": 0})
@example({**ASSESSMENT, "report": 1})
@example({**ASSESSMENT, "parent_hash": SHA[:-1]})
@example({**ASSESSMENT, "attachments": [SHA, "x"]})
def test_assessment_entries_fast_equals_checked(raw: Any) -> None:
    fast = m._assessment_fast(raw)
    assert fast is None or fast == m._assessment_checked(raw, 3)
    assert _outcome(m._assessment, raw) == _outcome(m._assessment_checked, raw)


@pytest.mark.parametrize(("fast", "base"), [(m._member_fast, MEMBER), (m._assessment_fast, ASSESSMENT)])
def test_the_fast_path_takes_valid_entries(fast: Any, base: dict[str, Any]) -> None:
    assert fast(dict(base)) is not None
    assert fast({**base, "later_field": 1}) is not None
