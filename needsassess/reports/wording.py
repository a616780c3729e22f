"""The fixed wording of reports, in English, Nepali and Uzbek.

Headings, footers and marks like "not answered" are part of the document an official signs, so they are
translated like the forms are. A key missing in a language falls back to English (a test checks that
none is missing).
"""

from __future__ import annotations

from needsassess.locale.dates import AD_MONTHS as MONTHS

LANGUAGES = ("en", "ne", "uz")

WORDS: dict[str, dict[str, str]] = {
    "project": {
        "en": "Field needs assessment",
        "ne": "स्थलगत आवश्यकता मूल्याङ्कन",
        "uz": "Joyida ehtiyojlarni baholash",
    },
    "page_n_of_m": {"en": "Page {n} of {m}", "ne": "पृष्ठ {n} / {m}", "uz": "{m} betdan {n}-bet"},
    "generated": {"en": "Generated {date}", "ne": "तयार मिति {date}", "uz": "Tayyorlangan sana: {date}"},
    "footer_id": {
        "en": "Assessment {uuid} · revision {revision}",
        "ne": "मूल्याङ्कन {uuid} · संशोधन {revision}",
        "uz": "Baholash {uuid} · tahrir {revision}",
    },
    "footer_hash": {"en": "Content hash {hash}", "ne": "सामग्री ह्यास {hash}", "uz": "Mazmun xeshi {hash}"},
    "draft_watermark": {
        "en": "Draft — not final",
        "ne": "मस्यौदा — अन्तिम होइन",
        "uz": "Qoralama — yakuniy emas",
    },
    "not_answered": {"en": "not answered", "ne": "उत्तर दिइएको छैन", "uz": "javob berilmagan"},
    "no_answer": {"en": "—", "ne": "—", "uz": "—"},
    "site": {"en": "Site", "ne": "स्थल", "uz": "Joy"},
    "country": {"en": "Country", "ne": "देश", "uz": "Mamlakat"},
    "region": {"en": "Region", "ne": "प्रदेश", "uz": "Viloyat"},
    "district": {"en": "District", "ne": "जिल्ला", "uz": "Tuman"},
    "municipality": {"en": "Municipality", "ne": "नगरपालिका / गाउँपालिका", "uz": "Shahar / tuman"},
    "ward": {"en": "Ward", "ne": "वडा", "uz": "Mahalla"},
    "settlement": {"en": "Settlement", "ne": "बस्ती", "uz": "Aholi punkti"},
    "gps": {"en": "GPS", "ne": "जीपीएस", "uz": "GPS"},
    "dates": {"en": "Dates", "ne": "मितिहरू", "uz": "Sanalar"},
    "visit_date": {"en": "Date of visit", "ne": "भ्रमण मिति", "uz": "Tashrif sanasi"},
    "created": {"en": "Created", "ne": "सुरु", "uz": "Yaratilgan"},
    "updated": {"en": "Last changed", "ne": "अन्तिम परिवर्तन", "uz": "Oxirgi oʻzgarish"},
    "finalized": {"en": "Finalized", "ne": "अन्तिम गरिएको", "uz": "Yakunlangan"},
    "officer": {"en": "Field officer", "ne": "फिल्ड अधिकृत", "uz": "Dala xodimi"},
    "people_met": {"en": "People met", "ne": "भेटिएका मानिसहरू", "uz": "Uchrashilgan odamlar"},
    "women_men": {
        "en": "{women} women, {men} men",
        "ne": "{women} महिला, {men} पुरुष",
        "uz": "{women} ayol, {men} erkak",
    },
    "status": {"en": "Status", "ne": "अवस्था", "uz": "Holati"},
    "status_line": {
        "en": "{status}, revision {revision}",
        "ne": "{status}, संशोधन {revision}",
        "uz": "{status}, {revision}-tahrir",
    },
    "status_draft": {"en": "Draft", "ne": "मस्यौदा", "uz": "Qoralama"},
    "status_complete": {"en": "Complete", "ne": "पूरा", "uz": "Yakunlangan"},
    "key_figures": {"en": "Key figures", "ne": "मुख्य तथ्याङ्क", "uz": "Asosiy koʻrsatkichlar"},
    "photos": {"en": "Photos", "ne": "तस्बिरहरू", "uz": "Suratlar"},
    "photo_n": {"en": "Photo {n}", "ne": "तस्बिर {n}", "uz": "{n}-surat"},
    "see_photo": {"en": "see photo {n}", "ne": "तस्बिर {n} हेर्नुहोस्", "uz": "{n}-suratga qarang"},
    "photo_missing": {
        "en": "photo file not found",
        "ne": "तस्बिर फाइल भेटिएन",
        "uz": "surat fayli topilmadi",
    },
    "item_n": {"en": "{label} {n}", "ne": "{label} {n}", "uz": "{label} {n}"},
    "no_instances": {"en": "none recorded", "ne": "केही दर्ता गरिएको छैन", "uz": "hech narsa qayd etilmagan"},
    "signatures": {"en": "Signatures", "ne": "हस्ताक्षर", "uz": "Imzolar"},
    "local_authority": {
        "en": "For the local authority",
        "ne": "स्थानीय तहको तर्फबाट",
        "uz": "Mahalliy hokimiyat nomidan",
    },
    "name": {"en": "Name", "ne": "नाम", "uz": "Ism"},
    "position": {"en": "Position", "ne": "पद", "uz": "Lavozimi"},
    "signature": {"en": "Signature", "ne": "हस्ताक्षर", "uz": "Imzo"},
    "date": {"en": "Date", "ne": "मिति", "uz": "Sana"},
    "stamp": {"en": "Stamp", "ne": "छाप", "uz": "Muhr"},
    "yes": {"en": "Yes", "ne": "हो", "uz": "Ha"},
    "no": {"en": "No", "ne": "होइन", "uz": "Yoʻq"},
    # A space in Nepali: the Devanagari font has no "±", and "±८" would change font inside a word.
    "accuracy": {"en": "±{m} m", "ne": "± {m} मि.", "uz": "±{m} m"},
    "geo_line": {
        "en": "{count} points · length {length}",
        "ne": "{count} बिन्दु · लम्बाइ {length}",
        "uz": "{count} ta nuqta · uzunlik {length}",
    },
    "geo_area": {
        "en": "{count} points · area {area} · perimeter {length}",
        "ne": "{count} बिन्दु · क्षेत्रफल {area} · परिधि {length}",
        "uz": "{count} ta nuqta · maydon {area} · perimetr {length}",
    },
    "scale_bar": {"en": "Scale bar: {length}", "ne": "मापन पट्टी: {length}", "uz": "Masshtab chizigʻi: {length}"},
    "map_title": {"en": "Site map", "ne": "स्थल नक्सा", "uz": "Joy xaritasi"},
    "map_site": {"en": "Site: {point}", "ne": "स्थल: {point}", "uz": "Joy: {point}"},
    "map_drawn": {
        "en": "Lines and areas: {items}",
        "ne": "रेखा र क्षेत्र: {items}",
        "uz": "Chiziqlar va maydonlar: {items}",
    },
    "map_basemap": {
        "en": "Basemap: {name} · {credit}",
        "ne": "आधार नक्सा: {name} · {credit}",
        "uz": "Asosiy xarita: {name} · {credit}",
    },
    "map_no_basemap": {
        "en": "No basemap: lines of latitude and longitude",
        "ne": "आधार नक्सा छैन: अक्षांश र देशान्तर रेखा",
        "uz": "Asosiy xarita yoʻq: kenglik va uzunlik chiziqlari",
    },
    "map_boundaries": {"en": "Boundaries: {credit}", "ne": "सिमाना: {credit}", "uz": "Chegaralar: {credit}"},
    "map_sites": {"en": "Sites on the map", "ne": "नक्सामा स्थलहरू", "uz": "Xaritadagi joylar"},
    "map_legend_note": {
        "en": "Markers are numbered from north to south. A marker of several colours stands for several forms "
        "at the same place; sites closer than a marker's width share one.",
        "ne": "चिन्हहरू उत्तरदेखि दक्षिणतर्फ क्रमाङ्कित छन्। धेरै रङको चिन्हले एउटै ठाउँका धेरै फारम जनाउँछ; "
        "चिन्हको चौडाइभन्दा नजिकका स्थलले एउटै चिन्ह बाँड्छन्।",
        "uz": "Belgilar shimoldan janubga raqamlangan. Bir necha rangli belgi bir joydagi bir necha shaklni "
        "bildiradi; bir-biriga belgi kengligidan yaqin joylar bitta belgini baham koʻradi.",
    },
    "map_number": {"en": "No.", "ne": "क्र.सं.", "uz": "№"},
    "map_key_figure": {"en": "Key figure", "ne": "मुख्य तथ्याङ्क", "uz": "Asosiy koʻrsatkich"},
    "map_no_country": {"en": "Country not given", "ne": "देश खुलाइएको छैन", "uz": "Mamlakat koʻrsatilmagan"},
    "map_unplaced": {
        "en": "Sites without a GPS location (not on the map): {n}.",
        "ne": "जीपीएस स्थान नभएका स्थल (नक्सामा छैनन्): {n}।",
        "uz": "GPS joylashuvi yoʻq joylar (xaritada yoʻq): {n}.",
    },
    "no_currency": {"en": "currency not given", "ne": "मुद्रा खुलाइएको छैन", "uz": "valyuta koʻrsatilmagan"},
    # Summary
    "summary_title": {
        "en": "Summary of assessments",
        "ne": "मूल्याङ्कनहरूको सारांश",
        "uz": "Baholashlar xulosasi",
    },
    "selection": {"en": "Selection", "ne": "छनोट", "uz": "Tanlov"},
    "all_forms": {"en": "all forms", "ne": "सबै फारम", "uz": "barcha shakllar"},
    "all_sites": {"en": "all sites", "ne": "सबै स्थल", "uz": "barcha joylar"},
    "assessments_n": {"en": "{n} assessments", "ne": "{n} मूल्याङ्कन", "uz": "{n} ta baholash"},
    "none_selected": {
        "en": "No completed assessment matches this selection. Finalize assessments, or widen the selection.",
        "ne": "यो छनोटसँग मिल्ने कुनै पूरा मूल्याङ्कन छैन। मूल्याङ्कन अन्तिम गर्नुहोस् वा छनोट फराकिलो बनाउनुहोस्।",
        "uz": "Bu tanlovga mos yakunlangan baholash yoʻq. Baholashlarni yakunlang yoki tanlovni kengaytiring.",
    },
    "counts": {"en": "Counts", "ne": "सङ्ख्या", "uz": "Soni"},
    "by_form": {"en": "By form", "ne": "फारम अनुसार", "uz": "Shakl boʻyicha"},
    "by_site": {"en": "By site", "ne": "स्थल अनुसार", "uz": "Joy boʻyicha"},
    "by_status": {"en": "By status", "ne": "अवस्था अनुसार", "uz": "Holat boʻyicha"},
    "form": {"en": "Form", "ne": "फारम", "uz": "Shakl"},
    "count": {"en": "Number", "ne": "सङ्ख्या", "uz": "Soni"},
    "indicators_by_site": {
        "en": "Key figures by site (latest assessment of each site)",
        "ne": "स्थल अनुसार मुख्य तथ्याङ्क (प्रत्येक स्थलको पछिल्लो मूल्याङ्कन)",
        "uz": "Joylar boʻyicha asosiy koʻrsatkichlar (har bir joyning oxirgi baholashi)",
    },
    "total": {"en": "Total", "ne": "जम्मा", "uz": "Jami"},
    "average": {"en": "Average per site", "ne": "प्रति स्थल औसत", "uz": "Bir joyga oʻrtacha"},
    "priorities": {
        "en": "Most frequent priorities",
        "ne": "धेरै पटक छानिएका प्राथमिकता",
        "uz": "Eng koʻp tanlangan ustuvorliklar",
    },
    "chart_of": {"en": "{label} by site", "ne": "स्थल अनुसार {label}", "uz": "Joylar boʻyicha: {label}"},
    "more_sites": {"en": "and {n} more sites", "ne": "र थप {n} स्थल", "uz": "va yana {n} ta joy"},
    "included": {"en": "Assessments included", "ne": "समावेश मूल्याङ्कनहरू", "uz": "Kiritilgan baholashlar"},
    "uuid": {"en": "Assessment id", "ne": "मूल्याङ्कन आईडी", "uz": "Baholash ID"},
    "revision": {"en": "Rev.", "ne": "संशोधन", "uz": "Tahrir"},
    "mentions": {"en": "Times chosen", "ne": "छानिएको पटक", "uz": "Tanlanganlar soni"},
    "data_quality": {"en": "Data quality", "ne": "तथ्याङ्कको गुणस्तर", "uz": "Maʼlumotlar sifati"},
    "flagged_n_of_m": {
        "en": "{n} of {m} assessments have a quality flag: read them first. The reasons of each are listed by "
        "needsassess quality.",
        "ne": "{m} मध्ये {n} मूल्याङ्कनमा गुणस्तर चिह्न छ: तिनलाई पहिले पढ्नुहोस्। प्रत्येकका कारण needsassess quality ले "
        "देखाउँछ।",
        "uz": "{m} ta baholashdan {n} tasida sifat belgisi bor: avval ularni oʻqing. Har birining sabablarini "
        "needsassess quality koʻrsatadi.",
    },
    "by_officer": {"en": "By officer", "ne": "अधिकृत अनुसार", "uz": "Xodim boʻyicha"},
    "flagged": {"en": "Flagged", "ne": "चिह्नित", "uz": "Belgilangan"},
    "flags": {"en": "Flags", "ne": "चिह्नहरू", "uz": "Belgilar"},
    "flag_too_fast": {"en": "too fast", "ne": "धेरै छिटो", "uz": "juda tez"},
    "flag_duplicate": {"en": "same answers", "ne": "उस्तै उत्तर", "uz": "bir xil javoblar"},
    "flag_duplicate_photo": {"en": "same photo", "ne": "उस्तै फोटो", "uz": "bir xil surat"},
    "flag_no_gps": {"en": "no GPS", "ne": "GPS छैन", "uz": "GPS yoʻq"},
    "flag_gps_inaccurate": {"en": "coarse GPS", "ne": "कम शुद्ध GPS", "uz": "aniq boʻlmagan GPS"},
    "flag_far_from_site": {"en": "far from the site", "ne": "स्थलबाट टाढा", "uz": "joydan uzoq"},
    "flag_outlier": {"en": "outlier", "ne": "असामान्य मान", "uz": "gʻayrioddiy qiymat"},
    "flag_outlier_form": {"en": "outlier", "ne": "असामान्य मान", "uz": "gʻayrioddiy qiymat"},
    "flag_implausible": {"en": "implausible", "ne": "अविश्वसनीय", "uz": "ishonchsiz"},
    "flag_missing_photo": {"en": "no photo", "ne": "फोटो छैन", "uz": "surat yoʻq"},
    "flag_other_empty": {"en": "'other' undescribed", "ne": "'अन्य' अवर्णित", "uz": "«boshqa» tavsiflanmagan"},
    "flag_outside_country": {"en": "outside the country", "ne": "देशबाहिर", "uz": "mamlakatdan tashqarida"},
    "flag_outside_country_sea": {"en": "outside the country", "ne": "देशबाहिर", "uz": "mamlakatdan tashqarida"},
    "flag_outside_region": {"en": "outside the region", "ne": "प्रदेशबाहिर", "uz": "viloyatdan tashqarida"},
    "flag_outside_region_bare": {"en": "outside the region", "ne": "प्रदेशबाहिर", "uz": "viloyatdan tashqarida"},
}

__all__ = ["LANGUAGES", "MONTHS", "WORDS", "word"]  # MONTHS: the glyph tests read it here


def word(key: str, lang: str, **values: object) -> str:
    """The fixed text ``key`` in ``lang`` (English when the language lacks it), filled with ``values``."""
    texts = WORDS[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**values) if values else text
