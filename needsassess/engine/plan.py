"""What a session needs to know about a form once, not per answer: the order in which values must
be computed, who depends on whom, and every expression compiled.

Two kinds of dependency are kept apart. A *value* dependency (relevance, calculation, repeat_count,
and a child's dependency on its group) decides what an answer or calculation is; a *check*
dependency (constraint, required, choice_filter) only decides whether an answer is acceptable.
Nothing depends on checks, so a constraint may read a calculation made from its own answer
without forming a cycle.
"""

from __future__ import annotations

import heapq
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from needsassess.engine.checks import scope_of
from needsassess.engine.expr import compile_expr
from needsassess.engine.model import Element, Expression, Form, Group, Question, Repeat

Compiled = Callable[[Any], Any]


@dataclass
class ElementPlan:
    element: Element
    index: int  # position in the computation order
    scope: tuple[str, ...]  # repeats its value lives in (a repeat includes itself)
    relevant: Compiled | None = None
    calculation: Compiled | None = None
    required: Compiled | None = None
    constraint: Compiled | None = None
    choice_filter: Compiled | None = None
    repeat_count: Compiled | None = None
    value_dependents: list[str] = field(default_factory=list)  # recomputed when this value changes
    ref_dependents: list[str] = field(default_factory=list)  # the subset that reads it by reference
    check_dependents: list[str] = field(default_factory=list)  # rechecked when this value changes
    members: list[str] = field(default_factory=list)  # repeats: every element inside, in order
    uses_position: bool = False


class FormPlan:
    def __init__(self, form: Form) -> None:
        self.form = form
        order = _computation_order(form)
        self.order = order
        self.plans: dict[str, ElementPlan] = {}
        for index, name in enumerate(order):
            element = form.elements[name]
            self.plans[name] = self._plan(element, index)
        for name, plan in self.plans.items():
            element = plan.element
            for dep in _value_refs(element):
                self.plans[dep].value_dependents.append(name)
                self.plans[dep].ref_dependents.append(name)
            if element.parents:
                self.plans[element.parents[-1]].value_dependents.append(name)
            for dep in _check_refs(element):
                self.plans[dep].check_dependents.append(name)
            for repeat in element.repeats:
                self.plans[repeat].members.append(name)
        for plan in self.plans.values():
            plan.value_dependents.sort(key=lambda n: self.plans[n].index)
            plan.ref_dependents.sort(key=lambda n: self.plans[n].index)
            plan.members.sort(key=lambda n: self.plans[n].index)
        self.settings = {
            key: compile_expr(expr.node)
            for key in ("instance_name", "site")
            if (expr := getattr(form.settings, key)) is not None
        }

    def column_of(self, name: str, fn: Compiled) -> str | None:
        """Which column of an element ``fn`` was compiled from (for messages), or None (a default)."""
        plan = self.plans[name]
        for column in ("relevant", "calculation", "required", "constraint", "choice_filter", "repeat_count"):
            if getattr(plan, column) is fn:
                return column
        return "default" if getattr(plan.element, "default", None) else None

    def _plan(self, element: Element, index: int) -> ElementPlan:
        plan = ElementPlan(element=element, index=index, scope=scope_of(element))
        for column in ("relevant", "calculation", "required", "constraint", "choice_filter", "repeat_count"):
            expression: Expression | None = getattr(element, column, None)
            if expression is not None:
                setattr(plan, column, compile_expr(expression.node))
                if "position" in expression.source:
                    plan.uses_position = True
        return plan

    def is_input(self, name: str) -> bool:
        element = self.form.elements[name]
        return isinstance(element, Question) and element.is_input


def _value_refs(element: Element) -> set[str]:
    refs: set[str] = set()
    for column in ("relevant", "calculation", "repeat_count"):
        expression = getattr(element, column, None)
        if expression is not None:
            refs |= expression.refs
    return refs


def _check_refs(element: Element) -> set[str]:
    refs: set[str] = set()
    for column in ("required", "constraint", "choice_filter"):
        expression = getattr(element, column, None)
        if expression is not None:
            refs |= expression.refs
    return refs - {element.name}


def _computation_order(form: Form) -> list[str]:
    """Elements in dependency order (Kahn), ties broken by form order. The loader refused cycles."""
    form_order = {name: i for i, name in enumerate(e.name for e in form.walk())}
    deps: dict[str, set[str]] = {}
    for element in form.walk():
        d = _value_refs(element) & form.elements.keys()
        if element.parents:
            d.add(element.parents[-1])
        d.discard(element.name)
        deps[element.name] = d
    dependents: dict[str, list[str]] = {name: [] for name in deps}
    for name, d in deps.items():
        for dep in d:
            dependents[dep].append(name)
    remaining = {name: len(d) for name, d in deps.items()}
    ready = [(form_order[n], n) for n, count in remaining.items() if count == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, name = heapq.heappop(ready)
        order.append(name)
        for dependent in dependents[name]:
            remaining[dependent] -= 1
            if remaining[dependent] == 0:
                heapq.heappush(ready, (form_order[dependent], dependent))
    if len(order) != len(deps):  # only reachable for forms built without the loader's checks
        raise ValueError("the form's calculations depend on each other in a circle")
    return order


_PLANS_BY_ID: dict[int, FormPlan] = {}


def plan_for(form: Form) -> FormPlan:
    """The plan of a form, built once per form object."""
    plan = _PLANS_BY_ID.get(id(form))
    if plan is None or plan.form is not form:
        plan = FormPlan(form)
        _PLANS_BY_ID[id(form)] = plan
        weakref.finalize(form, _PLANS_BY_ID.pop, id(form), None)
    return plan


def is_group(element: Element) -> bool:
    return isinstance(element, Group) and not isinstance(element, Repeat)
