"""Field package, review and edit errors (``NA-FIELD-5…``): packages going back down to officers.

A field package refused on an officer's device is a ``PackageRefused`` whose reason is one of these
entries (the frame says nothing was imported); ``send``, ``review`` and ``edit`` raise them as they are.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class FieldCode(Catalogue):
    # An officer importing a field package (reasons inside "package refused: ...").
    NOT_FROM_COORDINATOR = (
        "NA-FIELD-500",
        "a field package signed by the key {signer}, not by the coordinator whose key is loaded here "
        "({expected}); only the coordinator loaded with 'keys load-coordinator' may send forms and returns",
        "{signer} कुञ्जीले हस्ताक्षर गरेको फिल्ड प्याकेज, यहाँ लोड गरिएको संयोजक ({expected}) को होइन; "
        "'keys load-coordinator' ले लोड गरिएको संयोजकले मात्र फारम र फिर्ता पठाउन सक्छ",
        "{signer} kaliti bilan imzolangan dala paketi, bu yerda yuklangan koordinator ({expected}) emas; "
        "soʻrovnoma va qaytarilganlarni faqat 'keys load-coordinator' bilan yuklangan koordinator yubora oladi",
    )
    UNSIGNED = (
        "NA-FIELD-501",
        "a field package without a signature",
        "हस्ताक्षर नभएको फिल्ड प्याकेज",
        "imzosiz dala paketi",
    )
    NO_COORDINATOR = (
        "NA-FIELD-502",
        "a field package, but no coordinator key is loaded here: load the coordinator's public key file "
        "first (needsassess keys load-coordinator FILE)",
        "फिल्ड प्याकेज, तर यहाँ कुनै संयोजक कुञ्जी लोड गरिएको छैन: पहिले संयोजकको सार्वजनिक कुञ्जी फाइल लोड "
        "गर्नुहोस् (needsassess keys load-coordinator FILE)",
        "dala paketi, lekin bu yerda koordinator kaliti yuklanmagan: avval koordinatorning ochiq kalit faylini "
        "yuklang (needsassess keys load-coordinator FILE)",
    )
    KEY_CANNOT_SIGN = (
        "NA-FIELD-503",
        "the coordinator key file loaded here is an older one without a signing key, so field packages "
        "cannot be checked; ask the coordinator for a new public key file and load it",
        "यहाँ लोड गरिएको संयोजक कुञ्जी फाइल हस्ताक्षर कुञ्जी नभएको पुरानो फाइल हो, त्यसैले फिल्ड प्याकेज जाँच्न "
        "सकिँदैन; संयोजकसँग नयाँ सार्वजनिक कुञ्जी फाइल मागेर लोड गर्नुहोस्",
        "bu yerda yuklangan koordinator kalit fayli imzo kalitisiz eski fayl, shuning uchun dala paketlarini "
        "tekshirib boʻlmaydi; koordinatordan yangi ochiq kalit faylini soʻrab, uni yuklang",
    )
    AT_COORDINATOR = (
        "NA-FIELD-504",
        "a field package is for officers' devices, and this data folder is a coordinator's",
        "फिल्ड प्याकेज अधिकृतका उपकरणका लागि हो, र यो डाटा फोल्डर संयोजकको हो",
        "dala paketi xodimlar qurilmalari uchun, bu maʼlumotlar papkasi esa koordinatorniki",
    )
    MANIFEST_FIELD = (
        "NA-FIELD-505",
        "the field part of the manifest is malformed ({field})",
        "म्यानिफेस्टको फिल्ड भाग बिग्रिएको छ ({field})",
        "manifestning dala qismi notoʻgʻri ({field})",
    )
    RETURN_UNREADABLE = (
        "NA-FIELD-506",
        "the returned assessments addressed to this device cannot be decrypted ({detail})",
        "यो उपकरणलाई पठाइएका फिर्ता मूल्याङ्कनहरू डिक्रिप्ट गर्न सकिँदैन ({detail})",
        "bu qurilmaga yuborilgan qaytarilgan baholashlarni deshifrlab boʻlmaydi ({detail})",
    )
    RETURN_MALFORMED = (
        "NA-FIELD-507",
        "a returned assessment is malformed ({field})",
        "एउटा फिर्ता मूल्याङ्कन बिग्रिएको छ ({field})",
        "qaytarilgan baholashlardan biri notoʻgʻri ({field})",
    )
    DATASET_MALFORMED = (
        "NA-FIELD-508",
        "a dataset in the package is malformed ({detail})",
        "प्याकेजको एउटा डाटासेट बिग्रिएको छ ({detail})",
        "paketdagi maʼlumotlar toʻplamlaridan biri notoʻgʻri ({detail})",
    )
    # The coordinator sending.
    SEND_NO_KEY = (
        "NA-FIELD-510",
        "sending to officers needs this data folder's coordinator key: make one with "
        "'needsassess keys coordinator-new' and give officers its public key file",
        "अधिकृतहरूलाई पठाउन यो डाटा फोल्डरको संयोजक कुञ्जी चाहिन्छ: 'needsassess keys coordinator-new' ले "
        "बनाएर यसको सार्वजनिक कुञ्जी फाइल अधिकृतहरूलाई दिनुहोस्",
        "xodimlarga yuborish uchun bu maʼlumotlar papkasining koordinator kaliti kerak: uni "
        "'needsassess keys coordinator-new' bilan yarating va ochiq kalit faylini xodimlarga bering",
    )
    SEND_UNKNOWN_OFFICER = (
        "NA-FIELD-511",
        "no enrolled officer key has the fingerprint {fingerprint} (see 'needsassess keys list')",
        "{fingerprint} फिंगरप्रिन्ट भएको कुनै दर्ता गरिएको अधिकृत कुञ्जी छैन ('needsassess keys list' हेर्नुहोस्)",
        "{fingerprint} barmoq izli roʻyxatga olingan xodim kaliti yoʻq ('needsassess keys list' ga qarang)",
    )
    SEND_NO_ENCRYPTION_KEY = (
        "NA-FIELD-512",
        "the officer key {fingerprint} ({officer}) has no encryption key here yet, so returned assessments "
        "cannot be sealed for it: import a package that device exported with this version, or enrol its "
        "new public key file",
        "{fingerprint} ({officer}) अधिकृत कुञ्जीको इन्क्रिप्सन कुञ्जी यहाँ अझै छैन, त्यसैले फिर्ता मूल्याङ्कन यसका "
        "लागि सिल गर्न सकिँदैन: त्यो उपकरणले यो संस्करणमा निर्यात गरेको प्याकेज आयात गर्नुहोस्, वा यसको नयाँ "
        "सार्वजनिक कुञ्जी फाइल दर्ता गर्नुहोस्",
        "{fingerprint} ({officer}) xodim kalitining bu yerda hali shifrlash kaliti yoʻq, shuning uchun "
        "qaytarilgan baholashlarni unga muhrlab boʻlmaydi: oʻsha qurilma shu versiyada eksport qilgan paketni "
        "import qiling yoki uning yangi ochiq kalit faylini roʻyxatga oling",
    )
    SEND_NOTHING = (
        "NA-FIELD-513",
        "there is nothing to send: no forms, datasets or assessments needing follow-up for these officers",
        "पठाउन केही छैन: यी अधिकृतहरूका लागि कुनै फारम, डाटासेट वा फलो-अप चाहिने मूल्याङ्कन छैन",
        "yuboradigan hech narsa yoʻq: bu xodimlar uchun soʻrovnoma, maʼlumotlar toʻplami yoki qayta "
        "koʻrib chiqilishi kerak boʻlgan baholash yoʻq",
    )
    # Reviews and edits.
    REVIEW_QUESTION_UNKNOWN = (
        "NA-FIELD-520",
        "the form {form_id} has no question '{question}'",
        "{form_id} फारममा '{question}' प्रश्न छैन",
        "{form_id} soʻrovnomasida '{question}' savoli yoʻq",
    )
    EDIT_NEEDS_REASON = (
        "NA-FIELD-521",
        "assessment {uuid} is {status}: say why it is reopened with --reason TEXT",
        "मूल्याङ्कन {uuid} {status} छ: --reason TEXT दिएर किन फेरि खोलिँदैछ भन्नुहोस्",
        "{uuid} baholash {status} holatida: nega qayta ochilayotganini --reason TEXT bilan yozing",
    )
    EDIT_NOT_EDITABLE = (
        "NA-FIELD-522",
        "assessment {uuid} is {status} and cannot be edited",
        "मूल्याङ्कन {uuid} {status} छ र सम्पादन गर्न सकिँदैन",
        "{uuid} baholash {status} holatida, uni tahrirlab boʻlmaydi",
    )
    FORM_RETIRED = (
        "NA-FIELD-523",
        "the form {form_id} was retired by the coordinator: new assessments use another form "
        "(see 'needsassess forms list')",
        "{form_id} फारम संयोजकले बन्द गरेको छ: नयाँ मूल्याङ्कनका लागि अर्को फारम प्रयोग गर्नुहोस् "
        "('needsassess forms list' हेर्नुहोस्)",
        "{form_id} soʻrovnomasini koordinator yopgan: yangi baholashlar uchun boshqa soʻrovnomadan "
        "foydalaning ('needsassess forms list' ga qarang)",
    )
