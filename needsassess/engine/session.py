"""FormSession: one assessment's answers, with relevance, checks and calculations kept current.

Setting one answer recomputes only what depends on it: the plan (``plan.py``) gives every element
its dependents and a computation order, and a change walks that graph in order, stopping where a
value did not change. Repeat instances get stable internal ids, so adding the 200th instance costs
the same as adding the first, and removing one re-keys nothing.

Public positions of repeat instances are 0-based tuples, outermost first: ``instance=(2,)`` is the
third pit; ``(0, 1)`` the second segment of the first river.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from needsassess.engine.answers import AnswerValueError, coerce_answer, from_expr_value, to_expr_value
from needsassess.engine.datasets import allowed_names, dataset_choice, row_allowed
from needsassess.engine.errors import AnswerError, AnswerProblem
from needsassess.engine.expr import EvalError, truthy
from needsassess.engine.expr.budget import BudgetExceeded
from needsassess.engine.model import METADATA_TYPES, Element, Form, Question, Repeat
from needsassess.engine.plan import ElementPlan, FormPlan, plan_for
from needsassess.engine.resolver import SessionResolver
from needsassess.engine.session_documents import apply_defaults as fill_defaults
from needsassess.engine.session_documents import build_document, load_answers, page_state
from needsassess.engine.session_state import PageState, Problem, SessionContext, State
from needsassess.errors.engine_codes import AnswerValueCode as V

Ids = tuple[int, ...]
Key = tuple[str, Ids]
MAX_INSTANCES = 5000


@dataclass(frozen=True)
class AnswerChange:
    """What one ``set_answer`` did; ``affected`` lists (name, instance) whose state may have changed."""

    name: str
    instance: tuple[int, ...]
    old: Any
    new: Any
    affected: frozenset[tuple[str, tuple[int, ...]]]


class FormSession:
    """The live state of one assessment of one form version."""

    def __init__(
        self,
        form: Form,
        answers: Mapping[str, Any] | None = None,
        *,
        context: SessionContext | None = None,
        clock: Callable[[], dt.datetime] | None = None,
        apply_defaults: bool | None = None,
        language: str | None = None,
    ) -> None:
        self.form = form
        self.plan: FormPlan = plan_for(form)
        self.context = context or SessionContext()
        self.clock = clock or dt.datetime.now
        self.language = language or form.default_language
        self.state = State()
        self._resolver = SessionResolver(self)
        if answers:
            problems: list[AnswerProblem] = []
            load_answers(self, answers, form.survey, (), (), problems)
            if problems:
                raise AnswerError(problems)
        if apply_defaults if apply_defaults is not None else not answers:
            fill_defaults(self, (), None)
            if answers:  # the repeat instances the file brought, as if each had been added
                self._fill_instance_defaults()
        self._recompute_all()

    @classmethod
    def from_answers(cls, form: Form, answers: Mapping[str, Any], **kwargs: Any) -> FormSession:
        """A new assessment from an answers file: defaults fill what the file leaves out."""
        if not isinstance(answers, Mapping):
            raise AnswerError([AnswerProblem("(answers)", (), V.NOT_AN_OBJECT)])
        kwargs.setdefault("apply_defaults", True)
        return cls(form, answers, **kwargs)

    # -- reading --------------------------------------------------------------------------------
    def get(self, name: str, instance: tuple[int, ...] = ()) -> Any:
        """The answer or calculated value in document form (``None`` when empty)."""
        element = self._element(name)
        ids = self._ids(element, instance)
        return self.state.value_of(name, ids, element)

    def relevant(self, name: str, instance: tuple[int, ...] = ()) -> bool:
        element = self._element(name)
        return self.state.relevant.get((name, self._ids(element, instance)), True)

    def required(self, name: str, instance: tuple[int, ...] = ()) -> bool:
        element = self._element(name)
        plan = self.plan.plans[name]
        if plan.required is None or not isinstance(element, Question):
            return False
        return truthy(self._eval(plan.required, element, self._ids(element, instance)))

    def problem(self, name: str, instance: tuple[int, ...] = ()) -> Problem | None:
        element = self._element(name)
        return self.state.problems.get((name, self._ids(element, instance)))

    def problems(self) -> list[Problem]:
        """Every problem of relevant answers, in form order."""
        found = list(self.state.problems.items())
        found.sort(key=lambda item: (self.plan.plans[item[0][0]].index, self._positions(item[0])))
        return [problem for _, problem in found]

    def instance_count(self, repeat: str, instance: tuple[int, ...] = ()) -> int:
        element = self._repeat(repeat)
        return len(self.state.instances.get((repeat, self._ids(element, instance)), ()))

    def title(self) -> str:
        return self._setting("instance_name")

    def site(self) -> str:
        return self._setting("site")

    def label(self, element: Element, language: str | None = None,
              number: Callable[[int | float], str] | None = None) -> str:
        """An element's label in a language, with ``${name}`` replaced by the current values.

        ``number`` writes numeric values (the window passes its locale formatter, so a note reads
        "०.२८ केजी" in Nepali); without it they are written as Python writes them.
        """
        if element.label is None:
            return ""
        text = element.label.get(language or self.language, self.form.default_language)
        if "${" not in text:
            return text
        import re

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.form.elements:
                return match.group(0)
            value = self.state.value_of(name, (), self.form.elements[name])
            if value is None:
                return ""
            if number is not None and isinstance(value, int | float) and not isinstance(value, bool):
                return number(value)
            return str(value)

        return re.sub(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}", replace, text)

    def choice_label(self, question: str, choice: str, language: str | None = None) -> str:
        q = self.form.question(question)
        choices = self.form.choices.get(q.list_name or "")
        found = choices.get(choice) if choices else dataset_choice(q, self.context.datasets, choice)
        if found is None:
            return choice
        return found.label.get(language or self.language, self.form.default_language)

    def allowed_choices(self, name: str, instance: tuple[int, ...] = ()) -> list[str]:
        """The choice names currently offered (after choice_filter)."""
        q = self.form.question(name)
        choices = self.form.choices.get(q.list_name or "")
        if choices is None:
            return self._dataset_choices(q, self._ids(q, instance))
        plan = self.plan.plans[name]
        if plan.choice_filter is None:
            return [c.name for c in choices.choices]
        ids = self._ids(q, instance)
        allowed = []
        for choice in choices.choices:
            if truthy(self._eval(plan.choice_filter, q, ids, choice=choice)):
                allowed.append(choice.name)
        return allowed

    def _dataset_choices(self, q: Question, ids: Ids) -> list[str]:
        """A select from a dataset (engine/datasets.py): filtered through the dataset's indexes."""
        plan = self.plan.plans[q.name]
        node = q.choice_filter.node if q.choice_filter is not None else None
        return allowed_names(
            q, self.context.datasets, node,
            run_compiled=lambda fn: self._eval(fn, q, ids),
            run_filter=lambda choice: plan.choice_filter is not None and truthy(
                self._eval(plan.choice_filter, q, ids, choice=choice)))

    def _dataset_allows(self, q: Question, ids: Ids, name: str) -> bool:
        plan = self.plan.plans[q.name]
        node = q.choice_filter.node if q.choice_filter is not None else None
        return row_allowed(
            q, self.context.datasets, node, name,
            run_compiled=lambda fn: self._eval(fn, q, ids),
            run_filter=lambda choice: plan.choice_filter is not None and truthy(
                self._eval(plan.choice_filter, q, ids, choice=choice)))

    def page_states(self) -> list[PageState]:
        return [page_state(self, page) for page in self.form.pages()]

    def document(self) -> dict[str, Any]:
        """The draft document: every answer given (relevant or not) and every calculation."""
        return build_document(self, self.form.survey, (), final=False)

    def final_document(self) -> dict[str, Any]:
        """The finalized document: non-relevant answers dropped, calculations included."""
        return build_document(self, self.form.survey, (), final=True)

    # -- changing -------------------------------------------------------------------------------
    def set_answer(self, name: str, value: Any, instance: tuple[int, ...] = ()) -> AnswerChange:
        element = self._element(name)
        if not isinstance(element, Question) or not (element.is_input or element.type in METADATA_TYPES):
            raise AnswerError([AnswerProblem(name, instance, V.NOT_ANSWERABLE, {"name": name})])
        ids = self._ids(element, instance)
        try:
            new = coerce_answer(element, value, self.form.choices.get(element.list_name or ""))
        except AnswerValueError as err:
            raise AnswerError([AnswerProblem.refused(name, instance, err)]) from None
        key = (name, ids)
        old = self.state.values.get(key)
        if new is None:
            self.state.values.pop(key, None)
        else:
            self.state.values[key] = new
        affected = self._propagate([(name, ids)], checks=[(name, ids)]) if new != old else {key}
        return AnswerChange(name, instance, old, new, self._public(affected))

    def add_instance(self, repeat: str, instance: tuple[int, ...] = ()) -> int:
        """Add an instance at the end of a repeat; returns its 0-based index."""
        element = self._repeat(repeat)
        parent_ids = self._ids(element, instance)
        index = self._new_instance(element, parent_ids)
        new_ids = (*parent_ids, self.state.instances[(repeat, parent_ids)][index])
        fill_defaults(self, new_ids, element)
        self._compute_members(element, new_ids)
        # Only readers of the repeat by reference (count, sum...) and of the new instance's own
        # values need recomputing: the other instances did not change.
        self._propagate([(m, new_ids) for m in self.plan.plans[repeat].members], checks=[],
                        instance_set=[(repeat, parent_ids)])
        return index

    def remove_instance(self, repeat: str, index: int, instance: tuple[int, ...] = ()) -> None:
        element = self._repeat(repeat)
        parent_ids = self._ids(element, instance)
        ids_list = self.state.instances.get((repeat, parent_ids), [])
        if not 0 <= index < len(ids_list):
            raise AnswerError([AnswerProblem(repeat, (*instance, index), V.NO_SUCH_INSTANCE)])
        self._drop_instance(element, parent_ids, index)
        self._compute_members(element, parent_ids)
        self._propagate([(m, parent_ids) for m in self.plan.plans[repeat].members], checks=[],
                        instance_set=[(repeat, parent_ids)])

    # -- internals: addressing ----------------------------------------------------------------------
    def _element(self, name: str) -> Element:
        element = self.form.elements.get(name)
        if element is None:
            raise AnswerError([AnswerProblem(name, (), V.NOT_A_QUESTION)])
        return element

    def _repeat(self, name: str) -> Repeat:
        element = self._element(name)
        if not isinstance(element, Repeat):
            raise AnswerError([AnswerProblem(name, (), V.NOT_A_REPEAT)])
        return element

    def _ids(self, element: Element, instance: tuple[int, ...]) -> Ids:
        """Positional instance → internal ids; AnswerError if it does not exist."""
        if len(instance) != len(element.repeats):
            raise AnswerError([AnswerProblem(element.name, instance, V.REPEAT_POSITIONS,
                                             {"needed": len(element.repeats), "given": len(instance)})])
        ids: Ids = ()
        for repeat, position in zip(element.repeats, instance, strict=True):
            ids_list = self.state.instances.get((repeat, ids), [])
            if not 0 <= position < len(ids_list):
                raise AnswerError([AnswerProblem(element.name, instance, V.NO_SUCH_INSTANCE)])
            ids = (*ids, ids_list[position])
        return ids

    def _positions(self, key: Key) -> tuple[int, ...]:
        return tuple(self.state.position[i] for i in key[1])

    def _public(self, keys: set[Key]) -> frozenset[tuple[str, tuple[int, ...]]]:
        return frozenset((name, self._positions((name, ids))) for name, ids in keys
                         if all(i in self.state.position for i in ids))

    def keys_of(self, name: str, prefix: Ids = ()) -> Iterator[Ids]:
        """Every instance (as ids) of an element under an ids prefix."""
        element = self.form.elements[name]
        yield from self.state.expand(element.repeats, prefix)

    # -- internals: computing -----------------------------------------------------------------------
    def _eval(self, fn: Callable[[Any], Any], element: Element, ids: Ids, *, current: Any = None,
              choice: Any = None, use_current: bool = False) -> Any:
        try:
            return self._resolver.run(fn, element, ids, current=current, use_current=use_current, choice=choice)
        except BudgetExceeded as err:
            # The form's own fault (a doubling concat() chain): said with its place, never blank.
            raise err.located(element.name, self.plan.column_of(element.name, fn)) from None
        except EvalError:
            # An answer the expression cannot use (a bad date text, a huge text for regex): the result
            # is empty, so a calculation is blank, a condition false and a constraint fails.
            return None

    def _compute(self, plan: ElementPlan, ids: Ids) -> bool:
        """Recompute relevance and calculation of one element instance; True if either changed."""
        element = plan.element
        key = (element.name, ids)
        state = self.state
        parent_relevant = True
        if element.parents:
            parent = self.form.elements[element.parents[-1]]
            parent_relevant = state.relevant.get((parent.name, ids[: len(parent.repeats)]), True)
        relevant = parent_relevant and (plan.relevant is None or truthy(self._eval(plan.relevant, element, ids)))
        changed = state.relevant.get(key, True) != relevant
        if relevant:
            state.relevant.pop(key, None)
        else:
            state.relevant[key] = False
        if plan.calculation is not None:
            old = state.calculated.get(key)
            new = from_expr_value(self._eval(plan.calculation, element, ids, current=old, use_current=True)) \
                if relevant else None
            if new != old:
                changed = True
                if new is None:
                    state.calculated.pop(key, None)
                else:
                    state.calculated[key] = new
        if plan.repeat_count is not None and isinstance(element, Repeat):
            changed = self._apply_repeat_count(plan, element, ids, relevant) or changed
        return changed

    def _apply_repeat_count(self, plan: ElementPlan, element: Repeat, ids: Ids, relevant: bool) -> bool:
        assert plan.repeat_count is not None
        raw = self._eval(plan.repeat_count, element, ids) if relevant else 0
        try:
            wanted = max(0, min(MAX_INSTANCES, int(float(raw or 0))))
        except (TypeError, ValueError, OverflowError):
            wanted = 0
        current = len(self.state.instances.get((element.name, ids), ()))
        for _ in range(current, wanted):
            index = self._new_instance(element, ids)
            new_ids = (*ids, self.state.instances[(element.name, ids)][index])
            fill_defaults(self, new_ids, element)
            self._compute_members(element, new_ids)
        for index in range(current - 1, wanted - 1, -1):
            self._drop_instance(element, ids, index)
        return current != wanted

    def _check(self, plan: ElementPlan, ids: Ids) -> None:
        element = plan.element
        key = (element.name, ids)
        problems = self.state.problems
        if not isinstance(element, Question) or not element.is_input or \
                not self.state.relevant.get(key, True):
            problems.pop(key, None)
            return
        value = self.state.values.get(key)
        problem: Problem | None = None
        if value is None:
            if plan.required is not None and truthy(self._eval(plan.required, element, ids)):
                problem = Problem.required(element, self._positions(key))
        elif (plan.choice_filter is not None or element.list_name not in self.form.choices) \
                and element.list_name is not None and not self._choice_allowed(plan, element, ids, value):
            problem = Problem.filtered(element, self._positions(key))
        elif plan.constraint is not None:
            current = to_expr_value(element.type, value)
            if not truthy(self._eval(plan.constraint, element, ids, current=current, use_current=True)):
                problem = Problem.constraint(element, self._positions(key))
        if problem is None:
            problems.pop(key, None)
        else:
            problems[key] = problem

    def _choice_allowed(self, plan: ElementPlan, q: Question, ids: Ids, value: Any) -> bool:
        choices = self.form.choices.get(q.list_name or "")
        names = value if isinstance(value, list) else [value]
        if choices is None:
            return all(self._dataset_allows(q, ids, str(name)) for name in names)
        filter_fn = plan.choice_filter
        assert filter_fn is not None
        for name in names:
            choice = choices.get(name)
            if choice is None or not truthy(self._eval(filter_fn, q, ids, choice=choice)):
                return False
        return True

    def _propagate(self, seeds: list[Key], checks: list[Key], instance_set: Sequence[Key] = ()) -> set[Key]:
        """Recompute everything that depends on the seeds, in computation order.

        ``instance_set`` names repeats whose instances were added or removed: only what reads them by
        reference (``count(${pit})``) depends on that, not their members.
        """
        plans = self.plan.plans
        affected: set[Key] = set(checks)
        pending: dict[str, Ids] = {}
        heap: list[tuple[int, str]] = []
        recheck: list[Key] = list(checks)

        def push(name: str, prefix: Ids, by_reference: bool = False) -> None:
            plan = plans[name]
            for dependent in plan.ref_dependents if by_reference else plan.value_dependents:
                cut = _common(plan.scope, plans[dependent].element.repeats, prefix)
                if dependent in pending:
                    pending[dependent] = _shared(pending[dependent], cut)
                else:
                    pending[dependent] = cut
                    heapq.heappush(heap, (plans[dependent].index, dependent))
            for dependent in plan.check_dependents:
                recheck.append((dependent, _common(plan.scope, plans[dependent].element.repeats, prefix)))

        for name, prefix in seeds:
            push(name, prefix)
        for name, prefix in instance_set:
            push(name, prefix, by_reference=True)
        while heap:
            _, name = heapq.heappop(heap)
            prefix = pending.pop(name)
            plan = plans[name]
            changed_any = False
            for ids in self.state.expand(plan.element.repeats, prefix):
                if self._compute(plan, ids):
                    changed_any = True
                    affected.add((name, ids))
                    recheck.append((name, ids))
            if changed_any:
                push(name, prefix)
        for name, prefix in recheck:
            plan = plans[name]
            for ids in self.state.expand(plan.element.repeats, prefix):
                self._check(plan, ids)
                affected.add((name, ids))
        return affected

    def _compute_members(self, repeat: Repeat, prefix: Ids) -> None:
        plans = self.plan.plans
        for name in plans[repeat.name].members:
            plan = plans[name]
            for ids in self.state.expand(plan.element.repeats, prefix):
                self._compute(plan, ids)
        for name in plans[repeat.name].members:
            plan = plans[name]
            for ids in self.state.expand(plan.element.repeats, prefix):
                self._check(plan, ids)

    def _recompute_all(self) -> None:
        for name in self.plan.order:
            plan = self.plan.plans[name]
            for ids in self.state.expand(plan.element.repeats, ()):
                self._compute(plan, ids)
        for name in self.plan.order:
            plan = self.plan.plans[name]
            for ids in self.state.expand(plan.element.repeats, ()):
                self._check(plan, ids)

    def _fill_instance_defaults(self) -> None:
        """Defaults into every repeat instance present, outer repeats first (a file's own answers stay)."""
        for name in self.plan.order:
            element = self.form.elements[name]
            if isinstance(element, Repeat):
                for ids in self.state.expand((*element.repeats, name), ()):
                    fill_defaults(self, ids, element)

    def _new_instance(self, repeat: Repeat, parent_ids: Ids) -> int:
        ids_list = self.state.instances.setdefault((repeat.name, parent_ids), [])
        if len(ids_list) >= MAX_INSTANCES:
            raise AnswerError([AnswerProblem(repeat.name, (), V.TOO_MANY_INSTANCES, {"limit": MAX_INSTANCES})])
        new_id = self.state.new_id()
        self.state.repeat_of[new_id] = repeat.name
        ids_list.append(new_id)
        self.state.position[new_id] = len(ids_list) - 1
        return len(ids_list) - 1

    def _drop_instance(self, repeat: Repeat, parent_ids: Ids, index: int) -> None:
        ids_list = self.state.instances[(repeat.name, parent_ids)]
        gone = (*parent_ids, ids_list[index])
        for name in self.plan.plans[repeat.name].members:
            element = self.form.elements[name]
            for ids in list(self.state.expand(element.repeats, gone)):
                self.state.forget((name, ids))
            if isinstance(element, Repeat):
                for ids in list(self.state.expand(element.repeats, gone)):
                    self.state.instances.pop((name, ids), None)
        del ids_list[index]
        self.state.position.pop(gone[-1], None)
        for position, instance_id in enumerate(ids_list):
            self.state.position[instance_id] = position

    # -- internals: output -------------------------------------------------------------------------

    def instance_count_ids(self, repeat: Repeat, ids: Ids) -> int:
        return len(self.state.instances.get((repeat.name, ids), ()))

    def _setting(self, key: str) -> str:
        fn = self.plan.settings.get(key)
        if fn is None:
            return ""
        from needsassess.engine.expr import to_string

        # Settings read top-level answers; evaluate in the context of the form itself.
        value = self._resolver.run(fn, self.form.survey[0] if self.form.survey else None, (),
                                   current=None, use_current=False, choice=None, top=True)
        return to_string(value).strip()


def _common(scope: tuple[str, ...], repeats: tuple[str, ...], prefix: Ids) -> Ids:
    """The part of ``prefix`` (ids of an element of ``scope``) shared with an element in ``repeats``."""
    n = 0
    for a, b in zip(scope, repeats, strict=False):
        if a != b:
            break
        n += 1
    return prefix[:n]


def _shared(a: Ids, b: Ids) -> Ids:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]
