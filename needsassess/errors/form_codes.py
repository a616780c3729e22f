"""Form-definition errors (``NA-FORM-0NN``): what is wrong in a form file, as ``FormProblem`` says it.

``forms check``, the XLSForm import dialog and the new-assessment dialog word them in the reader's
language; what to do about each is its twin in ``form_todo_codes`` (``NA-FORM-1NN``). Values stay as
written (names, expressions); the "did you mean" suffix is itself a ``Phrase`` (``FormWhere``).
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class FormErrorCode(Catalogue):
    """What can be wrong in a form definition; ``todo`` is the matching advice."""

    BAD_FILE = ("NA-FORM-001", "cannot read the file: {detail}", "फाइल पढ्न सकिएन: {detail}",
                "faylni oʻqib boʻlmadi: {detail}")
    BAD_YAML = ("NA-FORM-002", "not valid YAML: {detail}", "मान्य YAML होइन: {detail}", "YAML notoʻgʻri: {detail}")
    NOT_A_MAPPING = ("NA-FORM-003", "expected {expected}, found {found}", "{expected} हुनुपर्नेमा {found} भेटियो",
                     "{expected} kutilgan edi, {found} topildi")
    MISSING_KEY = ("NA-FORM-004", "'{key}' is missing", "'{key}' छैन", "'{key}' yoʻq")
    UNKNOWN_KEY = ("NA-FORM-005", "unknown column '{key}'{suggestion}", "नचिनिएको स्तम्भ '{key}'{suggestion}",
                   "nomaʼlum ustun '{key}'{suggestion}")
    UNKNOWN_TYPE = ("NA-FORM-006", "unknown type '{value}'{suggestion}", "नचिनिएको प्रकार '{value}'{suggestion}",
                    "nomaʼlum tur '{value}'{suggestion}")
    BAD_NAME = ("NA-FORM-007", "'{value}' is not a valid name", "'{value}' मान्य नाम होइन",
                "'{value}' yaroqli nom emas")
    DUPLICATE_NAME = (
        "NA-FORM-008",
        "the name '{value}' is already used (line {other_line})",
        "'{value}' नाम पहिले नै प्रयोग भएको छ (पङ्क्ति {other_line})",
        "'{value}' nomi allaqachon ishlatilgan ({other_line}-qator)",
    )
    BAD_VALUE = ("NA-FORM-009", "'{value}' is not valid here: {detail}", "'{value}' यहाँ मान्य छैन: {detail}",
                 "'{value}' bu yerda yaroqsiz: {detail}")
    SYNTAX = ("NA-FORM-010", "expression error: {detail}", "अभिव्यक्तिमा त्रुटि: {detail}", "ifodada xato: {detail}")
    UNKNOWN_REFERENCE = (
        "NA-FORM-011",
        "refers to '${{{value}}}', which is not in this form{suggestion}",
        "'${{{value}}}' लाई जनाउँछ, जुन यो फारममा छैन{suggestion}",
        "'${{{value}}}' ga murojaat qiladi, u bu shaklda yoʻq{suggestion}",
    )
    REPEAT_REFERENCE = (
        "NA-FORM-012",
        "reads '${{{value}}}' inside the repeat '{repeat}' from outside it",
        "दोहोरिने खण्ड '{repeat}' भित्रको '${{{value}}}' लाई बाहिरबाट पढ्छ",
        "takrorlanuvchi '{repeat}' boʻlimi ichidagi '${{{value}}}' ni tashqaridan oʻqiydi",
    )
    MISSING_CHOICES = (
        "NA-FORM-013",
        "the choice list '{value}' does not exist{suggestion}",
        "विकल्पको सूची '{value}' छैन{suggestion}",
        "'{value}' tanlovlar roʻyxati mavjud emas{suggestion}",
    )
    EMPTY_CHOICES = (
        "NA-FORM-014",
        "the choice list '{value}' has no choices",
        "विकल्पको सूची '{value}' मा कुनै विकल्प छैन",
        "'{value}' tanlovlar roʻyxatida birorta ham tanlov yoʻq",
    )
    DUPLICATE_CHOICE = (
        "NA-FORM-015",
        "the choice '{value}' appears twice in the list '{list}'",
        "विकल्प '{value}' सूची '{list}' मा दुई पटक आएको छ",
        "'{value}' tanlovi '{list}' roʻyxatida ikki marta uchraydi",
    )
    UNKNOWN_CHOICE_COLUMN = (
        "NA-FORM-016",
        "choice_filter uses the column '{value}', which no choice of '{list}' has",
        "choice_filter ले स्तम्भ '{value}' प्रयोग गर्छ, तर '{list}' को कुनै पनि विकल्पमा त्यो स्तम्भ छैन",
        "choice_filter '{value}' ustunidan foydalanadi, lekin '{list}' tanlovlarining hech birida bu ustun yoʻq",
    )
    DEFAULT_INVALID = (
        "NA-FORM-017",
        "the default '{value}' is not a valid answer: {detail}",
        "पूर्वनिर्धारित मान '{value}' मान्य उत्तर होइन: {detail}",
        "'{value}' standart qiymati yaroqli javob emas: {detail}",
    )
    DEFAULT_FAILS_CONSTRAINT = (
        "NA-FORM-018",
        "the default '{value}' fails the question's own constraint",
        "पूर्वनिर्धारित मान '{value}' ले प्रश्नकै सर्त पूरा गर्दैन",
        "'{value}' standart qiymati savolning oʻz shartiga mos kelmaydi",
    )
    DEFAULT_CONSTRAINT_ERROR = (
        "NA-FORM-019",
        "the question's constraint cannot be computed for the default '{value}': {detail}",
        "पूर्वनिर्धारित मान '{value}' का लागि प्रश्नको सर्त गणना गर्न सकिँदैन: {detail}",
        "'{value}' standart qiymati uchun savol shartini hisoblab boʻlmaydi: {detail}",
    )
    CYCLE = (
        "NA-FORM-020",
        "calculations depend on each other in a circle: {detail}",
        "हिसाबहरू घुमेर एकअर्कामै निर्भर छन्: {detail}",
        "hisoblashlar aylana boʻylab bir-biriga bogʻliq: {detail}",
    )
    MISSING_TRANSLATION = ("NA-FORM-021", "has no text in '{lang}'", "'{lang}' मा पाठ छैन",
                           "'{lang}' tilida matni yoʻq")
    MISSING_LABEL = ("NA-FORM-022", "has no label", "लेबल छैन", "yorligʻi yoʻq")
    MISSING_CALCULATION = ("NA-FORM-023", "a calculate row needs a 'calculation'",
                           "calculate पङ्क्तिमा 'calculation' चाहिन्छ", "calculate qatoriga 'calculation' kerak")
    EMPTY_GROUP = ("NA-FORM-024", "the group '{value}' has no questions", "समूह '{value}' मा कुनै प्रश्न छैन",
                   "'{value}' guruhida savol yoʻq")
    MISPLACED = ("NA-FORM-025", "'{key}' does not apply to a {kind}", "'{key}' {kind} मा लागू हुँदैन",
                 "'{key}' {kind} uchun qoʻllanmaydi")
    YAML_ALIAS = ("NA-FORM-026", "the YAML alias '*{value}' is refused", "YAML उपनाम '*{value}' स्वीकार गरिँदैन",
                  "'*{value}' YAML taxallusi qabul qilinmaydi")
    TOO_LARGE = ("NA-FORM-027", "the form is too large: {detail}", "फारम धेरै ठूलो छ: {detail}",
                 "shakl juda katta: {detail}")
    OVER_BUDGET = ("NA-FORM-028", "{detail}", "{detail}", "{detail}")
    INCLUDE_MISSING = (
        "NA-FORM-029",
        "the included file '{value}' cannot be read: {detail}",
        "समावेश गरिएको फाइल '{value}' पढ्न सकिँदैन: {detail}",
        "qoʻshilgan '{value}' faylini oʻqib boʻlmaydi: {detail}",
    )
    INCLUDE_LOOP = (
        "NA-FORM-030",
        "the included file '{value}' includes itself: {detail}",
        "समावेश गरिएको फाइल '{value}' ले आफैँलाई समावेश गर्छ: {detail}",
        "qoʻshilgan '{value}' fayli oʻzini oʻzi qoʻshadi: {detail}",
    )
    INCLUDE_BAD = (
        "NA-FORM-031",
        "the included file '{value}' is not a shared block: {detail}",
        "समावेश गरिएको फाइल '{value}' साझा खण्ड होइन: {detail}",
        "qoʻshilgan '{value}' fayli umumiy blok emas: {detail}",
    )
    INCLUDE_CLASH = (
        "NA-FORM-032",
        "the choice list '{value}' is defined both in the form and in '{block}'",
        "विकल्पको सूची '{value}' फारम र '{block}' दुवैमा परिभाषित छ",
        "'{value}' tanlovlar roʻyxati ham shaklda, ham '{block}' da aniqlangan",
    )

    @property
    def todo(self) -> Catalogue:
        """What the author should do about it (the twin entry of ``FormTodo``)."""
        from needsassess.errors.form_todo_codes import FormTodo

        return FormTodo[self.name]


@register
class FormWhere(Catalogue):
    """Where in a form a problem is, and the spelling hint, as parts of a located message."""

    QUESTION = ("NA-FORM-201", "question '{name}'", "प्रश्न '{name}'", "'{name}' savoli")
    COLUMN = ("NA-FORM-202", "column '{name}'", "स्तम्भ '{name}'", "'{name}' ustuni")
    DID_YOU_MEAN = ("NA-FORM-203", " (did you mean '{name}'?)", " (के '{name}' भन्न खोज्नुभएको हो?)",
                    " ('{name}' demoqchimisiz?)")
