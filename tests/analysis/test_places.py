"""The flag "location outside the stated place", with made assessments at hand-checked points."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from needsassess.analysis.places import PlaceCheck
from needsassess.analysis.quality import Flag, Thresholds, assess
from needsassess.engine.loader import load_form_text
from needsassess.errors.quality_codes import QualityFlag
from needsassess.store.records import AssessmentRecord

FORM = load_form_text(
    """
form_id: p
version: "1"
title: {en: Places, ne: स्थान, uz: Joylar}
languages: [en, ne, uz]
survey:
  - {type: select_one country, name: country, label: {en: Country, ne: देश, uz: Mamlakat}}
  - {type: select_one region, name: region, label: {en: Region, ne: प्रदेश, uz: Viloyat},
     choice_filter: "country = ${country}"}
  - {type: geopoint, name: gps, label: {en: GPS point, ne: जीपीएस बिन्दु, uz: GPS nuqtasi}}
choices:
  country:
    - {name: nepal, label: {en: Nepal, ne: नेपाल, uz: Nepal}}
    - {name: uzbekistan, label: {en: Uzbekistan, ne: उज्बेकिस्तान, uz: Oʻzbekiston}}
    - {name: sierra_leone, label: {en: Sierra Leone, ne: सियरा लियोन, uz: Syerra-Leone}}
    - {name: atlantis, label: {en: Atlantis, ne: एटलान्टिस, uz: Atlantida}}
  region:
    - {name: bagmati, country: nepal, label: {en: Bagmati Province, ne: बागमती प्रदेश, uz: Bagmati viloyati}}
    - {name: sudurpashchim, country: nepal,
       label: {en: Sudurpashchim Province, ne: सुदूरपश्चिम प्रदेश, uz: Sudurpashchim viloyati}}
    - {name: bukhara, country: uzbekistan, label: {en: Bukhara Region, ne: बुखारा क्षेत्र, uz: Buxoro viloyati}}
    - {name: samarkand, country: uzbekistan, label: {en: Samarkand Region, ne: समरकन्द क्षेत्र, uz: Samarqand viloyati}}
    - {name: eastern, country: sierra_leone, label: {en: Eastern Province, ne: पूर्वी प्रदेश, uz: Sharqiy viloyat}}
"""
)

KATHMANDU = (27.7172, 85.3240)
CHITWAN = (27.5291, 84.3542)  # Bharatpur: today's Bagmati Province, the old Narayani zone
BUKHARA = (39.7747, 64.4286)
SAMARKAND = (39.6542, 66.9597)
KOIDU = (8.6439, -10.9714)
LUCKNOW = (26.8467, 80.9462)  # India, about 120 km from Nepal
AT_SEA = (5.0, -15.0)  # the Atlantic, south-west of Sierra Leone
BIRGUNJ_EDGE = (27.005, 84.87)  # Birgunj at the border: within the margin either way


def record(n: int, country: str | None, region: str | None, point: tuple[float, float] | None) -> AssessmentRecord:
    answers: dict[str, Any] = {}
    if country is not None:
        answers["country"] = country
    if region is not None:
        answers["region"] = region
    if point is not None:
        answers["gps"] = {"lat": point[0], "lon": point[1], "alt": 0, "accuracy": 5}
    return AssessmentRecord(
        uuid=f"{n:08d}-0000-4000-8000-000000000000", form_id="p", form_version="1", status="complete", revision=1,
        content_hash=None, parent_hash=None, title="", site="", officer="", created_at="", updated_at="",
        finalized_at=None, origin_device="d", answers=answers, attachments=())


def place_flags(*records: AssessmentRecord, **thresholds: Any) -> Mapping[str, list[Flag]]:
    flags = assess(list(records), lambda _r: FORM, None, Thresholds(**thresholds))
    wanted = {QualityFlag.OUTSIDE_COUNTRY, QualityFlag.OUTSIDE_COUNTRY_SEA, QualityFlag.OUTSIDE_REGION,
              QualityFlag.OUTSIDE_REGION_BARE}
    return {uuid: [f for f in found if f.kind in wanted] for uuid, found in flags.items()}


@pytest.mark.parametrize(("country", "region", "point"), [
    ("nepal", "bagmati", KATHMANDU),
    ("nepal", "bagmati", CHITWAN),  # in Bagmati Province: the old Narayani zone, counted in with Bagmati's zones
    ("uzbekistan", "bukhara", BUKHARA),
    ("uzbekistan", "samarkand", SAMARKAND),
    ("sierra_leone", "eastern", KOIDU),
    ("nepal", None, BIRGUNJ_EDGE),
    ("atlantis", None, KOIDU),  # a country the data does not know: not judged
    (None, None, LUCKNOW),  # no country stated
    ("nepal", "bagmati", None),  # no point (the GPS flags speak for it)
])
def test_points_inside_their_stated_place_are_not_flagged(country: str | None, region: str | None,
                                                          point: tuple[float, float] | None) -> None:
    only = record(1, country, region, point)
    assert place_flags(only)[only.uuid] == []


def test_a_point_in_another_country_names_it() -> None:
    wrong = record(1, "nepal", "bagmati", LUCKNOW)
    [flag] = place_flags(wrong)[wrong.uuid]
    assert flag.kind is QualityFlag.OUTSIDE_COUNTRY and flag.code == "NA-QUALITY-020"
    assert flag.question == "gps" and flag.name == "outside_country"
    text = flag.text("en")
    assert text.startswith("GPS point: the point is outside Nepal, ")
    assert text.endswith(" km from its border, in India.")
    km = int(text.split("Nepal, ")[1].split(" km")[0])
    assert 90 <= km <= 160
    assert "नेपाल" in flag.text("ne") and "जीपीएस बिन्दु" in flag.text("ne")
    assert "Nepal hududidan tashqarida" in flag.text("uz")


def test_swapped_coordinates_and_a_point_at_sea() -> None:
    swapped = record(1, "uzbekistan", "bukhara", (BUKHARA[1], BUKHARA[0]))  # lat 64.4, lon 39.8: Russia
    sea = record(2, "sierra_leone", "eastern", AT_SEA)
    flags = place_flags(swapped, sea)
    assert [f.kind for f in flags[swapped.uuid]] == [QualityFlag.OUTSIDE_COUNTRY]
    assert flags[swapped.uuid][0].text("en").endswith("in Russia.")
    assert [f.kind for f in flags[sea.uuid]] == [QualityFlag.OUTSIDE_COUNTRY_SEA]
    assert "Sierra Leone" in flags[sea.uuid][0].text("en") and "at sea" in flags[sea.uuid][0].text("en")
    assert "Syerra-Leone" in flags[sea.uuid][0].text("uz")


def test_a_point_in_another_region_of_the_stated_country() -> None:
    wrong = record(1, "uzbekistan", "bukhara", SAMARKAND)
    [flag] = place_flags(wrong)[wrong.uuid]
    assert flag.kind is QualityFlag.OUTSIDE_REGION
    text = flag.text("en")
    assert text.startswith("GPS point: the point is outside Bukhara Region, ") and text.endswith("in Samarkand.")
    assert "Buxoro viloyati" in flag.text("uz")
    assert "बुखारा क्षेत्र" in flag.text("ne")


def test_a_nepali_province_is_judged_by_the_zones_of_its_districts() -> None:
    wrong = record(1, "nepal", "sudurpashchim", KATHMANDU)
    [flag] = place_flags(wrong)[wrong.uuid]
    assert flag.kind is QualityFlag.OUTSIDE_REGION_BARE and flag.code == "NA-QUALITY-023"
    text = flag.text("en")
    assert text.startswith("GPS point: the point is outside Sudurpashchim Province, ") and text.endswith("border.")
    assert "सुदूरपश्चिम प्रदेश" in flag.text("ne")
    right = record(2, "nepal", "sudurpashchim", (28.70, 80.57))  # Dhangadhi, Kailali
    assert place_flags(right)[right.uuid] == []


def test_the_margin_is_a_threshold() -> None:
    wrong = record(1, "nepal", None, LUCKNOW)  # about 120 km from Nepal
    assert place_flags(wrong, border_km=50)[wrong.uuid]
    assert place_flags(wrong, border_km=200)[wrong.uuid] == []
    region = record(2, "uzbekistan", "bukhara", SAMARKAND)
    assert place_flags(region)[region.uuid]
    assert place_flags(region, border_km=500)[region.uuid] == []


def test_the_check_alone() -> None:
    check = PlaceCheck(margin_km=5)
    assert check.check(*KATHMANDU, ["nepal", "Nepal"]) is None
    outside = check.check(*LUCKNOW, ["nepal"])
    assert outside is not None and outside.level == "country" and outside.found is not None
    assert outside.found.code == "IN"
    region = check.check(*SAMARKAND, ["uzbekistan"], ["bukhara", "Bukhara Region"])
    assert region is not None and region.level == "region" and region.found is not None
    assert region.found.code == "UZ-SA"
    assert check.check(*SAMARKAND, ["uzbekistan"], ["samarkand"]) is None
    assert check.check(*SAMARKAND, [], ["bukhara"]) is None


def test_the_cli_shows_a_point_outside_its_stated_region(tmp_path: Path) -> None:
    """A real folder: the demo, plus a Bukhara visit whose point was taken in Samarkand."""
    import json
    import subprocess
    import sys

    import needsassess.demo

    data = tmp_path / "data"

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "needsassess", "--data-dir", str(data), *args],
                              capture_output=True, text=True, check=False, timeout=120)

    assert cli("demo").returncode == 0
    assert json.loads(cli("quality", "--json").stdout)  # the demo has flags, none of them about places
    assert "outside_" not in cli("quality", "--json").stdout
    demo = Path(needsassess.demo.__file__).parent / "answers"
    visit = json.loads((demo / "green_city.json").read_text(encoding="utf-8"))[0]
    assert visit["region"] == "bukhara"
    visit["gps"] = {"lat": SAMARKAND[0], "lon": SAMARKAND[1], "alt": 700, "accuracy": 5}
    answers = tmp_path / "visit.json"
    answers.write_text(json.dumps(visit, ensure_ascii=False), encoding="utf-8")
    made = cli("new", "--form", "green_city", "--answers", str(answers), "--complete")
    assert made.returncode == 0, made.stderr
    uuid = made.stdout.strip()
    flagged = {item["uuid"]: item["flags"] for item in json.loads(cli("quality", "--json").stdout)}
    [outside] = [f for f in flagged[uuid] if f["flag"] == "outside_region"]
    assert outside["code"] == "NA-QUALITY-022" and outside["question"] == "gps"
    assert "outside Bukhara Region" in outside["text"] and outside["text"].endswith("in Samarkand.")
    uzbek = cli("quality", "--lang", "uz")
    assert "Buxoro viloyati hududidan tashqarida" in uzbek.stdout
    assert cli("quality", "--border-km", "1000", "--json").stdout.count("outside_region") == 0
