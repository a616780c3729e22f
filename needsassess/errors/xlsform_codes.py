"""The XLSForm import report, row by row (``NA-XLSFORM-600…699``): what was kept in a simpler form,
left out or refused, and why.

Each line of the report is one of these entries with its values (sheet, row, column, the XLSForm type,
the list, the expression), so the window shows it in the interface language and the command line in
the chosen one. XLSForm type names, column names, sheet names and list names are values: they stay as
written in the spreadsheet in every language. Entries 601–606 are the words around a line (its frame);
645–674 are reasons and consequences handed to another entry as a value.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class XLSFormReason(Catalogue):
    # -- the frame of a report line: "approximated [NA-XLSFORM-621]: survey row 5, column 'type': ..."
    AT_ROW = ("NA-XLSFORM-601", "{sheet} row {row}", "{sheet} पङ्क्ति {row}", "{sheet} {row}-qator")
    AT_COLUMN = (
        "NA-XLSFORM-602",
        "{where}, column '{column}'",
        "{where}, स्तम्भ '{column}'",
        "{where}, '{column}' ustuni",
    )
    LEVEL_ERROR = ("NA-XLSFORM-603", "error", "त्रुटि", "xato")
    LEVEL_APPROXIMATED = ("NA-XLSFORM-604", "approximated", "अनुमानित", "taxminiy")
    LEVEL_DROPPED = ("NA-XLSFORM-605", "dropped", "हटाइएको", "tashlab ketilgan")
    LEVEL_NOTE = ("NA-XLSFORM-606", "note", "टिप्पणी", "izoh")

    # -- settings, languages, names, choices
    LANGUAGE_STORED_AS = (
        "NA-XLSFORM-610",
        "language '{spelling}' is stored as '{code}'",
        "भाषा '{spelling}' लाई '{code}' का रूपमा राखियो",
        "'{spelling}' tili '{code}' sifatida saqlandi",
    )
    TITLE_EXPRESSION_DROPPED = (
        "NA-XLSFORM-611",
        "{reason}; the list shows the form's name instead",
        "{reason}; सूचीमा यसको सट्टा फारमको नाम देखिन्छ",
        "{reason}; roʻyxatda uning oʻrniga soʻrovnoma nomi koʻrinadi",
    )
    SERVER_SETTING = (
        "NA-XLSFORM-612",
        "only used by servers or by ODK Collect; not needed here",
        "सर्भर वा ODK Collect ले मात्र प्रयोग गर्छ; यहाँ चाहिँदैन",
        "faqat serverlar yoki ODK Collect ishlatadi; bu yerda kerak emas",
    )
    FORM_ID_REWRITTEN = (
        "NA-XLSFORM-613",
        "'{raw}' is written '{form_id}' (letters, digits, _)",
        "'{raw}' लाई '{form_id}' लेखियो (अक्षर, अङ्क र _ मात्र)",
        "'{raw}' '{form_id}' deb yozildi (faqat harflar, raqamlar va _)",
    )
    CHOICE_REPEATED = (
        "NA-XLSFORM-614",
        "list '{list}': the choice '{name}' appears again; the first one is offered",
        "सूची '{list}': विकल्प '{name}' फेरि आउँछ; पहिलो मात्र देखाइन्छ",
        "'{list}' roʻyxati: '{name}' varianti yana uchraydi; faqat birinchisi taklif qilinadi",
    )
    CHOICE_MEDIA = (
        "NA-XLSFORM-615",
        "list '{list}': choice media are not shown",
        "सूची '{list}': विकल्पका तस्बिर, आवाज र भिडियो देखाइँदैनन्",
        "'{list}' roʻyxati: variantlarning rasm, ovoz va videolari koʻrsatilmaydi",
    )
    COLUMN_REFUSED = (
        "NA-XLSFORM-616",
        "{problem}; left out",
        "{problem}; त्यसैले हटाइयो",
        "{problem}; shuning uchun tushirib qoldirildi",
    )
    NO_LABEL = (
        "NA-XLSFORM-617",
        "no label: the hint or the name is shown",
        "शीर्षक छैन: सङ्केत वा नाम देखाइन्छ",
        "yorligʻi yoʻq: izoh yoki nom koʻrsatiladi",
    )
    MISSING_TRANSLATIONS = (
        "NA-XLSFORM-618",
        "{count} texts have no {name} version; the {default} text is shown instead",
        "{count} पाठको {name} संस्करण छैन; यसको सट्टा {default} पाठ देखाइन्छ",
        "{count} ta matnning {name} varianti yoʻq; uning oʻrniga {default} matni koʻrsatiladi",
    )
    RENAMED = (
        "NA-XLSFORM-619",
        "'{name}' becomes '{candidate}': names here are letters, digits and _, and unique in the whole form; "
        "references to it are rewritten",
        "'{name}' '{candidate}' बन्छ: यहाँ नाममा अक्षर, अङ्क र _ मात्र हुन्छन्, र पूरै फारममा एउटै नाम दोहोरिँदैन; "
        "यसका सन्दर्भहरू पनि फेरि लेखिन्छन्",
        "'{name}' '{candidate}' boʻladi: bu yerda nomlar faqat harflar, raqamlar va _ dan iborat va butun "
        "soʻrovnomada yagona; unga havolalar ham qayta yoziladi",
    )

    # -- question types
    TYPE_DROPPED = (
        "NA-XLSFORM-620",
        "'{kind}': {reason}",
        "'{kind}' प्रकार: {reason}",
        "'{kind}' turi: {reason}",
    )
    TYPE_APPROXIMATED = (
        "NA-XLSFORM-621",
        "'{kind}' becomes {type}: {reason}",
        "'{kind}' {type} बन्छ: {reason}",
        "'{kind}' {type} boʻladi: {reason}",
    )
    TYPE_UNKNOWN = (
        "NA-XLSFORM-622",
        "'{kind}' is not a type this app knows; answered as text",
        "'{kind}' यो एपले चिनेको प्रश्नको प्रकार होइन; पाठका रूपमा उत्तर दिइन्छ",
        "'{kind}' bu ilova biladigan savol turi emas; matn sifatida javob beriladi",
    )
    OR_OTHER = (
        "NA-XLSFORM-623",
        "'or_other' becomes a choice 'other' and a question '{name}' to specify it",
        "'or_other' 'other' विकल्प र त्यसलाई खुलाउने प्रश्न '{name}' बन्छ",
        "'or_other' 'other' varianti va uni aniqlashtiradigan '{name}' savoliga aylanadi",
    )
    LOOP = (
        "NA-XLSFORM-624",
        "a loop over a choice list becomes a repeat answered once per item by the officer",
        "विकल्प सूचीमाथिको loop दोहोरिने खण्ड बन्छ; अधिकृतले प्रत्येक वस्तुका लागि एक पटक उत्तर भर्छन्",
        "variantlar roʻyxati boʻyicha loop takrorlanuvchi boʻlimga aylanadi; xodim har bir element uchun bir "
        "marta javob beradi",
    )
    EMPTY_GROUP = (
        "NA-XLSFORM-625",
        "the group has no question this app can ask",
        "समूहमा यो एपले सोध्न सक्ने कुनै प्रश्न छैन",
        "guruhda bu ilova bera oladigan savol yoʻq",
    )
    EMPTY_REPEAT = (
        "NA-XLSFORM-626",
        "the repeat has no question this app can ask",
        "दोहोरिने खण्डमा यो एपले सोध्न सक्ने कुनै प्रश्न छैन",
        "takrorlanuvchi boʻlimda bu ilova bera oladigan savol yoʻq",
    )
    CHOICES_FROM_FILE = (
        "NA-XLSFORM-627",
        "choices from '{itemset}' are read from the dataset '{dataset}' (import the list as CSV)",
        "'{itemset}' का विकल्पहरू डेटासेट '{dataset}' बाट पढिन्छन् (सूचीलाई CSV का रूपमा आयात गर्नुहोस्)",
        "'{itemset}' variantlari '{dataset}' maʼlumotlar toʻplamidan oʻqiladi (roʻyxatni CSV sifatida import qiling)",
    )
    SEARCH_LIST = (
        "NA-XLSFORM-628",
        "search('{dataset}') becomes a list read from the dataset '{dataset}' (value and label columns as named in "
        "the choice list '{itemset}')",
        "search('{dataset}') डेटासेट '{dataset}' बाट पढिने सूची बन्छ (मान र शीर्षकका स्तम्भ विकल्प सूची "
        "'{itemset}' मा भनिए अनुसार)",
        "search('{dataset}') '{dataset}' maʼlumotlar toʻplamidan oʻqiladigan roʻyxatga aylanadi (qiymat va yorliq "
        "ustunlari '{itemset}' variantlar roʻyxatida aytilganidek)",
    )

    # -- columns
    NOT_USED = (
        "NA-XLSFORM-629",
        "not used by this app",
        "यो एपले प्रयोग गर्दैन",
        "bu ilova ishlatmaydi",
    )
    NOT_SHOWN = (
        "NA-XLSFORM-630",
        "not shown in this app",
        "यो एपमा देखाइँदैन",
        "bu ilovada koʻrsatilmaydi",
    )
    COMPUTED_DEFAULT = (
        "NA-XLSFORM-631",
        "a computed default is used as the question's default expression",
        "गणना गरिने पूर्वनिर्धारित मान प्रश्नको पूर्वनिर्धारित अभिव्यक्तिका रूपमा प्रयोग हुन्छ",
        "hisoblanadigan standart qiymat savolning standart ifodasi sifatida ishlatiladi",
    )
    SEARCH_NOT_SELECT = (
        "NA-XLSFORM-632",
        "search() applies to selects only; ignored",
        "search() विकल्प छान्ने प्रश्नमा मात्र लागू हुन्छ; बेवास्ता गरियो",
        "search() faqat tanlov savollariga tegishli; eʼtiborga olinmadi",
    )
    EXPRESSION_DROPPED = (
        "NA-XLSFORM-633",
        "{reason} in {expression}; {consequence}",
        "{expression} मा {reason}; {consequence}",
        "{expression} ifodasida: {reason}; {consequence}",
    )
    CALCULATION_AS_DEFAULT = (
        "NA-XLSFORM-634",
        "a calculation on an input question is used as its default",
        "उत्तर भरिने प्रश्नको गणना त्यसको पूर्वनिर्धारित मानका रूपमा प्रयोग हुन्छ",
        "javob beriladigan savoldagi hisoblash uning standart qiymati sifatida ishlatiladi",
    )
    PYXFORM_WARNING = (
        "NA-XLSFORM-635",
        "pyxform (the XLSForm converter of ODK) warns: {text}",
        "pyxform (ODK को XLSForm रूपान्तरक) ले अङ्ग्रेजीमा चेतावनी दिन्छ: {text}",
        "pyxform (ODK ning XLSForm oʻgirgichi) inglizcha ogohlantiradi: {text}",
    )
    PYXFORM_REFUSES = (
        "NA-XLSFORM-636",
        "pyxform (the XLSForm converter of ODK) refuses the form here: {text}",
        "pyxform (ODK को XLSForm रूपान्तरक) ले फारमलाई यहाँ अस्वीकार गर्छ; यसको अङ्ग्रेजी सन्देश: {text}",
        "pyxform (ODK ning XLSForm oʻgirgichi) soʻrovnomani shu yerda rad etadi; uning inglizcha xabari: {text}",
    )
    FORM_CHECK = (
        "NA-XLSFORM-637",
        "{problem}. {todo}",
        "{problem}। {todo}",
        "{problem}. {todo}",
    )
    QUESTION_COLUMN_PROBLEM = (
        "NA-XLSFORM-638",
        "question '{question}', column '{column}': {problem}",
        "प्रश्न '{question}', स्तम्भ '{column}': {problem}",
        "'{question}' savoli, '{column}' ustuni: {problem}",
    )
    QUESTION_PROBLEM = (
        "NA-XLSFORM-639",
        "question '{question}': {problem}",
        "प्रश्न '{question}': {problem}",
        "'{question}' savoli: {problem}",
    )

    # -- the lists a form reads (media.py)
    LIST_TO_IMPORT = (
        "NA-XLSFORM-640",
        "the list '{name}.csv' is missing; import it with 'needsassess datasets import {name}.csv --name {name}'",
        "सूची '{name}.csv' छैन; यसलाई 'needsassess datasets import {name}.csv --name {name}' ले आयात गर्नुहोस्",
        "'{name}.csv' roʻyxati yoʻq; uni 'needsassess datasets import {name}.csv --name {name}' bilan import qiling",
    )
    LIST_HAS_NO_COLUMN = (
        "NA-XLSFORM-641",
        "the list '{name}' has no column '{column}' (its columns: {columns})",
        "सूची '{name}' मा स्तम्भ '{column}' छैन (यसका स्तम्भहरू: {columns})",
        "'{name}' roʻyxatida '{column}' ustuni yoʻq (uning ustunlari: {columns})",
    )
    PULLDATA_UNKNOWN_LIST = (
        "NA-XLSFORM-642",
        "pulldata reads the list '{name}', which is neither a choice list of the form nor an imported dataset",
        "pulldata ले सूची '{name}' पढ्छ, जुन न फारमको विकल्प सूची हो न आयात गरिएको डेटासेट",
        "pulldata '{name}' roʻyxatini oʻqiydi, u na soʻrovnomaning variantlar roʻyxati, na import qilingan "
        "maʼlumotlar toʻplami",
    )

    # -- what follows from a dropped expression (a value of EXPRESSION_DROPPED)
    ALWAYS_ASKED = ("NA-XLSFORM-645", "the question is always asked", "प्रश्न सधैँ सोधिन्छ", "savol doim beriladi")
    NOT_CHECKED = ("NA-XLSFORM-646", "the answer is not checked", "उत्तर जाँचिँदैन", "javob tekshirilmaydi")
    STAYS_EMPTY = ("NA-XLSFORM-647", "the value stays empty", "मान खाली रहन्छ", "qiymat boʻsh qoladi")
    OPTIONAL = ("NA-XLSFORM-648", "the question is optional", "प्रश्न ऐच्छिक हुन्छ", "savol ixtiyoriy boʻladi")
    EVERY_CHOICE = (
        "NA-XLSFORM-649",
        "every choice is offered",
        "सबै विकल्प देखाइन्छन्",
        "barcha variantlar taklif qilinadi",
    )
    OFFICER_ADDS = (
        "NA-XLSFORM-650",
        "the officer adds instances",
        "अधिकृतले आफैँ थप्छन्",
        "xodim nusxalarni oʻzi qoʻshadi",
    )
    LEFT_OUT = ("NA-XLSFORM-651", "left out", "हटाइयो", "tushirib qoldirildi")

    # -- why an expression cannot be used (a value of EXPRESSION_DROPPED or TITLE_EXPRESSION_DROPPED)
    XPATH_LOOKUP = (
        "NA-XLSFORM-652",
        "reads external data with an XPath path other than instance('x')/root/item[col = value]/field",
        "instance('x')/root/item[col = value]/field बाहेकको XPath बाटोले बाहिरी डेटा पढ्छ",
        "tashqi maʼlumotni instance('x')/root/item[col = value]/field dan boshqa XPath yoʻli bilan oʻqiydi",
    )
    ABSOLUTE_PATH = (
        "NA-XLSFORM-653",
        "uses an absolute path (/data/...); write ${{name}} instead",
        "पूर्ण बाटो (/data/...) प्रयोग गर्छ; यसको सट्टा ${{name}} लेख्नुहोस्",
        "mutlaq yoʻl (/data/...) ishlatadi; uning oʻrniga ${{name}} yozing",
    )
    UNREADABLE_EXPRESSION = (
        "NA-XLSFORM-654",
        "the expression cannot be read at character {position} ({detail})",
        "अभिव्यक्ति अक्षर {position} मा पढ्न सकिँदैन (अङ्ग्रेजीमा कारण: {detail})",
        "ifodani {position}-belgida oʻqib boʻlmaydi (sababi inglizcha: {detail})",
    )

    NOT_AN_OPERATOR = (
        "NA-XLSFORM-697",
        "'{operator}' is not an operator here: write '{instead}' (character {position})",
        "'{operator}' यहाँ अपरेटर होइन: '{instead}' लेख्नुहोस् (अक्षर {position})",
        "'{operator}' bu yerda operator emas: '{instead}' deb yozing ({position}-belgi)",
    )
    UNKNOWN_FUNCTION = (
        "NA-XLSFORM-698",
        "{function}() is not a function this app computes (docs/expressions.md lists them)",
        "{function}() यो एपले गणना गर्ने फङ्सन होइन (docs/expressions.md मा सूची छ)",
        "{function}() bu ilova hisoblaydigan funksiya emas (roʻyxati docs/expressions.md da)",
    )
    BARE_NAME = (
        "NA-XLSFORM-699",
        "'{name}' alone is not a value: write ${{{name}}} for the answer to that question, or '{name}' in quotes "
        "for the text",
        "'{name}' एक्लै मान होइन: त्यस प्रश्नको उत्तरका लागि ${{{name}}}, वा पाठका लागि उद्धरण चिह्नभित्र '{name}' लेख्नुहोस्",
        "'{name}' yolgʻiz qiymat emas: shu savolning javobi uchun ${{{name}}} yozing yoki matn uchun qoʻshtirnoq "
        "ichida '{name}'",
    )

    # -- why a type is approximated or dropped (xlsform/types.py; a value of TYPE_*)
    NO_TIME_OF_DAY = (
        "NA-XLSFORM-655",
        "the time of day is not asked; the date is kept",
        "दिनको समय सोधिँदैन; मिति राखिन्छ",
        "kun vaqti soʻralmaydi; sana saqlanadi",
    )
    NO_RANKING = (
        "NA-XLSFORM-656",
        "ranking widgets are not available; the officer writes the choices in order",
        "क्रम मिलाउने साधन उपलब्ध छैन; अधिकृतले विकल्पहरू क्रमैसँग लेख्छन्",
        "tartiblash vositasi yoʻq; xodim variantlarni tartib bilan yozadi",
    )
    TICK_BOX = (
        "NA-XLSFORM-657",
        "shown as a box to tick",
        "चिनो लगाउने बाकसका रूपमा देखाइन्छ",
        "belgilanadigan katakcha sifatida koʻrsatiladi",
    )
    RANGE_AS_NUMBER = (
        "NA-XLSFORM-658",
        "entered as a number, with the range as a constraint",
        "सङ्ख्याका रूपमा भरिन्छ, दायरा सर्तका रूपमा जाँचिन्छ",
        "son sifatida kiritiladi, oraliq cheklov sifatida tekshiriladi",
    )
    PERCENT_AS_NUMBER = (
        "NA-XLSFORM-659",
        "entered as a whole number, with 0 to 100 as a constraint",
        "पूर्ण सङ्ख्याका रूपमा भरिन्छ, ० देखि १०० सम्मको सर्तसहित",
        "butun son sifatida kiritiladi, 0 dan 100 gacha cheklov bilan",
    )
    WHOLE_NUMBER = (
        "NA-XLSFORM-660",
        "entered as a whole number",
        "पूर्ण सङ्ख्याका रूपमा भरिन्छ",
        "butun son sifatida kiritiladi",
    )
    EXTERNAL_CHOICES = (
        "NA-XLSFORM-661",
        "external choices (itemsets.csv) are not read; answered as text",
        "बाहिरी विकल्पहरू (itemsets.csv) पढिँदैनन्; पाठका रूपमा उत्तर दिइन्छ",
        "tashqi variantlar (itemsets.csv) oʻqilmaydi; matn sifatida javob beriladi",
    )
    NO_AUDIO = (
        "NA-XLSFORM-662",
        "sound recording is not available on field laptops",
        "फिल्डका ल्यापटपमा आवाज रेकर्ड गर्ने सुविधा छैन",
        "dala noutbuklarida ovoz yozish imkoni yoʻq",
    )
    NO_VIDEO = (
        "NA-XLSFORM-663",
        "video recording is not available on field laptops",
        "फिल्डका ल्यापटपमा भिडियो रेकर्ड गर्ने सुविधा छैन",
        "dala noutbuklarida video yozish imkoni yoʻq",
    )
    NO_FILES = (
        "NA-XLSFORM-664",
        "file attachments other than photos are not supported",
        "फोटोबाहेकका फाइल संलग्न गर्न मिल्दैन",
        "fotosuratlardan boshqa fayllarni biriktirib boʻlmaydi",
    )
    NO_OSM = (
        "NA-XLSFORM-665",
        "OpenStreetMap tagging is not available",
        "OpenStreetMap ट्यागिङ उपलब्ध छैन",
        "OpenStreetMap teglash mavjud emas",
    )
    NO_BACKGROUND_AUDIO = (
        "NA-XLSFORM-666",
        "background recording is not available",
        "पृष्ठभूमिमा रेकर्ड गर्ने सुविधा छैन",
        "fonda yozib olish mavjud emas",
    )
    NO_BACKGROUND_LOCATION = (
        "NA-XLSFORM-667",
        "background location is not recorded",
        "पृष्ठभूमिमा स्थान रेकर्ड हुँदैन",
        "fonda joylashuv yozilmaydi",
    )
    AUDIT_PARADATA = (
        "NA-XLSFORM-668",
        "'{kind}': paradata (time per page and question, answers changed) is recorded for this form",
        "'{kind}': यो फारमका लागि प्याराडाटा (प्रति पृष्ठ र प्रश्न समय, परिवर्तन गरिएका उत्तर) रेकर्ड गरिन्छ",
        "'{kind}': bu soʻrovnoma uchun ish jarayoni maʼlumotlari (sahifa va savol boʻyicha vaqt, oʻzgartirilgan javoblar) yoziladi",
    )
    AUDIT_NO_LOCATION = (
        "NA-XLSFORM-643",
        "'{parameter}': paradata records no location; the assessment's GPS questions locate it",
        "'{parameter}': प्याराडाटाले स्थान रेकर्ड गर्दैन; मूल्याङ्कनका GPS प्रश्नहरूले स्थान बताउँछन्",
        "'{parameter}': ish jarayoni maʼlumotlari joylashuvni yozmaydi; baholashning GPS savollari joyni koʻrsatadi",
    )
    AUDIT_NO_IDENTIFY = (
        "NA-XLSFORM-644",
        "'{parameter}': nobody is asked to identify; the officer named in the settings is recorded",
        "'{parameter}': कसैलाई पहिचान खुलाउन सोधिँदैन; सेटिङमा नाम भएका अधिकृत रेकर्ड हुन्छन्",
        "'{parameter}': hech kimdan shaxsini tasdiqlash soʻralmaydi; sozlamalarda koʻrsatilgan xodim yoziladi",
    )
    AUDIT_CHANGES_ALWAYS = (
        "NA-XLSFORM-609",
        "'{parameter}': answer changes are always recorded, and a reason is always asked on reopening",
        "'{parameter}': उत्तरका परिवर्तन सधैँ रेकर्ड हुन्छन्, र फेरि खोल्दा सधैँ कारण सोधिन्छ",
        "'{parameter}': javob oʻzgarishlari doim yoziladi, qayta ochishda esa doim sabab soʻraladi",
    )
    NO_SIM = ("NA-XLSFORM-669", "laptops have no SIM card", "ल्यापटपमा सिम कार्ड हुँदैन", "noutbuklarda SIM karta yoʻq")
    NO_PHONE_NUMBER = (
        "NA-XLSFORM-670",
        "laptops have no phone number",
        "ल्यापटपको फोन नम्बर हुँदैन",
        "noutbuklarning telefon raqami yoʻq",
    )
    NO_EMAIL = (
        "NA-XLSFORM-671",
        "the officer's e-mail address is not known to the app",
        "अधिकृतको इमेल ठेगाना एपलाई थाहा हुँदैन",
        "xodimning elektron pochta manzili ilovaga nomaʼlum",
    )
    LOCATION_AS_QUESTION = (
        "NA-XLSFORM-672",
        "location is asked as a question instead",
        "यसको सट्टा स्थान प्रश्नका रूपमा सोधिन्छ",
        "uning oʻrniga joylashuv savol sifatida soʻraladi",
    )
    HIDDEN = (
        "NA-XLSFORM-673",
        "a hidden field holds no value",
        "लुकेको क्षेत्रमा कुनै मान हुँदैन",
        "yashirin maydonda qiymat boʻlmaydi",
    )
    EXTERNAL_DATA = (
        "NA-XLSFORM-674",
        "declares an external data file; lookups read the dataset of that name",
        "बाहिरी डेटा फाइल घोषणा गर्छ; खोजहरूले सोही नामको डेटासेट पढ्छन्",
        "tashqi maʼlumot faylini eʼlon qiladi; qidiruvlar shu nomdagi maʼlumotlar toʻplamini oʻqiydi",
    )

    # -- a broken workbook, found before pyxform reads it (its words would be English)
    NO_SURVEY_SHEET = (
        "NA-XLSFORM-675",
        "there is no sheet named 'survey' (the sheets are: {sheets}); an XLSForm lists its questions on a sheet "
        "called survey",
        "'survey' नामको पाना छैन (पानाहरू: {sheets}); XLSForm ले आफ्ना प्रश्नहरू survey नामको पानामा राख्छ",
        "'survey' nomli varaq yoʻq (varaqlar: {sheets}); XLSForm savollarini survey deb nomlangan varaqda saqlaydi",
    )
    MISSING_HEADER = (
        "NA-XLSFORM-676",
        "the first row has no '{column}' column; write the column names (type, name, label, …) in row 1",
        "पहिलो पङ्क्तिमा '{column}' स्तम्भ छैन; स्तम्भका नाम (type, name, label, …) पङ्क्ति १ मा लेख्नुहोस्",
        "birinchi qatorda '{column}' ustuni yoʻq; ustun nomlarini (type, name, label, …) 1-qatorga yozing",
    )
    UNKNOWN_LIST = (
        "NA-XLSFORM-677",
        "the choice list '{list}' is not on the choices sheet; add its choices there (list_name {list})",
        "विकल्प सूची '{list}' choices पानामा छैन; यसका विकल्पहरू त्यहाँ थप्नुहोस् (list_name {list})",
        "'{list}' variantlar roʻyxati choices varagʻida yoʻq; uning variantlarini oʻsha yerga qoʻshing "
        "(list_name {list})",
    )
    END_WITHOUT_BEGIN = (
        "NA-XLSFORM-678",
        "'{kind}' closes a group or repeat that was never opened; remove the row or add its begin row above",
        "'{kind}' ले कहिल्यै नखोलिएको समूह वा दोहोरिने खण्ड बन्द गर्छ; यो पङ्क्ति हटाउनुहोस् वा माथि सुरु गर्ने पङ्क्ति थप्नुहोस्",
        "'{kind}' hech qachon ochilmagan guruh yoki takrorlanuvchi boʻlimni yopadi; bu qatorni oʻchiring yoki "
        "yuqoriga boshlovchi qator qoʻshing",
    )
    NEVER_CLOSED = (
        "NA-XLSFORM-679",
        "'{kind}' '{name}' is never closed; add an '{end}' row after its last question",
        "'{kind}' '{name}' कहिल्यै बन्द हुँदैन; यसको अन्तिम प्रश्नपछि '{end}' पङ्क्ति थप्नुहोस्",
        "'{kind}' '{name}' hech qachon yopilmaydi; uning oxirgi savolidan keyin '{end}' qatorini qoʻshing",
    )
    NO_TYPE = (
        "NA-XLSFORM-680",
        "the row has a name or label but no type; write its type (text, integer, select_one LIST, …)",
        "पङ्क्तिमा नाम वा शीर्षक छ तर प्रकार छैन; यसको प्रकार (text, integer, select_one LIST, …) लेख्नुहोस्",
        "qatorda nom yoki yorliq bor, lekin turi yoʻq; uning turini (text, integer, select_one LIST, …) yozing",
    )
    NO_NAME = (
        "NA-XLSFORM-681",
        "the row has no name; give it a name (letters, digits, _)",
        "पङ्क्तिको नाम छैन; यसलाई नाम दिनुहोस् (अक्षर, अङ्क, _)",
        "qatorning nomi yoʻq; unga nom bering (harflar, raqamlar, _)",
    )
    DUPLICATE_NAME = (
        "NA-XLSFORM-682",
        "the name '{name}' is used twice in the same group; give each question its own name",
        "नाम '{name}' एउटै समूहमा दुई पटक प्रयोग भएको छ; हरेक प्रश्नलाई छुट्टै नाम दिनुहोस्",
        "'{name}' nomi bitta guruhda ikki marta ishlatilgan; har bir savolga alohida nom bering",
    )
    NO_CHOICES_SHEET = (
        "NA-XLSFORM-683",
        "the form has select questions but no choices sheet; add a sheet named choices with the columns "
        "list_name, name and label",
        "फारममा विकल्प छान्ने प्रश्न छन् तर choices पाना छैन; list_name, name र label स्तम्भ भएको choices नामको पाना थप्नुहोस्",
        "soʻrovnomada tanlov savollari bor, lekin choices varagʻi yoʻq; list_name, name va label ustunlari "
        "boʻlgan choices nomli varaq qoʻshing",
    )
    UNKNOWN_TYPE = (
        "NA-XLSFORM-684",
        "'{kind}' is not an XLSForm question type; correct its spelling (text, integer, select_one LIST, …)",
        "'{kind}' XLSForm को प्रश्नको प्रकार होइन; हिज्जे सच्याउनुहोस् (text, integer, select_one LIST, …)",
        "'{kind}' XLSForm savol turi emas; uning yozilishini tuzating (text, integer, select_one LIST, …)",
    )
    UNKNOWN_REFERENCE = (
        "NA-XLSFORM-685",
        "${{{name}}} names no question of the form; correct the name or add the question",
        "${{{name}}} फारमको कुनै प्रश्नको नाम होइन; नाम सच्याउनुहोस् वा प्रश्न थप्नुहोस्",
        "${{{name}}} soʻrovnomaning hech bir savoli nomi emas; nomni tuzating yoki savolni qoʻshing",
    )
    NO_LABEL_OR_HINT = (
        "NA-XLSFORM-686",
        "'{name}' has neither a label nor a hint; write the question's label",
        "'{name}' को न शीर्षक छ न सङ्केत; प्रश्नको शीर्षक लेख्नुहोस्",
        "'{name}' ning na yorligʻi, na izohi bor; savolning yorligʻini yozing",
    )
    LANGUAGE_COLUMN_MISSING = (
        "NA-XLSFORM-687",
        "there is no {column} column in {language} on the {sheet} sheet; those texts are shown in another language",
        "{sheet} पानामा {language} को {column} स्तम्भ छैन; ती पाठ अर्को भाषामा देखाइन्छन्",
        "{sheet} varagʻida {language} uchun {column} ustuni yoʻq; bu matnlar boshqa tilda koʻrsatiladi",
    )
    EMPTY_SURVEY = (
        "NA-XLSFORM-688",
        "the survey sheet is empty; write the column names (type, name, label, …) in row 1 and one question per "
        "row below",
        "survey पाना खाली छ; पङ्क्ति १ मा स्तम्भका नाम (type, name, label, …) र तल हरेक पङ्क्तिमा एउटा प्रश्न लेख्नुहोस्",
        "survey varagʻi boʻsh; 1-qatorga ustun nomlarini (type, name, label, …), pastiga esa har bir qatorga "
        "bittadan savol yozing",
    )
    MAX_PIXELS = (
        "NA-XLSFORM-689",
        "pyxform suggests the max-pixels parameter, with which ODK Collect sends smaller photos; not needed here",
        "pyxform ले max-pixels प्यारामिटर सुझाउँछ, जसले ODK Collect लाई साना फोटो पठाउन दिन्छ; यहाँ चाहिँदैन",
        "pyxform max-pixels parametrini tavsiya qiladi, u bilan ODK Collect kichikroq fotosuratlar yuboradi; bu "
        "yerda kerak emas",
    )
    DUPLICATE_CHOICE = (
        "NA-XLSFORM-694",
        "a choice name is used twice in its list; give each choice its own name, or add the setting "
        "allow_choice_duplicates",
        "एउटै सूचीमा विकल्पको नाम दुई पटक प्रयोग भएको छ; हरेक विकल्पलाई छुट्टै नाम दिनुहोस्, वा "
        "allow_choice_duplicates सेटिङ थप्नुहोस्",
        "bitta roʻyxatda variant nomi ikki marta ishlatilgan; har bir variantga alohida nom bering yoki "
        "allow_choice_duplicates sozlamasini qoʻshing",
    )
    LANGUAGE_WITHOUT_CODE = (
        "NA-XLSFORM-695",
        "the languages {languages} are named without a code; write the code in brackets, e.g. label::English (en)",
        "भाषाहरू {languages} को नाममा कोड छैन; कोड कोष्ठकमा लेख्नुहोस्, जस्तै label::नेपाली (ne)",
        "{languages} tillari kodsiz nomlangan; kodni qavs ichida yozing, masalan label::Oʻzbekcha (uz)",
    )
    OR_OTHER_TRANSLATED = (
        "NA-XLSFORM-696",
        "'or_other' in a form with several languages: the choice 'other' and its question have the same label in "
        "every language; add them as a choice and a question to translate them",
        "धेरै भाषा भएको फारममा 'or_other': 'other' विकल्प र त्यसको प्रश्नको शीर्षक सबै भाषामा उस्तै हुन्छ; "
        "अनुवाद गर्न तिनलाई विकल्प र प्रश्नका रूपमा थप्नुहोस्",
        "bir necha tilli soʻrovnomada 'or_other': 'other' varianti va uning savoli har bir tilda bir xil "
        "yorliqqa ega; ularni tarjima qilish uchun variant va savol sifatida qoʻshing",
    )

    # -- the command line and the window around an import
    FORM_EXISTS = (
        "NA-XLSFORM-690",
        "{target} already exists; nothing was written. Choose to replace it (command line: --force)",
        "{target} पहिल्यै छ; केही पनि लेखिएन। यसलाई बदल्न रोज्नुहोस् (कमान्ड लाइनमा: --force)",
        "{target} allaqachon mavjud; hech narsa yozilmadi. Uni almashtirishni tanlang (buyruq satrida: --force)",
    )
    IMPORTED = (
        "NA-XLSFORM-691",
        "imported {form_id} {version}: {questions} questions, {pages} pages, languages {languages} -> {target}",
        "{form_id} {version} आयात गरियो: {questions} प्रश्न, {pages} पृष्ठ, भाषाहरू {languages} -> {target}",
        "{form_id} {version} import qilindi: {questions} ta savol, {pages} ta sahifa, tillar {languages} -> {target}",
    )
    DATASET_STORED = (
        "NA-XLSFORM-692",
        "dataset {name} v{version}: {rows} rows",
        "डेटासेट {name} v{version}: {rows} पङ्क्ति",
        "{name} maʼlumotlar toʻplami v{version}: {rows} ta qator",
    )
    DATASET_UNCHANGED = (
        "NA-XLSFORM-693",
        "dataset {name} v{version}: {rows} rows (unchanged)",
        "डेटासेट {name} v{version}: {rows} पङ्क्ति (परिवर्तन छैन)",
        "{name} maʼlumotlar toʻplami v{version}: {rows} ta qator (oʻzgarmagan)",
    )


# Language names in the report ("3 texts have no Nepali (ne) version"), in each of the app's languages;
# a language not listed is named by its code.
LANGUAGE_NAMES: dict[str, tuple[str, str, str]] = {
    "en": ("English", "अङ्ग्रेजी", "ingliz tili"),
    "ne": ("Nepali", "नेपाली", "nepal tili"),
    "uz": ("Uzbek", "उज्बेक", "oʻzbek tili"),
    "ru": ("Russian", "रुसी", "rus tili"),
    "fr": ("French", "फ्रान्सेली", "fransuz tili"),
    "es": ("Spanish", "स्पेनी", "ispan tili"),
    "pt": ("Portuguese", "पोर्चुगाली", "portugal tili"),
    "ar": ("Arabic", "अरबी", "arab tili"),
    "sw": ("Swahili", "स्वाहिली", "suahili tili"),
    "hi": ("Hindi", "हिन्दी", "hind tili"),
    "kri": ("Krio", "क्रियो", "krio tili"),
}


class LanguageName:
    """A language's name as a message value, worded in the reader's language: ``Nepali (ne)``."""

    def __init__(self, code: str, with_code: bool = False) -> None:
        self.code = code
        self.with_code = with_code

    def render(self, language: str) -> str:
        names = LANGUAGE_NAMES.get(self.code)
        if names is None:
            return self.code
        name = names[("en", "ne", "uz").index(language) if language in ("ne", "uz") else 0]
        return f"{name} ({self.code})" if self.with_code else name

    def __str__(self) -> str:
        return self.render("en")
