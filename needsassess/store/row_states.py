"""Where an assessment stands for the coordinator: new, updated, resubmitted, returned, in conflict.

The coordinator's list shows per row what needs a look: an assessment received for the first time
and not reviewed yet (``new``), a later revision received since the last review (``updated``), or a
version waiting in quarantine (``conflict``); with field packages, one returned to its officer for
follow-up whose fix has not come back (``returned``) and one whose fix came back (``resubmitted``).
Each state is a rule: a SQL condition on the assessment's uuid, read from the import ledger, the
reviews and the quarantine. Rules are tried in ``RULES`` order and the first that holds names the
state, so a row has at most one state, and the list's filter by state (``ListQuery.row_state``) is
the same condition in the list's own query: the database filters and pages, whatever the number of
assessments.

Adding a state is one rule here (``RowStateRule(name, condition)``, placed by priority) and one
entry in the window's ``ui.assessment_model.ROW_STATES`` (its label, colour and filter text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, or_, select
from sqlalchemy.engine import Connection

from needsassess.store.models import ASSESSMENTS, REVIEWS
from needsassess.store.sync_models import SYNC_CONFLICTS, SYNC_RECEIVED

_A = ASSESSMENTS.c
_R = SYNC_RECEIVED.c
_V = REVIEWS.c
_CHUNK = 500

Condition = Callable[[ColumnElement[Any]], ColumnElement[bool]]


def _in_conflict(uuid: ColumnElement[Any]) -> ColumnElement[bool]:
    """A received version waits in quarantine for the coordinator's choice."""
    return uuid.in_(select(SYNC_CONFLICTS.c.uuid).where(SYNC_CONFLICTS.c.status == "open"))


def _last_review_at(received_uuid: ColumnElement[Any]) -> Any:
    return select(func.max(_V.at)).where(_V.uuid == received_uuid).scalar_subquery()


def _updated_since_review(uuid: ColumnElement[Any]) -> ColumnElement[bool]:
    """Reviewed once, and a later revision (or a missing earlier one) received after that review."""
    later = select(_R.uuid).where(_R.outcome == "updated", _R.received_at > _last_review_at(_R.uuid))
    return uuid.in_(later)


def _new_unreviewed(uuid: ColumnElement[Any]) -> ColumnElement[bool]:
    """Received in an import, never reviewed here."""
    return and_(
        uuid.in_(select(_R.uuid).where(_R.outcome == "new")),
        not_(uuid.in_(select(_V.uuid))),
    )


def _latest_review_is(status: str, uuid: ColumnElement[Any], at_head: bool = False) -> ColumnElement[bool]:
    """The assessment's latest review row has ``status`` (and, with ``at_head``, is of its head revision)."""
    latest = select(func.max(_V.id)).group_by(_V.uuid)
    matching = select(_V.uuid).where(_V.id.in_(latest), _V.status == status)
    if at_head:
        head = ASSESSMENTS.alias("head")
        matching = matching.join(head, head.c.uuid == _V.uuid).where(_V.revision == head.c.revision)
    return uuid.in_(matching)


def _resubmitted(uuid: ColumnElement[Any]) -> ColumnElement[bool]:
    """A revision answering a return arrived (field packages): the latest review row says so."""
    return _latest_review_is("resubmitted", uuid)


def _returned(uuid: ColumnElement[Any]) -> ColumnElement[bool]:
    """Returned for follow-up, and the officer's fix has not arrived: the latest review asks for a
    follow-up of the revision still held."""
    return _latest_review_is("needs_follow_up", uuid, at_head=True)


@dataclass(frozen=True)
class RowStateRule:
    name: str
    condition: Condition
    needs_look: bool = True  # counted by the "needs a look" filter (``ANY``); False: waiting on someone else


# By priority: the first rule that holds names the row's state.
RULES: tuple[RowStateRule, ...] = (
    RowStateRule("conflict", _in_conflict),
    RowStateRule("resubmitted", _resubmitted),
    RowStateRule("updated", _updated_since_review),
    RowStateRule("returned", _returned, needs_look=False),
    RowStateRule("new", _new_unreviewed),
)
STATES: tuple[str, ...] = tuple(rule.name for rule in RULES)
ANY = "any"  # the filter "needs a look": any state whose rule ``needs_look``


def state_clause(state: str, uuid: ColumnElement[Any] | None = None) -> ColumnElement[bool]:
    """The condition "this row's state is ``state``" (its rule holds, no earlier rule does).

    ``ANY`` matches a row in any state; an unknown state matches nothing.
    """
    column = _A.uuid if uuid is None else uuid
    if state == ANY:
        return any_state(column)
    conditions: list[ColumnElement[bool]] = []
    for rule in RULES:
        if rule.name == state:
            return and_(rule.condition(column), *(not_(c) for c in conditions))
        conditions.append(rule.condition(column))
    return literal(False)


def _state_expression() -> Any:
    return case(*((rule.condition(_A.uuid), rule.name) for rule in RULES), else_="")


def row_states(conn: Connection, uuids: Sequence[str]) -> dict[str, str]:
    """The state of each assessment of ``uuids`` ("" when none applies), a few queries per page."""
    states: dict[str, str] = {}
    expression = _state_expression().label("state")
    for start in range(0, len(uuids), _CHUNK):
        chunk = list(uuids[start : start + _CHUNK])
        stmt = select(_A.uuid, expression).where(_A.uuid.in_(chunk))
        states.update({row.uuid: row.state or "" for row in conn.execute(stmt)})
    return states


def any_state(uuid: ColumnElement[Any] | None = None) -> ColumnElement[bool]:
    """The row is in a state that needs the coordinator's look (every state but ``returned``)."""
    column = _A.uuid if uuid is None else uuid
    # "returned" (waiting on the officer) is the only state that needs no look; no later rule can hold
    # for a returned row (``new`` needs no review at all), so leaving its condition out is exact.
    return or_(*(rule.condition(column) for rule in RULES if rule.needs_look))
