"""Maps in reports: the site map of an assessment and the summary's map of sites, in en/ne/uz, over a
basemap made in the test (a real SQLite MBTiles file of generated PNG tiles) or a graticule, with
boundary rings passed in. PDFs are read back with pypdf and pdftotext and rendered with pdftoppm."""

from __future__ import annotations

import io
import math
import re
import shutil
import sqlite3
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from needsassess.engine import FormSession, load_form_text
from needsassess.reports import ReportOptions, ReportSubject, render_report, render_summary
from needsassess.reports.basemap import render_basemap
from needsassess.reports.from_store import form_lookup, subject_from_store, summary_items
from needsassess.reports.mapframe import MapFrame, project
from needsassess.reports.subject import BoundaryRings, SummaryItem
from needsassess.reports.summarymap import PlacedSite, cluster, map_figure
from needsassess.store import ListQuery, open_store
from needsassess.store.mbtiles import MBTiles

SITE = (28.1032, 81.6241)  # Khajura, as in the demo data
TILE_A, TILE_B = (236, 170, 60), (70, 150, 220)  # checkerboard colours of the test basemap

needs_poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils is not installed")

FORM = """\
form_id: geo_map
version: "1"
default_language: en
title: {en: Pits and streams, ne: खाल्डा र खोला, uz: Chuqurlar va soylar}
survey:
  - type: group
    name: site
    label: {en: Site, ne: स्थल, uz: Joy}
    children:
      - {type: text, name: settlement, label: {en: Settlement, ne: बस्ती, uz: Aholi punkti}}
      - {type: geopoint, name: gps, label: {en: GPS, ne: जीपीएस, uz: GPS}}
      - {type: geotrace, name: stream, label: {en: Stream, ne: खोला, uz: Soy}}
      - {type: geoshape, name: pit, label: {en: Pit outline, ne: खाल्डोको सीमारेखा, uz: Chuqur chegarasi}}
      - {type: integer, name: households, label: {en: Households, ne: घरधुरी, uz: Xonadonlar}}
      - type: calculate
        name: people
        calculation: "${households} * 5"
        label: {en: People (estimate), ne: मानिस (अनुमान), uz: Odamlar (taxminan)}
"""


def png(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (256, 256), colour).save(out, "PNG")
    return out.getvalue()


def make_mbtiles(path: Path, centre: tuple[float, float], zooms: tuple[int, ...], reach: int = 3,
                 attribution: str = '<a href="https://example.org">© Test mappers</a>') -> Path:
    """A real MBTiles file: a checkerboard of PNG tiles around ``centre`` (TMS rows, as the format says)."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
    conn.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)")
    conn.executemany("INSERT INTO metadata VALUES (?, ?)", [
        ("name", "Test tiles"), ("format", "png"), ("attribution", attribution),
        ("bounds", f"{centre[1] - 1},{centre[0] - 1},{centre[1] + 1},{centre[0] + 1}")])
    tiles = {True: png(TILE_A), False: png(TILE_B)}
    x, y = project(*centre)
    for zoom in zooms:
        n = 1 << zoom
        cx, cy = int(x * n), int(y * n)
        for tx in range(cx - reach, cx + reach + 1):
            for ty in range(cy - reach, cy + reach + 1):
                conn.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (zoom, tx, n - 1 - ty, tiles[(tx + ty) % 2 == 0]))
    conn.commit()
    conn.close()
    return path


def subject(lang_answers: dict[str, str] | None = None) -> ReportSubject:
    form = load_form_text(FORM, "geo_map.yaml")
    session = FormSession(form)
    for name, value in (lang_answers or {}).items():
        session.set_answer(name, value)
    return ReportSubject(form=form, answers=session.document(), uuid="3f1c9a52-7d4e-4b8a-9c21-5e6f7a8b9c0d",
                         revision=1, status="complete", content_hash="9" * 64, officer="Sita",
                         created_at="2026-03-12T09:14:00", updated_at="2026-03-12T11:40:00",
                         finalized_at="2026-03-12T11:41:00")


def full_subject() -> ReportSubject:
    lat, lon = SITE
    return subject({
        "settlement": "Khajura",
        "gps": f"{lat} {lon} 150 8",
        "stream": f"{lat - 0.001} {lon - 0.002};{lat + 0.0005} {lon};{lat + 0.001} {lon + 0.002}",
        "pit": f"{lat} {lon + 0.0005};{lat + 0.0006} {lon + 0.0005};{lat + 0.0006} {lon + 0.0012};{lat} {lon + 0.0012}",
    })


def page_texts(path: Path) -> list[str]:
    return [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(path).pages]


def poppler_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def render_page(path: Path, page: int, out: Path, dpi: int = 60) -> Image.Image:
    prefix = out / f"{path.stem}-p{page}"
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), str(prefix)], check=True)
    return Image.open(f"{prefix}.png").convert("RGB")


def count_near(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 12) -> int:
    data = image.convert("RGB").tobytes()
    r, g, b = colour
    tol = tolerance
    return sum(1 for i in range(0, len(data), 3)
               if abs(data[i] - r) <= tol and abs(data[i + 1] - g) <= tol and abs(data[i + 2] - b) <= tol)


def map_page(path: Path, marker: str) -> int:
    """1-based number of the first page whose text has ``marker``."""
    return next(i + 1 for i, text in enumerate(page_texts(path)) if marker in text)


# -- the site map --------------------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize(("lang", "title", "words"), [
    ("en", "Site map", ["Site: 28.10320° N, 81.62410° E (±8 m)", "Lines and areas: Stream, Pit outline",
                        "No basemap: lines of latitude and longitude", "Scale bar: 100 m"]),
    ("ne", "स्थल नक्सा", ["28.10320° N, 81.62410° E", "रेखा र क्षेत्र", "आधार नक्सा छैन", "१०० मि."]),
    ("uz", "Joy xaritasi", ["Joy: 28.10320° N, 81.62410° E (±8 m)", "Chiziqlar va maydonlar: Soy, Chuqur chegarasi",
                            "Asosiy xarita yoʻq", "Masshtab chizigʻi: 100 m"]),
])
def test_site_map_in_every_language(tmp_path: Path, lang: str, title: str, words: list[str]) -> None:
    result = render_report([full_subject()], tmp_path / f"site-{lang}.pdf", ReportOptions(lang=lang))
    assert result.clean, (result.missing_glyphs, result.glyph_problems)
    assert result.pages == len(PdfReader(result.path).pages)
    text = unicodedata.normalize("NFKC", poppler_text(result.path))
    assert title in text
    for part in words:
        assert part in text, (part, text)
    image = render_page(result.path, map_page(result.path, "28.10320"), tmp_path, dpi=100)
    assert count_near(image, (192, 57, 43), 20) > 20  # the site's red point is drawn
    assert count_near(image, (211, 217, 223), 6) > 100  # the graticule


def test_a_lone_point_shows_its_surroundings(tmp_path: Path) -> None:
    lone = subject({"gps": f"{SITE[0]} {SITE[1]}"})
    result = render_report([lone], tmp_path / "lone.pdf")
    text = "\n".join(page_texts(result.path))
    assert "Site map" in text and "Lines and areas" not in text and "Scale bar: 200 m" in text
    frame = MapFrame.around([SITE], 480, 270)
    assert frame.metres_per_point() * 270 >= 400  # at least 400 m across the shorter side
    x, y = frame.to_page(*SITE)
    assert abs(x - 240) < 0.01 and abs(y - 135) < 0.01  # centred


def test_no_location_no_map(tmp_path: Path) -> None:
    result = render_report([subject({"settlement": "Khajura"})], tmp_path / "none.pdf")
    text = "\n".join(page_texts(result.path))
    assert "Khajura" in text and "Site map" not in text and "Scale bar" not in text


def test_a_point_at_the_edge_of_the_world_does_not_break_the_map(tmp_path: Path) -> None:
    far = subject({"gps": "84.99 179.999"})
    far.answers = {**far.answers, "gps2": {"lat": "x", "lon": 1}}  # not a question of the form: ignored
    result = render_report([far], tmp_path / "edge.pdf")
    assert "Site map" in "\n".join(page_texts(result.path))


@needs_poppler
@pytest.mark.parametrize("lang", ["en", "ne", "uz"])
def test_basemap_tiles_under_the_site_with_their_attribution(tmp_path: Path, lang: str) -> None:
    tiles = make_mbtiles(tmp_path / "base.mbtiles", SITE, zooms=(15, 16, 17))
    options = ReportOptions(lang=lang, basemap=str(tiles))
    result = render_report([full_subject()], tmp_path / f"base-{lang}.pdf", options)
    assert result.clean and not result.warnings
    text = unicodedata.normalize("NFKC", poppler_text(result.path))
    assert "Test tiles · © Test mappers" in text and "<a" not in text
    image = render_page(result.path, map_page(result.path, "28.10320"), tmp_path, dpi=100)
    # Both colours of the checkerboard: the shapes cross tile borders and the tiles are placed side by side.
    assert count_near(image, TILE_A, 10) > 2000 and count_near(image, TILE_B, 10) > 2000
    assert count_near(image, (192, 57, 43), 20) > 20  # the point is drawn over the tiles


def test_basemap_mosaic_is_cut_to_the_frame_and_crosses_tile_borders(tmp_path: Path) -> None:
    tiles = make_mbtiles(tmp_path / "base.mbtiles", SITE, zooms=(16,))
    frame = MapFrame.around([SITE, (SITE[0] + 0.004, SITE[1] + 0.006)], 480, 270)
    with MBTiles(tiles) as basemap:
        image = render_basemap(basemap, frame)
    assert image is not None and image.zoom == 16 and image.tiles >= 4
    picture = Image.open(io.BytesIO(image.jpeg)).convert("RGB")
    assert abs(picture.size[0] / picture.size[1] - 480 / 270) < 0.02
    assert count_near(picture, TILE_A, 10) > 1000 and count_near(picture, TILE_B, 10) > 1000
    # the two points framed lie on different tiles of the zoom drawn: the frame crosses tile borders
    corners = [project(*SITE), project(SITE[0] + 0.004, SITE[1] + 0.006)]
    assert len({(int(x * 2**image.zoom), int(y * 2**image.zoom)) for x, y in corners}) > 1
    with MBTiles(tiles) as basemap:  # a frame on the other side of the world: no tiles, no basemap
        assert render_basemap(basemap, MapFrame.around([(-33.9, 18.4)], 480, 270)) is None


def test_a_basemap_that_cannot_be_read_prints_the_graticule_and_a_warning(tmp_path: Path) -> None:
    bad = tmp_path / "not.mbtiles"
    bad.write_bytes(b"not a database at all")
    result = render_report([full_subject()], tmp_path / "bad.pdf", ReportOptions(basemap=str(bad)))
    assert result.warnings and "NA-MAP-971" in result.warnings[0]
    assert "No basemap" in "\n".join(page_texts(result.path))


def test_damaged_tiles_leave_holes(tmp_path: Path) -> None:
    tiles = make_mbtiles(tmp_path / "holes.mbtiles", SITE, zooms=(16,))
    conn = sqlite3.connect(tiles)
    conn.execute("UPDATE tiles SET tile_data = ? WHERE (tile_column + tile_row) % 2 = 0", (b"\x89PNG damaged",))
    conn.commit()
    conn.close()
    frame = MapFrame.around([SITE, (SITE[0] + 0.004, SITE[1] + 0.006)], 480, 270)
    with MBTiles(tiles) as basemap:
        image = render_basemap(basemap, frame)
    assert image is not None
    picture = Image.open(io.BytesIO(image.jpeg)).convert("RGB")
    assert count_near(picture, (236, 239, 243), 6) > 1000  # the holes


def test_boundary_rings_are_drawn_under_the_features_with_their_credit(tmp_path: Path) -> None:
    asked: list[tuple[float, float, float, float]] = []

    def rings(bbox: tuple[float, float, float, float]) -> BoundaryRings:
        asked.append(bbox)
        lat, lon = SITE
        ring = [(lat - 0.01, lon - 0.001), (lat + 0.01, lon - 0.001), (lat + 0.01, lon + 0.0002),
                (lat - 0.01, lon - 0.001)]
        return BoundaryRings([ring], "Natural Earth (public domain)")

    result = render_report([full_subject()], tmp_path / "rings.pdf", ReportOptions(boundaries=rings))
    text = "\n".join(page_texts(result.path))
    assert "Boundaries: Natural Earth (public domain)" in text
    west, south, east, north = asked[0]
    assert west < SITE[1] < east and south < SITE[0] < north


# -- the summary's map ---------------------------------------------------------------------------------

@needs_poppler
@pytest.mark.parametrize(("lang", "heading", "countries", "number_one"), [
    ("en", "Sites on the map", ["Nepal", "Sierra Leone", "Uzbekistan"], "1"),
    ("ne", "नक्सामा स्थलहरू", ["नेपाल", "सियरा लियोन", "उज्बेकिस्तान"], "१"),
    ("uz", "Xaritadagi joylar", ["Nepal", "Syerra-Leone", "Oʻzbekiston"], "1"),
])
def test_summary_map_of_the_demo_sites(demo_dir: Path, tmp_path: Path, lang: str, heading: str,
                                       countries: list[str], number_one: str) -> None:
    with open_store(demo_dir) as store:
        result = render_summary(summary_items(store), form_lookup(store), tmp_path / f"s-{lang}.pdf",
                                ReportOptions(lang=lang))
    assert result.clean, result.glyph_problems
    text = unicodedata.normalize("NFKC", poppler_text(result.path))
    assert heading in text
    for country in countries:
        assert country in text, country
    legend = [line.split() for line in text.splitlines() if re.match(r"\s*\d+\s+New Sembehun\s", line)]
    assert len(legend) == 2  # one row per form at the site (energy, waste), under one number
    assert legend[0][0] == legend[1][0]
    assert any(line.strip().startswith(number_one + " ") for line in text.splitlines())
    # one map per country: three scale bars
    assert text.count(heading) == 1
    pages = page_texts(result.path)
    assert result.pages == len(pages)
    first_map = next(i + 1 for i, t in enumerate(pages) if "Kaisambo" in t)
    image = render_page(result.path, first_map, tmp_path)
    assert count_near(image, (0, 114, 178), 25) + count_near(image, (213, 94, 0), 25) > 30  # markers


@needs_poppler
def test_summary_legend_rows_and_key_figures(tmp_path: Path) -> None:
    form = load_form_text(FORM, "geo_map.yaml")
    items = [SummaryItem(uuid=f"{i:08x}-0000-4000-8000-000000000000", form_id="geo_map", form_version="1",
                         status="complete", revision=1, site=site,
                         answers={"households": n, "people": n * 5, "gps": {"lat": lat, "lon": lon},
                                  "visit_date": "2026-03-01"})
             for i, (site, n, lat, lon) in enumerate([("North camp", 10, 28.2, 81.6), ("South camp", 20, 28.0, 81.6),
                                                       ("No GPS camp", 30, None, None)])]
    items[2].answers = {"households": 30, "people": 150}
    result = render_summary(items, lambda f, v: form, tmp_path / "s.pdf")
    text = poppler_text(result.path)
    assert "People (estimate)" in text  # the map figure, in the form key
    rows = [line.split() for line in text.splitlines() if re.match(r"\s*\d+\s+\w+ camp\s+Pits and streams", line)]
    assert rows == [["1", "North", "camp", "Pits", "and", "streams", "50"],
                    ["2", "South", "camp", "Pits", "and", "streams", "100"]]  # north first
    assert "Sites without a GPS location (not on the map): 1." in " ".join(text.split())


def test_map_figure_choice() -> None:
    marked = load_form_text(FORM.replace('calculation: "${households} * 5"',
                                         'calculation: "${households} * 5"\n        parameters: {map: "yes"}'), "m")
    assert map_figure(marked) is not None and map_figure(marked).name == "people"  # type: ignore[union-attr]
    form = load_form_text(FORM, "f")
    assert map_figure(form, lambda name: False) is not None


def test_sites_at_the_same_place_share_a_marker_numbered_north_to_south() -> None:
    sites = [PlacedSite("a", "South", 28.0, 81.6, ""), PlacedSite("a", "North", 28.3, 81.6, ""),
             PlacedSite("b", "North", 28.3, 81.6, ""), PlacedSite("b", "Near north", 28.30001, 81.60001, "")]
    frame = MapFrame.around([(s.lat, s.lon) for s in sites], 480, 330)
    clusters = cluster(frame, sites)
    assert [sorted(s.site for s in c.sites) for c in clusters] == [["Near north", "North", "North"], ["South"]]


def test_map_frame_keeps_proportions() -> None:
    frame = MapFrame.around([(0.0, 0.0), (0.0, 0.01)], 400, 200, min_metres=10)
    a, b = frame.to_page(0.0, 0.0), frame.to_page(0.0, 0.01)
    metres = (b[0] - a[0]) * frame.metres_per_point()
    assert abs(metres - 1113.2) < 5  # 0.01° of longitude at the equator
    length, points = frame.scale_bar()
    assert length in (100, 200, 500) and math.isclose(points, length / frame.metres_per_point())


@needs_poppler
def test_summary_map_over_a_basemap(demo_dir: Path, tmp_path: Path) -> None:
    tiles = make_mbtiles(tmp_path / "base.mbtiles", SITE, zooms=(10, 11, 12, 13), reach=4)
    with open_store(demo_dir) as store:
        items = summary_items(store, site="खजुरा बजार")
        result = render_summary(items, form_lookup(store), tmp_path / "sb.pdf", ReportOptions(basemap=str(tiles)))
    text = poppler_text(result.path)
    assert "Test tiles · © Test mappers" in text


def test_report_from_the_store_uses_the_demo_location(demo_dir: Path, tmp_path: Path) -> None:
    with open_store(demo_dir) as store:
        uuid = store.list(ListQuery(status="complete", limit=1))[0].uuid
        subject_ = subject_from_store(store, uuid)
        gps = subject_.answers.get("gps")
        result = render_report([subject_], tmp_path / "demo.pdf", ReportOptions(lang="uz"))
    assert isinstance(gps, dict)
    text = "\n".join(page_texts(result.path))
    assert "Joy xaritasi" in text and f"{abs(gps['lat']):.5f}°" in text


def test_cli_draws_over_the_basemap_of_the_settings_and_warns_when_it_is_gone(
    demo_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from needsassess.cli import main

    tiles = make_mbtiles(tmp_path / "base.mbtiles", SITE, zooms=(10, 11, 12, 13), reach=4)
    with open_store(demo_dir) as store:
        uuid = store.list(ListQuery(status="complete", site="खजुरा बजार", limit=1))[0].uuid
        store.settings.basemap_path = str(tiles)
    try:
        out = tmp_path / "r.pdf"
        assert main(["--data-dir", str(demo_dir), "report", uuid, "-o", str(out), "--lang", "en"]) == 0
        assert "Basemap: Test tiles · © Test mappers" in "\n".join(page_texts(out))
        tiles.unlink()
        assert main(["--data-dir", str(demo_dir), "summary", "-o", str(tmp_path / "s.pdf")]) == 0
        err = capsys.readouterr().err
        assert "warning: [NA-MAP-970]" in err
        assert "No basemap" in "\n".join(page_texts(tmp_path / "s.pdf"))
    finally:
        with open_store(demo_dir) as store:
            store.settings.basemap_path = ""


@needs_poppler
@pytest.mark.parametrize(("digits", "one", "bar"), [(None, "१", "मि."), ("latin", "1", "मि.")])
def test_nepali_map_numbers_follow_the_digits_setting(tmp_path: Path, digits: str | None, one: str, bar: str) -> None:
    form = load_form_text(FORM, "geo_map.yaml")
    items = [SummaryItem(uuid="00000000-0000-4000-8000-000000000000", form_id="geo_map", form_version="1",
                         status="complete", revision=1, site="Khajura",
                         answers={"households": 10, "people": 50, "gps": {"lat": SITE[0], "lon": SITE[1]}})]
    result = render_summary(items, lambda f, v: form, tmp_path / "s.pdf", ReportOptions(lang="ne", digits=digits))
    text = poppler_text(result.path)
    assert re.search(rf"^\s*{one}\s+Khajura\s", text, re.MULTILINE), text
    scale = next(line for line in text.splitlines() if bar in line and ":" in line)
    assert any(ch in scale for ch in ("२", "५", "१")) == (digits is None)
