"""Paradata (``NA-PARADATA-…``): what a package's paradata may not be, and the summary a coordinator reads.

A package whose paradata is malformed is refused like any other damaged member (the frame says
nothing was imported); the summary lines are shown by ``show`` and the window's assessment view.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class ParadataCode(Catalogue):
    # Reasons inside "package refused: ..." (sync/documents.py).
    NOT_A_LIST = (
        "NA-PARADATA-001",
        "the paradata of this revision is not a list of events",
        "यो संशोधनको प्याराडाटा घटनाहरूको सूची होइन",
        "bu tahrirning paradata maʼlumoti hodisalar roʻyxati emas",
    )
    TOO_MANY = (
        "NA-PARADATA-002",
        "the paradata of this revision holds {count} events, more than the {limit} allowed",
        "यो संशोधनको प्याराडाटामा {count} घटना छन्, अनुमति दिइएको {limit} भन्दा बढी",
        "bu tahrirning paradata maʼlumotida {count} ta hodisa bor, ruxsat etilgan {limit} tadan koʻp",
    )
    BAD_EVENT = (
        "NA-PARADATA-003",
        "paradata event {index} is not an event this app records ({detail})",
        "प्याराडाटा घटना {index} यो एपले रेकर्ड गर्ने घटना होइन ({detail})",
        "{index}-paradata hodisasi bu ilova yozib oladigan hodisa emas ({detail})",
    )


@register
class ParadataText(Catalogue):
    """The summary of one assessment's paradata (``show``, the window's assessment view)."""

    SUMMARY = (
        "NA-PARADATA-010",
        "{minutes} min of active time on {pages} pages; {changes} answers changed after first entry.",
        "{pages} पृष्ठमा {minutes} मिनेट सक्रिय समय; पहिलो प्रविष्टिपछि {changes} उत्तर परिवर्तन गरिए।",
        "{pages} sahifada {minutes} daqiqa faol vaqt; birinchi kiritishdan keyin {changes} ta javob oʻzgartirildi.",
    )
    NONE = (
        "NA-PARADATA-011",
        "No paradata was recorded for this assessment.",
        "यो मूल्याङ्कनका लागि कुनै प्याराडाटा रेकर्ड गरिएको छैन।",
        "Bu baholash uchun paradata yozib olinmagan.",
    )
    REASONS = (
        "NA-PARADATA-012",
        "Reasons given on reopening: {reasons}",
        "फेरि खोल्दा दिइएका कारणहरू: {reasons}",
        "Qayta ochishda koʻrsatilgan sabablar: {reasons}",
    )
