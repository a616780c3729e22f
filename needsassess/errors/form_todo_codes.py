"""What a form author should do about each form-definition error (``NA-FORM-1NN``, the advice for
``NA-FORM-0NN`` of the same name in ``FormErrorCode``), in en/ne/uz.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register

_SEE_FORMS = ("docs/forms.md हेर्नुहोस्।", "docs/forms.md ga qarang.")


@register
class FormTodo(Catalogue):
    BAD_FILE = ("NA-FORM-101", "Check the path and the file's permissions.",
                "फाइलको मार्ग र अनुमतिहरू जाँच्नुहोस्।", "Fayl yoʻli va ruxsatlarini tekshiring.")
    BAD_YAML = ("NA-FORM-102", "Fix the indentation or quoting near that line.",
                "त्यो पङ्क्तिनजिकको इन्डेन्टेसन वा उद्धरण चिह्न सच्याउनुहोस्।",
                "Shu qator atrofidagi chekinish yoki qoʻshtirnoqlarni tuzating.")
    NOT_A_MAPPING = ("NA-FORM-103", "See docs/forms.md for the shape of a form.",
                     "फारमको ढाँचाका लागि " + _SEE_FORMS[0], "Shakl tuzilishi uchun " + _SEE_FORMS[1])
    MISSING_KEY = ("NA-FORM-104", "Add '{key}'; see docs/forms.md.", "'{key}' थप्नुहोस्; " + _SEE_FORMS[0],
                   "'{key}' ni qoʻshing; " + _SEE_FORMS[1])
    UNKNOWN_KEY = ("NA-FORM-105", "Remove it or correct its spelling.", "यसलाई हटाउनुहोस् वा हिज्जे सच्याउनुहोस्।",
                   "Uni olib tashlang yoki imlosini tuzating.")
    UNKNOWN_TYPE = ("NA-FORM-106", "Use one of the types in docs/forms.md.",
                    "docs/forms.md मा दिइएका प्रकारमध्ये एउटा प्रयोग गर्नुहोस्।",
                    "docs/forms.md dagi turlardan birini ishlating.")
    BAD_NAME = (
        "NA-FORM-107",
        "Use letters, digits and '_', starting with a letter or '_' (e.g. 'households_served').",
        "अक्षर, अङ्क र '_' प्रयोग गर्नुहोस्, सुरुमा अक्षर वा '_' राख्नुहोस् (जस्तै 'households_served')।",
        "Harflar, raqamlar va '_' dan foydalaning, boshida harf yoki '_' boʻlsin (masalan, 'households_served').",
    )
    DUPLICATE_NAME = ("NA-FORM-108", "Give each row its own name.", "हरेक पङ्क्तिलाई छुट्टै नाम दिनुहोस्।",
                      "Har bir qatorga alohida nom bering.")
    BAD_VALUE = ("NA-FORM-109", "{todo}", "{todo}", "{todo}")
    SYNTAX = ("NA-FORM-110", "Correct the expression; see docs/expressions.md.",
              "अभिव्यक्ति सच्याउनुहोस्; docs/expressions.md हेर्नुहोस्।",
              "Ifodani tuzating; docs/expressions.md ga qarang.")
    UNKNOWN_REFERENCE = ("NA-FORM-111", "Use the name of a question of this form.",
                         "यो फारमको कुनै प्रश्नको नाम प्रयोग गर्नुहोस्।", "Shu shakldagi savol nomidan foydalaning.")
    REPEAT_REFERENCE = (
        "NA-FORM-112",
        "Use an aggregate such as sum(${{{value}}}), count(${{{value}}}) or indexed-repeat().",
        "sum(${{{value}}}), count(${{{value}}}) वा indexed-repeat() जस्तो समग्र फङ्सन प्रयोग गर्नुहोस्।",
        "sum(${{{value}}}), count(${{{value}}}) yoki indexed-repeat() kabi umumlashtiruvchi funksiyadan foydalaning.",
    )
    MISSING_CHOICES = ("NA-FORM-113", "Add it under 'choices:'.", "यसलाई 'choices:' अन्तर्गत थप्नुहोस्।",
                       "Uni 'choices:' ostiga qoʻshing.")
    EMPTY_CHOICES = ("NA-FORM-114", "Add at least one choice.", "कम्तीमा एउटा विकल्प थप्नुहोस्।",
                     "Kamida bitta tanlov qoʻshing.")
    DUPLICATE_CHOICE = ("NA-FORM-115", "Give each choice its own name.", "हरेक विकल्पलाई छुट्टै नाम दिनुहोस्।",
                        "Har bir tanlovga alohida nom bering.")
    UNKNOWN_CHOICE_COLUMN = ("NA-FORM-116", "Add that column to the choices or correct the filter.",
                             "त्यो स्तम्भ विकल्पहरूमा थप्नुहोस् वा फिल्टर सच्याउनुहोस्।",
                             "Bu ustunni tanlovlarga qoʻshing yoki filtrni tuzating.")
    DEFAULT_INVALID = ("NA-FORM-117", "Change the default.", "पूर्वनिर्धारित मान बदल्नुहोस्।",
                       "Standart qiymatni oʻzgartiring.")
    DEFAULT_FAILS_CONSTRAINT = ("NA-FORM-118", "Change the default or the constraint.",
                                "पूर्वनिर्धारित मान वा सर्त बदल्नुहोस्।",
                                "Standart qiymatni yoki shartni oʻzgartiring.")
    DEFAULT_CONSTRAINT_ERROR = ("NA-FORM-119", "Correct the constraint or the default; see docs/expressions.md.",
                                "सर्त वा पूर्वनिर्धारित मान सच्याउनुहोस्; docs/expressions.md हेर्नुहोस्।",
                                "Shartni yoki standart qiymatni tuzating; docs/expressions.md ga qarang.")
    CYCLE = ("NA-FORM-120", "Break the circle.", "यो चक्र तोड्नुहोस्।", "Bu aylanani uzing.")
    MISSING_TRANSLATION = (
        "NA-FORM-121",
        "Add a '{lang}' text; every text needs every language the form declares.",
        "'{lang}' पाठ थप्नुहोस्; फारमले घोषणा गरेका सबै भाषामा हरेक पाठ चाहिन्छ।",
        "'{lang}' matnini qoʻshing; har bir matn shakl eʼlon qilgan barcha tillarda boʻlishi kerak.",
    )
    MISSING_LABEL = ("NA-FORM-122", "Add a label so the officer knows what to answer.",
                     "अधिकारीले के उत्तर दिने भनी थाहा पाओस् भनेर लेबल थप्नुहोस्।",
                     "Xodim nimaga javob berishini bilishi uchun yorliq qoʻshing.")
    MISSING_CALCULATION = ("NA-FORM-123", "Add the expression it computes.",
                           "यसले गणना गर्ने अभिव्यक्ति थप्नुहोस्।", "U hisoblaydigan ifodani qoʻshing.")
    EMPTY_GROUP = ("NA-FORM-124", "Add questions under 'children:' or remove it.",
                   "'children:' अन्तर्गत प्रश्न थप्नुहोस् वा यसलाई हटाउनुहोस्।",
                   "'children:' ostiga savollar qoʻshing yoki uni olib tashlang.")
    MISPLACED = ("NA-FORM-125", "Remove it.", "यसलाई हटाउनुहोस्।", "Uni olib tashlang.")
    YAML_ALIAS = (
        "NA-FORM-126",
        "Write the value out in full where it is used: forms do not read anchors and aliases.",
        "मान प्रयोग भएको ठाउँमै पूरै लेख्नुहोस्: फारमले एङ्कर र उपनाम पढ्दैन।",
        "Qiymatni ishlatilgan joyida toʻliq yozing: shakllar langar va taxalluslarni oʻqimaydi.",
    )
    TOO_LARGE = (
        "NA-FORM-127",
        "Split it into smaller forms, or move a long choice list into a dataset; docs/forms.md lists the limits.",
        "यसलाई साना फारममा बाँड्नुहोस्, वा लामो विकल्प सूचीलाई डेटासेटमा सार्नुहोस्; सीमाहरू docs/forms.md मा छन्।",
        "Uni kichikroq shakllarga boʻling yoki uzun tanlovlar roʻyxatini maʼlumotlar toʻplamiga koʻchiring; "
        "cheklovlar docs/forms.md da keltirilgan.",
    )
    OVER_BUDGET = ("NA-FORM-128", "Shorten what the expression builds; docs/expressions.md gives the limits.",
                   "अभिव्यक्तिले बनाउने कुरा छोट्याउनुहोस्; सीमाहरू docs/expressions.md मा छन्।",
                   "Ifoda yasaydigan natijani qisqartiring; cheklovlar docs/expressions.md da berilgan.")
    INCLUDE_MISSING = (
        "NA-FORM-129",
        "Put the shared file next to the form (e.g. forms/_site.yaml) or correct 'file'.",
        "साझा फाइललाई फारमकै छेउमा राख्नुहोस् (जस्तै forms/_site.yaml) वा 'file' सच्याउनुहोस्।",
        "Umumiy faylni shakl yoniga qoʻying (masalan, forms/_site.yaml) yoki 'file' ni tuzating.",
    )
    INCLUDE_LOOP = ("NA-FORM-130", "Remove the include row that closes the circle.",
                    "चक्र पूरा गर्ने include पङ्क्ति हटाउनुहोस्।", "Aylanani yopadigan include qatorini olib tashlang.")
    INCLUDE_BAD = (
        "NA-FORM-131",
        "A shared block has 'survey:' (a list of rows) and optionally 'choices:'; see docs/forms.md.",
        "साझा खण्डमा 'survey:' (पङ्क्तिहरूको सूची) र चाहिएमा 'choices:' हुन्छ; " + _SEE_FORMS[0],
        "Umumiy blokda 'survey:' (qatorlar roʻyxati) va xohishga koʻra 'choices:' boʻladi; " + _SEE_FORMS[1],
    )
    INCLUDE_CLASH = (
        "NA-FORM-132",
        "Keep one definition: remove the list from the form or rename it.",
        "एउटा मात्र परिभाषा राख्नुहोस्: फारमबाट सूची हटाउनुहोस् वा त्यसको नाम बदल्नुहोस्।",
        "Bitta taʼrifni qoldiring: roʻyxatni shakldan olib tashlang yoki nomini oʻzgartiring.",
    )
