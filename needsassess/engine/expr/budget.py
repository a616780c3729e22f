"""What one evaluation may compute: texts are bounded, so a chain of doubling ``concat()`` calculations
ends in a clear error instead of exhausting memory.

Evaluation itself needs no step budget: expressions cannot loop (cycles between calculations are
refused at load), each calculation is computed once per change and read by reference after, and the
only super-linear operation, regular-expression matching, runs in RE2 (``regex.py``) on bounded input.
"""

from __future__ import annotations

from needsassess.engine.expr.errors import EvalError
from needsassess.errors import Catalogue, Phrase
from needsassess.errors.dataset_codes import ExprLimitCode

# The longest text an expression may compute, in characters (a long free-text answer is ~5,000).
MAX_TEXT = 100_000


class BudgetExceeded(EvalError):
    """An expression would compute more than the budget allows: the form's fault, not the answers'.

    Unlike other evaluation errors (which leave a calculation blank), it is reported with the
    question and column it came from, and ``forms check`` refuses a form whose own values reach it.
    """

    def __init__(self, problem: Phrase, question: str | None = None, column: str | None = None) -> None:
        self.question = question
        self.column = column
        self.detail = problem
        entry: Catalogue
        if question is None:
            entry, params = problem.entry, dict(problem.params)
        elif column:
            entry, params = ExprLimitCode.AT_QUESTION_COLUMN, {"question": question, "column": column,
                                                               "problem": problem}
        else:
            entry, params = ExprLimitCode.AT_QUESTION, {"question": question, "problem": problem}
        super().__init__(entry, **params)

    def located(self, question: str, column: str | None) -> BudgetExceeded:
        """The same error, saying which question and column computed it (kept if already said)."""
        if self.question is not None:
            return self
        return BudgetExceeded(self.detail, question, column)


def check_length(length: int, function: str) -> None:
    """Raise BudgetExceeded before a text of ``length`` characters is built by ``function``."""
    if length > MAX_TEXT:
        raise BudgetExceeded(Phrase(ExprLimitCode.TEXT_TOO_LONG, function=function, length=f"{length:,}",
                                    limit=f"{MAX_TEXT:,}"))


def bounded_join(separator: str, texts: list[str], function: str) -> str:
    """``separator.join(texts)``, refused (BudgetExceeded) before building a text past MAX_TEXT."""
    length = sum(len(text) for text in texts) + len(separator) * max(0, len(texts) - 1)
    check_length(length, function)
    return separator.join(texts)
