"""Basemap errors (``NA-MAP-97x``): an MBTiles file the person chose for the offline map.

A chosen file is read, never written; one that is not MBTiles, is damaged, too large or built to
hurt the reader is refused with one of these, and the map keeps its plain background.
"""

from __future__ import annotations

from needsassess.errors.core import Catalogue, Wording
from needsassess.errors.registry import register

_PLAIN_NE = "नक्साले सादा पृष्ठभूमि देखाउँछ।"
_PLAIN_UZ = "Xarita oddiy fonni koʻrsatadi."


@register
class BasemapCode(Catalogue):
    NOT_FOUND = (
        "NA-MAP-970",
        "The basemap file {path} cannot be read ({detail}). The map shows a plain background. "
        "Check that the file is still there (a USB stick may have been removed) and choose it again.",
        "आधार नक्सा फाइल {path} पढ्न सकिएन ({detail})। " + _PLAIN_NE + " फाइल अझै त्यहीँ छ कि छैन "
        "(USB स्टिक निकालिएको हुन सक्छ) जाँच गर्नुहोस् र फेरि छान्नुहोस्।",
        "{path} asosiy xarita faylini oʻqib boʻlmaydi ({detail}). " + _PLAIN_UZ + " Fayl hali ham "
        "oʻsha joyda ekanini tekshiring (USB fleshka olib qoʻyilgan boʻlishi mumkin) va uni qayta tanlang.",
    )
    NOT_MBTILES = (
        "NA-MAP-971",
        "The file {path} is not an MBTiles basemap ({detail}). Choose a raster .mbtiles file, such as "
        "the ones made for ODK, Kobo or CSPro.",
        "फाइल {path} MBTiles आधार नक्सा होइन ({detail})। ODK, Kobo वा CSPro का लागि बनाइएका जस्ता "
        "रास्टर .mbtiles फाइल छान्नुहोस्।",
        "{path} fayli MBTiles asosiy xaritasi emas ({detail}). ODK, Kobo yoki CSPro uchun "
        "tayyorlanganlar kabi rastrli .mbtiles faylini tanlang.",
    )
    VECTOR_TILES = (
        "NA-MAP-972",
        "The basemap {path} holds {format} tiles; the map shows raster tiles only (png or jpg). "
        "Choose a raster .mbtiles file.",
        "आधार नक्सा {path} मा {format} टाइलहरू छन्; नक्साले रास्टर टाइलहरू (png वा jpg) मात्र देखाउँछ। "
        "रास्टर .mbtiles फाइल छान्नुहोस्।",
        "{path} asosiy xaritasida {format} plitkalari bor; xarita faqat rastrli plitkalarni (png yoki "
        "jpg) koʻrsatadi. Rastrli .mbtiles faylini tanlang.",
    )
    TOO_LARGE = (
        "NA-MAP-973",
        "The basemap {path} is larger than the map reads ({what}: {value}, at most {limit}). "
        "Choose a smaller area or fewer zoom levels when making the file.",
        "आधार नक्सा {path} नक्साले पढ्नेभन्दा ठूलो छ ({what}: {value}, बढीमा {limit})। फाइल बनाउँदा "
        "सानो क्षेत्र वा कम जुम तह छान्नुहोस्।",
        "{path} asosiy xaritasi xarita oʻqiy oladigandan katta ({what}: {value}, koʻpi bilan {limit}). "
        "Faylni tayyorlashda kichikroq hudud yoki kamroq masshtab darajalarini tanlang.",
    )
    HOSTILE = (
        "NA-MAP-974",
        "The basemap {path} was refused: {detail}. Nothing was read from it. Use a file from a source "
        "you trust.",
        "आधार नक्सा {path} अस्वीकार गरियो: {detail}। त्यसबाट केही पनि पढिएन। तपाईंले विश्वास गर्ने "
        "स्रोतको फाइल प्रयोग गर्नुहोस्।",
        "{path} asosiy xaritasi rad etildi: {detail}. Undan hech narsa oʻqilmadi. Ishonchli manbadan "
        "olingan fayldan foydalaning.",
    )


class Reason(Wording):
    """Why a basemap was refused (``{detail}`` above), worded where the check is made."""


Reason.table = {
    "it is not an SQLite database": ("यो SQLite डाटाबेस होइन", "bu SQLite maʼlumotlar bazasi emas"),
    "it has no tiles table": ("यसमा tiles तालिका छैन", "unda tiles jadvali yoʻq"),
    "it has no metadata table": ("यसमा metadata तालिका छैन", "unda metadata jadvali yoʻq"),
    "it has no tiles": ("यसमा कुनै टाइल छैन", "unda birorta ham plitka yoʻq"),
    "the database is damaged": ("डाटाबेस बिग्रिएको छ", "maʼlumotlar bazasi shikastlangan"),
    "reading it takes too long": ("यसलाई पढ्न धेरै समय लाग्छ", "uni oʻqish juda uzoq davom etadi"),
    "its tables run code when read": ("पढ्दा यसका तालिकाहरूले कोड चलाउँछन्",
                                      "oʻqilganda uning jadvallari kod ishga tushiradi"),
    "its zoom levels are out of range": ("यसका जुम तहहरू सीमाबाहिर छन्",
                                         "uning masshtab darajalari chegaradan tashqarida"),
    "file size in bytes": ("फाइलको आकार (बाइट)", "fayl hajmi (bayt)"),
    "metadata rows": ("metadata पङ्क्तिहरू", "metadata qatorlari"),
    "metadata value length": ("metadata मानको लम्बाइ", "metadata qiymati uzunligi"),
}
