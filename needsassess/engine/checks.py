"""Whole-form checks run after every row has been read: references, repeat scope, choices,
translations, defaults and cycles. Each problem is located by question and column.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping

from needsassess.engine.answers import AnswerValueError, coerce_answer
from needsassess.engine.errors import FormErrorCode as E
from needsassess.engine.errors import FormProblem, did_you_mean, make_problem
from needsassess.engine.expr import ast as A
from needsassess.engine.model import (
    INPUT_TYPES,
    Element,
    Expression,
    Form,
    Group,
    LocalText,
    QType,
    Question,
    Repeat,
)

# Functions whose arguments may read every instance of a repeated question.
AGGREGATES = frozenset({"sum", "count", "min", "max", "join", "indexed-repeat"})
EXPRESSION_COLUMNS = ("relevant", "required", "constraint", "calculation", "choice_filter", "repeat_count")
TEXT_COLUMNS = ("label", "hint", "required_message", "constraint_message")

log = logging.getLogger(__name__)


def element_expressions(element: Element) -> Iterator[tuple[str, Expression]]:
    for column in EXPRESSION_COLUMNS:
        expression = getattr(element, column, None)
        if expression is not None:
            yield column, expression


def scope_of(element: Element) -> tuple[str, ...]:
    """The repeats an element's own value lives in (a repeat counts itself)."""
    return (*element.repeats, element.name) if isinstance(element, Repeat) else element.repeats


def check_form(form: Form, source: str, lines: Mapping[str, int]) -> list[FormProblem]:
    checker = _Checker(form, source, lines)
    checker.run()
    return checker.problems


class _Checker:
    def __init__(self, form: Form, source: str, lines: Mapping[str, int]) -> None:
        self.form = form
        self.source = source
        self.lines = lines
        self.problems: list[FormProblem] = []

    def add(self, code: E, question: str | None, column: str | None, **values: object) -> None:
        line = self.lines.get(question) if question else None
        self.problems.append(make_problem(code, self.source, line=line, question=question, column=column,
                                          **values))

    def run(self) -> None:
        form = self.form
        for element in form.walk():
            for column, expression in element_expressions(element):
                self.references(element, column, expression)
            if isinstance(element, Question):
                self.question(element)
            elif isinstance(element, Group) and not element.repeats and element.label is None \
                    and not element.name.startswith("_page_"):
                self.add(E.MISSING_LABEL, element.name, "label")
        for column in ("instance_name", "site"):
            expression = getattr(form.settings, column)
            if expression is not None:
                self.references(None, f"settings.{column}", expression)
        self.translations()
        self.cycles()

    # -- references ---------------------------------------------------------------------
    def references(self, owner: Element | None, column: str, expression: Expression) -> None:
        name = owner.name if owner else None
        if owner is None:
            context: tuple[str, ...] = ()
        elif column in ("repeat_count", "relevant") and isinstance(owner, Repeat):
            context = owner.repeats  # evaluated once for the whole repeat, outside it
        else:
            context = scope_of(owner) if isinstance(owner, Repeat) else owner.repeats
        for ref, aggregated in _refs_with_aggregation(expression.node):
            target = self.form.elements.get(ref)
            if target is None:
                self.add(E.UNKNOWN_REFERENCE, name, column, value=ref,
                         suggestion=did_you_mean(ref, self.form.elements))
                continue
            target_scope = scope_of(target)
            in_scope = context[: len(target_scope)] == target_scope
            if not aggregated and not in_scope:
                outside = next((r for r in target_scope if r not in context), target_scope[-1])
                self.add(E.REPEAT_REFERENCE, name, column, value=ref, repeat=outside)

    # -- per question -----------------------------------------------------------------------
    def question(self, q: Question) -> None:
        if (q.type in INPUT_TYPES and q.label is None) or (q.type is QType.NOTE and q.label is None):
            self.add(E.MISSING_LABEL, q.name, "label")
        choices = None
        if q.list_name is not None and q.list_name.lower().endswith(".csv"):
            return  # a select from a dataset: checked against the stored datasets (forms check)
        if q.list_name is not None:
            choices = self.form.choices.get(q.list_name)
            if choices is None:
                self.add(E.MISSING_CHOICES, q.name, "type", value=q.list_name,
                         suggestion=did_you_mean(q.list_name, self.form.choices))
                return
            if not choices.choices:
                self.add(E.EMPTY_CHOICES, q.name, "type", value=q.list_name)
                return
            if q.choice_filter is not None:
                columns = {"name", "label"}.union(*(c.extras.keys() for c in choices.choices))
                for node in q.choice_filter.node.walk():
                    if isinstance(node, A.Column) and node.name not in columns:
                        self.add(E.UNKNOWN_CHOICE_COLUMN, q.name, "choice_filter", value=node.name,
                                 list=q.list_name)
        if q.default is not None and not _is_dynamic(q.default):
            self.default(q, choices)

    def default(self, q: Question, choices: object) -> None:
        from needsassess.engine.expr import evaluate
        from needsassess.engine.fixed import FixedResolver

        try:
            value = coerce_answer(q, q.default, self.form.choices.get(q.list_name or ""))
        except AnswerValueError as err:
            self.add(E.DEFAULT_INVALID, q.name, "default", value=q.default, detail=err)
            return
        constraint = q.constraint
        if constraint is None or constraint.refs or value is None:
            return
        from needsassess.engine.answers import to_expr_value
        from needsassess.engine.expr import EvalError, truthy

        try:
            ok = truthy(evaluate(constraint.node, FixedResolver(to_expr_value(q.type, value))))
        except EvalError as err:
            # The constraint cannot be computed on the default (e.g. format-date() of a text that is
            # not a date): the form is refused with the reason. Any other exception is our bug and
            # is not caught here.
            log.warning("question %r: constraint %r fails on the default %r: %s", q.name,
                        constraint.source, q.default, err)
            self.add(E.DEFAULT_CONSTRAINT_ERROR, q.name, "constraint", value=q.default, detail=err)
            return
        if not ok:
            self.add(E.DEFAULT_FAILS_CONSTRAINT, q.name, "default", value=q.default)

    # -- translations ------------------------------------------------------------------------
    def translations(self) -> None:
        wanted = set(self.form.languages) | {self.form.default_language}
        self.text(self.form.title, None, "title", wanted)
        if self.form.description is not None:
            self.text(self.form.description, None, "description", wanted)
        for element in self.form.walk():
            for column in TEXT_COLUMNS:
                text = getattr(element, column, None)
                if text is not None:
                    self.text(text, element.name, column, wanted)
        for choice_list in self.form.choices.values():
            for choice in choice_list.choices:
                self.text(choice.label, None, f"choices.{choice_list.name}.{choice.name}", wanted)

    def text(self, text: LocalText, question: str | None, column: str, wanted: set[str]) -> None:
        if "" in text.texts:  # a plain string: language-neutral (a number, a code, a name)
            return
        for lang in sorted(wanted - text.languages()):
            self.add(E.MISSING_TRANSLATION, question, column, lang=lang)

    # -- cycles ------------------------------------------------------------------------------
    def cycles(self) -> None:
        graph: dict[str, set[str]] = {}
        for element in self.form.walk():
            deps: set[str] = set()
            for column in ("relevant", "calculation", "repeat_count"):
                expression = getattr(element, column, None)
                if expression is not None:
                    deps |= {r for r in expression.refs if r in self.form.elements}
            if element.parents:
                deps.add(element.parents[-1])
            graph[element.name] = deps
        cycle = find_cycle(graph)
        if cycle:
            self.add(E.CYCLE, cycle[0], None, detail=" → ".join(cycle))


def find_cycle(graph: Mapping[str, set[str]]) -> list[str] | None:
    """One cycle in a dependency graph (as a closed path), or None. Iterative DFS."""
    state: dict[str, int] = {}
    for start in graph:
        if state.get(start):
            continue
        stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        path = [start]
        state[start] = 1
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
            elif state.get(child) == 1:
                return [*path[path.index(child):], child]
            elif not state.get(child) and child in graph:
                state[child] = 1
                path.append(child)
                stack.append((child, iter(sorted(graph[child]))))
    return None


def _refs_with_aggregation(node: A.Node) -> Iterator[tuple[str, bool]]:
    stack: list[tuple[A.Node, bool]] = [(node, False)]
    while stack:
        current, aggregated = stack.pop()
        if isinstance(current, A.Ref):
            yield current.name, aggregated
        inner = aggregated or (isinstance(current, A.Call) and current.name in AGGREGATES)
        stack.extend((child, inner) for child in current.children())


def _is_dynamic(default: str) -> bool:
    return "(" in default or "${" in default
