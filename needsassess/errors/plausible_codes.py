"""The ``plausible`` column of forms (``NA-FORM-880…899``): what the XLSForm import says about a range
it cannot keep. The range itself, and the flag a value outside it raises, are in docs/forms.md and
docs/quality.md (the flag's text is ``NA-QUALITY-008``).
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class PlausibleReason(Catalogue):
    PLAUSIBLE_DROPPED = (
        "NA-FORM-880",
        "a plausible range is written low..high on a number or a calculation; left out",
        "सम्भाव्य दायरा सङ्ख्या वा हिसाबमा न्यून..उच्च गरी लेखिन्छ; हटाइयो",
        "ishonchli oraliq son yoki hisob-kitobda past..yuqori deb yoziladi; tushirib qoldirildi",
    )
