"""Package errors (``NA-SYNC-…``): why a package is refused, why an export failed, a cancellation.

A refusal's reason is one entry; ``SyncFrame`` words the sentence around it ("package refused: …
Nothing was imported from it"), so the code printed is always the precise reason's.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class SyncFrame(Catalogue):
    REFUSED = (
        "NA-SYNC-000",
        "{source}package refused: {reason}{where}. Nothing was imported from it; "
        "ask the sender for a new export of the package.",
        "{source}प्याकेज अस्वीकार गरियो: {reason}{where}। यसबाट केही पनि आयात गरिएको छैन; पठाउनेसँग प्याकेजको "
        "नयाँ निर्यात माग्नुहोस्।",
        "{source}paket rad etildi: {reason}{where}. Undan hech narsa import qilinmadi; yuboruvchidan paketni "
        "qaytadan eksport qilib berishini soʻrang.",
    )
    MEMBER = ("NA-SYNC-001", " (member {member})", " (भित्री फाइल {member})", " (ichki fayl {member})")
    REFUSED_OWN_KEY = (
        "NA-SYNC-755",
        "{source}package refused: {reason}{where}. Nothing was imported from it. The package itself may be "
        "sound: this data folder's coordinator key is the problem. Restore the coordinator key from its "
        "backup (`needsassess keys restore BACKUP --replace`, or a whole-folder backup with `needsassess "
        "restore FILE`) and import the package again.",
        "{source}प्याकेज अस्वीकार गरियो: {reason}{where}। यसबाट केही पनि आयात गरिएको छैन। प्याकेज आफैँ ठीक हुन "
        "सक्छ: समस्या यो डाटा फोल्डरको संयोजक कुञ्जीमा छ। संयोजक कुञ्जी यसको ब्याकअपबाट फर्काउनुहोस् "
        "(`needsassess keys restore BACKUP --replace`, वा पूरै फोल्डरको ब्याकअप `needsassess restore FILE` बाट) "
        "र प्याकेज फेरि आयात गर्नुहोस्।",
        "{source}paket rad etildi: {reason}{where}. Undan hech narsa import qilinmadi. Paketning oʻzi "
        "butun boʻlishi mumkin: muammo bu maʼlumotlar papkasining koordinator kalitida. Koordinator kalitini "
        "zaxira nusxasidan tiklang (`needsassess keys restore BACKUP --replace` yoki butun papka zaxirasini "
        "`needsassess restore FILE` bilan) va paketni qaytadan import qiling.",
    )
    REFUSED_TRUST = (
        "NA-SYNC-756",
        "{source}package refused: {reason}{where}. Nothing was imported from it.",
        "{source}प्याकेज अस्वीकार गरियो: {reason}{where}। यसबाट केही पनि आयात गरिएको छैन।",
        "{source}paket rad etildi: {reason}{where}. Undan hech narsa import qilinmadi.",
    )


@register
class SyncCode(Catalogue):
    # The file as a whole.
    EMPTY_FILE = ("NA-SYNC-010", "the file is empty", "फाइल खाली छ", "fayl boʻsh")
    ENCRYPTED_UNSUPPORTED = (
        "NA-SYNC-011",
        "an encrypted package, which this version of needsassess cannot open",
        "इन्क्रिप्ट गरिएको प्याकेज, जुन needsassess को यो संस्करणले खोल्न सक्दैन",
        "shifrlangan paket, uni needsassess ning bu versiyasi ocha olmaydi",
    )
    NOT_A_ZIP = (
        "NA-SYNC-012",
        "not a package file (not a zip archive)",
        "प्याकेज फाइल होइन (zip अभिलेख होइन)",
        "paket fayli emas (zip arxiv emas)",
    )
    FILE_TOO_LARGE = (
        "NA-SYNC-013",
        "a file larger than {limit} bytes",
        "{limit} बाइटभन्दा ठूलो फाइल",
        "{limit} baytdan katta fayl",
    )
    NO_MANIFEST = (
        "NA-SYNC-014",
        "no manifest.json (not a needsassess package?)",
        "manifest.json छैन (needsassess को प्याकेज होइन?)",
        "manifest.json yoʻq (needsassess paketi emasmi?)",
    )
    TOO_MANY_MEMBERS = (
        "NA-SYNC-015",
        "more than {limit} members",
        "{limit} भन्दा बढी भित्री फाइलहरू",
        "{limit} tadan ortiq ichki fayl",
    )
    TOO_LARGE_UNPACKED = (
        "NA-SYNC-016",
        "more than {limit} bytes once unpacked",
        "खोलेपछि {limit} बाइटभन्दा बढी",
        "ochilgandan keyin {limit} baytdan ortiq",
    )
    DAMAGED = (
        "NA-SYNC-017", "damaged data ({detail})", "बिग्रिएको डाटा ({detail})", "shikastlangan maʼlumot ({detail})"
    )
    UNREADABLE = (
        "NA-SYNC-018",
        "the file could not be read ({detail})",
        "फाइल पढ्न सकिएन ({detail})",
        "faylni oʻqib boʻlmadi ({detail})",
    )
    CHANGED_WHILE_READING = (
        "NA-SYNC-019",
        "the package changed while it was being read",
        "पढ्दै गर्दा प्याकेज बदलियो",
        "paket oʻqilayotgan paytda oʻzgardi",
    )
    # Member names and entries.
    NAME_EMPTY = ("NA-SYNC-020", "an empty member name", "खाली भित्री फाइल नाम", "boʻsh ichki fayl nomi")
    NAME_TOO_LONG = (
        "NA-SYNC-021",
        "a member name longer than 200 characters",
        "२०० अक्षरभन्दा लामो भित्री फाइल नाम",
        "200 belgidan uzun ichki fayl nomi",
    )
    NAME_CONTROL = (
        "NA-SYNC-022",
        "a control character in a member name",
        "भित्री फाइल नाममा नियन्त्रण अक्षर",
        "ichki fayl nomida boshqaruv belgisi",
    )
    NAME_BACKSLASH = (
        "NA-SYNC-023",
        "a backslash in a member name",
        "भित्री फाइल नाममा ब्याकस्ल्यास",
        "ichki fayl nomida teskari qiya chiziq",
    )
    NAME_ABSOLUTE = ("NA-SYNC-024", "an absolute member path", "पूर्ण (absolute) भित्री मार्ग", "mutlaq ichki yoʻl")
    NAME_DRIVE = (
        "NA-SYNC-025",
        "a drive letter in a member name",
        "भित्री फाइल नाममा ड्राइभ अक्षर",
        "ichki fayl nomida disk harfi",
    )
    NAME_DOTDOT = (
        "NA-SYNC-026",
        "a '..' component in a member name",
        "भित्री फाइल नाममा '..' अंश",
        "ichki fayl nomida '..' qismi",
    )
    NAME_UNKNOWN = ("NA-SYNC-027", "an unknown member name", "अज्ञात भित्री फाइल नाम", "nomaʼlum ichki fayl nomi")
    NOT_PLAIN = (
        "NA-SYNC-028",
        "a link, folder or special file (only plain files are allowed)",
        "लिङ्क, फोल्डर वा विशेष फाइल (साधारण फाइल मात्र अनुमति छ)",
        "havola, papka yoki maxsus fayl (faqat oddiy fayllarga ruxsat bor)",
    )
    MEMBER_ENCRYPTED = (
        "NA-SYNC-029",
        "an encrypted member",
        "इन्क्रिप्ट गरिएको भित्री फाइल",
        "shifrlangan ichki fayl",
    )
    PATCHED = (
        "NA-SYNC-030",
        "compressed patched data (not a plain member)",
        "कम्प्रेस गरिएको प्याच डाटा (साधारण भित्री फाइल होइन)",
        "siqilgan yamoq maʼlumoti (oddiy ichki fayl emas)",
    )
    COMPRESSION = (
        "NA-SYNC-031",
        "a compression method other than stored or deflate",
        "stored वा deflate बाहेकको कम्प्रेसन विधि",
        "stored yoki deflate dan boshqa siqish usuli",
    )
    MEMBER_TOO_LARGE = (
        "NA-SYNC-032",
        "a member larger than the {kind} limit of {limit} bytes",
        "{kind} को {limit} बाइट सीमाभन्दा ठूलो भित्री फाइल",
        "{kind} uchun {limit} bayt chegarasidan katta ichki fayl",
    )
    RATIO = (
        "NA-SYNC-033",
        "a compression ratio above {limit} (a zip bomb?)",
        "{limit} भन्दा माथिको कम्प्रेसन अनुपात (zip बम?)",
        "{limit} dan yuqori siqish nisbati (zip bomba?)",
    )
    DUPLICATE_MEMBER = (
        "NA-SYNC-034",
        "a duplicate member name",
        "दोहोरिएको भित्री फाइल नाम",
        "takrorlangan ichki fayl nomi",
    )
    DOCUMENT_ORDER = (
        "NA-SYNC-035",
        "an assessment document out of (uuid, revision) order, or listed twice",
        "(uuid, संशोधन) क्रमबाहिर वा दुई पटक सूचीमा रहेको मूल्याङ्कन कागजात",
        "(uuid, tahrir) tartibidan tashqari yoki ikki marta sanalgan baholash hujjati",
    )
    REPORT_ORDER = (
        "NA-SYNC-036",
        "a report that does not follow its assessment document",
        "आफ्नो मूल्याङ्कन कागजातपछि नआएको प्रतिवेदन",
        "oʻz baholash hujjatidan keyin kelmagan hisobot",
    )
    TOO_MANY_FORMS = ("NA-SYNC-037", "more than {limit} forms", "{limit} भन्दा बढी फारम", "{limit} tadan ortiq shakl")
    COUNT_MISMATCH = (
        "NA-SYNC-038",
        "the package holds {found} {kind} member(s) but its manifest counts {stated}",
        "प्याकेजमा {found} {kind} भित्री फाइल छन् तर यसको म्यानिफेस्टले {stated} गन्छ",
        "paketda {found} ta {kind} ichki fayl bor, lekin manifestda {stated} ta deb yozilgan",
    )
    FORM_NOT_NAMED = (
        "NA-SYNC-039",
        "a form the manifest does not name",
        "म्यानिफेस्टले नाम नलिएको फारम",
        "manifestda nomi keltirilmagan shakl",
    )
    MEMBERS_ALTERED = (
        "NA-SYNC-040",
        "the members are not those the manifest was made for (one was added, removed, "
        "replaced or altered)",
        "भित्री फाइलहरू म्यानिफेस्ट बनाइएका फाइलहरू होइनन् (कुनै थपियो, हटाइयो, साटियो वा बदलियो)",
        "ichki fayllar manifest tuzilgan fayllar emas (biri qoʻshilgan, olib tashlangan, almashtirilgan "
        "yoki oʻzgartirilgan)",
    )
    READ_TWICE = ("NA-SYNC-041", "a member read twice", "दुई पटक पढिएको भित्री फाइल", "ikki marta oʻqilgan ichki fayl")
    MANIFEST_CHANGED = (
        "NA-SYNC-042",
        "manifest.json changed while the package was being read",
        "प्याकेज पढ्दै गर्दा manifest.json बदलियो",
        "paket oʻqilayotganda manifest.json oʻzgardi",
    )
    # JSON members.
    JSON_TOO_LARGE = (
        "NA-SYNC-050",
        "a JSON member larger than {limit} bytes",
        "{limit} बाइटभन्दा ठूलो JSON भित्री फाइल",
        "{limit} baytdan katta JSON ichki fayl",
    )
    JSON_TOO_DEEP = (
        "NA-SYNC-051",
        "JSON nested deeper than {limit} levels",
        "{limit} तहभन्दा गहिरो JSON",
        "{limit} darajadan chuqur ichma-ich JSON",
    )
    JSON_NOT_UTF8 = (
        "NA-SYNC-052",
        "JSON that is not valid UTF-8",
        "मान्य UTF-8 नभएको JSON",
        "yaroqli UTF-8 boʻlmagan JSON",
    )
    JSON_INVALID = ("NA-SYNC-053", "invalid JSON{detail}", "अमान्य JSON{detail}", "yaroqsiz JSON{detail}")
    JSON_NOT_CANONICAL = (
        "NA-SYNC-054",
        "JSON not in canonical form (a key repeated or out of order, spaces, or other escapes)",
        "मानक रूपमा नभएको JSON (दोहोरिएको वा क्रमबाहिरको कुञ्जी, खाली ठाउँ, वा अरू escape)",
        "kanonik shaklda boʻlmagan JSON (kalit takrorlangan yoki tartibsiz, boʻshliqlar yoki boshqa escape)",
    )
    # The manifest.
    MANIFEST_LACKS = (
        "NA-SYNC-060",
        "the manifest lacks {field}",
        "म्यानिफेस्टमा {field} छैन",
        "manifestda {field} yoʻq",
    )
    MANIFEST_TYPE = (
        "NA-SYNC-061",
        "the manifest field {field} has the wrong type",
        "म्यानिफेस्टको क्षेत्र {field} को प्रकार गलत छ",
        "manifestdagi {field} maydonining turi notoʻgʻri",
    )
    MANIFEST_TOO_LONG = (
        "NA-SYNC-062",
        "the manifest field {field} is too long",
        "म्यानिफेस्टको क्षेत्र {field} धेरै लामो छ",
        "manifestdagi {field} maydoni juda uzun",
    )
    MANIFEST_MALFORMED = (
        "NA-SYNC-063",
        "the manifest field {field} is malformed",
        "म्यानिफेस्टको क्षेत्र {field} बिग्रिएको ढाँचामा छ",
        "manifestdagi {field} maydoni notoʻgʻri tuzilgan",
    )
    NOT_OURS = (
        "NA-SYNC-064",
        "not a needsassess package (manifest 'format' missing or different)",
        "needsassess को प्याकेज होइन (म्यानिफेस्टको 'format' छैन वा फरक छ)",
        "needsassess paketi emas (manifestdagi 'format' yoʻq yoki boshqacha)",
    )
    FORMAT_VERSION_MALFORMED = (
        "NA-SYNC-065",
        "a malformed format_version",
        "बिग्रिएको format_version",
        "notoʻgʻri tuzilgan format_version",
    )
    FORMAT_OLDER = (
        "NA-SYNC-066",
        "format version {version} comes from an earlier needsassess (this app reads "
        "{major}.x); export the assessments again with this version",
        "ढाँचा संस्करण {version} needsassess को पुरानो संस्करणबाट आएको हो (यो एपले {major}.x पढ्छ); यही "
        "संस्करणबाट मूल्याङ्कनहरू फेरि निर्यात गर्नुहोस्",
        "{version} format versiyasi needsassess ning eski versiyasidan (bu ilova {major}.x ni oʻqiydi); "
        "baholashlarni shu versiya bilan qaytadan eksport qiling",
    )
    FORMAT_NEWER = (
        "NA-SYNC-067",
        "format version {version} is not supported (this app reads {major}.x); "
        "update needsassess to import it",
        "ढाँचा संस्करण {version} समर्थित छैन (यो एपले {major}.x पढ्छ); यसलाई आयात गर्न needsassess अद्यावधिक "
        "गर्नुहोस्",
        "{version} format versiyasi qoʻllab-quvvatlanmaydi (bu ilova {major}.x ni oʻqiydi); uni import qilish "
        "uchun needsassess ni yangilang",
    )
    MANIFEST_ENTRY = (
        "NA-SYNC-068",
        "the manifest entry {entry} is not an object",
        "म्यानिफेस्टको प्रविष्टि {entry} वस्तु (object) होइन",
        "manifestdagi {entry} yozuvi obyekt emas",
    )
    MANIFEST_RANGE = (
        "NA-SYNC-069",
        "the manifest field {field} is out of range",
        "म्यानिफेस्टको क्षेत्र {field} सीमाबाहिर छ",
        "manifestdagi {field} maydoni ruxsat etilgan oraliqdan tashqarida",
    )
    MANIFEST_NOT_OBJECT = (
        "NA-SYNC-070",
        "the manifest is not a JSON object",
        "म्यानिफेस्ट JSON वस्तु (object) होइन",
        "manifest JSON obyekti emas",
    )
    MANIFEST_TOO_MANY_FORMS = (
        "NA-SYNC-071",
        "the manifest names more than {limit} forms",
        "म्यानिफेस्टले {limit} भन्दा बढी फारमको नाम लिन्छ",
        "manifestda {limit} tadan ortiq shakl nomlangan",
    )
    MANIFEST_FORM_TWICE = (
        "NA-SYNC-072",
        "the manifest names a form twice",
        "म्यानिफेस्टले एउटै फारमको नाम दुई पटक लिन्छ",
        "manifestda bitta shakl ikki marta nomlangan",
    )
    MANIFEST_FORM_COUNT = (
        "NA-SYNC-073",
        "the manifest counts another number of forms than it names",
        "म्यानिफेस्टले नाम लिएको भन्दा फरक संख्यामा फारम गन्छ",
        "manifestda sanalgan shakllar soni nomlanganlaridan farq qiladi",
    )
    MANIFEST_MEMBER_COUNT = (
        "NA-SYNC-074",
        "the manifest's member count is not the sum of its counts",
        "म्यानिफेस्टको भित्री फाइल संख्या यसका गणनाहरूको जोड होइन",
        "manifestdagi ichki fayllar soni undagi sonlar yigʻindisiga teng emas",
    )
    # Forms and photos inside the package.
    FORM_INVALID = (
        "NA-SYNC-080",
        "an invalid form definition ({detail})",
        "अमान्य फारम परिभाषा ({detail})",
        "yaroqsiz shakl taʼrifi ({detail})",
    )
    FORM_NAME_MISMATCH = (
        "NA-SYNC-081",
        "a form definition whose id or version differs from its name",
        "id वा संस्करण आफ्नो नामसँग फरक भएको फारम परिभाषा",
        "id yoki versiyasi oʻz nomidan farq qiladigan shakl taʼrifi",
    )
    PHOTO_CHECKSUM = (
        "NA-SYNC-082",
        "a photo whose checksum is not its name (damaged or altered)",
        "चेकसम आफ्नो नामसँग नमिल्ने फोटो (बिग्रिएको वा बदलिएको)",
        "nazorat yigʻindisi oʻz nomiga mos kelmaydigan surat (shikastlangan yoki oʻzgartirilgan)",
    )
    # Assessment documents.
    DOC_ATTACHMENTS = (
        "NA-SYNC-090",
        "the document's 'attachments' is not a list",
        "कागजातको 'attachments' सूची होइन",
        "hujjatdagi 'attachments' roʻyxat emas",
    )
    DOC_ATTACHMENT_ENTRY = (
        "NA-SYNC-091",
        "a malformed entry in the document's 'attachments'",
        "कागजातको 'attachments' मा बिग्रिएको प्रविष्टि",
        "hujjatdagi 'attachments' da notoʻgʻri tuzilgan yozuv",
    )
    DOC_FIELD_TEXT = (
        "NA-SYNC-092",
        "the document field {field} is not a text of at most {limit} characters",
        "कागजातको क्षेत्र {field} बढीमा {limit} अक्षरको पाठ होइन",
        "hujjatdagi {field} maydoni koʻpi bilan {limit} belgili matn emas",
    )
    DOC_NOT_FINAL = (
        "NA-SYNC-093",
        "only finalized (complete) revisions travel in packages",
        "प्याकेजमा अन्तिम गरिएका (पूरा) संशोधन मात्र जान्छन्",
        "paketlarda faqat yakunlangan (toʻliq) tahrirlar yuboriladi",
    )
    DOC_NAME_MISMATCH = (
        "NA-SYNC-094",
        "the document's uuid and revision are not those of its member name",
        "कागजातको uuid र संशोधन यसको भित्री फाइल नामसँग मिल्दैनन्",
        "hujjatning uuid va tahriri uning ichki fayl nomidagidan farq qiladi",
    )
    DOC_FIELD_MALFORMED = (
        "NA-SYNC-095",
        "the document's {field} is malformed",
        "कागजातको {field} बिग्रिएको ढाँचामा छ",
        "hujjatdagi {field} notoʻgʻri tuzilgan",
    )
    DOC_NOT_OBJECT = (
        "NA-SYNC-096",
        "the assessment document is not an object with 'answers'",
        "मूल्याङ्कन कागजात 'answers' भएको वस्तु (object) होइन",
        "baholash hujjati 'answers' ga ega obyekt emas",
    )
    DOC_FORM_UNKNOWN = (
        "NA-SYNC-097",
        "form {form_id} version {version} is neither in the package (before this document) nor known here",
        "फारम {form_id} संस्करण {version} न प्याकेजमा (यो कागजातअघि) छ न यहाँ चिनिएको छ",
        "{form_id} shaklining {version} versiyasi na paketda (bu hujjatdan oldin) bor, na bu yerda maʼlum",
    )
    DOC_PHOTO_TWICE = (
        "NA-SYNC-098",
        "the document lists a photo twice",
        "कागजातले एउटै फोटो दुई पटक सूचीमा राख्छ",
        "hujjatda bitta surat ikki marta sanalgan",
    )
    DOC_PHOTO_UNKNOWN = (
        "NA-SYNC-099",
        "the photo {sha256} is neither in the package (before this document) nor known here",
        "फोटो {sha256} न प्याकेजमा (यो कागजातअघि) छ न यहाँ चिनिएको छ",
        "{sha256} surati na paketda (bu hujjatdan oldin) bor, na bu yerda maʼlum",
    )
    DOC_UNHASHABLE = (
        "NA-SYNC-100",
        "answers that cannot be hashed (invalid text or number)",
        "ह्यास गर्न नसकिने उत्तरहरू (अमान्य पाठ वा संख्या)",
        "xeshlab boʻlmaydigan javoblar (yaroqsiz matn yoki son)",
    )
    DOC_HASH_MISMATCH = (
        "NA-SYNC-101",
        "the content hash does not match the answers (altered or damaged)",
        "सामग्री ह्यास उत्तरहरूसँग मेल खाँदैन (बदलिएको वा बिग्रिएको)",
        "mazmun xeshi javoblarga mos kelmaydi (oʻzgartirilgan yoki shikastlangan)",
    )
    ANSWER_UNKNOWN_QUESTION = (
        "NA-SYNC-102",
        "an answer to {name}, which form {form_id} {version} does not have there",
        "{name} को उत्तर, जुन प्रश्न फारम {form_id} {version} मा त्यहाँ छैन",
        "{name} ga javob, holbuki {form_id} {version} shaklida u yerda bunday savol yoʻq",
    )
    REPEAT_NOT_LIST = (
        "NA-SYNC-103",
        "the repeat {name} is not a list of instances",
        "दोहोरिने समूह {name} उदाहरणहरूको सूची होइन",
        "{name} takrorlanuvchi guruhi nusxalar roʻyxati emas",
    )
    REPEAT_INSTANCE = (
        "NA-SYNC-104",
        "an instance of the repeat {name} is not an object",
        "दोहोरिने समूह {name} को एउटा उदाहरण वस्तु (object) होइन",
        "{name} takrorlanuvchi guruhining bir nusxasi obyekt emas",
    )
    CALCULATION_NOT_SCALAR = (
        "NA-SYNC-105",
        "the calculation {name} has a value that is not a scalar",
        "हिसाब {name} को मान एकल मान होइन",
        "{name} hisobining qiymati oddiy qiymat emas",
    )
    ANSWER_UNFIT = (
        "NA-SYNC-106",
        "the answer to {name} does not fit its question ({detail})",
        "{name} को उत्तर आफ्नो प्रश्नसँग मिल्दैन ({detail})",
        "{name} ga javob oʻz savoliga mos emas ({detail})",
    )
    ANSWER_NOT_STORED_FORM = (
        "NA-SYNC-107",
        "the answer to {name} is not in its stored form",
        "{name} को उत्तर आफ्नो भण्डारण रूपमा छैन",
        "{name} ga javob saqlanadigan koʻrinishida emas",
    )
    ANSWER_PHOTO_MISSING = (
        "NA-SYNC-108",
        "the photo answering {name} is not among the attachments",
        "{name} को उत्तर दिने फोटो संलग्नकहरूमा छैन",
        "{name} ga javob boʻlgan surat biriktirmalar orasida yoʻq",
    )
    # Signature, trust and the coordinator key, as reasons of a refusal.
    COORDINATOR_KEY_UNUSABLE = (
        "NA-SYNC-110",
        "the coordinator key cannot be used ({detail})",
        "संयोजकको कुञ्जी प्रयोग गर्न सकिँदैन ({detail})",
        "koordinator kalitidan foydalanib boʻlmaydi ({detail})",
    )
    SIGNED_BY_REVOKED = (
        "NA-SYNC-111",
        "signed by the key {key}; packages signed by it are refused",
        "कुञ्जी {key} ले हस्ताक्षर गरेको; यसले हस्ताक्षर गरेका प्याकेजहरू अस्वीकार गरिन्छन्",
        "{key} kaliti bilan imzolangan; bu kalit bilan imzolangan paketlar rad etiladi",
    )


@register
class ExportCode(Catalogue):
    NOTHING = (
        "NA-EXPORT-001",
        "There is nothing to export: no finalized assessment is waiting to be exported. "
        "Finalize assessments first, or export everything again with --all.",
        "निर्यात गर्न केही छैन: निर्यात पर्खिरहेको कुनै अन्तिम गरिएको मूल्याङ्कन छैन। पहिले मूल्याङ्कनहरू अन्तिम "
        "गर्नुहोस्, वा --all सहित सबै फेरि निर्यात गर्नुहोस्।",
        "Eksport qilish uchun hech narsa yoʻq: eksportni kutayotgan yakunlangan baholash yoʻq. Avval "
        "baholashlarni yakunlang yoki --all bilan hammasini qaytadan eksport qiling.",
    )
    NO_COORDINATOR_KEY = (
        "NA-EXPORT-002",
        "cannot encrypt: no coordinator key is loaded. Load the coordinator's public key file in "
        "Settings or with `needsassess keys load-coordinator FILE`, or export with --no-encrypt.",
        "इन्क्रिप्ट गर्न सकिँदैन: संयोजकको कुञ्जी लोड गरिएको छैन। संयोजकको सार्वजनिक कुञ्जी फाइल सेटिङमा वा "
        "`needsassess keys load-coordinator FILE` बाट लोड गर्नुहोस्, वा --no-encrypt सहित निर्यात गर्नुहोस्।",
        "shifrlab boʻlmaydi: koordinator kaliti yuklanmagan. Koordinatorning ochiq kalit faylini Sozlamalarda "
        "yoki `needsassess keys load-coordinator FILE` bilan yuklang yoki --no-encrypt bilan eksport qiling.",
    )
    NO_TABLE_ROWS = (
        "NA-EXPORT-003",
        "There are no complete assessments of form '{form_id}' to put in tables.",
        "तालिकामा राख्न फारम '{form_id}' का कुनै पूरा मूल्याङ्कन छैनन्।",
        "Jadvallarga joylash uchun '{form_id}' shaklining toʻliq baholashlari yoʻq.",
    )
    FOLDER_MISSING = (
        "NA-EXPORT-004",
        "cannot write {target}: the folder {folder} does not exist",
        "{target} लेख्न सकिँदैन: फोल्डर {folder} अवस्थित छैन",
        "{target} ni yozib boʻlmaydi: {folder} papkasi mavjud emas",
    )
    FOLDER_UNWRITABLE = (
        "NA-EXPORT-005",
        "cannot write in {folder}: {detail}; choose another folder",
        "{folder} मा लेख्न सकिँदैन: {detail}; अर्को फोल्डर छान्नुहोस्",
        "{folder} ga yozib boʻlmaydi: {detail}; boshqa papka tanlang",
    )
    WRITE_FAILED = (
        "NA-EXPORT-006",
        "cannot write {target}: {detail}; check the free space",
        "{target} लेख्न सकिँदैन: {detail}; खाली ठाउँ जाँच गर्नुहोस्",
        "{target} ni yozib boʻlmaydi: {detail}; boʻsh joyni tekshiring",
    )
    EXPORT_CANCELLED = (
        "NA-EXPORT-010",
        "The export was cancelled; no package was written.",
        "निर्यात रद्द गरियो; कुनै प्याकेज लेखिएन।",
        "Eksport bekor qilindi; hech qanday paket yozilmadi.",
    )
    IMPORT_CANCELLED = (
        "NA-EXPORT-011",
        "The import was cancelled; nothing was imported from this package.",
        "आयात रद्द गरियो; यो प्याकेजबाट केही पनि आयात गरिएन।",
        "Import bekor qilindi; bu paketdan hech narsa import qilinmadi.",
    )
