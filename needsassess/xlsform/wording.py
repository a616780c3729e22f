"""The XLSForm import report's sentences in English, Nepali and Uzbek.

Each report line is a ``Said``: an English template and its values. The window shows it in the interface
language and the command line in the data folder's language; logs and ``str()`` keep the English.
A value that is itself a ``Said`` (a type's reason, a consequence) is worded in the same language.
pyxform's own messages and our form checks' problems keep their own wording (the latter are already
in every language, see ``report.Entry``). A test checks that every template used has both translations.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from needsassess.errors import word

# English template → (Nepali, Uzbek). Placeholders are the same in the three.
SENTENCES: dict[str, tuple[str, str]] = {
    # what happened to a row or a column
    "language '{spelling}' is stored as '{code}'": (
        "भाषा '{spelling}' लाई '{code}' का रूपमा राखियो", "'{spelling}' tili '{code}' sifatida saqlandi"),
    "{reason}; the list shows the form's name instead": (
        "{reason}; सूचीमा यसको सट्टा फारमको नाम देखिन्छ", "{reason}; roʻyxatda uning oʻrniga soʻrovnoma nomi koʻrinadi"),
    "only used by servers or by ODK Collect; not needed here": (
        "सर्भर वा ODK Collect ले मात्र प्रयोग गर्छ; यहाँ चाहिँदैन",
        "faqat serverlar yoki ODK Collect ishlatadi; bu yerda kerak emas"),
    "'{raw}' is written '{form_id}' (letters, digits, _)": (
        "'{raw}' लाई '{form_id}' लेखियो (अक्षर, अङ्क, _)", "'{raw}' '{form_id}' deb yozildi (harflar, raqamlar, _)"),
    "list '{list}': the choice '{name}' appears again; the first one is offered": (
        "सूची '{list}': विकल्प '{name}' फेरि आउँछ; पहिलो मात्र देखाइन्छ",
        "'{list}' roʻyxati: '{name}' varianti yana uchraydi; birinchisi taklif qilinadi"),
    "list '{list}': choice media are not shown": (
        "सूची '{list}': विकल्पका मिडिया देखाइँदैनन्", "'{list}' roʻyxati: variantlar mediasi koʻrsatilmaydi"),
    "a plausible range is written low..high on a number or a calculation; left out": (
        "सम्भाव्य दायरा सङ्ख्या वा हिसाबमा न्यून..उच्च लेखिन्छ; हटाइयो",
        "ishonchli oraliq son yoki hisob-kitobda past..yuqori deb yoziladi; tushirib qoldirildi"),
    "{problem}; left out": ("{problem}; हटाइयो", "{problem}; tushirib qoldirildi"),
    "no label: the hint or the name is shown": (
        "शीर्षक छैन: सङ्केत वा नाम देखाइन्छ", "yorligʻi yoʻq: izoh yoki nom koʻrsatiladi"),
    "{count} texts have no {name} version; the {default} text is shown instead": (
        "{count} पाठको {name} संस्करण छैन; यसको सट्टा {default} पाठ देखाइन्छ",
        "{count} ta matnning {name} varianti yoʻq; uning oʻrniga {default} matni koʻrsatiladi"),
    "'{name}' becomes '{candidate}': names here are letters, digits and _, and unique in the whole form; "
    "references to it are rewritten": (
        "'{name}' '{candidate}' बन्छ: यहाँ नामहरू अक्षर, अङ्क र _ हुन्छन्, र पूरै फारममा एउटै हुन्छन्; "
        "यसका सन्दर्भहरू फेरि लेखिन्छन्",
        "'{name}' '{candidate}' boʻladi: bu yerda nomlar harflar, raqamlar va _ dan iborat va butun soʻrovnomada "
        "yagona; unga havolalar qayta yoziladi"),
    "'{kind}': {reason}": ("'{kind}': {reason}", "'{kind}': {reason}"),
    "'{kind}' becomes {type}: {reason}": ("'{kind}' {type} बन्छ: {reason}", "'{kind}' {type} boʻladi: {reason}"),
    "'{kind}' is not a type this app knows; answered as text": (
        "'{kind}' यो एपले चिनेको प्रकार होइन; पाठका रूपमा उत्तर दिइन्छ",
        "'{kind}' bu ilova biladigan tur emas; matn sifatida javob beriladi"),
    "'or_other' becomes a choice 'other' and a question '{name}' to specify it": (
        "'or_other' 'other' विकल्प र त्यसलाई खुलाउने प्रश्न '{name}' बन्छ",
        "'or_other' 'other' varianti va uni yozish uchun '{name}' savoliga aylanadi"),
    "a loop over a choice list becomes a repeat answered once per item by the officer": (
        "विकल्प सूचीमाथिको loop दोहोरिने खण्ड बन्छ, जसमा अधिकृतले प्रत्येक वस्तुका लागि एक पटक उत्तर दिन्छन्",
        "variantlar roʻyxati boʻyicha loop takrorlanuvchi boʻlimga aylanadi, xodim har bir element uchun bir "
        "marta javob beradi"),
    "the group has no question this app can ask": (
        "समूहमा यो एपले सोध्न सक्ने कुनै प्रश्न छैन", "guruhda bu ilova bera oladigan savol yoʻq"),
    "the repeat has no question this app can ask": (
        "दोहोरिने खण्डमा यो एपले सोध्न सक्ने कुनै प्रश्न छैन",
        "takrorlanuvchi boʻlimda bu ilova bera oladigan savol yoʻq"),
    "choices from '{itemset}' are read from the dataset '{dataset}' (import the list as CSV)": (
        "'{itemset}' का विकल्पहरू डेटासेट '{dataset}' बाट पढिन्छन् (सूचीलाई CSV का रूपमा आयात गर्नुहोस्)",
        "'{itemset}' variantlari '{dataset}' maʼlumotlar toʻplamidan oʻqiladi (roʻyxatni CSV sifatida import "
        "qiling)"),
    "search('{dataset}') becomes a list read from the dataset '{dataset}' (value and label columns as named in "
    "the choice list '{itemset}')": (
        "search('{dataset}') डेटासेट '{dataset}' बाट पढिने सूची बन्छ (मान र शीर्षकका स्तम्भ विकल्प सूची "
        "'{itemset}' मा भनिए अनुसार)",
        "search('{dataset}') '{dataset}' maʼlumotlar toʻplamidan oʻqiladigan roʻyxatga aylanadi (qiymat va yorliq "
        "ustunlari '{itemset}' variantlar roʻyxatida aytilganidek)"),
    "not used by this app": ("यो एपले प्रयोग गर्दैन", "bu ilova ishlatmaydi"),
    "not shown in this app": ("यो एपमा देखाइँदैन", "bu ilovada koʻrsatilmaydi"),
    "a computed default is used as the question's default expression": (
        "गणना गरिएको पूर्वनिर्धारित मान प्रश्नको पूर्वनिर्धारित अभिव्यक्तिका रूपमा प्रयोग हुन्छ",
        "hisoblanadigan standart qiymat savolning standart ifodasi sifatida ishlatiladi"),
    "search() applies to selects only; ignored": (
        "search() विकल्प प्रश्नमा मात्र लागू हुन्छ; बेवास्ता गरियो",
        "search() faqat tanlov savollariga tegishli; eʼtiborga olinmadi"),
    "{reason} in {expression}; {consequence}": (
        "{expression} मा {reason}; {consequence}", "{expression} ifodasida: {reason}; {consequence}"),
    "a calculation on an input question is used as its default": (
        "उत्तर दिने प्रश्नको गणना त्यसको पूर्वनिर्धारित मानका रूपमा प्रयोग हुन्छ",
        "javob beriladigan savoldagi hisoblash uning standart qiymati sifatida ishlatiladi"),
    "pyxform: {text}": ("pyxform: {text}", "pyxform: {text}"),
    # a form's references to its lists (media.py)
    "{problem}": ("{problem}", "{problem}"),
    "question '{question}', column '{column}': {problem}": (
        "प्रश्न '{question}', स्तम्भ '{column}': {problem}", "'{question}' savoli, '{column}' ustuni: {problem}"),
    "question '{question}': {problem}": ("प्रश्न '{question}': {problem}", "'{question}' savoli: {problem}"),
    "the list '{name}.csv' is missing; import it with 'needsassess datasets import {name}.csv --name {name}'": (
        "सूची '{name}.csv' छैन; यसलाई 'needsassess datasets import {name}.csv --name {name}' ले आयात गर्नुहोस्",
        "'{name}.csv' roʻyxati yoʻq; uni 'needsassess datasets import {name}.csv --name {name}' bilan import "
        "qiling"),
    "the list '{name}' has no column '{column}' (its columns: {columns})": (
        "सूची '{name}' मा स्तम्भ '{column}' छैन (यसका स्तम्भहरू: {columns})",
        "'{name}' roʻyxatida '{column}' ustuni yoʻq (uning ustunlari: {columns})"),
    "pulldata reads the list '{name}', which is neither a choice list of the form nor an imported dataset": (
        "pulldata ले सूची '{name}' पढ्छ, जुन न फारमको विकल्प सूची हो न आयात गरिएको डेटासेट",
        "pulldata '{name}' roʻyxatini oʻqiydi, u na soʻrovnomaning variantlar roʻyxati, na import qilingan "
        "maʼlumotlar toʻplami"),
    # what follows from a dropped expression
    "the question is always asked": ("प्रश्न सधैँ सोधिन्छ", "savol doim beriladi"),
    "the answer is not checked": ("उत्तर जाँचिँदैन", "javob tekshirilmaydi"),
    "the value stays empty": ("मान खाली रहन्छ", "qiymat boʻsh qoladi"),
    "the question is optional": ("प्रश्न ऐच्छिक हुन्छ", "savol ixtiyoriy boʻladi"),
    "every choice is offered": ("सबै विकल्प देखाइन्छन्", "barcha variantlar taklif qilinadi"),
    "the officer adds instances": ("अधिकृतले आफैँ थप्छन्", "xodim nusxalarni oʻzi qoʻshadi"),
    "left out": ("हटाइयो", "tushirib qoldirildi"),
    # why an expression cannot be used
    "reads external data with an XPath path other than instance('x')/root/item[col = value]/field": (
        "instance('x')/root/item[col = value]/field बाहेकको XPath बाटोले बाहिरी डेटा पढ्छ",
        "tashqi maʼlumotni instance('x')/root/item[col = value]/field dan boshqa XPath yoʻli bilan oʻqiydi"),
    "uses an absolute path (/data/...); write ${{name}} instead": (
        "पूर्ण बाटो (/data/...) प्रयोग गर्छ; यसको सट्टा ${{name}} लेख्नुहोस्",
        "mutlaq yoʻl (/data/...) ishlatadi; uning oʻrniga ${{name}} yozing"),
    # why a type is approximated or dropped (xlsform/types.py)
    "the time of day is not asked; the date is kept": (
        "दिनको समय सोधिँदैन; मिति राखिन्छ", "kun vaqti soʻralmaydi; sana saqlanadi"),
    "lines are not drawn on a map here; the officer writes the points as text": (
        "यहाँ नक्सामा रेखा कोरिँदैन; अधिकृतले बिन्दुहरू पाठका रूपमा लेख्छन्",
        "bu yerda xaritada chiziq chizilmaydi; xodim nuqtalarni matn sifatida yozadi"),
    "shapes are not drawn on a map here; the officer writes the points as text": (
        "यहाँ नक्सामा आकार कोरिँदैन; अधिकृतले बिन्दुहरू पाठका रूपमा लेख्छन्",
        "bu yerda xaritada shakllar chizilmaydi; xodim nuqtalarni matn sifatida yozadi"),
    "ranking widgets are not available; the officer writes the choices in order": (
        "क्रम मिलाउने साधन उपलब्ध छैन; अधिकृतले विकल्पहरू क्रमैसँग लेख्छन्",
        "tartiblash vositasi yoʻq; xodim variantlarni tartib bilan yozadi"),
    "shown as a box to tick": ("चिनो लगाउने बाकसका रूपमा देखाइन्छ", "belgilanadigan katakcha sifatida koʻrsatiladi"),
    "entered as a number, with the range as a constraint": (
        "सङ्ख्याका रूपमा भरिन्छ, दायरा सर्तका रूपमा", "son sifatida kiritiladi, oraliq cheklov sifatida"),
    "entered as a whole number, with 0 to 100 as a constraint": (
        "पूर्णाङ्कका रूपमा भरिन्छ, ० देखि १०० सर्तका रूपमा", "butun son sifatida kiritiladi, 0 dan 100 gacha cheklov bilan"),
    "entered as a whole number": ("पूर्णाङ्कका रूपमा भरिन्छ", "butun son sifatida kiritiladi"),
    "external choices (itemsets.csv) are not read; answered as text": (
        "बाहिरी विकल्पहरू (itemsets.csv) पढिँदैनन्; पाठका रूपमा उत्तर दिइन्छ",
        "tashqi variantlar (itemsets.csv) oʻqilmaydi; matn sifatida javob beriladi"),
    "sound recording is not available on field laptops": (
        "फिल्डका ल्यापटपमा आवाज रेकर्ड गर्ने सुविधा छैन", "dala noutbuklarida ovoz yozish imkoni yoʻq"),
    "video recording is not available on field laptops": (
        "फिल्डका ल्यापटपमा भिडियो रेकर्ड गर्ने सुविधा छैन", "dala noutbuklarida video yozish imkoni yoʻq"),
    "file attachments other than photos are not supported": (
        "फोटोबाहेकका फाइल संलग्नक समर्थित छैनन्", "fotosuratlardan boshqa ilova fayllar qoʻllab-quvvatlanmaydi"),
    "OpenStreetMap tagging is not available": (
        "OpenStreetMap ट्यागिङ उपलब्ध छैन", "OpenStreetMap teglash mavjud emas"),
    "background recording is not available": (
        "पृष्ठभूमिमा रेकर्ड गर्ने सुविधा छैन", "fonda yozib olish mavjud emas"),
    "background location is not recorded": (
        "पृष्ठभूमिमा स्थान रेकर्ड हुँदैन", "fonda joylashuv yozilmaydi"),
    "audit logs are kept by the app itself (every answer change is recorded)": (
        "लेखापरीक्षण विवरण एप आफैँले राख्छ (उत्तरको हरेक परिवर्तन रेकर्ड हुन्छ)",
        "audit jurnalini ilovaning oʻzi yuritadi (javobning har bir oʻzgarishi yoziladi)"),
    "laptops have no SIM card": ("ल्यापटपमा सिम कार्ड हुँदैन", "noutbuklarda SIM karta yoʻq"),
    "laptops have no phone number": ("ल्यापटपको फोन नम्बर हुँदैन", "noutbuklarning telefon raqami yoʻq"),
    "the officer's e-mail address is not known to the app": (
        "अधिकृतको इमेल ठेगाना एपलाई थाहा हुँदैन", "xodimning elektron pochta manzili ilovaga nomaʼlum"),
    "location is asked as a question instead": (
        "यसको सट्टा स्थान प्रश्नका रूपमा सोधिन्छ", "uning oʻrniga joylashuv savol sifatida soʻraladi"),
    "a hidden field holds no value": ("लुकेको क्षेत्रमा कुनै मान हुँदैन", "yashirin maydonda qiymat boʻlmaydi"),
    "declares an external data file; lookups read the dataset of that name": (
        "बाहिरी डेटा फाइल घोषणा गर्छ; खोजहरूले सोही नामको डेटासेट पढ्छन्",
        "tashqi maʼlumot faylini eʼlon qiladi; qidiruvlar shu nomdagi maʼlumotlar toʻplamini oʻqiydi"),
    # a report line: "approximated: survey row 5, column 'type': ..."
    "{level}: {where}: {message}": ("{level}: {where}: {message}", "{level}: {where}: {message}"),
    "{sheet} row {row}": ("{sheet} पङ्क्ति {row}", "{sheet} {row}-qator"),
    "{where}, column '{column}'": ("{where}, स्तम्भ '{column}'", "{where}, '{column}' ustuni"),
    "error": ("त्रुटि", "xato"),
    "approximated": ("अनुमानित", "taxminiy"),
    "dropped": ("हटाइएको", "tashlab ketilgan"),  # as the window's report says them
    "note": ("टिप्पणी", "izoh"),
}


@dataclass(frozen=True)
class Said:
    """A report sentence: its English template and values, worded in any of the app's languages."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, language: str) -> str:
        texts = SENTENCES.get(self.template)
        template = self.template
        if texts is not None and language in ("ne", "uz"):
            template = texts[0] if language == "ne" else texts[1]
        return template.format(**{key: word(value, language) for key, value in self.params.items()})

    def __str__(self) -> str:
        return self.render("en")


def say(template: str, **params: object) -> Said:
    """A report sentence; ``template`` is a key of SENTENCES (a test checks every one used)."""
    return Said(template, params)
