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


@register
class AnswerValueCode(Catalogue):
    """Why a typed or imported value does not fit its question (``engine.answers``, ``engine.session``).

    Shown under the question while the officer types, in ``new --complete`` output and in package
    refusals; the English stays short and lower-case because it follows ``question: ``.
    """

    EXPECTED_TEXT = ("NA-ANSWER-004", "expected text", "यहाँ पाठ लेख्नुपर्छ", "bu yerga matn kiritilishi kerak")
    TEXT_TOO_LONG = (
        "NA-ANSWER-005",
        "text longer than {limit} characters",
        "पाठ {limit} अक्षरभन्दा लामो भयो",
        "matn {limit} belgidan uzun",
    )
    EXPECTED_WHOLE_NUMBER = (
        "NA-ANSWER-006", "expected a whole number", "पूर्ण सङ्ख्या लेख्नुहोस्", "butun son kiriting",
    )
    NUMBER_TOO_LARGE = ("NA-ANSWER-007", "the number is too large", "सङ्ख्या धेरै ठूलो भयो", "son juda katta")
    EXPECTED_NUMBER = ("NA-ANSWER-008", "expected a number", "सङ्ख्या लेख्नुहोस्", "son kiriting")
    EXPECTED_FINITE = (
        "NA-ANSWER-009", "expected a finite number", "मान्य सङ्ख्या लेख्नुहोस्", "toʻgʻri son kiriting",
    )
    EXPECTED_DATE = (
        "NA-ANSWER-010",
        "expected a date as YYYY-MM-DD",
        "मिति YYYY-MM-DD ढाँचामा लेख्नुहोस्",
        "sanani YYYY-MM-DD koʻrinishida kiriting",
    )
    EXPECTED_TIME = (
        "NA-ANSWER-011",
        "expected a time as HH:MM",
        "समय HH:MM ढाँचामा लेख्नुहोस्",
        "vaqtni HH:MM koʻrinishida kiriting",
    )
    EXPECTED_ONE_CHOICE = (
        "NA-ANSWER-012",
        "expected the name of one choice",
        "एउटा विकल्पको नाम चाहिन्छ",
        "bitta tanlov nomi kerak",
    )
    NOT_A_CHOICE = (
        "NA-ANSWER-013",
        "'{name}' is not one of the choices",
        "'{name}' दिइएका विकल्पहरूमध्ये छैन",
        "'{name}' tanlovlar orasida yoʻq",
    )
    EXPECTED_CHOICE_LIST = (
        "NA-ANSWER-014",
        "expected a list of choice names",
        "विकल्पका नामहरूको सूची चाहिन्छ",
        "tanlov nomlari roʻyxati kerak",
    )
    EXPECTED_POINT = (
        "NA-ANSWER-015", "expected latitude and longitude", "अक्षांश र देशान्तर चाहिन्छ", "kenglik va uzunlik kerak",
    )
    UNKNOWN_POINT_PART = (
        "NA-ANSWER-016",
        "unknown geopoint part '{part}'",
        "स्थानमा नचिनिएको भाग '{part}'",
        "joylashuvda nomaʼlum qism '{part}'",
    )
    POINT_PART_NOT_NUMBER = (
        "NA-ANSWER-017", "the {part} is not a number", "{part} सङ्ख्या होइन", "{part} son emas",
    )
    POINT_NEEDS_BOTH = (
        "NA-ANSWER-018",
        "a point needs both latitude and longitude",
        "स्थानका लागि अक्षांश र देशान्तर दुवै चाहिन्छ",
        "joylashuv uchun kenglik ham, uzunlik ham kerak",
    )
    LATITUDE_RANGE = (
        "NA-ANSWER-019",
        "latitude must be between -90 and 90",
        "अक्षांश -90 देखि 90 बीच हुनुपर्छ",
        "kenglik -90 va 90 oraligʻida boʻlishi kerak",
    )
    LONGITUDE_RANGE = (
        "NA-ANSWER-020",
        "longitude must be between -180 and 180",
        "देशान्तर -180 देखि 180 बीच हुनुपर्छ",
        "uzunlik -180 va 180 oraligʻida boʻlishi kerak",
    )
    NEGATIVE_ACCURACY = (
        "NA-ANSWER-021",
        "accuracy cannot be negative",
        "शुद्धता ऋणात्मक हुन सक्दैन",
        "aniqlik manfiy boʻlishi mumkin emas",
    )
    EXPECTED_POINTS = (
        "NA-ANSWER-900",
        "expected a list of points (latitude and longitude each)",
        "बिन्दुहरूको सूची चाहिन्छ (प्रत्येकमा अक्षांश र देशान्तर)",
        "nuqtalar roʻyxati kerak (har birida kenglik va uzunlik)",
    )
    TOO_MANY_POINTS = (
        "NA-ANSWER-901",
        "more than {limit} points",
        "{limit} भन्दा धेरै बिन्दुहरू",
        "{limit} tadan ortiq nuqta",
    )
    LINE_TOO_SHORT = (
        "NA-ANSWER-902",
        "a line needs at least 2 points",
        "रेखाका लागि कम्तीमा २ बिन्दु चाहिन्छ",
        "chiziq uchun kamida 2 ta nuqta kerak",
    )
    AREA_TOO_FEW = (
        "NA-ANSWER-903",
        "an area needs at least 3 different points",
        "क्षेत्रफलका लागि कम्तीमा ३ फरक बिन्दु चाहिन्छ",
        "maydon uchun kamida 3 ta har xil nuqta kerak",
    )
    AREA_CROSSES_ITSELF = (
        "NA-ANSWER-904",
        "the outline crosses itself: put the points in order around the area",
        "सीमारेखाले आफैँलाई काट्छ: बिन्दुहरूलाई क्षेत्रको वरिपरि क्रमैसँग राख्नुहोस्",
        "chegara oʻzini kesib oʻtadi: nuqtalarni maydon atrofida tartib bilan joylashtiring",
    )
    EXPECTED_PHOTO = (
        "NA-ANSWER-022",
        "expected a stored photo (its sha256)",
        "सुरक्षित गरिएको फोटो (यसको sha256) चाहिन्छ",
        "saqlangan surat (uning sha256) kerak",
    )
    EXPECTED_OK = ("NA-ANSWER-023", "expected OK", "OK थिच्नुहोस्", "OK ni bosing")
    TAKES_NO_ANSWER = (
        "NA-ANSWER-024",
        "a {type} row takes no answer",
        "{type} पङ्क्तिमा उत्तर दिइँदैन",
        "{type} qatoriga javob berilmaydi",
    )
    NOT_AN_OBJECT = (
        "NA-ANSWER-025",
        "expected a JSON object keyed by question name",
        "प्रश्नका नामहरू कुञ्जी भएको JSON वस्तु चाहिन्छ",
        "kalitlari savol nomlari boʻlgan JSON obyekt kerak",
    )
    NOT_ANSWERABLE = (
        "NA-ANSWER-026",
        "'{name}' is not a question that takes an answer",
        "'{name}' उत्तर दिइने प्रश्न होइन",
        "'{name}' javob beriladigan savol emas",
    )
    NO_SUCH_INSTANCE = (
        "NA-ANSWER-027",
        "there is no such repeat instance",
        "दोहोरिने खण्डमा यस्तो प्रविष्टि छैन",
        "takrorlanuvchi boʻlimda bunday yozuv yoʻq",
    )
    NOT_A_QUESTION = (
        "NA-ANSWER-028", "not a question of this form", "यो फारमको प्रश्न होइन", "bu shaklning savoli emas",
    )
    NOT_A_REPEAT = (
        "NA-ANSWER-029",
        "not a repeat of this form",
        "यो फारमको दोहोरिने खण्ड होइन",
        "bu shaklning takrorlanuvchi boʻlimi emas",
    )
    REPEAT_POSITIONS = (
        "NA-ANSWER-030",
        "needs {needed} repeat position(s), got {given}",
        "दोहोरिने खण्डका {needed} वटा स्थान चाहिन्छ, {given} वटा आयो",
        "takrorlanuvchi boʻlimning {needed} ta oʻrni kerak, {given} ta berildi",
    )
    TOO_MANY_INSTANCES = (
        "NA-ANSWER-031", "at most {limit} instances", "बढीमा {limit} वटा प्रविष्टि", "koʻpi bilan {limit} ta yozuv",
    )
    WRONG_LEVEL = (
        "NA-ANSWER-032",
        "is not at this level of the document",
        "कागजातको यो तहमा छैन",
        "hujjatning bu darajasida emas",
    )
    REPEAT_NOT_LIST = (
        "NA-ANSWER-033",
        "a repeat is a list of objects",
        "दोहोरिने खण्ड वस्तुहरूको सूची हुनुपर्छ",
        "takrorlanuvchi boʻlim obyektlar roʻyxati boʻlishi kerak",
    )


@register
class ExprCode(Catalogue):
    """Why an expression that reads well cannot be computed (``EvalError``), as form checks show it."""

    TOO_DEEP = (
        "NA-EXPR-001",
        "the expression is nested more than {limit} levels deep: split it up",
        "अभिव्यक्ति {limit} तहभन्दा बढी भित्रसम्म गुँथिएको छ: यसलाई टुक्र्याउनुहोस्",
        "ifoda {limit} darajadan chuqur joylashtirilgan: uni boʻlib yozing",
    )
    UNKNOWN_NODE = (
        "NA-EXPR-002",
        "cannot compute an expression node of type {kind}",
        "{kind} प्रकारको अभिव्यक्ति-अंश गणना गर्न सकिँदैन",
        "{kind} turidagi ifoda qismini hisoblab boʻlmaydi",
    )
    UNKNOWN_OPERATOR = ("NA-EXPR-003", "unknown operator {op!r}", "नचिनिएको चिह्न {op!r}", "nomaʼlum amal {op!r}")
    UNKNOWN_FUNCTION = ("NA-EXPR-004", "unknown function {name!r}", "नचिनिएको फङ्सन {name!r}",
                        "nomaʼlum funksiya {name!r}")
    TOO_DEEP_TO_PRINT = (
        "NA-EXPR-005",
        "the expression is nested too deeply to print",
        "अभिव्यक्ति छाप्न नसकिने गरी धेरै भित्रसम्म गुँथिएको छ",
        "ifoda chop etib boʻlmaydigan darajada chuqur joylashtirilgan",
    )
    UNPRINTABLE_NODE = (
        "NA-EXPR-006",
        "cannot print an expression node of type {kind}",
        "{kind} प्रकारको अभिव्यक्ति-अंश छाप्न सकिँदैन",
        "{kind} turidagi ifoda qismini chop etib boʻlmaydi",
    )
    INDEXED_REPEAT_REFS = (
        "NA-EXPR-007",
        "indexed-repeat() needs references: indexed-repeat(${{q}}, ${{repeat}}, 1)",
        "indexed-repeat() लाई सन्दर्भहरू चाहिन्छ: indexed-repeat(${{q}}, ${{repeat}}, 1)",
        "indexed-repeat() ga havolalar kerak: indexed-repeat(${{q}}, ${{repeat}}, 1)",
    )
