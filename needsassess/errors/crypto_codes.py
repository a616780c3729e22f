"""Key, envelope, signature and trust errors (``NA-KEY-…``, ``NA-ENVELOPE-…``, ``NA-SIGNATURE-…``,
``NA-TRUST-…``): a damaged key file, a package for another coordinator, a forged signature, a key
not enrolled.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue, Wording
from needsassess.errors.registry import register

_RESTORE_EN = "restore it with `needsassess keys restore BACKUP`, or move it away to make a new key"
_RESTORE_NE = "यसलाई `needsassess keys restore BACKUP` बाट फर्काउनुहोस्, वा नयाँ कुञ्जी बनाउन यसलाई अन्यत्र सार्नुहोस्"
_RESTORE_UZ = (
    "uni `needsassess keys restore BACKUP` bilan tiklang yoki yangi kalit yaratish uchun boshqa joyga oʻtkazing"
)


class KeyKind(Wording):
    """Which key a message speaks of (``{what}``)."""


KeyKind.table = {
    "device key": ("उपकरण कुञ्जी", "qurilma kaliti"),
    "coordinator key": ("संयोजक कुञ्जी", "koordinator kaliti"),
    "device encryption key": ("उपकरणको गुप्तिकरण कुञ्जी", "qurilmaning shifrlash kaliti"),
}


@register
class KeyCode(Catalogue):
    FOLDER_UNWRITABLE = (
        "NA-KEY-001",
        "cannot create the key folder {folder}: {detail}",
        "कुञ्जी फोल्डर {folder} बनाउन सकिँदैन: {detail}",
        "{folder} kalitlar papkasini yaratib boʻlmaydi: {detail}",
    )
    WRITE_FAILED = (
        "NA-KEY-002",
        "cannot write the key file {path}: {detail}",
        "कुञ्जी फाइल {path} लेख्न सकिँदैन: {detail}",
        "{path} kalit faylini yozib boʻlmaydi: {detail}",
    )
    TOO_OPEN = (
        "NA-KEY-003",
        "the {what} file {path} can be read by other users of this computer (permissions {mode}). Treat the "
        "key as exposed: make a new one, or if you are sure it was not read, run: chmod 600 {path}",
        "{what} फाइल {path} यो कम्प्युटरका अरू प्रयोगकर्ताले पढ्न सक्छन् (अनुमति {mode})। कुञ्जी खुलिसकेको मान्नुहोस्: "
        "नयाँ बनाउनुहोस्, वा कसैले पढेको छैन भन्ने पक्का भए चलाउनुहोस्: chmod 600 {path}",
        "{what} fayli {path} ni bu kompyuterning boshqa foydalanuvchilari oʻqiy oladi (ruxsatlar {mode}). Kalitni "
        "oshkor boʻlgan deb hisoblang: yangisini yarating yoki u oʻqilmaganiga ishonchingiz komil boʻlsa, "
        "bajaring: chmod 600 {path}",
    )
    TOO_LARGE = (
        "NA-KEY-004",
        "the {what} file {path} is too large to be a key file; " + _RESTORE_EN,
        "{what} फाइल {path} कुञ्जी फाइल हुन धेरै ठूलो छ; " + _RESTORE_NE,
        "{what} fayli {path} kalit fayli boʻlishi uchun juda katta; " + _RESTORE_UZ,
    )
    UNREADABLE = (
        "NA-KEY-005",
        "cannot read the {what} file {path}: {detail}",
        "{what} फाइल {path} पढ्न सकिँदैन: {detail}",
        "{what} fayli {path} ni oʻqib boʻlmaydi: {detail}",
    )
    DAMAGED = (
        "NA-KEY-006",
        "the {what} file {path} is damaged (not a key file); " + _RESTORE_EN,
        "{what} फाइल {path} बिग्रिएको छ (कुञ्जी फाइल होइन); " + _RESTORE_NE,
        "{what} fayli {path} shikastlangan (kalit fayli emas); " + _RESTORE_UZ,
    )
    FIELD_DAMAGED = (
        "NA-KEY-007",
        "{where} is damaged (field {field} is not a {size}-byte key); " + _RESTORE_EN,
        "{where} बिग्रिएको छ (क्षेत्र {field} {size}-बाइटको कुञ्जी होइन); " + _RESTORE_NE,
        "{where} shikastlangan ({field} maydoni {size} baytli kalit emas); " + _RESTORE_UZ,
    )
    WRONG_KIND = (
        "NA-KEY-008",
        "{path} is not a {kind} file of this version of needsassess",
        "{path} needsassess को यो संस्करणको {kind} फाइल होइन",
        "{path} needsassess ning bu versiyasiga tegishli {kind} fayli emas",
    )
    COORDINATOR_NAME = (
        "NA-KEY-009",
        "give the coordinator key a name of 1 to 200 characters (e.g. the office)",
        "संयोजक कुञ्जीलाई १ देखि २०० अक्षरको नाम दिनुहोस् (जस्तै कार्यालय)",
        "koordinator kalitiga 1 dan 200 belgigacha nom bering (masalan, idora nomi)",
    )
    COORDINATOR_EXISTS = (
        "NA-KEY-010",
        "this data folder already has a coordinator key ({path}); officers' packages are "
        "encrypted to it, so it is never replaced silently. Back it up with `needsassess keys backup`.",
        "यो डाटा फोल्डरमा पहिल्यै संयोजक कुञ्जी छ ({path}); अधिकृतका प्याकेजहरू यसैमा इन्क्रिप्ट हुन्छन्, त्यसैले "
        "यसलाई चुपचाप कहिल्यै बदलिँदैन। यसको ब्याकअप `needsassess keys backup` बाट लिनुहोस्।",
        "bu maʼlumotlar papkasida allaqachon koordinator kaliti bor ({path}); xodimlarning paketlari unga "
        "shifrlanadi, shuning uchun u hech qachon jimgina almashtirilmaydi. Uning zaxira nusxasini "
        "`needsassess keys backup` bilan oling.",
    )
    NOT_PUBLIC_KEY = (
        "NA-KEY-011",
        "{source} is not a needsassess public key file (it must start with {header})",
        "{source} needsassess को सार्वजनिक कुञ्जी फाइल होइन (यो {header} बाट सुरु हुनुपर्छ)",
        "{source} needsassess ochiq kalit fayli emas (u {header} bilan boshlanishi kerak)",
    )
    BAD_LINE = (
        "NA-KEY-012",
        "{source}: the line {line} is not a single 'field: value' line",
        "{source}: पङ्क्ति {line} एउटा मात्र 'field: value' पङ्क्ति होइन",
        "{source}: {line} qatori yagona 'field: value' qatori emas",
    )
    UNKNOWN_TYPE = (
        "NA-KEY-013",
        "{source}: unknown key type {kind} / algorithm {algorithm}",
        "{source}: अज्ञात कुञ्जी प्रकार {kind} / एल्गोरिदम {algorithm}",
        "{source}: nomaʼlum kalit turi {kind} / algoritm {algorithm}",
    )
    FINGERPRINT_LINE = (
        "NA-KEY-014",
        "{source}: the key does not match its fingerprint line (the file was altered or mistyped); "
        "ask for the file again",
        "{source}: कुञ्जी आफ्नो फिंगरप्रिन्ट पङ्क्तिसँग मेल खाँदैन (फाइल बदलिएको वा गलत टाइप भएको); फाइल फेरि "
        "माग्नुहोस्",
        "{source}: kalit oʻzining barmoq izi qatoriga mos kelmaydi (fayl oʻzgartirilgan yoki xato terilgan); "
        "faylni qaytadan soʻrang",
    )
    PUBLIC_TOO_LARGE = (
        "NA-KEY-015",
        "{path} is too large to be a public key file",
        "{path} सार्वजनिक कुञ्जी फाइल हुन धेरै ठूलो छ",
        "{path} ochiq kalit fayli boʻlishi uchun juda katta",
    )
    PUBLIC_UNREADABLE = (
        "NA-KEY-016",
        "cannot read the public key file {path}: {detail}",
        "सार्वजनिक कुञ्जी फाइल {path} पढ्न सकिँदैन: {detail}",
        "{path} ochiq kalit faylini oʻqib boʻlmaydi: {detail}",
    )
    NOT_COORDINATOR = (
        "NA-KEY-017",
        "that is an officer's device key, not a coordinator key; ask the coordinator for theirs",
        "त्यो अधिकृतको उपकरण कुञ्जी हो, संयोजक कुञ्जी होइन; संयोजकसँग उहाँको कुञ्जी माग्नुहोस्",
        "bu xodimning qurilma kaliti, koordinator kaliti emas; koordinatordan uning kalitini soʻrang",
    )
    # Key backups.
    PASSPHRASE_SHORT = (
        "NA-KEY-020",
        "choose a passphrase of at least {minimum} characters (a few words)",
        "कम्तीमा {minimum} अक्षरको पासफ्रेज छान्नुहोस् (केही शब्द)",
        "kamida {minimum} belgidan iborat parol iborasini tanlang (bir necha soʻz)",
    )
    BACKUP_TOO_LARGE = (
        "NA-KEY-021",
        "{path} is too large to be a key backup",
        "{path} कुञ्जी ब्याकअप हुन धेरै ठूलो छ",
        "{path} kalit zaxira nusxasi boʻlishi uchun juda katta",
    )
    BACKUP_UNREADABLE = (
        "NA-KEY-022",
        "cannot read the key backup {path}: {detail}",
        "कुञ्जी ब्याकअप {path} पढ्न सकिँदैन: {detail}",
        "{path} kalit zaxira nusxasini oʻqib boʻlmaydi: {detail}",
    )
    NOT_BACKUP = (
        "NA-KEY-023",
        "{path} is not a needsassess key backup (or it is damaged)",
        "{path} needsassess को कुञ्जी ब्याकअप होइन (वा बिग्रिएको छ)",
        "{path} needsassess kalit zaxira nusxasi emas (yoki shikastlangan)",
    )
    BACKUP_VERSION = (
        "NA-KEY-024",
        "{path} is a key backup of an unknown version; update needsassess",
        "{path} अज्ञात संस्करणको कुञ्जी ब्याकअप हो; needsassess अद्यावधिक गर्नुहोस्",
        "{path} nomaʼlum versiyadagi kalit zaxira nusxasi; needsassess ni yangilang",
    )
    BACKUP_PARAMS = (
        "NA-KEY-025",
        "{path}: the backup's scrypt parameters are damaged",
        "{path}: ब्याकअपका scrypt प्यारामिटर बिग्रिएका छन्",
        "{path}: zaxira nusxasining scrypt parametrlari shikastlangan",
    )
    BACKUP_PARAMS_BOUNDS = (
        "NA-KEY-026",
        "{path}: the backup's scrypt parameters are damaged or out of bounds",
        "{path}: ब्याकअपका scrypt प्यारामिटर बिग्रिएका वा सीमाबाहिर छन्",
        "{path}: zaxira nusxasining scrypt parametrlari shikastlangan yoki chegaradan tashqarida",
    )
    BACKUP_NO_CIPHERTEXT = (
        "NA-KEY-027",
        "{path} is damaged (no ciphertext)",
        "{path} बिग्रिएको छ (इन्क्रिप्ट गरिएको पाठ छैन)",
        "{path} shikastlangan (shifrlangan matn yoʻq)",
    )
    BACKUP_WRONG_PASSPHRASE = (
        "NA-KEY-028",
        "cannot open the key backup {path}: the passphrase is wrong, or the file is damaged",
        "कुञ्जी ब्याकअप {path} खोल्न सकिँदैन: पासफ्रेज गलत छ, वा फाइल बिग्रिएको छ",
        "{path} kalit zaxira nusxasini ochib boʻlmaydi: parol iborasi notoʻgʻri yoki fayl shikastlangan",
    )
    BACKUP_CONTENT = (
        "NA-KEY-029",
        "{path} is damaged (unexpected content)",
        "{path} बिग्रिएको छ (अनपेक्षित सामग्री)",
        "{path} shikastlangan (kutilmagan mazmun)",
    )
    BACKUP_DIFFERENT = (
        "NA-KEY-030",
        "this data folder already has a different {what} ({path}); restore with --replace to put the "
        "backup's key in its place (the current one is kept beside it, renamed)",
        "यो डाटा फोल्डरमा पहिल्यै फरक {what} छ ({path}); ब्याकअपको कुञ्जी त्यसको ठाउँमा राख्न --replace सहित "
        "फर्काउनुहोस् (अहिलेको कुञ्जी नयाँ नाममा छेउमै राखिन्छ)",
        "bu maʼlumotlar papkasida allaqachon boshqa {what} bor ({path}); zaxira nusxadagi kalitni uning oʻrniga "
        "qoʻyish uchun --replace bilan tiklang (hozirgisi yonida, yangi nom bilan saqlanadi)",
    )
    # This device's signing identity (needsassess.sync.identity).
    DEVICE_KEY_LOST = (
        "NA-KEY-750",
        "this device's signing key {path} is missing, but this data folder has signed packages before "
        "(with the key {fingerprint}); a new key would make the coordinator hold its packages as from "
        "another sender, so none was made. Restore the key from its backup: `needsassess keys restore "
        "BACKUP` (or a whole-folder backup: `needsassess restore FILE`). If no backup exists, make a new "
        "key on purpose: `needsassess keys new-device-key --reason TEXT`, and tell the coordinator",
        "यो उपकरणको हस्ताक्षर कुञ्जी {path} छैन, तर यो डाटा फोल्डरले पहिले प्याकेजमा हस्ताक्षर गरेको छ (कुञ्जी "
        "{fingerprint} बाट); नयाँ कुञ्जीले गर्दा संयोजकले यसका प्याकेज अर्कै पठाउनेका भनी रोक्नेछन्, त्यसैले नयाँ "
        "बनाइएन। कुञ्जी यसको ब्याकअपबाट फर्काउनुहोस्: `needsassess keys restore BACKUP` (वा पूरै फोल्डरको "
        "ब्याकअप: `needsassess restore FILE`)। ब्याकअप नभए जानीजानी नयाँ कुञ्जी बनाउनुहोस्: "
        "`needsassess keys new-device-key --reason TEXT`, र संयोजकलाई भन्नुहोस्",
        "bu qurilmaning imzo kaliti {path} yoʻq, lekin bu maʼlumotlar papkasi avval paketlarni imzolagan "
        "({fingerprint} kaliti bilan); yangi kalit tufayli koordinator uning paketlarini boshqa "
        "yuboruvchidan deb ushlab qoladi, shuning uchun yangisi yaratilmadi. Kalitni zaxira nusxasidan "
        "tiklang: `needsassess keys restore BACKUP` (yoki butun papka zaxirasi: `needsassess restore "
        "FILE`). Zaxira boʻlmasa, yangi kalitni ataylab yarating: `needsassess keys new-device-key "
        "--reason TEXT` va koordinatorga xabar bering",
    )
    DEVICE_KEY_CHANGED = (
        "NA-KEY-751",
        "this device's signing key {path} ({fingerprint}) is not the key this data folder signed its "
        "packages with ({expected}); nothing was signed. Restore the earlier key from its backup: "
        "`needsassess keys restore BACKUP --replace`, or keep the new key on purpose: `needsassess keys "
        "new-device-key --reason TEXT`, and tell the coordinator",
        "यो उपकरणको हस्ताक्षर कुञ्जी {path} ({fingerprint}) यो डाटा फोल्डरले प्याकेजमा हस्ताक्षर गरेको कुञ्जी "
        "({expected}) होइन; केही पनि हस्ताक्षर गरिएन। पहिलेको कुञ्जी ब्याकअपबाट फर्काउनुहोस्: `needsassess keys "
        "restore BACKUP --replace`, वा जानीजानी नयाँ कुञ्जी राख्नुहोस्: `needsassess keys new-device-key "
        "--reason TEXT`, र संयोजकलाई भन्नुहोस्",
        "bu qurilmaning imzo kaliti {path} ({fingerprint}) bu maʼlumotlar papkasi paketlarni imzolagan kalit "
        "({expected}) emas; hech narsa imzolanmadi. Avvalgi kalitni zaxira nusxasidan tiklang: "
        "`needsassess keys restore BACKUP --replace` yoki yangi kalitni ataylab qoldiring: `needsassess "
        "keys new-device-key --reason TEXT` va koordinatorga xabar bering",
    )
    NEW_KEY_REASON = (
        "NA-KEY-752",
        "say why this device gets a new signing key (for example: key lost, no backup); the reason is "
        "kept in the audit",
        "यो उपकरणलाई किन नयाँ हस्ताक्षर कुञ्जी चाहियो भन्नुहोस् (जस्तै: कुञ्जी हरायो, ब्याकअप छैन); कारण लेखापरीक्षणमा "
        "राखिन्छ",
        "bu qurilmaga nima uchun yangi imzo kaliti kerakligini yozing (masalan: kalit yoʻqolgan, zaxirasi "
        "yoʻq); sabab audit jurnalida saqlanadi",
    )


@register
class EnvelopeCode(Catalogue):
    FRAME = (
        "NA-ENVELOPE-000",
        "encrypted package refused: {reason}",
        "इन्क्रिप्ट गरिएको प्याकेज अस्वीकार गरियो: {reason}",
        "shifrlangan paket rad etildi: {reason}",
    )
    EPHEMERAL_KEY = (
        "NA-ENVELOPE-001",
        "the envelope's ephemeral key is invalid (damaged header)",
        "खामको अस्थायी कुञ्जी अमान्य छ (बिग्रिएको हेडर)",
        "konvertning vaqtinchalik kaliti yaroqsiz (sarlavha shikastlangan)",
    )
    NOT_ENVELOPE = (
        "NA-ENVELOPE-002",
        "not an encrypted needsassess package, or its header is cut short",
        "इन्क्रिप्ट गरिएको needsassess प्याकेज होइन, वा यसको हेडर अधुरो छ",
        "shifrlangan needsassess paketi emas yoki uning sarlavhasi kesilgan",
    )
    VERSION = (
        "NA-ENVELOPE-003",
        "envelope version {version} is not supported; update needsassess",
        "खाम संस्करण {version} समर्थित छैन; needsassess अद्यावधिक गर्नुहोस्",
        "{version} konvert versiyasi qoʻllab-quvvatlanmaydi; needsassess ni yangilang",
    )
    CHUNK_SIZE = (
        "NA-ENVELOPE-004",
        "an impossible chunk size ({chunk}) in the header (damaged?)",
        "हेडरमा असम्भव टुक्रा आकार ({chunk}) (बिग्रिएको?)",
        "sarlavhada imkonsiz boʻlak oʻlchami ({chunk}) (shikastlanganmi?)",
    )
    HEADER_SHORT = (
        "NA-ENVELOPE-005",
        "the header is cut short",
        "हेडर अधुरो छ",
        "sarlavha kesilgan",
    )
    RECIPIENT_NAME = (
        "NA-ENVELOPE-006",
        "the recipient name in the header is damaged",
        "हेडरमा प्रापकको नाम बिग्रिएको छ",
        "sarlavhadagi qabul qiluvchi nomi shikastlangan",
    )
    OTHER_RECIPIENT = (
        "NA-ENVELOPE-007",
        "it is encrypted for another coordinator key: {recipient}, fingerprint {recipient_fingerprint}; this "
        "data folder's coordinator key is {name}, {fingerprint}",
        "यो अर्को संयोजक कुञ्जीका लागि इन्क्रिप्ट गरिएको छ: {recipient}, फिंगरप्रिन्ट {recipient_fingerprint}; यो "
        "डाटा फोल्डरको संयोजक कुञ्जी {name}, {fingerprint} हो",
        "u boshqa koordinator kaliti uchun shifrlangan: {recipient}, barmoq izi {recipient_fingerprint}; bu "
        "maʼlumotlar papkasining koordinator kaliti {name}, {fingerprint}",
    )
    NO_COORDINATOR_KEY = (
        "NA-ENVELOPE-008",
        "it is encrypted for the coordinator key {recipient} (fingerprint {recipient_fingerprint}) and this "
        "data folder has no coordinator key. Import it on that coordinator's computer, or restore that key "
        "here with `needsassess keys restore`",
        "यो संयोजक कुञ्जी {recipient} (फिंगरप्रिन्ट {recipient_fingerprint}) का लागि इन्क्रिप्ट गरिएको छ र यो डाटा "
        "फोल्डरमा संयोजक कुञ्जी छैन। यसलाई त्यो संयोजकको कम्प्युटरमा आयात गर्नुहोस्, वा त्यो कुञ्जी यहाँ "
        "`needsassess keys restore` बाट फर्काउनुहोस्",
        "u {recipient} koordinator kaliti uchun shifrlangan (barmoq izi {recipient_fingerprint}), bu "
        "maʼlumotlar papkasida esa koordinator kaliti yoʻq. Uni oʻsha koordinatorning kompyuterida import "
        "qiling yoki oʻsha kalitni bu yerda `needsassess keys restore` bilan tiklang",
    )
    CHUNK_INCOMPLETE = (
        "NA-ENVELOPE-009",
        "the file is cut short (chunk {counter} is incomplete)",
        "फाइल अधुरो छ (टुक्रा {counter} पूरा छैन)",
        "fayl kesilgan ({counter}-boʻlak toʻliq emas)",
    )
    EMPTY_LAST_CHUNK = (
        "NA-ENVELOPE-010",
        "an empty last chunk after data (the file was altered)",
        "डाटापछि खाली अन्तिम टुक्रा (फाइल बदलिएको छ)",
        "maʼlumotdan keyin boʻsh oxirgi boʻlak (fayl oʻzgartirilgan)",
    )
    ENDS_EARLY = (
        "NA-ENVELOPE-011",
        "the file is cut short: it ends after chunk {counter}, which is not the last one",
        "फाइल अधुरो छ: यो टुक्रा {counter} पछि सकिन्छ, जुन अन्तिम होइन",
        "fayl kesilgan: u {counter}-boʻlakdan keyin tugaydi, bu esa oxirgisi emas",
    )
    FIRST_CHUNK = (
        "NA-ENVELOPE-012",
        "the header or the first chunk fails authentication: the file was damaged or altered "
        "(or made for a key with the same id, which is not this one)",
        "हेडर वा पहिलो टुक्रा प्रमाणीकरणमा असफल भयो: फाइल बिग्रिएको वा बदलिएको छ (वा उही id भएको अर्को "
        "कुञ्जीका लागि बनाइएको)",
        "sarlavha yoki birinchi boʻlak haqiqiylik tekshiruvidan oʻtmadi: fayl shikastlangan yoki oʻzgartirilgan "
        "(yoki id si bir xil boʻlgan boshqa kalit uchun yaratilgan)",
    )
    CHUNK_AUTH = (
        "NA-ENVELOPE-013",
        "chunk {counter} fails authentication: the file was damaged, altered, reordered or cut",
        "टुक्रा {counter} प्रमाणीकरणमा असफल भयो: फाइल बिग्रिएको, बदलिएको, क्रम फेरिएको वा काटिएको छ",
        "{counter}-boʻlak haqiqiylik tekshiruvidan oʻtmadi: fayl shikastlangan, oʻzgartirilgan, tartibi "
        "buzilgan yoki kesilgan",
    )


@register
class SignatureCode(Catalogue):
    FRAME = (
        "NA-SIGNATURE-000",
        "package refused: {reason}",
        "प्याकेज अस्वीकार गरियो: {reason}",
        "paket rad etildi: {reason}",
    )
    FIELD_NOT_TEXT = (
        "NA-SIGNATURE-001",
        "a malformed signature (field {field} missing or not text) in {signature_file}",
        "{signature_file} मा बिग्रिएको हस्ताक्षर (क्षेत्र {field} छैन वा पाठ होइन)",
        "{signature_file} da notoʻgʻri tuzilgan imzo ({field} maydoni yoʻq yoki matn emas)",
    )
    FIELD_SIZE = (
        "NA-SIGNATURE-002",
        "a malformed signature (field {field} is not {size} bytes) in {signature_file}",
        "{signature_file} मा बिग्रिएको हस्ताक्षर (क्षेत्र {field} {size} बाइटको छैन)",
        "{signature_file} da notoʻgʻri tuzilgan imzo ({field} maydoni {size} bayt emas)",
    )
    NOT_OBJECT = (
        "NA-SIGNATURE-003",
        "a damaged signature ({signature_file} is not a JSON object)",
        "बिग्रिएको हस्ताक्षर ({signature_file} JSON वस्तु होइन)",
        "shikastlangan imzo ({signature_file} JSON obyekti emas)",
    )
    UNKNOWN_FORMAT = (
        "NA-SIGNATURE-004",
        "a signature of an unknown format or version in {signature_file}; update needsassess",
        "{signature_file} मा अज्ञात ढाँचा वा संस्करणको हस्ताक्षर; needsassess अद्यावधिक गर्नुहोस्",
        "{signature_file} da nomaʼlum format yoki versiyadagi imzo; needsassess ni yangilang",
    )
    UNSUPPORTED = (
        "NA-SIGNATURE-005",
        "a signature with an unsupported algorithm or subject in {signature_file}",
        "{signature_file} मा असमर्थित एल्गोरिदम वा विषयको हस्ताक्षर",
        "{signature_file} da qoʻllab-quvvatlanmaydigan algoritm yoki mavzudagi imzo",
    )
    FINGERPRINT = (
        "NA-SIGNATURE-006",
        "the signature's fingerprint does not belong to its key ({signature_file} altered)",
        "हस्ताक्षरको फिंगरप्रिन्ट यसको कुञ्जीको होइन ({signature_file} बदलिएको)",
        "imzoning barmoq izi uning kalitiga tegishli emas ({signature_file} oʻzgartirilgan)",
    )
    MISMATCH = (
        "NA-SIGNATURE-007",
        "the signature does not match the manifest: the package was changed after it was signed, "
        "or the signature is damaged",
        "हस्ताक्षर म्यानिफेस्टसँग मेल खाँदैन: हस्ताक्षरपछि प्याकेज बदलियो, वा हस्ताक्षर बिग्रिएको छ",
        "imzo manifestga mos kelmaydi: paket imzolangandan keyin oʻzgartirilgan yoki imzo shikastlangan",
    )
    SENDER_DIFFERS = (
        "NA-SIGNATURE-008",
        "the officer or device in {signature_file} differs from the signed manifest",
        "{signature_file} मा रहेको अधिकृत वा उपकरण हस्ताक्षर गरिएको म्यानिफेस्टसँग फरक छ",
        "{signature_file} dagi xodim yoki qurilma imzolangan manifestdagidan farq qiladi",
    )


@register
class TrustCode(Catalogue):
    HELD = (
        "NA-TRUST-000",
        "{source}held back, nothing imported: {reason}. If the officer confirms this (for a key: "
        "read the fingerprint out over the phone), accept it with `{how}` and import again, "
        "or import with `needsassess import --accept-signer {name}`.",
        "{source}रोकियो, केही पनि आयात गरिएन: {reason}। अधिकृतले यो पुष्टि गरेमा (कुञ्जीका लागि: फोनमा फिंगरप्रिन्ट "
        "पढेर सुनाउनुहोस्), `{how}` बाट स्वीकार गरेर फेरि आयात गर्नुहोस्, वा "
        "`needsassess import --accept-signer {name}` सहित आयात गर्नुहोस्।",
        "{source}ushlab qolindi, hech narsa import qilinmadi: {reason}. Agar xodim buni tasdiqlasa (kalit "
        "uchun: barmoq izini telefonda oʻqib bering), uni `{how}` bilan qabul qiling va qaytadan import "
        "qiling yoki `needsassess import --accept-signer {name}` bilan import qiling.",
    )
    UNSIGNED = (
        "NA-TRUST-001",
        "the package is not signed (it says it is from {who}, device {device})",
        "प्याकेजमा हस्ताक्षर छैन (यसले आफू {who}, उपकरण {device} बाट आएको भन्छ)",
        "paket imzolanmagan (unda u {who} dan, {device} qurilmasidan ekani aytilgan)",
    )
    NOT_TRUSTED = (
        "NA-TRUST-002",
        "{problems}",
        "{problems}",
        "{problems}",
    )
    IS_COORDINATOR_KEY = (
        "NA-TRUST-010",
        "that is a coordinator key; enrol the officer's device key (from a package or key file)",
        "त्यो संयोजक कुञ्जी हो; अधिकृतको उपकरण कुञ्जी (प्याकेज वा कुञ्जी फाइलबाट) दर्ता गर्नुहोस्",
        "bu koordinator kaliti; xodimning qurilma kalitini (paket yoki kalit faylidan) roʻyxatga oling",
    )
    REVOKED_FINAL = (
        "NA-TRUST-011",
        "the key {key}; it cannot be enrolled again, because a revocation is final. "
        "The officer makes a new key on a new device (or a new data folder) and that key is enrolled.",
        "कुञ्जी {key}; यसलाई फेरि दर्ता गर्न सकिँदैन, किनभने रद्द गर्नु अन्तिम हो। अधिकृतले नयाँ उपकरणमा (वा नयाँ "
        "डाटा फोल्डरमा) नयाँ कुञ्जी बनाउनुहुन्छ र त्यही कुञ्जी दर्ता गरिन्छ।",
        "kalit {key}; uni qayta roʻyxatga olib boʻlmaydi, chunki bekor qilish qatʼiy. Xodim yangi qurilmada "
        "(yoki yangi maʼlumotlar papkasida) yangi kalit yaratadi va oʻsha kalit roʻyxatga olinadi.",
    )
    NOT_A_FINGERPRINT = (
        "NA-TRUST-012",
        "{given} is not a key fingerprint: it is 32 characters A-Z and 2-7, "
        "in eight groups of four (as `needsassess keys list` shows it)",
        "{given} कुञ्जीको फिंगरप्रिन्ट होइन: यो A-Z र 2-7 का ३२ अक्षर हो, चार-चारका आठ समूहमा "
        "(`needsassess keys list` ले देखाएजस्तै)",
        "{given} kalit barmoq izi emas: u A-Z va 2-7 dan iborat 32 belgi, toʻrttadan sakkiz guruhda "
        "(`needsassess keys list` koʻrsatganidek)",
    )
    REVOKE_REASON = (
        "NA-TRUST-013",
        "say why the key is revoked (for example: laptop stolen); the reason is kept and shown",
        "कुञ्जी किन रद्द गरिँदैछ भन्नुहोस् (जस्तै: ल्यापटप चोरी भयो); कारण राखिन्छ र देखाइन्छ",
        "kalit nima uchun bekor qilinayotganini yozing (masalan: noutbuk oʻgʻirlandi); sabab saqlanadi va "
        "koʻrsatiladi",
    )
    ALREADY_REVOKED = (
        "NA-TRUST-014",
        "the key {key} was already revoked on {date}{by}: {reason}",
        "कुञ्जी {key} {date} मा पहिल्यै रद्द गरिएको थियो{by}: {reason}",
        "{key} kaliti {date} da allaqachon bekor qilingan{by}: {reason}",
    )
    REVOKED_BY = (
        "NA-TRUST-015",
        " by {name}",
        " ({name} द्वारा)",
        " ({name} tomonidan)",
    )
    FINGERPRINT_MISMATCH = (
        "NA-TRUST-016",
        "the fingerprint given ({given}) is not the key's ({fingerprint}); the key was NOT "
        "enrolled. Check it again with the officer; a different fingerprint can mean a forged package.",
        "दिइएको फिंगरप्रिन्ट ({given}) कुञ्जीको ({fingerprint}) होइन; कुञ्जी दर्ता गरिएको छैन। अधिकृतसँग फेरि "
        "जाँच गर्नुहोस्; फरक फिंगरप्रिन्टको अर्थ नक्कली प्याकेज हुन सक्छ।",
        "berilgan barmoq izi ({given}) kalitniki ({fingerprint}) emas; kalit roʻyxatga OLINMADI. Uni xodim "
        "bilan qaytadan tekshiring; boshqacha barmoq izi soxta paketni bildirishi mumkin.",
    )
    PACKAGE_UNSIGNED = (
        "NA-TRUST-017",
        "{name} is not signed, so there is no key in it to enrol",
        "{name} मा हस्ताक्षर छैन, त्यसैले यसमा दर्ता गर्ने कुञ्जी छैन",
        "{name} imzolanmagan, shuning uchun unda roʻyxatga olinadigan kalit yoʻq",
    )
    # Why a package is held back (the {problems} of NOT_TRUSTED), so the coordinator reads them in
    # the window's language.
    OTHER_SENDER = (
        "NA-TRUST-660",
        "it is from another sender: the package says it comes from device {device} ({who}), whose enrolled "
        "key is {enrolled}, but it is signed by the key {fingerprint}",
        "यो अर्कै पठाउनेबाट आएको हो: प्याकेजले आफू उपकरण {device} ({who}) बाट आएको भन्छ, जसको दर्ता गरिएको "
        "कुञ्जी {enrolled} हो, तर यसमा कुञ्जी {fingerprint} को हस्ताक्षर छ",
        "u boshqa yuboruvchidan: paketda u {device} qurilmasidan ({who}) kelgani aytilgan, bu qurilmaning "
        "roʻyxatga olingan kaliti {enrolled}, lekin paket {fingerprint} kaliti bilan imzolangan",
    )
    NOT_ENROLLED = (
        "NA-TRUST-661",
        "it is signed by a key not enrolled here: {who}, device {device}, fingerprint {fingerprint}",
        "यसमा यहाँ दर्ता नगरिएको कुञ्जीको हस्ताक्षर छ: {who}, उपकरण {device}, फिंगरप्रिन्ट {fingerprint}",
        "u bu yerda roʻyxatga olinmagan kalit bilan imzolangan: {who}, qurilma {device}, barmoq izi {fingerprint}",
    )
    UNNAMED_OFFICER = (
        "NA-TRUST-662",
        "an unnamed officer",
        "नाम नखुलेका अधिकृत",
        "ismi koʻrsatilmagan xodim",
    )
    DEVICE_REBIND = (
        "NA-TRUST-753",
        "it says it comes from device {device} ({who}), whose enrolled key is {enrolled}, but it is signed "
        "by the key {signer}; accepting a package never gives a device another key. If the officer really "
        "replaced their key, revoke the old one (`needsassess keys revoke {enrolled} --reason TEXT`), "
        "enrol the new one after checking its fingerprint by phone (`needsassess keys enrol {name} "
        "--fingerprint '{signer}'`), and import again; otherwise the package is forged",
        "यसले आफू उपकरण {device} ({who}) बाट आएको भन्छ, जसको दर्ता गरिएको कुञ्जी {enrolled} हो, तर यसमा कुञ्जी "
        "{signer} को हस्ताक्षर छ; प्याकेज स्वीकार गर्दा उपकरणलाई कहिल्यै अर्को कुञ्जी दिइँदैन। अधिकृतले साँच्चै "
        "कुञ्जी बदलेको भए पुरानो रद्द गर्नुहोस् (`needsassess keys revoke {enrolled} --reason TEXT`), फोनमा "
        "फिंगरप्रिन्ट जाँचेपछि नयाँ दर्ता गर्नुहोस् (`needsassess keys enrol {name} --fingerprint '{signer}'`), र "
        "फेरि आयात गर्नुहोस्; नत्र प्याकेज नक्कली हो",
        "unda u {device} qurilmasidan ({who}) ekani aytilgan, uning roʻyxatga olingan kaliti {enrolled}, "
        "lekin u {signer} kaliti bilan imzolangan; paketni qabul qilish qurilmaga hech qachon boshqa kalit "
        "bermaydi. Agar xodim haqiqatan kalitini almashtirgan boʻlsa, eskisini bekor qiling (`needsassess "
        "keys revoke {enrolled} --reason TEXT`), barmoq izini telefonda tekshirib, yangisini roʻyxatga oling "
        "(`needsassess keys enrol {name} --fingerprint '{signer}'`) va qaytadan import qiling; aks holda "
        "paket soxta",
    )
    ENROL_REBIND = (
        "NA-TRUST-754",
        "device {device} already has the enrolled key {enrolled}; the key {fingerprint} was NOT enrolled. "
        "If the officer replaced their key (the old one lost or stolen), revoke the old one first: "
        "`needsassess keys revoke {enrolled} --reason TEXT`",
        "उपकरण {device} को पहिल्यै दर्ता गरिएको कुञ्जी {enrolled} छ; कुञ्जी {fingerprint} दर्ता गरिएन। "
        "अधिकृतले कुञ्जी बदलेको भए (पुरानो हराएको वा चोरी भएको), पहिले पुरानो रद्द गर्नुहोस्: "
        "`needsassess keys revoke {enrolled} --reason TEXT`",
        "{device} qurilmasining roʻyxatga olingan kaliti allaqachon bor: {enrolled}; {fingerprint} kaliti "
        "roʻyxatga OLINMADI. Agar xodim kalitini almashtirgan boʻlsa (eskisi yoʻqolgan yoki oʻgʻirlangan), "
        "avval eskisini bekor qiling: `needsassess keys revoke {enrolled} --reason TEXT`",
    )
