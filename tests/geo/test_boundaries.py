"""The shipped outlines answer "which country and province?" as a map of the places says.

The points were checked by hand on a map: cities, a point at sea, pairs of towns 10–30 km apart on
either side of a border, and Maseru (Lesotho is a hole in South Africa).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from needsassess.geo.boundaries import Boundaries, load, normalise, rings_in_box
from needsassess.resources import ResourceMissing, resources_dir


@pytest.mark.parametrize(("place", "lat", "lon", "country", "region"), [
    ("Kathmandu", 27.7172, 85.3240, "NP", "NP-BA"),
    ("Khajura", 28.10, 81.57, "NP", "NP-BH"),
    ("Bukhara", 39.7747, 64.4286, "UZ", "UZ-BU"),
    ("Tashkent", 41.3111, 69.2797, "UZ", "UZ-TK"),
    ("Samarkand", 39.6542, 66.9597, "UZ", "UZ-SA"),
    ("Koidu", 8.6439, -10.9714, "SL", "SL-E"),
    ("Freetown", 8.4840, -13.2340, "SL", "SL-W"),
    ("Bo", 7.9640, -11.7383, "SL", "SL-S"),
    ("Makeni", 8.8833, -12.0500, "SL", "SL-N"),
])
def test_cities_are_in_their_country_and_province(place: str, lat: float, lon: float, country: str,
                                                  region: str) -> None:
    found = load().locate(lat, lon)
    assert found.country is not None and found.country.code == country, place
    assert found.region is not None and found.region.code == region, place


@pytest.mark.parametrize(("place", "lat", "lon", "country"), [
    # Either side of the Nepal–India border (Simara and Motihari)
    ("Simara", 27.1640, 84.9800, "NP"), ("Motihari", 26.6500, 84.9167, "IN"),
    # Uzbekistan and Kazakhstan: Tashkent's north edge and Shymkent
    ("Chirchiq", 41.4689, 69.5822, "UZ"), ("Shymkent", 42.3417, 69.5901, "KZ"),
    # Uzbekistan and Tajikistan: Bekabad's east and Khujand
    ("Khujand", 40.2833, 69.6222, "TJ"), ("Gulistan", 40.4897, 68.7842, "UZ"),
    # Sierra Leone, Guinea, Liberia near Kailahun
    ("Kailahun", 8.2772, -10.5739, "SL"), ("Guéckédou", 8.5667, -10.1333, "GN"), ("Foya", 8.3580, -10.2080, "LR"),
    # a hole: Lesotho inside South Africa
    ("Maseru", -29.3100, 27.4800, "LS"), ("Bloemfontein", -29.1167, 26.2167, "ZA"),
])
def test_points_near_borders(place: str, lat: float, lon: float, country: str) -> None:
    found = load().country_at(lat, lon)
    assert found is not None and found.code == country, place


def test_south_africa_does_not_contain_lesotho() -> None:
    south_africa = load().country("South Africa")
    assert south_africa is not None and not south_africa.contains(-29.31, 27.48)


# the Atlantic off Sierra Leone, the Gulf of Guinea, the Arabian Sea
@pytest.mark.parametrize(("lat", "lon"), [(5.0, -15.0), (0.0, 0.0), (15.0, 65.0)])
def test_the_sea_is_in_no_country(lat: float, lon: float) -> None:
    found = load().locate(lat, lon)
    assert found.country is None and found.region is None


def test_distance_to_a_border() -> None:
    nepal = load().country("nepal")
    assert nepal is not None
    assert nepal.distance_km(27.7172, 85.3240) == 0.0
    # Lucknow to Nepal's nearest border (near Nepalgunj/Krishnanagar, read off a map): about 120 km
    assert 90 < nepal.distance_km(26.8467, 80.9462) < 160
    # Freetown to the Guinean border: about 70 km north-east
    guinea = load().country("Guinea")
    assert guinea is not None and 40 < guinea.distance_km(8.484, -13.234) < 110


def test_countries_by_name_and_code() -> None:
    bounds = load()
    for name in ("Nepal", "nepal", "NP", "NPL", "  NEPAL "):
        found = bounds.country(name)
        assert found is not None and found.code == "NP", name
    sierra = bounds.country("sierra_leone")
    assert sierra is not None and sierra.code == "SL"
    uzbekistan = bounds.country("Oʻzbekiston")
    assert uzbekistan is not None and uzbekistan.code == "UZ"
    assert bounds.country("Atlantis") is None


def test_regions_matched_by_the_shipped_forms_names() -> None:
    bounds = load()

    def codes(country: str, *names: str) -> list[str]:
        return sorted(r.code for r in bounds.match_region(country, names))

    assert codes("UZ", "bukhara", "Bukhara Region", "Buxoro viloyati") == ["UZ-BU"]
    assert codes("UZ", "syrdarya", "Syrdarya Region") == ["UZ-SI"]
    assert codes("UZ", "tashkent_city", "Tashkent city", "Toshkent shahri") == ["UZ-TK"]
    assert codes("UZ", "tashkent_region", "Tashkent Region") == ["UZ-TO"]
    assert codes("UZ", "karakalpakstan", "Republic of Karakalpakstan") == ["UZ-QR"]
    assert codes("SL", "eastern", "Eastern Province") == ["SL-E"]
    assert codes("SL", "western_area", "Western Area") == ["SL-W"]
    assert codes("SL", "north_west") == ["SL-N"]
    # Nepal's units in the data are the old zones: a province is the zones that hold its districts,
    # never the zone of the same name alone
    assert codes("NP", "bagmati", "Bagmati Province") == ["NP-BA", "NP-JA", "NP-NA"]
    assert codes("NP", "sudurpashchim") == ["NP-MA", "NP-SE"]
    assert codes("NP", "Seti") == []
    assert codes("UZ", "atlantis") == []


def test_every_region_of_the_shipped_forms_matches() -> None:
    from needsassess.engine.loader import load_form
    from needsassess.resources import forms_dir

    form = load_form(forms_dir() / "waste_management.yaml")
    bounds = load()
    countries = {c.name: bounds.country(c.name) for c in form.choices["country"].choices}
    assert all(countries.values())
    checked = 0
    for choice in form.choices["region"].choices:
        country = countries[choice.extras["country"]]
        assert country is not None
        names = [choice.name, *(choice.label.texts.values())]
        assert bounds.match_region(country.code, names), choice.name
        checked += 1
    assert checked == 7 + 14 + 5


def test_outlines_in_a_box() -> None:
    # Nepal's box: Nepal, and parts of India and China
    rings = rings_in_box(26.3, 80.0, 30.5, 88.2)
    assert len(rings) >= 3
    assert all(len(ring) >= 3 for ring in rings)
    nepal = load().country("Nepal")
    assert nepal is not None
    assert any(ring == outline for ring in rings for outline in nepal.outlines())
    assert rings_in_box(-50.0, -30.0, -45.0, -20.0) == []  # the South Atlantic
    regions = rings_in_box(39.0, 63.5, 40.5, 65.5, level="region")
    assert len(regions) > 1


def test_the_file_is_small_and_reads_quickly() -> None:
    path = resources_dir() / "boundaries" / "boundaries.bin"
    assert path.stat().st_size < 5_000_000
    bounds = Boundaries.read(path)
    assert len(bounds.countries) >= 200 and len(bounds.regions) >= 3000
    assert {r.code for r in bounds.regions_of("UZ")} >= {"UZ-BU", "UZ-TK", "UZ-QR"}
    assert bounds.attribution == "Natural Earth"


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "boundaries.bin"
    bad.write_bytes(b"NABOUND1" + b"\x00" * 40)
    with pytest.raises(ResourceMissing) as caught:
        Boundaries.read(bad)
    assert caught.value.code == "NA-GEO-930"
    bad.write_bytes(b"not it")
    with pytest.raises(ResourceMissing):
        Boundaries.read(bad)


def test_normalise() -> None:
    assert normalise("Oʻzbekiston") == normalise("O'zbekiston") == "ozbekiston"
    assert normalise("Guéckédou") == "gueckedou"
    assert normalise("sierra_leone") == "sierra leone"
    assert not math.isnan(load().countries[0].west)


def test_rings_for_a_report_frame() -> None:
    from needsassess.geo.boundaries import ATTRIBUTION, rings_for_frame

    # a site map around Bukhara: (west, south, east, north) as report frames give them
    rings = rings_for_frame((63.9, 39.5, 64.9, 40.1))
    bukhara = next(r for r in load().regions_of("UZ") if r.code == "UZ-BU")
    assert next(bukhara.outlines()) in rings
    assert rings_for_frame((-30.0, -50.0, -20.0, -45.0)) == []
    assert ATTRIBUTION == "Natural Earth"


def test_nepali_names_for_nepal_its_zones_and_neighbours() -> None:
    from needsassess.geo import boundaries

    data = boundaries.load()
    nepal = data.country_at(27.7172, 85.3240)  # Kathmandu
    assert nepal is not None and nepal.name_in("ne") == "नेपाल" and nepal.name_in("en") == "Nepal"
    zone = data.region_at(27.7172, 85.3240)
    assert zone is not None and zone.name_in("ne") == "बागमती"
    india = data.country_at(28.6139, 77.2090)  # Delhi
    assert india is not None and india.name_in("ne") == "भारत"
    assert all(region.name_in("ne") != region.name for region in data.regions if region.country == "NP")


def test_a_frame_wholly_inside_one_country_gets_no_outline_to_credit() -> None:
    from needsassess.geo.boundaries import rings_for_frame

    koidu = (-10.99, 8.63, -10.95, 8.66)  # (west, south, east, north): 4 km round Koidu, far from any border
    assert rings_for_frame(koidu) == []
    across = (-11.6, 6.8, -11.2, 7.2)  # the Mano river, Sierra Leone's border with Liberia
    assert rings_for_frame(across)
