"""How expressions inside a session read answers: the session's side of ``expr.Resolver``.

One resolver object is reused for every evaluation (set the context, run the compiled closure), so
evaluating costs no allocation beyond the expression's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from needsassess.engine.answers import to_expr_value
from needsassess.engine.checks import scope_of
from needsassess.engine.datasets import pulldata
from needsassess.engine.model import Choice, Element, QType, Question, Repeat

if TYPE_CHECKING:
    from needsassess.engine.session import FormSession

Ids = tuple[int, ...]
# Types whose document value is also the value expressions see.
_PLAIN_TYPES = frozenset({QType.INTEGER, QType.DECIMAL, QType.TEXT, QType.SELECT_ONE, QType.CALCULATE,
                          QType.TIME, QType.BARCODE, QType.ACKNOWLEDGE, QType.IMAGE})


class SessionResolver:
    def __init__(self, session: FormSession) -> None:
        self.session = session
        self.state = session.state
        self.elements = session.form.elements
        self.element: Element | None = None
        self.repeats: tuple[str, ...] = ()
        self.ids: Ids = ()
        self._current: Any = None
        self._use_current = False
        self._choice: Choice | None = None

    def run(self, fn: Callable[[Any], Any], element: Element | None, ids: Ids, *, current: Any,
            use_current: bool, choice: Choice | None, top: bool = False) -> Any:
        saved = (self.element, self.repeats, self.ids, self._current, self._use_current, self._choice)
        self.element = element
        self.repeats = () if top or element is None else element.repeats
        self.ids = ids
        self._current = current
        self._use_current = use_current
        self._choice = choice
        try:
            return fn(self)
        finally:
            (self.element, self.repeats, self.ids, self._current, self._use_current, self._choice) = saved

    def _seen(self, name: str, ids: Ids) -> Any:
        element = self.elements[name]
        value = self.state.effective(name, ids)
        if value is None:
            return None
        qtype = element.type if isinstance(element, Question) else QType.TEXT
        return to_expr_value(qtype, value)

    def value(self, name: str) -> Any:
        target = self.elements.get(name)
        if target is None:
            return None
        if isinstance(target, Repeat):
            return len(self.values(name)) or None
        depth = len(target.repeats)
        if self.repeats[:depth] == target.repeats:
            return self._seen(name, self.ids[:depth])
        found = self.values(name)
        return found[0] if found else None

    def values(self, name: str) -> list[Any]:
        target = self.elements.get(name)
        if target is None:
            return []
        scope = scope_of(target)
        shared = 0
        for a, b in zip(scope, self.repeats, strict=False):
            if a != b:
                break
            shared += 1
        prefix = self.ids[:shared]
        relevant = self.state.relevant
        if isinstance(target, Repeat):
            parents = self.state.expand(target.repeats, prefix[: len(target.repeats)])
            return [True for p in parents if relevant.get((name, p), True)
                    for _ in self.state.instances.get((name, p), ())]
        # The hot loop of aggregates (sum, count...): plain dict lookups, no per-item calls.
        answers, calculated = self.state.values, self.state.calculated
        qtype = target.type if isinstance(target, Question) else QType.TEXT
        plain = qtype in _PLAIN_TYPES
        out = []
        for ids in self.state.expand(target.repeats, prefix):
            key = (name, ids)
            if relevant.get(key, True) is False:
                continue
            value = answers.get(key)
            if value is None:
                value = calculated.get(key)
            out.append(value if plain or value is None else to_expr_value(qtype, value))
        return out

    def current(self) -> Any:
        if self._use_current:
            return self._current
        if self.element is None:
            return None
        return self._seen(self.element.name, self.ids) if isinstance(self.element, Question) else None

    def position(self) -> int:
        if not self.ids:
            return 0
        return self.state.position.get(self.ids[-1], -1) + 1

    def indexed(self, name: str, repeat: str, index: int) -> Any:
        target = self.elements.get(name)
        container = self.elements.get(repeat)
        if target is None or not isinstance(container, Repeat):
            return None
        prefix = self.ids[: len(container.repeats)] if self.repeats[: len(container.repeats)] == \
            container.repeats else ()
        ids_list = self.state.instances.get((repeat, prefix), [])
        if not 1 <= index <= len(ids_list):
            return None
        base = (*prefix, ids_list[index - 1])
        for ids in self.state.expand(target.repeats, base):
            return self._seen(name, ids)
        return None

    def choice_label(self, question: str, choice: str) -> str:
        if question not in self.elements:
            return choice
        return self.session.choice_label(question, choice)

    def column(self, name: str) -> Any:
        choice = self._choice
        if choice is None:
            return None
        if name == "name":
            return choice.name
        if name == "label":
            return choice.label.get(self.session.language, self.session.form.default_language)
        return choice.extras.get(name)

    def pulldata(self, dataset: str, column: str, key_column: str, key: str) -> Any:
        return pulldata(self.session.form, self.session.context.datasets, dataset, column, key_column, key)

    def now(self) -> dt.datetime:
        return self.session.clock()
