"""Load-time checks that a form stays within the engine's budgets (``budget``, ``expr.budget``).

Two moments: before the model is built, the raw rows and choices are counted, so a form with
100,000 choices is refused in a second rather than built; after, the form is computed once with
its defaults, so a calculation that outgrows the text budget by itself (a doubling ``concat()``
chain) is refused by ``forms check`` and at import, with its question and column, instead of
failing later when someone opens an assessment.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from needsassess.engine.budget import MAX_CHOICES, MAX_ELEMENTS
from needsassess.engine.errors import FormErrorCode as E
from needsassess.engine.errors import FormProblem, make_problem
from needsassess.engine.expr.budget import BudgetExceeded
from needsassess.engine.model import Form


def _count_rows(rows: Any) -> int:
    """Rows of a survey list, nested groups' children included, without recursion."""
    count = 0
    pending = [rows]
    while pending and count <= MAX_ELEMENTS:
        current = pending.pop()
        if not isinstance(current, list):
            continue
        count += len(current)
        pending.extend(row.get("children") for row in current if isinstance(row, Mapping))
    return count


def size_problem(data: Any, source: str) -> FormProblem | None:
    """A TOO_LARGE problem when the raw form has too many rows or choices, else None."""
    if not isinstance(data, Mapping):
        return None
    rows = _count_rows(data.get("survey"))
    if rows > MAX_ELEMENTS:
        return make_problem(E.TOO_LARGE, source, line=_line(data, "survey"), column="survey",
                            detail=f"more than {MAX_ELEMENTS:,} rows")
    lists = data.get("choices")
    if isinstance(lists, Mapping):
        choices = sum(len(items) for items in lists.values() if isinstance(items, list))
        if choices > MAX_CHOICES:
            return make_problem(E.TOO_LARGE, source, line=_line(data, "choices"), column="choices",
                                detail=f"{choices:,} choices; at most {MAX_CHOICES:,} in all lists together")
    return None


def _line(data: Mapping[str, Any], key: str) -> int | None:
    lines = getattr(data, "key_lines", None)
    return lines.get(key) if lines else None


def evaluation_problems(form: Form, source: str, lines: Mapping[str, int]) -> list[FormProblem]:
    """Compute the form once with its defaults; a budget it exceeds by itself becomes a problem."""
    from needsassess.engine.session import FormSession  # the session is built on the loaded model

    try:
        session = FormSession(form)
        session.title()
        session.site()
    except BudgetExceeded as err:
        return [make_problem(E.OVER_BUDGET, source, line=lines.get(err.question or ""), question=err.question,
                             column=err.column or ("settings" if err.question is None else None),
                             detail=err.detail)]
    return []
