"""A session's answers in and out as documents, and the state of each page.

Kept apart from ``session.py`` (which keeps values, relevance and checks current) because these walk
the whole form: reading an answers document into a session, building the draft or final document,
and summarising a page for the page list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from needsassess.engine.answers import AnswerValueError, coerce_answer, from_expr_value
from needsassess.engine.errors import AnswerError, AnswerProblem
from needsassess.engine.model import Element, Group, QType, Question, Repeat
from needsassess.engine.session_state import PageState
from needsassess.errors.engine_codes import AnswerValueCode as V

if TYPE_CHECKING:
    from needsassess.engine.session import FormSession

Ids = tuple[int, ...]


def load_answers(session: FormSession, answers: Mapping[str, Any], children: tuple[Element, ...], ids: Ids,
          positions: tuple[int, ...], problems: list[AnswerProblem]) -> None:
    """Fill answers from a document (one repeat level), collecting every problem."""
    level = len(ids)
    for name, raw in answers.items():
        element = session.form.elements.get(name)
        if element is None or (isinstance(element, Group) and not isinstance(element, Repeat)):
            problems.append(AnswerProblem(str(name), positions, V.NOT_A_QUESTION))
            continue
        if len(element.repeats) != level or (level and element.repeats[-1] != _level_repeat(session, ids)):
            problems.append(AnswerProblem(name, positions, V.WRONG_LEVEL))
            continue
        if isinstance(element, Repeat):
            _load_repeat(session, element, raw, ids, positions, problems)
            continue
        assert isinstance(element, Question)
        if element.type in (QType.CALCULATE, QType.NOTE):
            continue  # recomputed, never trusted from the input
        try:
            value = coerce_answer(element, raw, session.form.choices.get(element.list_name or ""))
        except AnswerValueError as err:
            problems.append(AnswerProblem.refused(name, positions, err))
            continue
        if value is not None:
            session.state.values[(name, ids)] = value


def _level_repeat(session: FormSession, ids: Ids) -> str:
    return session.state.repeat_of[ids[-1]]


def _load_repeat(session: FormSession, repeat: Repeat, raw: Any, ids: Ids, positions: tuple[int, ...],
                 problems: list[AnswerProblem]) -> None:
    if not isinstance(raw, list) or not all(isinstance(item, Mapping) for item in raw):
        problems.append(AnswerProblem(repeat.name, positions, V.REPEAT_NOT_LIST))
        return
    for number, item in enumerate(raw):
        try:
            index = session._new_instance(repeat, ids)
        except AnswerError as err:
            problems.extend(err.problems)
            return
        instance_id = session.state.instances[(repeat.name, ids)][index]
        load_answers(session, item, repeat.children, (*ids, instance_id), (*positions, number), problems)


def build_document(session: FormSession, children: tuple[Element, ...], ids: Ids, *,
                   final: bool) -> dict[str, Any]:
    """The document of one level: final drops what is not relevant; groups do not nest it."""
    out: dict[str, Any] = {}
    _build_into(session, out, children, ids, final)
    return out


def _build_into(session: FormSession, out: dict[str, Any], children: tuple[Element, ...], ids: Ids,
                final: bool) -> None:
    state = session.state
    for element in children:
        relevant = state.relevant.get((element.name, ids), True)
        if final and not relevant:
            continue
        if isinstance(element, Repeat):
            ids_list = state.instances.get((element.name, ids), [])
            if ids_list:
                out[element.name] = [build_document(session, element.children, (*ids, i), final=final)
                                     for i in ids_list]
        elif isinstance(element, Group):
            _build_into(session, out, element.children, ids, final)
        else:
            value = state.value_of(element.name, ids, element)
            if value is not None and element.type is not QType.NOTE:
                out[element.name] = value


def page_state(session: FormSession, page: Group) -> PageState:
    answered = total = problems = 0
    for element in page.walk() if not isinstance(page, Repeat) else [page, *page.walk()]:
        if not isinstance(element, Question) or not element.is_input:
            continue
        for ids in session.state.expand(element.repeats, ()):
            if not session.state.relevant.get((element.name, ids), True):
                continue
            total += 1
            if (element.name, ids) in session.state.values:
                answered += 1
            problem = session.state.problems.get((element.name, ids))
            if problem is not None and problem.kind != "required":
                problems += 1
    missing = any(p.kind == "required" and session.form.elements[n].parents[:1] == (page.name,)
                  for (n, _), p in session.state.problems.items())
    if problems:
        label = "problems"
    elif answered == 0 and not (isinstance(page, Repeat) and session.instance_count_ids(page, ())):
        label = "untouched"
    elif missing:
        label = "in_progress"
    else:
        label = "complete"
    return PageState(page.name, page.label, label, answered, total, problems)


def apply_defaults(session: FormSession, prefix: Ids, repeat: Repeat | None) -> None:
    names = session.plan.plans[repeat.name].members if repeat else session.plan.order
    for name in names:
        element = session.form.elements[name]
        if not isinstance(element, Question) or len(element.repeats) != len(prefix):
            continue
        key = (name, prefix)
        if key in session.state.values:
            continue
        value = _default_value(session, element, prefix)
        if value is not None:
            session.state.values[key] = value


def _default_value(session: FormSession, q: Question, ids: Ids) -> Any:
    now = session.clock()
    metadata = {QType.START: now.isoformat(timespec="seconds"), QType.TODAY: now.date().isoformat(),
                QType.DEVICEID: session.context.device_id, QType.USERNAME: session.context.officer}
    if q.type in metadata:
        return metadata[q.type]
    if q.default is None:
        return None
    raw: Any = q.default
    if "(" in raw or "${" in raw:
        from needsassess.engine.expr import compile_expr, parse

        raw = from_expr_value(session._eval(compile_expr(parse(raw)), q, ids))
    try:
        return coerce_answer(q, raw, session.form.choices.get(q.list_name or ""))
    except AnswerValueError:
        return None
