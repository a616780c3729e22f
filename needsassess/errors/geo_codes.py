"""Lines and areas from files (``NA-GEO-…``): why a GPX, KML or GeoJSON file gave no points.

Shown under a geotrace or geoshape question when the officer imports a file from a handheld GPS or a
phone; the answer is left as it was.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue
from needsassess.errors.registry import register


@register
class GeoFileCode(Catalogue):
    FILE_TOO_LARGE = (
        "NA-GEO-900",
        "'{name}' is larger than {limit} MB: export only the track or outline you need.",
        "'{name}' {limit} MB भन्दा ठूलो छ: चाहिएको रेखा वा सीमारेखा मात्र निकाल्नुहोस्।",
        "'{name}' {limit} MB dan katta: faqat kerakli yoʻl yoki chegarani eksport qiling.",
    )
    UNREADABLE = (
        "NA-GEO-901",
        "'{name}' cannot be read: {reason}.",
        "'{name}' पढ्न सकिएन: {reason}।",
        "'{name}' oʻqib boʻlmadi: {reason}.",
    )
    NOT_A_GEO_FILE = (
        "NA-GEO-902",
        "'{name}' is not a GPX, KML or GeoJSON file that can be read.",
        "'{name}' पढ्न मिल्ने GPX, KML वा GeoJSON फाइल होइन।",
        "'{name}' oʻqiladigan GPX, KML yoki GeoJSON fayl emas.",
    )
    UNSAFE_XML = (
        "NA-GEO-903",
        "'{name}' declares entities or external references, which a GPS file never needs; it was not read.",
        "'{name}' मा entity वा बाहिरी सन्दर्भ छन्, जुन GPS फाइलमा चाहिँदैन; यो पढिएन।",
        "'{name}' da entity yoki tashqi havolalar bor, GPS faylga ular kerak emas; u oʻqilmadi.",
    )
    NO_POINTS = (
        "NA-GEO-904",
        "'{name}' holds no track, route, line, area or points.",
        "'{name}' मा कुनै ट्र्याक, रुट, रेखा, क्षेत्र वा बिन्दु छैन।",
        "'{name}' da yoʻl, marshrut, chiziq, maydon yoki nuqta yoʻq.",
    )
    TOO_MANY_POINTS = (
        "NA-GEO-905",
        "'{name}' holds more than {limit} points.",
        "'{name}' मा {limit} भन्दा धेरै बिन्दु छन्।",
        "'{name}' da {limit} tadan ortiq nuqta bor.",
    )
    BAD_COORDINATE = (
        "NA-GEO-906",
        "'{name}' has a coordinate that is not a number or is out of range (point {number}).",
        "'{name}' मा सङ्ख्या नभएको वा सीमाबाहिरको निर्देशाङ्क छ (बिन्दु {number})।",
        "'{name}' da son boʻlmagan yoki chegaradan tashqari koordinata bor ({number}-nuqta).",
    )


@register
class GeoEntryCode(Catalogue):
    """Points typed or pasted under a geopoint, geotrace or geoshape question (``engine.geo.point_numbers``)."""

    AMBIGUOUS_COMMAS = (
        "NA-GEO-910",
        "'{text}' can be read in two ways: are the commas decimal marks or separators? "
        "Put spaces between the numbers, e.g. 27,7172 85,3240 or 27.7172 85.3240",
        "'{text}' दुई किसिमले पढ्न सकिन्छ: अल्पविराम दशमलव चिह्न हो कि छुट्याउने चिह्न? "
        "सङ्ख्याहरूबीच खाली ठाउँ राख्नुहोस्, जस्तै 27,7172 85,3240 वा 27.7172 85.3240",
        "'{text}' ikki xil oʻqilishi mumkin: vergullar oʻnli belgimi yoki ajratuvchimi? "
        "Sonlar orasiga boʻsh joy qoʻying, masalan 27,7172 85,3240 yoki 27.7172 85.3240",
    )


@register
class BoundaryCode(Catalogue):
    """The shipped country and province outlines (needsassess.geo.boundaries)."""

    DAMAGED = (
        "NA-GEO-930",
        "The shipped boundaries file {file} cannot be read ({reason}). Reinstall needsassess.",
        "साथमा आएको सीमाना फाइल {file} पढ्न सकिएन ({reason})। needsassess फेरि स्थापना गर्नुहोस्।",
        "Dastur bilan kelgan chegaralar fayli {file} oʻqib boʻlmadi ({reason}). needsassess ni qayta oʻrnating.",
    )
