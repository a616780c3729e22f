"""Any sequence of create / save / finalize / reopen / discard keeps the store equal to a simple model."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from needsassess.store import ListQuery, StoreError, open_store
from tests.store.store_helpers import FORM_YAML, FakeChange, FakeSession

LONG = os.environ.get("NEEDSASSESS_LONG") == "1"


@dataclass
class Model:
    status: str = "draft"
    revision: int = 1
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[dict[str, Any]] = field(default_factory=list)  # finalized documents, by revision


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="store-sm-"))
        (self.tmp / "forms").mkdir()
        (self.tmp / "forms" / "mini.yaml").write_text(FORM_YAML, encoding="utf-8")
        self.store = open_store(self.tmp / "data", forms_dir=self.tmp / "forms")
        self.model: dict[str, Model] = {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _with(self, status: str) -> list[str]:
        # In creation order, not sorted: uuids are random, and a pick that depended on their order
        # would make hypothesis replay a different machine (FlakyStrategyDefinition).
        return [u for u, m in self.model.items() if m.status == status]

    @rule(name=st.text(min_size=1, max_size=12))
    def create(self, name: str) -> None:
        uuid = self.store.create("mini", FakeSession({"settlement": name})).uuid
        self.model[uuid] = Model(answers={"settlement": name})

    @precondition(lambda self: self._with("draft"))
    @rule(pick=st.integers(min_value=0), value=st.integers(-5, 10**6))
    def save(self, pick: int, value: int) -> None:
        uuid = self._with("draft")[pick % len(self._with("draft"))]
        answers = dict(self.model[uuid].answers, households=value)
        change = FakeChange("households", self.model[uuid].answers.get("households"), value)
        self.store.save_draft(uuid, FakeSession(answers), change)
        self.model[uuid].answers = answers

    @precondition(lambda self: self._with("draft"))
    @rule(pick=st.integers(min_value=0))
    def finalize(self, pick: int) -> None:
        uuid = self._with("draft")[pick % len(self._with("draft"))]
        m = self.model[uuid]
        self.store.finalize(uuid, FakeSession(dict(m.answers)))
        m.status = "complete"
        m.history.append(dict(m.answers))

    @precondition(lambda self: self._with("complete"))
    @rule(pick=st.integers(min_value=0))
    def reopen(self, pick: int) -> None:
        uuid = self._with("complete")[pick % len(self._with("complete"))]
        self.store.reopen(uuid, "check again")
        self.model[uuid].status = "draft"
        self.model[uuid].revision += 1

    @precondition(lambda self: self._with("draft"))
    @rule(pick=st.integers(min_value=0))
    def discard(self, pick: int) -> None:
        uuid = self._with("draft")[pick % len(self._with("draft"))]
        m = self.model[uuid]
        self.store.discard(uuid)
        if m.history:
            m.status, m.revision, m.answers = "complete", m.revision - 1, dict(m.history[-1])
        else:
            m.status = "discarded"

    @precondition(lambda self: self._with("complete") or self._with("discarded"))
    @rule(pick=st.integers(min_value=0))
    def saving_a_finished_one_is_refused(self, pick: int) -> None:
        done = self._with("complete") + self._with("discarded")
        uuid = done[pick % len(done)]
        try:
            self.store.save_draft(uuid, FakeSession({"settlement": "changed"}))
        except StoreError as err:
            assert err.kind == "state"
        else:
            raise AssertionError("a finished assessment accepted a save")

    @invariant()
    def store_equals_model(self) -> None:
        for uuid, m in self.model.items():
            record = self.store.get(uuid)
            assert (record.status, record.revision, dict(record.answers)) == (m.status, m.revision, m.answers)
            finalized = [r for r in self.store.revisions(uuid) if r.status == "complete"]
            assert [dict(r.answers) for r in finalized] == m.history
        live = sum(1 for m in self.model.values() if m.status != "discarded")
        assert self.store.count(ListQuery()) == live
        assert self.store.count(ListQuery(status="draft")) == len(self._with("draft"))


StoreMachine.TestCase.settings = settings(
    max_examples=200 if LONG else 15, stateful_step_count=25 if LONG else 12, deadline=None
)
test_store_matches_model = StoreMachine.TestCase
