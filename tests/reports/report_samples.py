"""A small form built directly from the model, with answers, photos and skip logic, for report tests
(and the report benchmark)."""

from __future__ import annotations

from pathlib import Path
from types import MappingProxyType
from typing import Any

from PIL import Image

from needsassess.engine.model import (
    Choice,
    ChoiceList,
    Element,
    Expression,
    Form,
    Group,
    LocalText,
    QType,
    Question,
    Repeat,
)
from needsassess.reports.subject import Instance

TRUE = Expression(source="true", node=None, refs=frozenset(), uses_current=False)  # type: ignore[arg-type]


def t(en: str, ne: str, uz: str) -> LocalText:
    return LocalText({"en": en, "ne": ne, "uz": uz})


def q(name: str, kind: QType, en: str, ne: str, uz: str, **kw: Any) -> Question:
    return Question(name=name, type=kind, label=t(en, ne, uz), **kw)


def _choices(name: str, *items: tuple[str, str, str, str]) -> ChoiceList:
    return ChoiceList(name, tuple(Choice(n, t(en, ne, uz)) for n, en, ne, uz in items))


def build_form() -> Form:
    site = Group(
        "site",
        t("Site", "स्थल", "Joy"),
        (
            q("country", QType.SELECT_ONE, "Country", "देश", "Mamlakat", list_name="country", required=TRUE),
            q("region", QType.SELECT_ONE, "Region / province", "प्रदेश / क्षेत्र", "Viloyat", list_name="region"),
            q("municipality", QType.TEXT, "Municipality", "नगरपालिका", "Shahar", required=TRUE),
            q("ward", QType.TEXT, "Ward", "वडा", "Mahalla"),
            q("settlement", QType.TEXT, "Settlement", "बस्ती", "Aholi punkti", required=TRUE),
            q("gps", QType.GEOPOINT, "GPS point", "जीपीएस बिन्दु", "GPS nuqtasi"),
            q("visit_date", QType.DATE, "Date of visit", "भ्रमण मिति", "Tashrif sanasi", required=TRUE),
            q("officer", QType.TEXT, "Field officer", "फिल्ड अधिकृत", "Dala xodimi", required=TRUE),
        ),
    )
    people = Group(
        "people",
        t("People met", "भेटिएका मानिसहरू", "Uchrashilgan odamlar"),
        (
            Repeat(
                "people_met",
                t("Person met", "भेटिएको व्यक्ति", "Shaxs"),
                (
                    q("person_name", QType.TEXT, "Name", "नाम", "Ism", repeats=("people_met",)),
                    q(
                        "person_role",
                        QType.SELECT_ONE,
                        "Role",
                        "भूमिका",
                        "Vazifasi",
                        list_name="role",
                        repeats=("people_met",),
                    ),
                ),
            ),
            q("women_met", QType.INTEGER, "Women met", "महिला", "Ayollar"),
            q("men_met", QType.INTEGER, "Men met", "पुरुष", "Erkaklar"),
        ),
    )
    waste = Group(
        "generation",
        t("Waste generation", "फोहोर उत्पादन", "Chiqindi hosil bo'lishi"),
        (
            q(
                "households",
                QType.INTEGER,
                "Households served",
                "सेवा पाएका घरधुरी",
                "Xonadonlar",
                required=TRUE,
            ),
            q(
                "kg_per_household",
                QType.DECIMAL,
                "Waste per household per day (kg)",
                "प्रति घर दैनिक फोहोर (केजी)",
                "Bir xonadonga kunlik chiqindi (kg)",
            ),
            q(
                "disposal",
                QType.SELECT_MULTIPLE,
                "Disposal methods",
                "विसर्जन विधि",
                "Yo'q qilish usullari",
                list_name="disposal",
            ),
            q(
                "burning_months",
                QType.INTEGER,
                "Months with open burning",
                "खुला जलाउने महिना",
                "Ochiq yoqish oylari",
            ),
            q(
                "landfill_name",
                QType.TEXT,
                "Name of the landfill",
                "ल्यान्डफिलको नाम",
                "Poligon nomi",
                required=TRUE,
            ),
            q(
                "budget",
                QType.DECIMAL,
                "Annual budget (local currency)",
                "वार्षिक बजेट",
                "Yillik byudjet",
                required=TRUE,
            ),
            q("notes", QType.TEXT, "Observations", "अवलोकन", "Kuzatuvlar"),
            q("site_photo", QType.IMAGE, "Main street", "मुख्य सडक", "Asosiy ko'cha"),
            Repeat(
                "dumpsites",
                t("Dumpsite", "डम्पिङ स्थल", "Axlatxona"),
                (
                    q("dump_name", QType.TEXT, "Name", "नाम", "Nomi", repeats=("dumpsites",)),
                    q(
                        "dump_area",
                        QType.DECIMAL,
                        "Area (m²)",
                        "क्षेत्रफल (वर्ग मिटर)",
                        "Maydoni (m²)",
                        repeats=("dumpsites",),
                    ),
                    q(
                        "dump_burning",
                        QType.SELECT_ONE,
                        "Burning seen",
                        "जलाएको देखियो",
                        "Yoqish ko'rildi",
                        list_name="yesno",
                        repeats=("dumpsites",),
                    ),
                    q("dump_photo", QType.IMAGE, "Photo", "तस्बिर", "Surat", repeats=("dumpsites",)),
                ),
            ),
            q(
                "daily_tonnes",
                QType.CALCULATE,
                "Daily waste (tonnes)",
                "दैनिक फोहोर (टन)",
                "Kunlik chiqindi (t)",
            ),
            Question("hidden_calc", QType.CALCULATE),
        ),
    )
    survey: tuple[Element, ...] = (site, people, waste)
    choices = {
        "country": _choices("country", ("nepal", "Nepal", "नेपाल", "Nepal")),
        "region": _choices("region", ("lumbini", "Lumbini Province", "लुम्बिनी प्रदेश", "Lumbini viloyati")),
        "role": _choices("role", ("ward_chair", "Ward chair", "वडा अध्यक्ष", "Mahalla raisi")),
        "disposal": _choices(
            "disposal",
            ("open_burning", "Open burning", "खुला जलाउने", "Ochiq yoqish"),
            ("landfill", "Landfill", "ल्यान्डफिल", "Poligon"),
        ),
        "yesno": _choices("yesno", ("yes", "Yes", "हो", "Ha"), ("no", "No", "होइन", "Yo'q")),
    }
    form = Form(
        "waste_test",
        "1",
        t(
            "Solid waste needs assessment",
            "ठोस फोहोर आवश्यकता मूल्याङ्कन",
            "Qattiq chiqindilar ehtiyojini baholash",
        ),
        "en",
        ("en", "ne", "uz"),
        survey,
        MappingProxyType(choices),
    )
    elements = {e.name: e for e in form.walk()}
    return Form(
        form.form_id,
        form.version,
        form.title,
        "en",
        form.languages,
        survey,
        form.choices,
        elements=MappingProxyType(elements),
    )


class SampleRules:
    """burning_months is relevant only when open burning is a disposal method."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers

    def relevant(self, name: str, instance: Instance = ()) -> bool:
        if name == "burning_months":
            return "open_burning" in (self.answers.get("disposal") or [])
        return True

    def required(self, name: str, instance: Instance = ()) -> bool:
        return name in {
            "country",
            "municipality",
            "settlement",
            "visit_date",
            "officer",
            "households",
            "landfill_name",
            "budget",
        }


def sample_answers(photo_hashes: list[str]) -> dict[str, Any]:
    return {
        "country": "nepal",
        "region": "lumbini",
        "municipality": "Khajura Rural Municipality",
        "ward": "4",
        "settlement": "Khajura Bazaar",
        "gps": {"lat": 28.10512, "lon": 81.58501, "alt": 160, "accuracy": 8.4},
        "visit_date": "2026-03-12",
        "officer": "Sita Sharma",
        "people_met": [
            {"person_name": "राम बहादुर थापा", "person_role": "ward_chair"},
            {"person_name": "Gita KC", "person_role": "ward_chair"},
        ],
        "women_met": 7,
        "men_met": 5,
        "households": 1240,
        "kg_per_household": 1.35,
        "disposal": ["landfill"],
        "burning_months": 4,
        "budget": None,
        "notes": "Market waste is dumped by the river. स्थानीय बासिन्दाले गुनासो गरे।",
        "site_photo": photo_hashes[0],
        "dumpsites": [
            {
                "dump_name": "River bank",
                "dump_area": 1250.0,
                "dump_burning": "yes",
                "dump_photo": photo_hashes[1],
            },
            {
                "dump_name": "खोला किनार",
                "dump_area": 80.5,
                "dump_burning": "no",
                "dump_photo": photo_hashes[2],
            },
        ],
        "daily_tonnes": 1.674,
        "hidden_calc": 99,
    }


def make_photos(folder: Path, count: int = 3) -> dict[str, Path]:
    """Small real JPEG files, named by a fake hash."""
    photos = {}
    for i in range(count):
        path = folder / f"photo{i}.jpg"
        Image.new("RGB", (640 + 160 * i, 480), (40 * i, 120, 200 - 40 * i)).save(path, "JPEG")
        photos[f"{i:02d}" + "ab" * 31] = path
    return photos
