"""Quality flags: each check with made data, true and false cases, numbers worked by hand."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from needsassess.analysis.quality import Flag, Thresholds, active_seconds, assess, distance_km
from needsassess.engine.loader import load_form_text
from needsassess.engine.model import Form, Question
from needsassess.errors.quality_codes import QualityFlag
from needsassess.store.records import AssessmentRecord, AttachmentInfo

FORM = load_form_text(
    """
form_id: q
version: "1"
title: {en: Quality test, ne: गुणस्तर परीक्षण, uz: Sifat sinovi}
languages: [en, ne, uz]
survey:
  - {type: select_one country, name: country, label: {en: Country, ne: देश, uz: Mamlakat}}
  - {type: text, name: settlement, label: {en: Settlement, ne: बस्ती, uz: Aholi punkti}}
  - {type: geopoint, name: gps, label: {en: Location, ne: स्थान, uz: Joylashuv}}
  - {type: integer, name: households, label: {en: Households, ne: घरधुरी, uz: Xonadonlar}}
  - {type: decimal, name: kg, label: {en: Kg per household, ne: प्रति घर केजी, uz: Xonadonga kg},
     plausible: [0.5, 20]}
  - {type: calculate, name: per_person, calculation: "${kg} div 5", plausible: [0.1, 3]}
  - {type: image, name: photo, label: {en: Photo of the site, ne: स्थलको फोटो, uz: Joy surati}}
  - {type: select_one role, name: role, label: {en: Role, ne: भूमिका, uz: Lavozim}}
  - {type: text, name: role_other, label: {en: Other role, ne: अन्य भूमिका, uz: Boshqa lavozim},
     relevant: "${role} = 'other'"}
  - {type: start, name: start}
choices:
  country:
    - {name: nepal, label: {en: Nepal, ne: नेपाल, uz: Nepal}}
    - {name: uzbekistan, label: {en: Uzbekistan, ne: उज्बेकिस्तान, uz: Oʻzbekiston}}
  role:
    - {name: chair, label: {en: Chair, ne: अध्यक्ष, uz: Rais}}
    - {name: other, label: {en: Other, ne: अन्य, uz: Boshqa}}
"""
)


def record(n: int, answers: Mapping[str, Any], *, site: str = "", photos: tuple[str, ...] = (),
           title: str = "") -> AssessmentRecord:
    uuid = f"{n:08d}-0000-4000-8000-000000000000"
    return AssessmentRecord(
        uuid=uuid, form_id="q", form_version="1", status="complete", revision=1, content_hash=None,
        parent_hash=None, title=title, site=site, officer="", created_at="", updated_at="", finalized_at=None,
        origin_device="d", answers=dict(answers), attachments=tuple(AttachmentInfo(p, "image/jpeg", 1) for p in photos),
    )


def base(n: int, **extra: Any) -> dict[str, Any]:
    """An unremarkable assessment: every check quiet."""
    answers: dict[str, Any] = {
        "country": "nepal", "settlement": f"village {n}", "gps": {"lat": 28.1, "lon": 81.6, "alt": 0, "accuracy": 8},
        "households": 100 + n, "kg": 5.0, "per_person": 1.0, "photo": f"{n:064x}", "role": "chair",
        "start": f"2026-03-{n % 28 + 1:02d}T08:00:00Z",
    }
    answers.update(extra)
    return answers


def flags_of(records: list[AssessmentRecord], times: Mapping[str, list[str]] | None = None,
             form: Form = FORM, **thresholds: Any) -> dict[str, list[Flag]]:
    return assess(records, lambda _r: form, times, Thresholds(**thresholds))


def kinds(flags: list[Flag]) -> set[QualityFlag]:
    return {f.kind for f in flags}


def test_an_unremarkable_set_has_no_flags() -> None:
    records = [record(n, base(n), photos=(f"{n:064x}",)) for n in range(12)]
    assert all(not f for f in flags_of(records).values())


# --- outliers ------------------------------------------------------------------------------------


def test_an_outlier_beyond_three_interquartile_ranges_is_flagged_and_one_inside_is_not() -> None:
    # households 100..109: Q1 = 102.25, Q3 = 106.75 (inclusive method), IQR = 4.5;
    # the upper fence is 106.75 + 3 × 4.5 = 120.25 (the extra values move the quartiles very little).
    values = [100, 101, 102, 103, 104, 105, 106, 107, 108, 109]
    records = [record(n, base(n, households=v)) for n, v in enumerate(values)]
    records.append(record(50, base(50, households=900)))
    records.append(record(51, base(51, households=118)))
    flags = flags_of(records)
    assert kinds(flags[records[-2].uuid]) == {QualityFlag.OUTLIER}
    assert flags[records[-1].uuid] == []
    flag = flags[records[-2].uuid][0]
    assert flag.question == "households"
    assert flag.text("en").startswith("Households: 900 is far outside the other assessments of this form in Nepal")
    assert flag.text("ne").startswith("घरधुरी: ९००")
    assert "नेपाल" in flag.text("ne")


def test_outliers_are_judged_per_country() -> None:
    nepal = [record(n, base(n, households=100 + n)) for n in range(10)]
    bukhara = {"lat": 39.77, "lon": 64.43, "alt": 0, "accuracy": 8}
    uzbek = [record(20 + n, base(20 + n, country="uzbekistan", households=5000 + 10 * n, gps=bukhara))
             for n in range(10)]
    flags = flags_of(nepal + uzbek)
    assert all(not f for f in flags.values()), "Bukhara's big blocks are no outliers against Khajura's villages"


def test_too_few_values_make_no_outlier() -> None:
    records = [record(n, base(n, households=v)) for n, v in enumerate([100, 101, 102, 103, 104, 105, 9999])]
    assert all(not f for f in flags_of(records).values())


# --- plausible ranges ----------------------------------------------------------------------------


def test_a_value_outside_the_forms_plausible_range_is_flagged_with_its_range() -> None:
    records = [record(1, base(1, kg=30.0, per_person=6.0)), record(2, base(2, kg=20.0, per_person=0.1))]
    flags = flags_of(records)
    got = {f.question: f for f in flags[records[0].uuid]}
    assert set(got) == {"kg", "per_person"}
    assert got["kg"].kind is QualityFlag.IMPLAUSIBLE
    assert got["kg"].text("en") == "Kg per household: 30 is outside the range the form calls plausible (0.5 to 20)."
    assert got["kg"].text("uz").startswith("Xonadonga kg: 30 soʻrovnoma ishonchli deb hisoblagan oraliqdan")
    assert "0,5" in got["kg"].text("uz"), "Uzbek decimals with a comma"
    assert flags[records[1].uuid] == [], "the bounds themselves are plausible"


def test_plausible_must_be_a_range_on_a_number() -> None:
    from needsassess.engine.errors import FormLoadError

    def form(row: str) -> Form:
        return load_form_text(f"form_id: x\nversion: '1'\ntitle: X\nsurvey:\n  - {{{row}}}\n")

    for bad in ("plausible: [3, 1]", "plausible: 5", "plausible: [null, null]", "plausible: [a, 2]"):
        with pytest.raises(FormLoadError, match="plausible"):
            form(f"type: integer, name: n, label: N, {bad}")
    with pytest.raises(FormLoadError, match="only numbers and calculations"):
        form("type: text, name: t, label: T, plausible: [1, 2]")
    question = form("type: integer, name: n, label: N, plausible: [0, null]").elements["n"]
    assert isinstance(question, Question) and question.plausible == (0.0, None)


# --- location ------------------------------------------------------------------------------------


def test_distance_matches_a_hand_calculation() -> None:
    # One degree of latitude on a sphere of 6371.0088 km: 2πR/360 = 111.195 km.
    assert distance_km(28.0, 81.0, 29.0, 81.0) == pytest.approx(2 * math.pi * 6371.0088 / 360, rel=1e-9)
    # Khajura (28.1032 N, 81.6241 E) to Nepalgunj (28.05 N, 81.6167 E): about 5.95 km.
    assert distance_km(28.1032, 81.6241, 28.05, 81.6167) == pytest.approx(5.96, abs=0.02)


def test_a_point_far_from_the_other_assessments_of_its_site_is_flagged() -> None:
    near = [record(n, base(n, gps={"lat": 28.10 + n * 0.001, "lon": 81.62, "accuracy": 5}), site="Khajura")
            for n in range(4)]
    far = record(9, base(9, gps={"lat": 28.10, "lon": 82.62, "accuracy": 5}), site="khajura ")  # Dang, Nepal
    flags = flags_of([*near, far])
    assert kinds(flags[far.uuid]) == {QualityFlag.FAR_FROM_SITE}
    assert "from the other assessments of khajura" in flags[far.uuid][0].text("en")
    assert all(not flags[r.uuid] for r in near)


def test_missing_and_coarse_gps() -> None:
    answers = base(1)
    del answers["gps"]
    coarse = base(2, gps={"lat": 28.1, "lon": 81.6, "accuracy": 250})
    flags = flags_of([record(1, answers), record(2, coarse), record(3, base(3))])
    assert kinds(flags[record(1, answers).uuid]) == {QualityFlag.NO_GPS}
    assert kinds(flags[record(2, coarse).uuid]) == {QualityFlag.GPS_INACCURATE}
    assert flags[record(2, coarse).uuid][0].text("en") == (
        "Location: the GPS accuracy of 250 m is coarser than 100 m."
    )
    assert flags[record(3, base(3)).uuid] == []
    assert flags_of([record(2, coarse)], gps_accuracy_m=300)[record(2, coarse).uuid] == []


# --- copies --------------------------------------------------------------------------------------


def test_the_same_answers_under_two_uuids_flag_both_but_metadata_does_not_count() -> None:
    first = record(1, base(1), title="Khajura")
    copy = record(2, {**base(1), "start": "2026-05-05T09:00:00Z"}, title="Khajura again")
    other = record(3, base(3))
    flags = flags_of([first, copy, other])
    assert kinds(flags[first.uuid]) == {QualityFlag.DUPLICATE}
    assert "Khajura again (00000002)" in flags[first.uuid][0].text("en")
    assert kinds(flags[copy.uuid]) == {QualityFlag.DUPLICATE}
    assert flags[other.uuid] == []


def test_a_photo_used_by_two_assessments_is_flagged() -> None:
    one, two = record(1, base(1), photos=("aa" * 32,)), record(2, base(2), photos=("aa" * 32, "bb" * 32))
    three = record(3, base(3), photos=("cc" * 32,))
    flags = flags_of([one, two, three])
    assert kinds(flags[one.uuid]) == kinds(flags[two.uuid]) == {QualityFlag.DUPLICATE_PHOTO}
    assert flags[three.uuid] == []


# --- evidence ------------------------------------------------------------------------------------


def test_missing_photo_and_an_other_left_undescribed() -> None:
    no_photo = base(1)
    del no_photo["photo"]
    vague = base(2, role="other", role_other="  ")
    told = base(3, role="other", role_other="teacher")
    flags = flags_of([record(1, no_photo), record(2, vague), record(3, told)])
    assert kinds(flags[record(1, no_photo).uuid]) == {QualityFlag.MISSING_PHOTO}
    assert kinds(flags[record(2, vague).uuid]) == {QualityFlag.OTHER_EMPTY}
    assert flags[record(2, vague).uuid][0].text("uz") == "Lavozim: «boshqa» tanlangan, lekin tavsiflanmagan."
    assert flags[record(3, told).uuid] == []


# --- paradata ------------------------------------------------------------------------------------


def test_active_time_caps_pauses() -> None:
    times = ["2026-03-01T08:00:00Z", "2026-03-01T08:00:30Z", "2026-03-01T09:00:00Z", "2026-03-01T09:00:10Z"]
    assert active_seconds(times, 120) == 30 + 120 + 10


def _edits(seconds_apart: float, count: int) -> list[str]:
    return [f"2026-03-01T08:{int(i * seconds_apart) // 60:02d}:{int(i * seconds_apart) % 60:02d}Z"
            for i in range(count)]


def test_an_assessment_entered_far_quicker_than_the_others_is_too_fast() -> None:
    records = [record(n, base(n)) for n in range(6)]
    # Seven questions answered (the calculation and the start time are not the officer's answers).
    times = {r.uuid: _edits(20, 10) for r in records[:5]}  # 9 gaps of 20 s = 180 s: 180 / 7 = 25.7 s each
    times[records[5].uuid] = _edits(2, 10)  # 18 s: 18 / 7 = 2.6 s per answer, a tenth of the usual
    flags = flags_of(records, times)
    assert kinds(flags[records[5].uuid]) == {QualityFlag.TOO_FAST}
    assert flags[records[5].uuid][0].text("en") == (
        "Entered in 0.3 min of active time, 2.6 s per answer: "
        "far quicker than the usual 25.7 s per answer for this form."
    )
    assert all(not flags[r.uuid] for r in records[:5])
    few = flags_of(records[3:], {r.uuid: times[r.uuid] for r in records[3:]})
    assert all(not f for f in few.values()), "three timed assessments are too few to judge speed"


# --- through the command line -----------------------------------------------------------------------


def _cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "needsassess", "--data-dir", str(data), *args],
                          capture_output=True, text=True, check=False, timeout=120)


def test_quality_and_list_json_through_the_cli(data_dir: Path) -> None:
    assert _cli(data_dir, "demo").returncode == 0
    done = _cli(data_dir, "quality", "--json")
    assert done.returncode == 0, done.stderr
    flagged = json.loads(done.stdout)
    assert flagged and all(item["flags"] for item in flagged)
    every = {f["flag"] for item in flagged for f in item["flags"]}
    assert "duplicate" in every  # the demo loads the same site visit more than once
    listed = json.loads(_cli(data_dir, "list", "--json", "--limit", "1000").stdout)
    by_uuid = {row["uuid"]: row["flags"] for row in listed}
    for item in flagged:
        assert by_uuid[item["uuid"]] == list(dict.fromkeys(f["flag"] for f in item["flags"]))  # each name once
    assert all(by_uuid[row["uuid"]] == [] for row in listed if row["status"] == "draft")
    nepali = _cli(data_dir, "quality", "--lang", "ne")
    assert "[NA-QUALITY-" in nepali.stdout and "मूल्याङ्कन" in nepali.stdout


def test_the_summary_has_a_data_quality_page_per_officer_and_site(data_dir: Path, tmp_path: Path) -> None:
    from pypdf import PdfReader

    from needsassess.locale import format_number

    assert _cli(data_dir, "demo").returncode == 0
    flagged = json.loads(_cli(data_dir, "quality", "--json").stdout)
    complete = [r for r in json.loads(_cli(data_dir, "list", "--json", "--limit", "1000").stdout)
                if r["status"] == "complete"]
    for lang, heading in (("en", "Data quality"), ("ne", "तथ्याङ्कको गुणस्तर"), ("uz", "Maʼlumotlar sifati")):
        out = tmp_path / f"summary-{lang}.pdf"
        done = _cli(data_dir, "summary", "-o", str(out), "--lang", lang)
        assert done.returncode == 0, done.stderr
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        assert heading in text
        n, m = format_number(len(flagged), lang), format_number(len(complete), lang)
        sentence = {"en": f"{n} of {m} assessments have a quality flag", "ne": f"{m} मध्ये {n} मूल्याङ्कनमा",
                    "uz": f"{m} ta baholashdan {n} tasida"}[lang]
        assert sentence in text
    officers = {item["officer"] for item in flagged}
    english = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "summary-en.pdf").pages)
    section = english[english.index("Data quality"):english.index("Assessments included")]
    for officer in officers:
        if officer.isascii():
            assert officer in section
