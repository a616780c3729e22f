"""Answer-check messages (``NA-ANSWER-…``): what the window shows next to an answer when the form
gives no message of its own. ``engine.messages`` turns them into the ``LocalText`` the session uses.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class AnswerCode(Catalogue):
    REQUIRED = ("NA-ANSWER-001", "This answer is required.", "यो उत्तर आवश्यक छ।", "Bu javob majburiy.")
    CONSTRAINT = (
        "NA-ANSWER-002",
        "This answer is not allowed here.",
        "यो उत्तर यहाँ मान्य छैन।",
        "Bu javob bu yerda qabul qilinmaydi.",
    )
    CHOICE_FILTERED = (
        "NA-ANSWER-003",
        "This choice no longer fits the earlier answers; choose again.",
        "यो विकल्प अघिल्ला उत्तरहरूसँग मिल्दैन; फेरि छान्नुहोस्।",
        "Bu tanlov oldingi javoblarga mos emas; qaytadan tanlang.",
    )
