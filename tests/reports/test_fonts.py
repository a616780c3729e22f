"""Script runs, font choice and the glyph check."""

from __future__ import annotations

from reportlab.platypus import Paragraph, Table

from needsassess.reports.fonts import DEVANAGARI, LATIN, REPLACEMENT, GlyphLog, default_fonts
from needsassess.reports.glyphs import check_story
from needsassess.reports.text import PlainTable, TextKit
from needsassess.reports.wording import LANGUAGES, MONTHS, WORDS


def test_mixed_text_is_split_at_spaces_with_the_font_of_each_script() -> None:
    runs = default_fonts().split("Ward 4: वडा (अध्यक्ष) and 3f1c-9a52")
    fonts = [(r.font, r.text.strip()) for r in runs]
    assert fonts == [(LATIN, "Ward 4:"), (DEVANAGARI, "वडा (अध्यक्ष)"), (LATIN, "and 3f1c-9a52")]


def test_punctuation_takes_the_font_of_its_own_word() -> None:
    runs = default_fonts().split("Gita KC (वडा अध्यक्ष)")
    assert [r.font for r in runs] == [LATIN, DEVANAGARI]
    assert runs[1].text == "(वडा अध्यक्ष)"


def test_a_character_no_font_has_is_replaced_visibly_and_recorded() -> None:
    log = GlyphLog()
    runs = default_fonts().split("Site 漢", log=log)
    assert REPLACEMENT in "".join(r.text for r in runs)
    assert "漢" in log.missing
    assert "U+6F22" in log.describe()


def test_every_fixed_wording_has_glyphs_in_every_language() -> None:
    kit = TextKit()
    for key, texts in WORDS.items():
        assert set(texts) >= set(LANGUAGES), key
        for text in texts.values():
            kit.markup(text)
    for names in MONTHS.values():
        kit.markup(" ".join(names))
    assert kit.log.missing == {}


def test_glyph_check_passes_on_kit_paragraphs_in_every_script() -> None:
    kit = TextKit()
    story = [kit.para("ठोस फोहोर व्यवस्थापन — Khajura (प्रदेश) O‘zbekiston №5 ±8 m² Ёлка")]
    story.append(Table([[kit.para("खोला किनार", "cell"), kit.para("River bank", "cell")]]))
    assert check_story(story) == []


def test_glyph_check_finds_a_glyph_missing_from_the_font_used() -> None:
    kit = TextKit()
    wrong = Paragraph(f'<font name="{DEVANAGARI}">Latin in the Devanagari font</font>', kit.styles["body"])
    problems = check_story([Table([[wrong]])])
    assert {p.char for p in problems} >= {"L", "a", "t"}
    assert all(p.font == DEVANAGARI for p in problems)


def test_glyph_check_finds_a_font_change_inside_a_word() -> None:
    kit = TextKit()
    bad = Paragraph(f'<font name="{LATIN}">KC</font><font name="{DEVANAGARI}">को</font>', kit.styles["body"])
    problems = check_story([bad])
    assert problems and "inside a word" in problems[0].font


def test_glyph_check_flags_plain_strings_outside_a_plain_table() -> None:
    assert check_story([Table([["plain"]])])
    assert check_story([PlainTable([["plain", "3f1c"]])]) == []
    assert check_story([PlainTable([["वडा"]])])


def test_a_no_break_space_between_scripts_becomes_a_space_so_each_word_keeps_its_font() -> None:
    fonts = default_fonts()
    # A foreign currency code before Devanagari digits (locale/numbers.py writes "UZS\u00a060,000").
    assert [(r.font, r.text) for r in fonts.split("UZS\u00a0६०,०००")] == [(LATIN, "UZS "), (DEVANAGARI, "६०,०००")]
    # Within one script the no-break space stays: nothing changes font across it.
    assert "".join(r.text for r in fonts.split("रु.\u00a0५००")) == "रु.\u00a0५००"
    assert "".join(r.text for r in fonts.split("60\u00a0000\u00a0soʻm")) == "60\u00a0000\u00a0soʻm"


def test_glyph_check_finds_a_font_change_across_a_no_break_space() -> None:
    kit = TextKit()
    bad = Paragraph(f'<font name="{LATIN}">UZS\u00a0</font><font name="{DEVANAGARI}">६०</font>', kit.styles["body"])
    problems = check_story([bad])
    assert problems and "inside a word" in problems[0].font
    assert not check_story([kit.para("UZS\u00a0६०,०००")])
