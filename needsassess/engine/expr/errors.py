"""The two ways an expression can fail: when it is read (syntax) and when it is computed (evaluation).

Both are ``UserError``: a bad expression is a problem in the form file, and a failure while computing
comes from the data (an invalid pattern built from answers, a date that is not a date), never from us.
"""

from __future__ import annotations

from needsassess.errors import DEFAULT_LANGUAGE, Catalogue, Phrase, UserError
from needsassess.errors.dataset_codes import ExprLimitCode


class ExprSyntaxError(UserError):
    """An expression that cannot be read; says what is wrong, where (``position``) and what to write."""

    def __init__(self, message: str | Phrase, position: int, source: str) -> None:
        self.problem = message  # a catalogue phrase reads in every language; plain text stays English
        self.message = str(message)
        self.position = max(0, min(position, len(source)))
        self.source = source
        super().__init__(self._render())

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        return self._render(language)

    def _render(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The message, then the offending line of the expression with a caret under the position."""
        message = self.problem.render(language) if isinstance(self.problem, Phrase) else self.problem
        line_start = self.source.rfind("\n", 0, self.position) + 1
        line_end = self.source.find("\n", self.position)
        if line_end < 0:
            line_end = len(self.source)
        line = self.source[line_start:line_end]
        column = self.position - line_start
        where = ExprLimitCode.AT_CHARACTER.render(language, {"message": message, "position": self.position + 1})
        return f"{where}\n    {line}\n    {' ' * column}^"


class EvalError(UserError):
    """An expression that could be read but not computed with these answers."""

    def __init__(self, code: Catalogue | str, /, **params: object) -> None:
        super().__init__(code, **params)
        self.message = self.text()
