"""The form engine: declarative forms → typed model → a checked, computed answer session. No Qt.

The public API (docs/architecture.md) is re-exported here; everything else is internal.
"""

from needsassess.engine.errors import AnswerError, AnswerProblem, FormLoadError, FormProblem
from needsassess.engine.loader import load_form, load_form_text, load_forms
from needsassess.engine.model import Form, Group, LocalText, QType, Question, Repeat
from needsassess.engine.session import AnswerChange, FormSession
from needsassess.engine.session_state import PageState, Problem, SessionContext

__all__ = [
    "AnswerChange", "AnswerError", "AnswerProblem", "Form", "FormLoadError", "FormProblem", "FormSession",
    "Group", "LocalText", "PageState", "Problem", "QType", "Question", "Repeat", "SessionContext",
    "load_form", "load_form_text", "load_forms",
]
