"""Store errors (``NA-STORE-…``): the disk, the folder, the database file or server, stored data.

The first eight are environment failures, one per ``StoreError.kind``; ``{action}`` is what the app
was doing, an ``Action`` phrase translated through ``ACTIONS``.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue, Wording
from needsassess.errors.registry import register

_NOTHING_NE = "केही पनि परिवर्तन गरिएको छैन।"
_NOTHING_UZ = "Hech narsa oʻzgartirilmadi."


@register
class StoreCode(Catalogue):
    DISK_FULL = (
        "NA-STORE-001",
        "The disk holding {where} is full, so the app could not {action}. Nothing was changed. "
        "Free some space (empty the recycle bin, move old exports to a USB stick) and try again.",
        "{where} भएको डिस्क भरिएको छ, त्यसैले एपले {action} सकेन। " + _NOTHING_NE + " केही ठाउँ खाली गर्नुहोस् "
        "(रिसाइकल बिन खाली गर्नुहोस्, पुराना निर्यात USB स्टिकमा सार्नुहोस्) र फेरि प्रयास गर्नुहोस्।",
        "{where} joylashgan disk toʻlgan, shuning uchun ilova {action} olmadi. " + _NOTHING_UZ + " Joy "
        "boʻshating (savatni tozalang, eski eksportlarni USB fleshkaga oʻtkazing) va qaytadan urinib koʻring.",
    )
    READ_ONLY = (
        "NA-STORE-002",
        "The data folder {where} cannot be written, so the app could not {action}. Nothing was changed. "
        "Check that the folder is not read-only and that you may write to it, or start the app with "
        "--data-dir pointing to a writable folder.",
        "डाटा फोल्डर {where} मा लेख्न मिल्दैन, त्यसैले एपले {action} सकेन। " + _NOTHING_NE + " फोल्डर पढ्न-मात्र "
        "होइन र तपाईंलाई त्यसमा लेख्ने अनुमति छ भनी जाँच गर्नुहोस्, वा लेख्न मिल्ने फोल्डर देखाउने --data-dir "
        "सहित एप सुरु गर्नुहोस्।",
        "{where} maʼlumotlar papkasiga yozib boʻlmaydi, shuning uchun ilova {action} olmadi. " + _NOTHING_UZ
        + " Papka faqat oʻqish uchun emasligini va unga yozishga ruxsatingiz borligini tekshiring yoki ilovani "
        "yozish mumkin boʻlgan papkani koʻrsatuvchi --data-dir bilan ishga tushiring.",
    )
    LOCKED = (
        "NA-STORE-003",
        "The database in {where} is busy in another needsassess window or command, so the app could "
        "not {action}. Nothing was changed. Wait for the other program to finish, or close it, and try again.",
        "{where} को डाटाबेस अर्को needsassess विन्डो वा आदेशमा व्यस्त छ, त्यसैले एपले {action} सकेन। "
        + _NOTHING_NE + " अर्को कार्यक्रम सकिनेसम्म पर्खनुहोस् वा त्यसलाई बन्द गर्नुहोस्, र फेरि प्रयास गर्नुहोस्।",
        "{where} dagi maʼlumotlar bazasi boshqa needsassess oynasi yoki buyrugʻi bilan band, shuning uchun "
        "ilova {action} olmadi. " + _NOTHING_UZ + " Boshqa dastur ishini tugatishini kuting yoki uni yoping "
        "va qaytadan urinib koʻring.",
    )
    CORRUPT = (
        "NA-STORE-004",
        "The database in {where} is damaged ({detail}), so the app could not {action}. Nothing was "
        "changed. Close the app and restore the latest copy from the 'backups' folder next to it, or ask your "
        "coordinator for help.",
        "{where} को डाटाबेस बिग्रिएको छ ({detail}), त्यसैले एपले {action} सकेन। " + _NOTHING_NE + " एप बन्द "
        "गर्नुहोस् र छेउको 'backups' फोल्डरबाट पछिल्लो प्रति फर्काउनुहोस्, वा आफ्नो संयोजकसँग सहयोग माग्नुहोस्।",
        "{where} dagi maʼlumotlar bazasi shikastlangan ({detail}), shuning uchun ilova {action} olmadi. "
        + _NOTHING_UZ + " Ilovani yoping va yonidagi 'backups' papkasidan eng soʻnggi nusxani tiklang yoki "
        "koordinatoringizdan yordam soʻrang.",
    )
    IO = (
        "NA-STORE-005",
        "The disk holding {where} reported an error ({detail}), so the app could not {action}. Nothing "
        "was changed. Check the disk or USB stick and try again.",
        "{where} भएको डिस्कले त्रुटि देखायो ({detail}), त्यसैले एपले {action} सकेन। " + _NOTHING_NE
        + " डिस्क वा USB स्टिक जाँच गर्नुहोस् र फेरि प्रयास गर्नुहोस्।",
        "{where} joylashgan disk xato haqida xabar berdi ({detail}), shuning uchun ilova {action} olmadi. "
        + _NOTHING_UZ + " Disk yoki USB fleshkani tekshiring va qaytadan urinib koʻring.",
    )
    UNAVAILABLE = (
        "NA-STORE-006",
        "The database server {where} could not be used ({detail}), so the app could not {action}. "
        "Nothing was changed. Check that the server is running and reachable, and the user, password and TLS "
        "settings of the database URL (--db-url or NEEDSASSESS_DB_URL), then try again.",
        "डाटाबेस सर्भर {where} प्रयोग गर्न सकिएन ({detail}), त्यसैले एपले {action} सकेन। " + _NOTHING_NE
        + " सर्भर चलिरहेको र पुग्न सकिने छ कि छैन, र डाटाबेस URL (--db-url वा NEEDSASSESS_DB_URL) को प्रयोगकर्ता, "
        "पासवर्ड र TLS सेटिङ जाँच गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।",
        "{where} maʼlumotlar bazasi serveridan foydalanib boʻlmadi ({detail}), shuning uchun ilova {action} "
        "olmadi. " + _NOTHING_UZ + " Server ishlayotgani va unga ulanish mumkinligini, maʼlumotlar bazasi URL "
        "manzilidagi (--db-url yoki NEEDSASSESS_DB_URL) foydalanuvchi, parol va TLS sozlamalarini tekshiring, "
        "soʻng qaytadan urinib koʻring.",
    )
    DENIED = (
        "NA-STORE-007",
        "The database {where} refused the app's role ({detail}), so the app could not {action}. Nothing "
        "was changed. Grant the role the rights listed in docs/hub.md, or use the right role.",
        "डाटाबेस {where} ले एपको भूमिका अस्वीकार गर्‍यो ({detail}), त्यसैले एपले {action} सकेन। " + _NOTHING_NE
        + " docs/hub.md मा सूचीबद्ध अधिकार भूमिकालाई दिनुहोस्, वा सही भूमिका प्रयोग गर्नुहोस्।",
        "{where} maʼlumotlar bazasi ilova rolini rad etdi ({detail}), shuning uchun ilova {action} olmadi. "
        + _NOTHING_UZ + " Rolga docs/hub.md da sanab oʻtilgan huquqlarni bering yoki toʻgʻri roldan foydalaning.",
    )
    CONTENTION = (
        "NA-STORE-008",
        "Other coordinators kept changing the same assessments in {where} at the same moment, so the "
        "app could not {action} ({detail}). Nothing was changed. Try again in a moment.",
        "अरू संयोजकहरूले {where} मा उही मूल्याङ्कनहरू एकै समयमा बदलिरहे, त्यसैले एपले {action} सकेन "
        "({detail})। " + _NOTHING_NE + " केही बेरपछि फेरि प्रयास गर्नुहोस्।",
        "Boshqa koordinatorlar {where} dagi aynan shu baholashlarni bir vaqtda oʻzgartirib turishdi, shuning "
        "uchun ilova {action} olmadi ({detail}). " + _NOTHING_UZ + " Birozdan soʻng qaytadan urinib koʻring.",
    )
    NEWER_SCHEMA = (
        "NA-STORE-010",
        "The database {where} was made by a newer version of needsassess (schema {revision}); "
        "this version cannot read it and has not touched it. Install the newer version of the "
        "app, or start this one with --data-dir pointing to another folder.",
        "डाटाबेस {where} needsassess को नयाँ संस्करणले बनाएको हो (स्किमा {revision}); यो संस्करणले यसलाई पढ्न "
        "सक्दैन र यसलाई छोएको छैन। एपको नयाँ संस्करण स्थापना गर्नुहोस्, वा अर्को फोल्डर देखाउने --data-dir सहित "
        "यो संस्करण सुरु गर्नुहोस्।",
        "{where} maʼlumotlar bazasi needsassess ning yangiroq versiyasida yaratilgan (sxema {revision}); bu "
        "versiya uni oʻqiy olmaydi va unga tegmadi. Ilovaning yangi versiyasini oʻrnating yoki buni boshqa "
        "papkani koʻrsatuvchi --data-dir bilan ishga tushiring.",
    )
    NOT_OURS = (
        "NA-STORE-011",
        "The database file is not a needsassess database (it has tables but no schema version). "
        "Move it out of the data folder, or start the app with --data-dir pointing elsewhere.",
        "डाटाबेस फाइल needsassess को डाटाबेस होइन (यसमा तालिकाहरू छन् तर स्किमा संस्करण छैन)। यसलाई डाटा "
        "फोल्डरबाट बाहिर सार्नुहोस्, वा अर्कै ठाउँ देखाउने --data-dir सहित एप सुरु गर्नुहोस्।",
        "Maʼlumotlar bazasi fayli needsassess bazasi emas (unda jadvallar bor, lekin sxema versiyasi yoʻq). "
        "Uni maʼlumotlar papkasidan boshqa joyga oʻtkazing yoki ilovani boshqa joyni koʻrsatuvchi --data-dir "
        "bilan ishga tushiring.",
    )
    NOT_A_FOLDER = (
        "NA-STORE-012",
        "The data folder {folder} cannot be used: {reason}. Nothing was changed. Choose another folder "
        "(--data-dir or NEEDSASSESS_DATA_DIR).",
        "डाटा फोल्डर {folder} प्रयोग गर्न सकिँदैन: {reason}। केही पनि बदलिएन। अर्को फोल्डर छान्नुहोस् "
        "(--data-dir वा NEEDSASSESS_DATA_DIR)।",
        "{folder} maʼlumotlar papkasidan foydalanib boʻlmaydi: {reason}. Hech narsa oʻzgarmadi. Boshqa papka "
        "tanlang (--data-dir yoki NEEDSASSESS_DATA_DIR).",
    )
    PHOTO_CHECKSUM = (
        "NA-STORE-020",
        "The photo {sha256} in the database {where} does not match its checksum. Restore the "
        "database from a backup, or import the package holding the photo again.",
        "डाटाबेस {where} को फोटो {sha256} आफ्नो चेकसमसँग मेल खाँदैन। ब्याकअपबाट डाटाबेस फर्काउनुहोस्, वा फोटो "
        "भएको प्याकेज फेरि आयात गर्नुहोस्।",
        "{where} maʼlumotlar bazasidagi {sha256} surati oʻz nazorat yigʻindisiga mos kelmaydi. Bazani zaxira "
        "nusxadan tiklang yoki suratni oʻz ichiga olgan paketni qaytadan import qiling.",
    )
    PHOTO_NOT_RECEIVED = (
        "NA-STORE-021",
        "The photo {sha256} was not received, so it cannot be stored. Attach or import it again.",
        "फोटो {sha256} प्राप्त भएन, त्यसैले यसलाई राख्न सकिँदैन। यसलाई फेरि संलग्न वा आयात गर्नुहोस्।",
        "{sha256} surati qabul qilinmadi, shuning uchun uni saqlab boʻlmaydi. Uni qaytadan biriktiring yoki "
        "import qiling.",
    )
    PHOTO_TOO_LARGE = (
        "NA-STORE-022",
        "The photo {label} is {size_mb} MB; the limit is {limit_mb} MB. "
        "Take the photo at a lower resolution, or shrink it, and attach it again.",
        "फोटो {label} {size_mb} MB को छ; सीमा {limit_mb} MB हो। कम रिजोल्युसनमा फोटो खिच्नुहोस्, वा सानो "
        "बनाउनुहोस्, र फेरि संलग्न गर्नुहोस्।",
        "{label} surati {size_mb} MB; chegara {limit_mb} MB. Suratni pastroq oʻlchamda oling yoki kichraytiring "
        "va qaytadan biriktiring.",
    )
    PHOTO_EMPTY = (
        "NA-STORE-023",
        "The photo {label} is an empty file. Attach another photo.",
        "फोटो {label} खाली फाइल हो। अर्को फोटो संलग्न गर्नुहोस्।",
        "{label} surati boʻsh fayl. Boshqa surat biriktiring.",
    )
    PHOTO_NOT_IMAGE = (
        "NA-STORE-024",
        "The file {label} is not a PNG, JPEG or WebP image (judged by its content, not its "
        "name). Attach a photo in one of those formats.",
        "फाइल {label} PNG, JPEG वा WebP तस्बिर होइन (नामले होइन, सामग्रीले जाँचिएको)। यीमध्ये कुनै ढाँचाको फोटो "
        "संलग्न गर्नुहोस्।",
        "{label} fayli PNG, JPEG yoki WebP rasmi emas (nomiga emas, mazmuniga qarab aniqlandi). Shu "
        "formatlardan biridagi suratni biriktiring.",
    )
    PHOTO_UNREADABLE = (
        "NA-STORE-025",
        "Cannot read the photo {source}: {detail}. Check the path and try again.",
        "फोटो {source} पढ्न सकिँदैन: {detail}। मार्ग जाँच गर्नुहोस् र फेरि प्रयास गर्नुहोस्।",
        "{source} suratini oʻqib boʻlmaydi: {detail}. Yoʻlni tekshiring va qaytadan urinib koʻring.",
    )
    PHOTOS_NEVER_ATTACHED = (
        "NA-STORE-026",
        "The answers refer to {count} photo(s) that were never attached "
        "(first: {first}). Attach the photos and try again.",
        "उत्तरहरूले कहिल्यै संलग्न नगरिएका {count} फोटोलाई जनाउँछन् (पहिलो: {first})। फोटोहरू संलग्न गर्नुहोस् "
        "र फेरि प्रयास गर्नुहोस्।",
        "Javoblar hech qachon biriktirilmagan {count} ta suratga ishora qiladi (birinchisi: {first}). "
        "Suratlarni biriktiring va qaytadan urinib koʻring.",
    )
    PHOTOS_NOT_ATTACHED = (
        "NA-STORE-027",
        "The answers refer to photos that were never attached: {missing}. Attach the photos again.",
        "उत्तरहरूले कहिल्यै संलग्न नगरिएका फोटोलाई जनाउँछन्: {missing}। फोटोहरू फेरि संलग्न गर्नुहोस्।",
        "Javoblar hech qachon biriktirilmagan suratlarga ishora qiladi: {missing}. Suratlarni qaytadan "
        "biriktiring.",
    )
    FORM_UNKNOWN = (
        "NA-STORE-030",
        "There is no form '{form_id}' in the app (known forms: {known}). "
        "Check the form id, or install the form file in the forms folder.",
        "एपमा '{form_id}' नामको फारम छैन (चिनिएका फारमहरू: {known})। फारमको id जाँच गर्नुहोस्, वा फारम फाइल "
        "forms फोल्डरमा राख्नुहोस्।",
        "Ilovada '{form_id}' shakli yoʻq (maʼlum shakllar: {known}). Shakl id sini tekshiring yoki shakl "
        "faylini forms papkasiga oʻrnating.",
    )
    FORM_VERSION_MISSING = (
        "NA-STORE-031",
        "The definition of form '{form_id}' version {version} is not in this data folder. "
        "Import a package that contains it, or install that form version.",
        "फारम '{form_id}' संस्करण {version} को परिभाषा यो डाटा फोल्डरमा छैन। त्यो भएको प्याकेज आयात गर्नुहोस्, "
        "वा फारमको त्यो संस्करण स्थापना गर्नुहोस्।",
        "'{form_id}' shaklining {version} versiyasi taʼrifi bu maʼlumotlar papkasida yoʻq. Uni oʻz ichiga "
        "olgan paketni import qiling yoki shaklning oʻsha versiyasini oʻrnating.",
    )
    FORM_STORED_UNREADABLE = (
        "NA-STORE-032",
        "The stored definition of form '{form_id}' version {version} cannot be read by this "
        "version of the app: {detail}",
        "फारम '{form_id}' संस्करण {version} को राखिएको परिभाषा एपको यो संस्करणले पढ्न सक्दैन: {detail}",
        "'{form_id}' shakli {version} versiyasining saqlangan taʼrifini ilovaning bu versiyasi oʻqiy olmaydi: "
        "{detail}",
    )
    FORM_CHANGED_SAME_VERSION = (
        "NA-STORE-033",
        "The form file for '{form_id}' changed but still says version {version}, "
        "which assessments in this data folder already use. Give the changed form a new "
        "'version' in its file.",
        "'{form_id}' को फारम फाइल बदलियो तर अझै संस्करण {version} नै भन्छ, जुन यो डाटा फोल्डरका मूल्याङ्कनहरूले "
        "पहिल्यै प्रयोग गर्छन्। बदलिएको फारमलाई आफ्नो फाइलमा नयाँ 'version' दिनुहोस्।",
        "'{form_id}' shakl fayli oʻzgargan, lekin hamon {version} versiyasi deb yozilgan, bu papkadagi "
        "baholashlar esa undan allaqachon foydalanadi. Oʻzgargan shaklga faylida yangi 'version' bering.",
    )
    URL_UNREADABLE = (
        "NA-STORE-040",
        "The database URL is not a URL the app can read. Write it like {example} "
        "(set with --db-url or NEEDSASSESS_DB_URL).",
        "डाटाबेस URL एपले पढ्न सक्ने URL होइन। यसलाई {example} जस्तै लेख्नुहोस् (--db-url वा NEEDSASSESS_DB_URL "
        "बाट राखिन्छ)।",
        "Maʼlumotlar bazasi URL manzilini ilova oʻqiy olmaydi. Uni {example} kabi yozing (--db-url yoki "
        "NEEDSASSESS_DB_URL orqali beriladi).",
    )
    URL_DRIVER = (
        "NA-STORE-041",
        "The database URL {url} uses '{driver}'; the app works with SQLite files and "
        "with PostgreSQL through psycopg 3. Write it like {example}.",
        "डाटाबेस URL {url} ले '{driver}' प्रयोग गर्छ; एपले SQLite फाइल र psycopg 3 मार्फत PostgreSQL सँग काम "
        "गर्छ। यसलाई {example} जस्तै लेख्नुहोस्।",
        "{url} maʼlumotlar bazasi URL manzili '{driver}' dan foydalanadi; ilova SQLite fayllari va psycopg 3 "
        "orqali PostgreSQL bilan ishlaydi. Uni {example} kabi yozing.",
    )
    URL_SQLITE_NO_FILE = (
        "NA-STORE-042",
        "A SQLite database URL must name a file (sqlite:////path/to/needsassess.db).",
        "SQLite डाटाबेस URL ले एउटा फाइलको नाम दिनुपर्छ (sqlite:////path/to/needsassess.db)।",
        "SQLite maʼlumotlar bazasi URL manzili faylni koʻrsatishi kerak (sqlite:////path/to/needsassess.db).",
    )
    SORT_UNKNOWN = (
        "NA-STORE-050",
        "Cannot sort by '{order_by}'; use one of {allowed}.",
        "'{order_by}' अनुसार क्रमबद्ध गर्न सकिँदैन; यीमध्ये एउटा प्रयोग गर्नुहोस्: {allowed}।",
        "'{order_by}' boʻyicha saralab boʻlmaydi; quyidagilardan birini ishlating: {allowed}.",
    )
    STATUS_UNKNOWN = (
        "NA-STORE-051",
        "Unknown status '{status}'; use one of {allowed}.",
        "अज्ञात स्थिति '{status}'; यीमध्ये एउटा प्रयोग गर्नुहोस्: {allowed}।",
        "Nomaʼlum holat '{status}'; quyidagilardan birini ishlating: {allowed}.",
    )
    NOT_FOUND = (
        "NA-STORE-052",
        "There is no assessment {uuid} in this data folder. Check the uuid (see 'needsassess list').",
        "यो डाटा फोल्डरमा मूल्याङ्कन {uuid} छैन। uuid जाँच गर्नुहोस् ('needsassess list' हेर्नुहोस्)।",
        "Bu maʼlumotlar papkasida {uuid} baholash yoʻq. uuid ni tekshiring ('needsassess list' ga qarang).",
    )
    SETTING_UNKNOWN = (
        "NA-STORE-053",
        "'{value}' is not a {what} the app knows; choose one of {allowed}.",
        "'{value}' एपले चिन्ने {what} होइन; यीमध्ये एउटा छान्नुहोस्: {allowed}।",
        "'{value}' ilovaga maʼlum {what} emas; quyidagilardan birini tanlang: {allowed}.",
    )
    OFFICER_TOO_LONG = (
        "NA-STORE-054",
        "The officer name is longer than {limit} characters; shorten it.",
        "अधिकृतको नाम {limit} अक्षरभन्दा लामो छ; छोटो बनाउनुहोस्।",
        "Xodim ismi {limit} belgidan uzun; uni qisqartiring.",
    )
    REOPEN_REASON = (
        "NA-STORE-055",
        "Say why the assessment is reopened; the reason is kept in its history.",
        "मूल्याङ्कन किन फेरि खोलिँदैछ भन्नुहोस्; कारण यसको इतिहासमा राखिन्छ।",
        "Baholash nima uchun qayta ochilayotganini yozing; sabab uning tarixida saqlanadi.",
    )
    WRONG_STATE = (
        "NA-STORE-056",
        "Cannot {action} assessment {uuid}: it is {status}, not {wanted}.",
        "मूल्याङ्कन {uuid} {action} सकिँदैन: यो {status} हो, {wanted} होइन।",
        "{uuid} baholashni {action} boʻlmaydi: u {status}, {wanted} emas.",
    )
    WRONG_STATE_COMPLETE = (
        "NA-STORE-057",
        "Cannot {action} assessment {uuid}: it is {status}, not {wanted}. Reopen it first (with a reason).",
        "मूल्याङ्कन {uuid} {action} सकिँदैन: यो {status} हो, {wanted} होइन। पहिले यसलाई (कारणसहित) फेरि खोल्नुहोस्।",
        "{uuid} baholashni {action} boʻlmaydi: u {status}, {wanted} emas. Avval uni (sababini yozib) qayta oching.",
    )
    FINALIZE_REFUSED = (
        "NA-STORE-058",
        "The assessment cannot be finalized yet; answer or correct these questions:\n  {problems}",
        "मूल्याङ्कन अहिले नै अन्तिम गर्न सकिँदैन; यी प्रश्नहरूको उत्तर दिनुहोस् वा सच्याउनुहोस्:\n  {problems}",
        "Baholashni hali yakunlab boʻlmaydi; quyidagi savollarga javob bering yoki ularni tuzating:\n  {problems}",
    )
    CREATE_REFUSED = (
        "NA-STORE-059",
        "Nothing was created; these answers are missing or fail their checks:\n  {problems}",
        "केही पनि बनाइएन; यी उत्तरहरू छुटेका छन् वा तिनका जाँचमा असफल छन्:\n  {problems}",
        "Hech narsa yaratilmadi; quyidagi javoblar yoʻq yoki tekshiruvdan oʻtmadi:\n  {problems}",
    )
    CONCURRENT_CREATE = (
        "NA-STORE-060",
        "another writer created the same assessment at the same moment",
        "अर्को लेखकले एकै समयमा उही मूल्याङ्कन बनायो",
        "boshqa yozuvchi aynan shu baholashni bir vaqtda yaratdi",
    )
    CONFLICT_CHOOSE = (
        "NA-STORE-070",
        "Choose which version stands: 'stored' or 'incoming'.",
        "कुन संस्करण कायम रहन्छ छान्नुहोस्: 'stored' वा 'incoming'।",
        "Qaysi versiya qolishini tanlang: 'stored' yoki 'incoming'.",
    )
    CONFLICT_NOT_FOUND = (
        "NA-STORE-071",
        "There is no conflict {conflict_id}; list them again.",
        "द्वन्द्व {conflict_id} छैन; सूची फेरि हेर्नुहोस्।",
        "{conflict_id} ziddiyati yoʻq; roʻyxatni qaytadan koʻring.",
    )
    REVIEW_STATE_UNKNOWN = (
        "NA-STORE-072",
        "Unknown review state {state!r}; use one of {allowed}.",
        "अज्ञात समीक्षा स्थिति {state!r}; यीमध्ये एउटा प्रयोग गर्नुहोस्: {allowed}।",
        "Nomaʼlum koʻrib chiqish holati {state!r}; quyidagilardan birini ishlating: {allowed}.",
    )
    WAITING = (
        "NA-STORE-700",
        "The database in {where} is busy in another needsassess window or command: waiting for it to "
        "finish (up to {seconds} seconds)…",
        "{where} को डाटाबेस अर्को needsassess विन्डो वा आदेशमा व्यस्त छ: त्यो सकिने पर्खाइमा ({seconds} सेकेन्डसम्म)…",
        "{where} dagi maʼlumotlar bazasi boshqa needsassess oynasi yoki buyrugʻi bilan band: u tugashini "
        "kutyapmiz ({seconds} soniyagacha)…",
    )
    DAMAGED_NO_WRITES = (
        "NA-STORE-701",
        "The database in {where} is damaged ({detail}), so the app will not {action}: writing into a "
        "damaged file can lose more. Nothing was changed. You can still list, show and print what it "
        "holds. Close the app and restore the latest copy from the 'backups' folder next to it, or ask "
        "your coordinator for help.",
        "{where} को डाटाबेस बिग्रिएको छ ({detail}), त्यसैले {action} मिल्दैन: बिग्रिएको फाइलमा लेख्दा अझ "
        "धेरै हराउन सक्छ। " + _NOTHING_NE + " त्यसमा भएका कुरा सूचीमा हेर्न, खोल्न र छाप्न अझै सकिन्छ। एप बन्द "
        "गर्नुहोस् र छेउको 'backups' फोल्डरबाट पछिल्लो प्रति फर्काउनुहोस्, वा आफ्नो संयोजकसँग सहयोग माग्नुहोस्।",
        "{where} dagi maʼlumotlar bazasi shikastlangan ({detail}), shuning uchun ilova {action} "
        "olmaydi: shikastlangan faylga yozish koʻproq narsani yoʻqotishi mumkin. " + _NOTHING_UZ + " Undagi "
        "maʼlumotlarni roʻyxatlash, koʻrish va chop etish mumkin. Ilovani yoping va yonidagi 'backups' "
        "papkasidan eng soʻnggi nusxani tiklang yoki koordinatoringizdan yordam soʻrang.",
    )
    CHECK_SOUND = (
        "NA-STORE-702",
        "The database in {where} is sound: every page was read and checked ({pages} pages).",
        "{where} को डाटाबेस ठीक छ: हरेक पाना पढेर जाँच गरियो ({pages} पाना)।",
        "{where} dagi maʼlumotlar bazasi butun: har bir sahifa oʻqib tekshirildi ({pages} sahifa).",
    )
    # Backups and restore (store.backups, store.archive; docs/storage.md).
    BACKUP_KEEP_DAYS = (
        "NA-STORE-760",
        "Keep automatic backups for {low} to {high} days (not {value}).",
        "स्वचालित ब्याकअप {low} देखि {high} दिनसम्म राख्नुहोस् ({value} होइन)।",
        "Avtomatik zaxira nusxalarni {low} kundan {high} kungacha saqlang ({value} emas).",
    )
    BACKUP_ON_SERVER = (
        "NA-STORE-761",
        "Backup and restore are for a data folder's SQLite database; {where} is a PostgreSQL hub. Back it "
        "up with the server's own tools (pg_dump, docs/hub.md).",
        "ब्याकअप र पुनर्स्थापना डाटा फोल्डरको SQLite डाटाबेसका लागि हुन्; {where} PostgreSQL हब हो। यसको "
        "ब्याकअप सर्भरकै उपकरणले लिनुहोस् (pg_dump, docs/hub.md)।",
        "Zaxiralash va tiklash maʼlumotlar papkasining SQLite bazasi uchun; {where} esa PostgreSQL markazi. "
        "Uning zaxirasini serverning oʻz vositalari bilan oling (pg_dump, docs/hub.md).",
    )
    BACKUP_WRITE = (
        "NA-STORE-762",
        "Could not write the backup {path}: {detail}. Nothing was changed; choose another place with room "
        "(a USB stick) and try again.",
        "ब्याकअप {path} लेख्न सकिएन: {detail}। केही पनि बदलिएको छैन; ठाउँ भएको अर्को स्थान (USB स्टिक) "
        "छान्नुहोस् र फेरि प्रयास गर्नुहोस्।",
        "{path} zaxira nusxasini yozib boʻlmadi: {detail}. Hech narsa oʻzgartirilmadi; boʻsh joyi bor boshqa "
        "joyni (USB fleshka) tanlang va qaytadan urinib koʻring.",
    )
    NOT_A_BACKUP = (
        "NA-STORE-763",
        "{path} is not a needsassess backup, or it is damaged ({detail}). Nothing was changed; use another "
        "backup (the data folder's 'backups' folder keeps one per day).",
        "{path} needsassess ब्याकअप होइन, वा बिग्रिएको छ ({detail})। केही पनि बदलिएको छैन; अर्को ब्याकअप "
        "प्रयोग गर्नुहोस् (डाटा फोल्डरको 'backups' फोल्डरमा दिनको एउटा रहन्छ)।",
        "{path} needsassess zaxira nusxasi emas yoki shikastlangan ({detail}). Hech narsa oʻzgartirilmadi; "
        "boshqa zaxira nusxadan foydalaning (maʼlumotlar papkasidagi 'backups' papkasida har kungi nusxa bor).",
    )
    RESTORE_NOT_EMPTY = (
        "NA-STORE-764",
        "The data folder {folder} already holds {count} assessment(s); nothing was changed. Restore into an "
        "empty data folder (--data-dir), or add --replace: the current database is first copied to the "
        "folder's 'backups' folder.",
        "डाटा फोल्डर {folder} मा पहिल्यै {count} मूल्याङ्कन छन्; केही पनि बदलिएको छैन। खाली डाटा फोल्डरमा "
        "(--data-dir) फर्काउनुहोस्, वा --replace थप्नुहोस्: अहिलेको डाटाबेस पहिले फोल्डरको 'backups' फोल्डरमा "
        "प्रतिलिपि गरिन्छ।",
        "{folder} maʼlumotlar papkasida allaqachon {count} ta baholash bor; hech narsa oʻzgartirilmadi. Boʻsh "
        "maʼlumotlar papkasiga (--data-dir) tiklang yoki --replace qoʻshing: joriy baza avval papkaning "
        "'backups' papkasiga nusxalanadi.",
    )
    BACKUP_NEWER = (
        "NA-STORE-765",
        "{path} was made by a newer needsassess (backup format {version}); nothing was changed. Update "
        "needsassess, then restore it.",
        "{path} needsassess को नयाँ संस्करणले बनाएको हो (ब्याकअप ढाँचा {version}); केही पनि बदलिएको छैन। "
        "needsassess अद्यावधिक गरेर यसलाई फर्काउनुहोस्।",
        "{path} needsassess ning yangiroq versiyasida yaratilgan (zaxira formati {version}); hech narsa "
        "oʻzgartirilmadi. needsassess ni yangilang, soʻng uni tiklang.",
    )
    BACKUP_KEYS_LOCKED = (
        "NA-STORE-766",
        "{path} holds this folder's private keys, sealed with a passphrase; nothing was changed. Give it "
        "with --passphrase-file FILE (or at the prompt), or restore without the keys: --without-keys.",
        "{path} मा यो फोल्डरका निजी कुञ्जीहरू पासफ्रेजले बन्द गरी राखिएका छन्; केही पनि बदलिएको छैन। "
        "--passphrase-file FILE (वा सोधिँदा) दिनुहोस्, वा कुञ्जीबिना फर्काउनुहोस्: --without-keys।",
        "{path} da bu papkaning maxfiy kalitlari parol iborasi bilan muhrlangan; hech narsa oʻzgartirilmadi. "
        "Uni --passphrase-file FILE bilan (yoki soʻralganda) bering yoki kalitlarsiz tiklang: --without-keys.",
    )


class Action(Wording):
    """What the app was doing when the environment failed (``{action}`` in the messages above)."""


# English action (as written at the call site) -> (Nepali, Uzbek). The Nepali form completes
# "एपले … सकेन" and the Uzbek one "ilova … olmadi", so each is the verb stem those endings need.
Action.table = {
    "open the data folder": ("डाटा फोल्डर खोल्न", "maʼlumotlar papkasini ocha"),
    "open the database": ("डाटाबेस खोल्न", "maʼlumotlar bazasini ocha"),
    "check the database": ("डाटाबेस जाँच गर्न", "maʼlumotlar bazasini tekshira"),
    "save changes": ("परिवर्तनहरू सुरक्षित गर्न", "oʻzgarishlarni saqlay"),
    "look for a photo": ("फोटो खोज्न", "suratni qidira"),
    "read a photo": ("फोटो पढ्न", "suratni oʻqiy"),
    "import a dataset": ("डाटासेट आयात गर्न", "maʼlumotlar toʻplamini import qila"),
    "list datasets": ("डाटासेटहरूको सूची हेर्न", "maʼlumotlar toʻplamlari roʻyxatini koʻra"),
    "read a dataset": ("डाटासेट पढ्न", "maʼlumotlar toʻplamini oʻqiy"),
    "keep a copy of the photo": ("फोटोको प्रति राख्न", "surat nusxasini saqlay"),
    "store the photo": ("फोटो राख्न", "suratni saqlay"),
    "save the review": ("समीक्षा सुरक्षित गर्न", "koʻrib chiqish natijasini saqlay"),
    "save the answer": ("उत्तर सुरक्षित गर्न", "javobni saqlay"),
    "revoke an officer's key": ("अधिकृतको कुञ्जी रद्द गर्न", "xodim kalitini bekor qila"),
    "resolve the conflict": ("द्वन्द्व समाधान गर्न", "ziddiyatni hal qila"),
    "reopen the assessment": ("मूल्याङ्कन फेरि खोल्न", "baholashni qayta ocha"),
    "record the event": ("घटना अभिलेख गर्न", "hodisani qayd eta"),
    "record the paradata": ("प्याराडाटा अभिलेख गर्न", "paradata maʼlumotini qayd eta"),
    "read the paradata": ("प्याराडाटा पढ्न", "paradata maʼlumotini oʻqiy"),
    "read the quality flags": ("गुणस्तर सङ्केतहरू पढ्न", "sifat belgilarini oʻqiy"),
    "store the quality flags": ("गुणस्तर सङ्केतहरू राख्न", "sifat belgilarini saqlay"),
    "record a package held back": ("रोकिएको प्याकेज अभिलेख गर्न", "ushlab qolingan paketni qayd eta"),
    "read the reviews": ("समीक्षाहरू पढ्न", "koʻrib chiqishlarni oʻqiy"),
    "read the review states": ("समीक्षा स्थितिहरू पढ्न", "koʻrib chiqish holatlarini oʻqiy"),
    "read the history": ("इतिहास पढ्न", "tarixni oʻqiy"),
    "read the assessments": ("मूल्याङ्कनहरू पढ्न", "baholashlarni oʻqiy"),
    "read the assessments to export": ("निर्यात गर्ने मूल्याङ्कनहरू पढ्न", "eksport qilinadigan baholashlarni oʻqiy"),
    "read the assessments for the tables": ("तालिकाका लागि मूल्याङ्कनहरू पढ्न", "jadvallar uchun baholashlarni oʻqiy"),
    "read the assessment's history": ("मूल्याङ्कनको इतिहास पढ्न", "baholash tarixini oʻqiy"),
    "read the assessment": ("मूल्याङ्कन पढ्न", "baholashni oʻqiy"),
    "mark the assessments exported": (
        "मूल्याङ्कनहरूलाई निर्यात भएको चिनो लगाउन", "baholashlarni eksport qilingan deb belgilay"
    ),
    "look for an earlier import": ("पहिलेको आयात खोज्न", "avvalgi importni qidira"),
    "list the sites": ("स्थलहरूको सूची बनाउन", "joylar roʻyxatini tuza"),
    "list the revoked keys": ("रद्द गरिएका कुञ्जीहरूको सूची बनाउन", "bekor qilingan kalitlar roʻyxatini tuza"),
    "list the packages held back": ("रोकिएका प्याकेजहरूको सूची बनाउन", "ushlab qolingan paketlar roʻyxatini tuza"),
    "list the officers": ("अधिकृतहरूको सूची बनाउन", "xodimlar roʻyxatini tuza"),
    "list the interrupted drafts": ("अधुरा मस्यौदाहरूको सूची बनाउन", "uzilib qolgan qoralamalar roʻyxatini tuza"),
    "list the imported packages": ("आयात गरिएका प्याकेजहरूको सूची बनाउन", "import qilingan paketlar roʻyxatini tuza"),
    "list the enrolled keys": ("दर्ता गरिएका कुञ्जीहरूको सूची बनाउन", "roʻyxatga olingan kalitlar roʻyxatini tuza"),
    "list the conflicts": ("द्वन्द्वहरूको सूची बनाउन", "ziddiyatlar roʻyxatini tuza"),
    "list the assessments": ("मूल्याङ्कनहरूको सूची बनाउन", "baholashlar roʻyxatini tuza"),
    "import the package": ("प्याकेज आयात गर्न", "paketni import qila"),
    "finalize the assessment": ("मूल्याङ्कन अन्तिम गर्न", "baholashni yakunlay"),
    "filter by package": ("प्याकेज अनुसार छान्न", "paket boʻyicha saralay"),
    "enrol an officer's key": ("अधिकृतको कुञ्जी दर्ता गर्न", "xodim kalitini roʻyxatga ola"),
    "discard the draft": ("मस्यौदा हटाउन", "qoralamani oʻchira"),
    "create the assessments": ("मूल्याङ्कनहरू बनाउन", "baholashlarni yarata"),
    "create the assessment": ("मूल्याङ्कन बनाउन", "baholashni yarata"),
    "count the assessments": ("मूल्याङ्कनहरू गन्न", "baholashlarni sanay"),
    "check the photos": ("फोटोहरू जाँच गर्न", "suratlarni tekshira"),
    # verbs of WRONG_STATE: "मूल्याङ्कन … सकिँदैन", "baholashni … boʻlmaydi"
    "save answers to": ("मा उत्तर सुरक्षित गर्न", "javob saqlab"),
    "finalize": ("अन्तिम गर्न", "yakunlab"),
    "reopen": ("फेरि खोल्न", "qayta ochib"),
    "discard": ("हटाउन", "oʻchirib"),
    # settings named in SETTING_UNKNOWN
    "language": ("भाषा", "til"),
    "paper size": ("कागजको आकार", "qogʻoz oʻlchami"),
    "digits": ("अङ्क", "raqamlar"),
    # This device's signing identity (sync.identity) and backups (store.backups, store.archive).
    "look for earlier exports": ("पहिलेका निर्यात खोज्न", "avvalgi eksportlarni qidira"),
    "record the new device key": ("नयाँ उपकरण कुञ्जी अभिलेख गर्न", "yangi qurilma kalitini qayd eta"),
    "make a backup": ("ब्याकअप बनाउन", "zaxira nusxa yarata"),
    "restore a backup": ("ब्याकअप फर्काउन", "zaxira nusxani tiklay"),
    # field packages (coordinator -> officers)
    "read the field package state": ("फिल्ड प्याकेजको स्थिति पढ्न", "dala paketi holatini oʻqiy"),
    "send a field package": ("फिल्ड प्याकेज पठाउन", "dala paketini yubora"),
}
