"""Refusals of the command line and of the reports (``NA-CLI-…``, ``NA-REPORT-…``): files the person
named that cannot be read, confirmations not given, report options out of range.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class CliCode(Catalogue):
    ANSWERS_UNREADABLE = (
        "NA-CLI-001",
        "Cannot read the answers file {path}: {detail}.",
        "उत्तर फाइल {path} पढ्न सकिँदैन: {detail}।",
        "{path} javoblar faylini oʻqib boʻlmaydi: {detail}.",
    )
    ANSWERS_NOT_JSON = (
        "NA-CLI-002",
        "The answers file {path} is not valid UTF-8 JSON: {detail}.",
        "उत्तर फाइल {path} मान्य UTF-8 JSON होइन: {detail}।",
        "{path} javoblar fayli yaroqli UTF-8 JSON emas: {detail}.",
    )
    ANSWERS_EMPTY = (
        "NA-CLI-003",
        "The answers file {path} holds an empty array: nothing to create.",
        "उत्तर फाइल {path} मा खाली array छ: बनाउन केही छैन।",
        "{path} javoblar faylida boʻsh massiv bor: yaratiladigan hech narsa yoʻq.",
    )
    ANSWERS_REFUSED = (
        "NA-CLI-004",
        "Nothing was created; these answers were refused:\n  {problems}",
        "केही पनि बनाइएन; यी उत्तरहरू अस्वीकार गरिए:\n  {problems}",
        "Hech narsa yaratilmadi; quyidagi javoblar rad etildi:\n  {problems}",
    )
    ANSWERS_TOO_DEEP = (
        "NA-CLI-005",
        "The answers file {path} is nested too deeply to be answers.",
        "उत्तर फाइल {path} उत्तर हुन सक्ने भन्दा धेरै तहसम्म गुँथिएको छ।",
        "{path} javoblar fayli javob boʻlishi uchun juda koʻp qavatli.",
    )
    ANSWERS_SHAPE = (
        "NA-CLI-006",
        "The answers file {path} cannot be used as answers: it {problem}.",
        "उत्तर फाइल {path} उत्तरका रूपमा प्रयोग गर्न सकिँदैन: {problem}।",
        "{path} javoblar faylini javob sifatida ishlatib boʻlmaydi: {problem}.",
    )
    OPEN_UNKNOWN = (
        "NA-CLI-600",
        "gui --open {uuid}: there is no such assessment in the data folder {folder}, so the window was not "
        "opened. 'needsassess list' shows the assessments and their uuids; check the uuid, or the --data-dir.",
        "gui --open {uuid}: डाटा फोल्डर {folder} मा यस्तो मूल्याङ्कन छैन, त्यसैले विन्डो खोलिएन। 'needsassess list' "
        "ले मूल्याङ्कनहरू र तिनका uuid देखाउँछ; uuid वा --data-dir जाँच गर्नुहोस्।",
        "gui --open {uuid}: {folder} maʼlumotlar papkasida bunday baholash yoʻq, shuning uchun oyna ochilmadi. "
        "'needsassess list' baholashlar va ularning uuid larini koʻrsatadi; uuid ni yoki --data-dir ni tekshiring.",
    )
    NOT_CONFIRMED = (
        "NA-CLI-010",
        "not enrolled: the fingerprint was not confirmed",
        "दर्ता गरिएन: फिंगरप्रिन्ट पुष्टि गरिएन",
        "roʻyxatga olinmadi: barmoq izi tasdiqlanmadi",
    )
    FILE_UNREADABLE = (
        "NA-CLI-011",
        "cannot read {path}: {detail}",
        "{path} पढ्न सकिँदैन: {detail}",
        "{path} ni oʻqib boʻlmaydi: {detail}",
    )
    PASSPHRASE_FILE = (
        "NA-CLI-012",
        "cannot read the passphrase file {path}: {detail}",
        "पासफ्रेज फाइल {path} पढ्न सकिँदैन: {detail}",
        "{path} parol iborasi faylini oʻqib boʻlmaydi: {detail}",
    )
    PASSPHRASES_DIFFER = (
        "NA-CLI-013",
        "the two passphrases differ; nothing was written",
        "दुई पासफ्रेज फरक छन्; केही पनि लेखिएन",
        "ikki parol iborasi bir xil emas; hech narsa yozilmadi",
    )
    NO_TERMINAL = (
        "NA-CLI-014",
        "a passphrase is needed and there is no terminal to ask it on: give --passphrase-file FILE",
        "पासफ्रेज चाहिन्छ तर सोध्ने टर्मिनल छैन: --passphrase-file FILE दिनुहोस्",
        "parol iborasi kerak, lekin uni soʻraydigan terminal yoʻq: --passphrase-file FILE ni bering",
    )
    PASSPHRASE_ENDED = (
        "NA-CLI-015",
        "no passphrase was given (input ended); nothing was written",
        "पासफ्रेज दिइएन (इनपुट सकियो); केही पनि लेखिएन",
        "parol iborasi berilmadi (kiritish tugadi); hech narsa yozilmadi",
    )


@register
class ReportCode(Catalogue):
    NO_ASSESSMENT = (
        "NA-REPORT-001",
        "No assessment to print: give at least one assessment uuid.",
        "छाप्न कुनै मूल्याङ्कन छैन: कम्तीमा एउटा मूल्याङ्कनको uuid दिनुहोस्।",
        "Chop etish uchun baholash yoʻq: kamida bitta baholash uuid sini bering.",
    )
    LANGUAGE = (
        "NA-REPORT-002",
        "Reports are written in {languages}; {lang} is not one of them. Use --lang en, ne or uz.",
        "प्रतिवेदनहरू {languages} मा लेखिन्छन्; {lang} तीमध्ये एउटा होइन। --lang en, ne वा uz प्रयोग गर्नुहोस्।",
        "Hisobotlar {languages} tillarida yoziladi; {lang} ular orasida yoʻq. --lang en, ne yoki uz dan "
        "foydalaning.",
    )
    PAPER = (
        "NA-REPORT-003",
        "Unknown paper size {paper}: use one of {allowed}.",
        "अज्ञात कागज आकार {paper}: यीमध्ये एउटा प्रयोग गर्नुहोस्: {allowed}।",
        "Nomaʼlum qogʻoz oʻlchami {paper}: quyidagilardan birini ishlating: {allowed}.",
    )
    DIGITS = (
        "NA-REPORT-006",
        "Unknown digits {digits}: use latin or devanagari.",
        "अज्ञात अङ्क शैली {digits}: latin वा devanagari प्रयोग गर्नुहोस्।",
        "Nomaʼlum raqamlar {digits}: latin yoki devanagari dan foydalaning.",
    )
    FOLDER_MISSING = (
        "NA-REPORT-004",
        "Cannot write the report to {target}: the folder {folder} does not exist.",
        "प्रतिवेदन {target} मा लेख्न सकिँदैन: फोल्डर {folder} अवस्थित छैन।",
        "Hisobotni {target} ga yozib boʻlmaydi: {folder} papkasi mavjud emas.",
    )
    WRITE_FAILED = (
        "NA-REPORT-005",
        "Cannot write the report to {target}: {detail}.",
        "प्रतिवेदन {target} मा लेख्न सकिँदैन: {detail}।",
        "Hisobotni {target} ga yozib boʻlmaydi: {detail}.",
    )
    FONT_MISSING = (
        "NA-REPORT-010",
        "The report font {name} is missing from {folder}. Reinstall needsassess "
        "(the fonts ship in resources/fonts).",
        "प्रतिवेदनको फन्ट {name} {folder} मा छैन। needsassess फेरि स्थापना गर्नुहोस् (फन्टहरू resources/fonts मा "
        "आउँछन्)।",
        "{name} hisobot shrifti {folder} da yoʻq. needsassess ni qayta oʻrnating (shriftlar resources/fonts "
        "ichida keladi).",
    )
    FONT_UNREADABLE = (
        "NA-REPORT-011",
        "The report font {path} cannot be read ({detail}). Reinstall needsassess.",
        "प्रतिवेदनको फन्ट {path} पढ्न सकिँदैन ({detail})। needsassess फेरि स्थापना गर्नुहोस्।",
        "{path} hisobot shriftini oʻqib boʻlmaydi ({detail}). needsassess ni qayta oʻrnating.",
    )


@register
class InstallCode(Catalogue):
    """An installation missing what it ships (forms, fonts, translations): reinstalling mends it."""

    PACKAGE_MISSING = (
        "NA-INSTALL-001",
        "This installation of needsassess is incomplete: the package {package} with its shipped files is "
        "missing. Reinstall needsassess (the wheel or the bundle), then try again.",
        "needsassess को यो स्थापना अपूरो छ: साथमा आउने फाइलसहितको प्याकेज {package} छैन। needsassess फेरि "
        "स्थापना गर्नुहोस् (wheel वा bundle), अनि फेरि प्रयास गर्नुहोस्।",
        "needsassess ning bu oʻrnatmasi toʻliq emas: {package} paketi unga qoʻshib beriladigan fayllari bilan "
        "yoʻq. needsassess ni qayta oʻrnating (wheel yoki bundle), soʻng qaytadan urinib koʻring.",
    )
    NO_FORMS = (
        "NA-INSTALL-002",
        "This installation of needsassess is incomplete: no shipped forms (*.yaml) in {folder}. Reinstall "
        "needsassess (the wheel or the bundle), then try again.",
        "needsassess को यो स्थापना अपूरो छ: {folder} मा साथमा आउने फारम (*.yaml) छैनन्। needsassess फेरि "
        "स्थापना गर्नुहोस् (wheel वा bundle), अनि फेरि प्रयास गर्नुहोस्।",
        "needsassess ning bu oʻrnatmasi toʻliq emas: {folder} da birga keladigan soʻrovnomalar (*.yaml) yoʻq. "
        "needsassess ni qayta oʻrnating (wheel yoki bundle), soʻng qaytadan urinib koʻring.",
    )
    FILE_MISSING = (
        "NA-INSTALL-003",
        "This installation of needsassess is incomplete: {file} is missing from {folder}. Reinstall "
        "needsassess (the wheel or the bundle), then try again.",
        "needsassess को यो स्थापना अपूरो छ: {folder} मा {file} छैन। needsassess फेरि स्थापना गर्नुहोस् "
        "(wheel वा bundle), अनि फेरि प्रयास गर्नुहोस्।",
        "needsassess ning bu oʻrnatmasi toʻliq emas: {folder} da {file} yoʻq. needsassess ni qayta oʻrnating "
        "(wheel yoki bundle), soʻng qaytadan urinib koʻring.",
    )
    NO_DEMO_ANSWERS = (
        "NA-INSTALL-004",
        "No demo answer set matches a form of this installation (answer sets in {folder}). The installation "
        "is incomplete: reinstall needsassess, then try again.",
        "यो स्थापनाको कुनै फारमसँग मिल्ने नमुना उत्तर सेट छैन (उत्तर सेटहरू {folder} मा)। स्थापना अपूरो छ: "
        "needsassess फेरि स्थापना गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।",
        "Bu oʻrnatmaning birorta soʻrovnomasiga mos namunaviy javoblar toʻplami yoʻq (toʻplamlar {folder} da). "
        "Oʻrnatma toʻliq emas: needsassess ni qayta oʻrnating, soʻng qaytadan urinib koʻring.",
    )
    DESKTOP_NOT_LINUX = (
        "NA-INSTALL-010",
        "Desktop entries are a Linux desktop's menu; on Windows and macOS the bundle is started from its own "
        "icon (docs/install.md).",
        "डेस्कटप प्रविष्टि Linux डेस्कटपको मेनुका लागि हो; Windows र macOS मा bundle आफ्नै आइकनबाट सुरु हुन्छ "
        "(docs/install.md)।",
        "Ish stoli yozuvlari Linux ish stoli menyusi uchun; Windows va macOS da bundle oʻz belgisidan ishga "
        "tushiriladi (docs/install.md).",
    )
