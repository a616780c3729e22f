"""Form media and XLSForm interchange (``NA-DATASET-…``), and the expression limits and values that
form checks report (``NA-EXPR-55x``): CSV lists that cannot be read or do not fit the form, and
datasets an exported form needs but the store lacks.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class DatasetCode(Catalogue):
    """Why a CSV list (a dataset) cannot be read, stored or written out with its form."""

    BAD_NAME = (
        "NA-DATASET-560",
        "'{name}' is not a dataset name (letters, digits, _ . -, starting with a letter)",
        "'{name}' डेटासेटको नाम होइन (अक्षर, अङ्क, _ . -, अक्षरबाट सुरु हुने)",
        "'{name}' maʼlumotlar toʻplami nomi emas (harflar, raqamlar, _ . -, harf bilan boshlanadi)",
    )
    TOO_LARGE = (
        "NA-DATASET-561",
        "{file} is larger than {limit} MB",
        "{file} {limit} MB भन्दा ठूलो छ",
        "{file} {limit} MB dan katta",
    )
    UNREADABLE = (
        "NA-DATASET-562",
        "cannot read {path}: {detail}",
        "{path} पढ्न सकिँदैन: {detail}",
        "{path} ni oʻqib boʻlmaydi: {detail}",
    )
    NOT_UTF8 = (
        "NA-DATASET-563",
        "{file} line {line}: not UTF-8 text; save it as 'CSV UTF-8'",
        "{file} पङ्क्ति {line}: UTF-8 पाठ होइन; यसलाई 'CSV UTF-8' का रूपमा सेभ गर्नुहोस्",
        "{file} {line}-qator: UTF-8 matn emas; uni 'CSV UTF-8' sifatida saqlang",
    )
    NOT_TEXT = (
        "NA-DATASET-564",
        "{file} is not a text file (it holds NUL bytes)",
        "{file} पाठ फाइल होइन (यसमा NUL बाइटहरू छन्)",
        "{file} matn fayli emas (unda NUL baytlar bor)",
    )
    EMPTY_HEADER = (
        "NA-DATASET-565",
        "{file} line 1: the header row is empty; the first row names the columns",
        "{file} पङ्क्ति 1: शीर्ष पङ्क्ति खाली छ; पहिलो पङ्क्तिले स्तम्भहरूको नाम दिन्छ",
        "{file} 1-qator: sarlavha qatori boʻsh; birinchi qator ustunlarni nomlaydi",
    )
    TOO_MANY_ROWS = (
        "NA-DATASET-566",
        "{file}: more than {limit} rows",
        "{file}: {limit} भन्दा बढी पङ्क्तिहरू",
        "{file}: {limit} qatordan koʻp",
    )
    NOT_CSV = (
        "NA-DATASET-567",
        "{file} line {line}: {detail}",
        "{file} पङ्क्ति {line}: {detail}",
        "{file} {line}-qator: {detail}",
    )
    UNNAMED_COLUMN = (
        "NA-DATASET-568",
        "{file} line 1, column {number}: the column has no name",
        "{file} पङ्क्ति 1, स्तम्भ {number}: स्तम्भको नाम छैन",
        "{file} 1-qator, {number}-ustun: ustunning nomi yoʻq",
    )
    DUPLICATE_COLUMN = (
        "NA-DATASET-569",
        "{file} line 1: the column '{column}' appears twice",
        "{file} पङ्क्ति 1: स्तम्भ '{column}' दुई पटक आउँछ",
        "{file} 1-qator: '{column}' ustuni ikki marta uchraydi",
    )
    NOT_STORED = (
        "NA-DATASET-570",
        "the form reads the list '{name}', which is not in this data folder: import it with "
        "'needsassess datasets import {name}.csv --name {name}'",
        "फारमले सूची '{name}' पढ्छ, जुन यो डेटा फोल्डरमा छैन: यसलाई "
        "'needsassess datasets import {name}.csv --name {name}' ले आयात गर्नुहोस्",
        "soʻrovnoma '{name}' roʻyxatini oʻqiydi, u bu maʼlumotlar papkasida yoʻq: uni "
        "'needsassess datasets import {name}.csv --name {name}' bilan import qiling",
    )
    NOT_FOUND = (
        "NA-DATASET-585",
        "no dataset '{name}' (see 'needsassess datasets list')",
        "'{name}' नामको डेटासेट छैन ('needsassess datasets list' हेर्नुहोस्)",
        "'{name}' maʼlumotlar toʻplami yoʻq ('needsassess datasets list' ga qarang)",
    )
    EXPORT_FAILED = (
        "NA-DATASET-571",
        "cannot write {target}: {detail}",
        "{target} लेख्न सकिँदैन: {detail}",
        "{target} ni yozib boʻlmaydi: {detail}",
    )


@register
class ExprLimitCode(Catalogue):
    """Limits and values an expression meets while it is read or computed, as form checks show them."""

    TEXT_TOO_LONG = (
        "NA-EXPR-550",
        "{function}() would make a text of {length} characters; at most {limit} are allowed "
        "(docs/expressions.md)",
        "{function}() ले {length} अक्षरको पाठ बनाउँथ्यो; बढीमा {limit} अनुमति छ (docs/expressions.md)",
        "{function}() {length} belgili matn hosil qilardi; koʻpi bilan {limit} ga ruxsat bor "
        "(docs/expressions.md)",
    )
    AT_QUESTION = (
        "NA-EXPR-551",
        "question '{question}': {problem}",
        "प्रश्न '{question}': {problem}",
        "'{question}' savoli: {problem}",
    )
    AT_QUESTION_COLUMN = (
        "NA-EXPR-552",
        "question '{question}', column '{column}': {problem}",
        "प्रश्न '{question}', स्तम्भ '{column}': {problem}",
        "'{question}' savoli, '{column}' ustuni: {problem}",
    )
    NOT_A_DATE = (
        "NA-EXPR-553",
        "{function}() was given {value}, which is not a date: write dates as YYYY-MM-DD",
        "{function}() लाई {value} दिइयो, जुन मिति होइन: मितिहरू YYYY-MM-DD ढाँचामा लेख्नुहोस्",
        "{function}() ga {value} berildi, bu sana emas: sanalarni YYYY-MM-DD koʻrinishida yozing",
    )
    DATE_OUT_OF_RANGE = (
        "NA-EXPR-554",
        "{function}() was given {value}, which is out of the range of dates",
        "{function}() लाई {value} दिइयो, जुन मितिहरूको दायराबाहिर छ",
        "{function}() ga {value} berildi, bu sanalar oraligʻidan tashqarida",
    )
    EXPRESSION_TOO_LONG = (
        "NA-EXPR-555",
        "the expression is longer than {limit} characters: split it up with calculate questions",
        "अभिव्यक्ति {limit} अक्षरभन्दा लामो छ: यसलाई calculate प्रश्नहरूमा टुक्र्याउनुहोस्",
        "ifoda {limit} belgidan uzun: uni calculate savollariga boʻlib yozing",
    )
    EXPRESSION_EMPTY = (
        "NA-EXPR-556",
        "the expression is empty: write a value or a condition, e.g. ${{name}} = 'yes'",
        "अभिव्यक्ति खाली छ: कुनै मान वा सर्त लेख्नुहोस्, जस्तै ${{name}} = 'yes'",
        "ifoda boʻsh: qiymat yoki shart yozing, masalan ${{name}} = 'yes'",
    )
    REGEX_INPUT_TOO_LONG = (
        "NA-EXPR-557",
        "regex() was given {length} characters; at most {limit} are checked (patterns at most {pattern_limit})",
        "regex() लाई {length} अक्षर दिइयो; बढीमा {limit} जाँचिन्छ (ढाँचा बढीमा {pattern_limit})",
        "regex() ga {length} belgi berildi; koʻpi bilan {limit} tasi tekshiriladi (andozalar koʻpi bilan "
        "{pattern_limit})",
    )
    BAD_PATTERN = (
        "NA-EXPR-558",
        "the regular expression cannot be used: {problem}",
        "नियमित अभिव्यक्ति (regex) प्रयोग गर्न सकिँदैन: {problem}",
        "muntazam ifodadan (regex) foydalanib boʻlmaydi: {problem}",
    )
    AT_CHARACTER = (
        "NA-EXPR-559",
        "{message} (at character {position})",
        "{message} (अक्षर {position} मा)",
        "{message} ({position}-belgida)",
    )


@register
class XLSFormCode(Catalogue):
    """Why a spreadsheet cannot be imported as a form; the import report lists each row's reason."""

    NOT_A_WORKBOOK = (
        "NA-XLSFORM-572",
        "{file} is neither an .xlsx nor an .xls workbook (another file renamed?). Save it from Excel and try again.",
        "{file} न .xlsx न .xls कार्यपुस्तिका हो (अर्को फाइलको नाम फेरिएको?)। यसलाई Excel बाट सेभ गरेर फेरि प्रयास "
        "गर्नुहोस्।",
        "{file} na .xlsx, na .xls ish kitobi (boshqa fayl qayta nomlanganmi?). Uni Excel dan saqlab, qayta urinib "
        "koʻring.",
    )
    UNPACKS_TOO_LARGE = (
        "NA-XLSFORM-573",
        "{file} unpacks to more than {limit} MB; refused as too large",
        "{file} खोल्दा {limit} MB भन्दा ठूलो हुन्छ; धेरै ठूलो भएकाले अस्वीकार गरियो",
        "{file} ochilganda {limit} MB dan oshadi; juda katta boʻlgani uchun rad etildi",
    )
    ZIP_NOT_WORKBOOK = (
        "NA-XLSFORM-574",
        "{file} is a zip file but not an Excel workbook (.xlsx)",
        "{file} zip फाइल हो तर Excel कार्यपुस्तिका (.xlsx) होइन",
        "{file} zip fayl, lekin Excel ish kitobi (.xlsx) emas",
    )
    FILE_TOO_LARGE = (
        "NA-XLSFORM-575",
        "{file} is {size} MB; an XLSForm is at most {limit} MB",
        "{file} {size} MB छ; XLSForm बढीमा {limit} MB हुन्छ",
        "{file} {size} MB; XLSForm koʻpi bilan {limit} MB boʻladi",
    )
    UNREADABLE = (
        "NA-XLSFORM-576",
        "cannot read {path}: {detail}",
        "{path} पढ्न सकिँदैन: {detail}",
        "{path} ni oʻqib boʻlmaydi: {detail}",
    )
    PYXFORM_REFUSES = (
        "NA-XLSFORM-577",
        "{file} cannot be imported: pyxform (the XLSForm converter of ODK and KoboToolbox) refuses it: {detail}",
        "{file} आयात गर्न सकिँदैन: pyxform (ODK र KoboToolbox को XLSForm रूपान्तरक) ले यसलाई अस्वीकार गर्छ: {detail}",
        "{file} ni import qilib boʻlmaydi: pyxform (ODK va KoboToolbox ning XLSForm oʻgirgichi) uni rad etadi: "
        "{detail}",
    )
    TOO_MANY_CELLS = (
        "NA-XLSFORM-583",
        "{file} has {cells} cells with content; an XLSForm here has at most {limit}",
        "{file} मा सामग्री भएका {cells} कक्ष छन्; यहाँ XLSForm मा बढीमा {limit} हुन्छन्",
        "{file} da mazmunli {cells} ta katak bor; bu yerda XLSForm koʻpi bilan {limit} ta boʻladi",
    )
    NOTHING_TO_ASK = (
        "NA-XLSFORM-578",
        "{file} cannot be imported: none of its questions can be asked here",
        "{file} आयात गर्न सकिँदैन: यसका कुनै पनि प्रश्न यहाँ सोध्न सकिँदैन",
        "{file} ni import qilib boʻlmaydi: uning birorta savolini bu yerda berib boʻlmaydi",
    )
    PROBLEMS = (
        "NA-XLSFORM-579",
        "{file} cannot be imported: {count} problem(s)",
        "{file} आयात गर्न सकिँदैन: {count} समस्या",
        "{file} ni import qilib boʻlmaydi: {count} ta muammo",
    )
    TOO_MANY_PROBLEMS = (
        "NA-XLSFORM-580",
        "{file} cannot be imported: too many problems",
        "{file} आयात गर्न सकिँदैन: धेरै समस्याहरू छन्",
        "{file} ni import qilib boʻlmaydi: muammolar juda koʻp",
    )
    LIST_NOT_FOUND = (
        "NA-XLSFORM-581",
        "the form reads the list '{name}' but {name}.csv is not in {where}; nothing was imported",
        "फारमले सूची '{name}' पढ्छ तर {name}.csv {where} मा छैन; केही पनि आयात गरिएन",
        "soʻrovnoma '{name}' roʻyxatini oʻqiydi, lekin {name}.csv {where} da yoʻq; hech narsa import qilinmadi",
    )
    LISTS_UNUSABLE = (
        "NA-XLSFORM-584",
        "{file} cannot be imported: the CSV lists it reads are missing or do not fit it",
        "{file} आयात गर्न सकिँदैन: यसले पढ्ने CSV सूचीहरू छैनन् वा मेल खाँदैनन्",
        "{file} ni import qilib boʻlmaydi: u oʻqiydigan CSV roʻyxatlar yoʻq yoki unga mos emas",
    )
    BESIDE_THE_FORM = (
        "NA-XLSFORM-582",
        "the folder of the form or {folder}",
        "फारमको फोल्डर वा {folder}",
        "soʻrovnoma papkasi yoki {folder}",
    )
