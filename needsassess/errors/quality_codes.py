"""Data-quality flags (``NA-QUALITY-…``): why an assessment deserves a coordinator's second look.

Not errors: nothing is refused. They share the catalogue so that a flag reads in the coordinator's
language in the CLI, the window and the summary, through the same path as every other message.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class QualityFlag(Catalogue):
    TOO_FAST = (
        "NA-QUALITY-001",
        "Entered in {minutes} min of active time, {seconds} s per answer: far quicker than the usual "
        "{usual} s per answer for this form.",
        "सक्रिय समय {minutes} मिनेटमा भरिएको, प्रति उत्तर {seconds} सेकेन्ड: यो फारमको सामान्य प्रति उत्तर "
        "{usual} सेकेन्डभन्दा धेरै छिटो।",
        "Faol vaqtning {minutes} daqiqasida kiritilgan, har bir javobga {seconds} soniya: bu soʻrovnoma uchun "
        "odatiy {usual} soniyadan ancha tez.",
    )
    DUPLICATE = (
        "NA-QUALITY-002",
        "The same answers as assessment {other}.",
        "मूल्याङ्कन {other} सँग उस्तै उत्तरहरू।",
        "{other} baholash bilan bir xil javoblar.",
    )
    DUPLICATE_PHOTO = (
        "NA-QUALITY-003",
        "A photo that assessment {other} also uses.",
        "मूल्याङ्कन {other} ले पनि प्रयोग गरेको फोटो।",
        "{other} baholash ham foydalangan surat.",
    )
    NO_GPS = (
        "NA-QUALITY-004",
        "{question}: no GPS location recorded.",
        "{question}: GPS स्थान रेकर्ड गरिएको छैन।",
        "{question}: GPS joylashuvi yozib olinmagan.",
    )
    GPS_INACCURATE = (
        "NA-QUALITY-005",
        "{question}: the GPS accuracy of {accuracy} m is coarser than {limit} m.",
        "{question}: GPS को शुद्धता {accuracy} मिटर, {limit} मिटरभन्दा कम शुद्ध छ।",
        "{question}: GPS aniqligi {accuracy} m, bu {limit} m dan qoʻpolroq.",
    )
    FAR_FROM_SITE = (
        "NA-QUALITY-006",
        "{question}: {km} km from the other assessments of {site}.",
        "{question}: {site} का अन्य मूल्याङ्कनहरूबाट {km} किलोमिटर टाढा।",
        "{question}: {site} ning boshqa baholashlaridan {km} km uzoqda.",
    )
    OUTLIER = (
        "NA-QUALITY-007",
        "{question}: {value} is far outside the other assessments of this form in {group} "
        "(the middle half are between {low} and {high}).",
        "{question}: {value}, {group} मा यो फारमका अन्य मूल्याङ्कनहरूभन्दा धेरै बाहिर छ "
        "(बीचका आधा {low} र {high} बीच छन्)।",
        "{question}: {value} bu soʻrovnomaning {group} dagi boshqa baholashlaridan ancha tashqarida "
        "(oʻrtadagi yarmi {low} va {high} oraligʻida).",
    )
    IMPLAUSIBLE = (
        "NA-QUALITY-008",
        "{question}: {value} is outside the range the form calls plausible ({low} to {high}).",
        "{question}: {value} फारमले विश्वसनीय भनेको दायराभन्दा बाहिर छ ({low} देखि {high})।",
        "{question}: {value} soʻrovnoma ishonchli deb hisoblagan oraliqdan tashqarida ({low} dan {high} gacha).",
    )
    MISSING_PHOTO = (
        "NA-QUALITY-009",
        "{question}: no photo attached.",
        "{question}: कुनै फोटो संलग्न छैन।",
        "{question}: surat biriktirilmagan.",
    )
    OTHER_EMPTY = (
        "NA-QUALITY-010",
        "{question}: 'other' was chosen but not described.",
        "{question}: 'अन्य' छानिएको छ तर वर्णन गरिएको छैन।",
        "{question}: «boshqa» tanlangan, lekin tavsiflanmagan.",
    )
    OUTLIER_FORM = (
        "NA-QUALITY-011",
        "{question}: {value} is far outside the other assessments of this form "
        "(the middle half are between {low} and {high}).",
        "{question}: {value} यो फारमका अन्य मूल्याङ्कनहरूभन्दा धेरै बाहिर छ (बीचका आधा {low} र {high} बीच छन्)।",
        "{question}: {value} bu soʻrovnomaning boshqa baholashlaridan ancha tashqarida "
        "(oʻrtadagi yarmi {low} va {high} oraligʻida).",
    )
    # The stated place against the shipped boundaries (analysis/places.py): the point lies outside the
    # country or region the answers name, by more than the margin the boundaries' accuracy needs.
    OUTSIDE_COUNTRY = (
        "NA-QUALITY-020",
        "{question}: the point is outside {place}, {km} km from its border, in {found}.",
        "{question}: बिन्दु {place} बाहिर छ, यसको सीमाबाट {km} किलोमिटर टाढा, {found} मा।",
        "{question}: nuqta {place} hududidan tashqarida, chegarasidan {km} km uzoqda, {found} hududida.",
    )
    OUTSIDE_COUNTRY_SEA = (
        "NA-QUALITY-021",
        "{question}: the point is outside {place}, {km} km from its border, in no country (at sea?).",
        "{question}: बिन्दु {place} बाहिर छ, यसको सीमाबाट {km} किलोमिटर टाढा, कुनै देशभित्र छैन (समुद्रमा?)।",
        "{question}: nuqta {place} hududidan tashqarida, chegarasidan {km} km uzoqda, hech bir mamlakatda "
        "emas (dengizdami?).",
    )
    OUTSIDE_REGION = (
        "NA-QUALITY-022",
        "{question}: the point is outside {place}, {km} km from its border, in {found}.",
        "{question}: बिन्दु {place} बाहिर छ, यसको सीमाबाट {km} किलोमिटर टाढा, {found} मा।",
        "{question}: nuqta {place} hududidan tashqarida, chegarasidan {km} km uzoqda, {found} hududida.",
    )
    OUTSIDE_REGION_BARE = (
        "NA-QUALITY-023",
        "{question}: the point is outside {place}, {km} km from its border.",
        "{question}: बिन्दु {place} बाहिर छ, यसको सीमाबाट {km} किलोमिटर टाढा।",
        "{question}: nuqta {place} hududidan tashqarida, chegarasidan {km} km uzoqda.",
    )
