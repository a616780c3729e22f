"""Every kind of form-definition error, message by message: where, what, and what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.engine import FormLoadError, load_form
from needsassess.engine.errors import FormErrorCode as E
from tests.engine.formtools import HEADER, write_form

PAGE = """\
survey:
  - type: group
    name: page
    label: {en: Page}
    children:
"""


def problems_of(tmp_path: Path, body: str, header: str = HEADER) -> list:
    with pytest.raises(FormLoadError) as info:
        load_form(write_form(tmp_path, body, header))
    return info.value.problems


def only(tmp_path: Path, body: str, code: E, header: str = HEADER):
    found = problems_of(tmp_path, body, header)
    assert [p.code for p in found] == [code], [str(p) for p in found]
    return found[0]


def test_unknown_type_suggests_the_close_one(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integr, name: n, label: {en: N}}\n", E.UNKNOWN_TYPE)
    assert (p.question, p.column, p.line) == ("n", "type", 10)
    assert "did you mean 'integer'?" in p.message
    assert str(p).startswith(f"{tmp_path / 't.yaml'}:10, question 'n', column 'type': unknown type 'integr'")


def test_unknown_column_suggests_the_close_one(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integer, name: n, label: {en: N}, constrait: '. > 0'}\n",
             E.UNKNOWN_KEY)
    assert p.column == "constrait" and "did you mean 'constraint'?" in p.message


def test_duplicate_name_names_the_first_line(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: text, name: a, label: {en: A}}\n"
             "      - {type: text, name: a, label: {en: A}}\n", E.DUPLICATE_NAME)
    assert p.line == 11 and "line 10" in p.message


def test_bad_name(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: text, name: 2nd place, label: {en: A}}\n", E.BAD_NAME)
    assert "'2nd place'" in p.message


def test_missing_type(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {name: a, label: {en: A}}\n", E.MISSING_KEY)
    assert p.column == "type"


def test_unknown_reference(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integer, name: households, label: {en: H}}\n"
             "      - {type: integer, name: b, label: {en: B}, relevant: '${housholds} > 1'}\n",
             E.UNKNOWN_REFERENCE)
    assert (p.question, p.column) == ("b", "relevant")
    assert "did you mean 'households'?" in p.message


def test_syntax_error_is_located(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integer, name: a, label: {en: A}, constraint: '. > (3'}\n", E.SYNTAX)
    assert p.column == "constraint" and "character" in p.message


def test_unknown_function(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integer, name: a, label: {en: A}, constraint: 'rond(.) = .'}\n",
             E.SYNTAX)
    assert "round" in p.message


def test_repeat_reference_without_aggregate(tmp_path: Path) -> None:
    body = """\
survey:
  - type: repeat
    name: pit
    label: {en: Pits}
    children:
      - {type: decimal, name: depth, label: {en: Depth}}
  - type: group
    name: after
    label: {en: After}
    children:
      - {type: integer, name: n, label: {en: N}, relevant: '${depth} > 2'}
      - {type: calculate, name: total, calculation: 'sum(${depth})'}
"""
    p = only(tmp_path, body, E.REPEAT_REFERENCE)
    assert p.question == "n" and "'pit'" in p.message and "sum(" in p.todo


def test_missing_choice_list(tmp_path: Path) -> None:
    body = PAGE + "      - {type: select_one colour, name: a, label: {en: A}}\nchoices:\n  color:\n" \
        "    - {name: red, label: {en: Red}}\n"
    p = only(tmp_path, body, E.MISSING_CHOICES)
    assert "did you mean 'color'?" in p.message


def test_empty_choice_list(tmp_path: Path) -> None:
    body = PAGE + "      - {type: select_one c, name: a, label: {en: A}}\nchoices:\n  c: []\n"
    only(tmp_path, body, E.EMPTY_CHOICES)


def test_duplicate_choice(tmp_path: Path) -> None:
    body = PAGE + "      - {type: select_one c, name: a, label: {en: A}}\nchoices:\n  c:\n" \
        "    - {name: x, label: {en: X}}\n    - {name: x, label: {en: X2}}\n"
    p = only(tmp_path, body, E.DUPLICATE_CHOICE)
    assert "'x'" in p.message and "'c'" in p.message


def test_default_fails_its_constraint(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integer, name: a, label: {en: A}, default: '-1', constraint: '. >= 0'}\n",
             E.DEFAULT_FAILS_CONSTRAINT)
    assert p.column == "default"


def test_constraint_that_cannot_be_computed_on_the_default_is_reported(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    body = PAGE + "      - {type: text, name: a, label: {en: A}, default: soon, " \
        "constraint: \"format-date(., '%Y') != ''\"}\n"
    with caplog.at_level("WARNING", logger="needsassess.engine.checks"):
        p = only(tmp_path, body, E.DEFAULT_CONSTRAINT_ERROR)
    assert (p.question, p.column) == ("a", "constraint")
    assert "'soon'" in p.message and "not a date" in p.message
    assert any("'a'" in r.getMessage() and "not a date" in r.getMessage() for r in caplog.records)


def test_default_of_wrong_type(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: integer, name: a, label: {en: A}, default: many}\n", E.DEFAULT_INVALID)
    assert "whole number" in p.message


def test_cycle_between_calculations(tmp_path: Path) -> None:
    body = PAGE + "      - {type: calculate, name: a, calculation: '${b} + 1'}\n" \
        "      - {type: calculate, name: b, calculation: '${a} + 1'}\n"
    p = only(tmp_path, body, E.CYCLE)
    assert "a → b → a" in p.message or "b → a → b" in p.message


def test_constraint_may_read_a_calculation_of_its_own_answer(tmp_path: Path) -> None:
    body = PAGE + "      - {type: integer, name: a, label: {en: A}, constraint: '${double} < 100'}\n" \
        "      - {type: calculate, name: double, calculation: '${a} * 2'}\n"
    load_form(write_form(tmp_path, body))


def test_missing_translation_of_a_declared_language(tmp_path: Path) -> None:
    header = HEADER.replace("title: {en: Test}", "languages: [en, ne]\ntitle: {en: Test, ne: परीक्षण}")
    p = only(tmp_path, PAGE.replace("{en: Page}", "{en: Page, ne: पाना}")
             + "      - {type: text, name: a, label: {en: A}}\n", E.MISSING_TRANSLATION, header)
    assert (p.question, p.column) == ("a", "label") and "'ne'" in p.message


def test_missing_default_language(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: text, name: a, label: {ne: क}}\n", E.MISSING_TRANSLATION)
    assert "'en'" in p.message


def test_text_split_by_an_unquoted_comma(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: text, name: a, label: {en: 1 to 2,000}}\n", E.BAD_VALUE)
    assert "Quote" in p.todo


def test_missing_label(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: text, name: a}\n", E.MISSING_LABEL)
    assert p.question == "a"


def test_calculate_without_calculation(tmp_path: Path) -> None:
    only(tmp_path, PAGE + "      - {type: calculate, name: a}\n", E.MISSING_CALCULATION)


def test_unknown_choice_filter_column(tmp_path: Path) -> None:
    body = PAGE + "      - {type: select_one c, name: a, label: {en: A}, choice_filter: 'contry = 1'}\n" \
        "choices:\n  c:\n    - {name: x, country: 1, label: {en: X}}\n"
    p = only(tmp_path, body, E.UNKNOWN_CHOICE_COLUMN)
    assert "'contry'" in p.message


def test_bad_yaml_names_the_line(tmp_path: Path) -> None:
    p = only(tmp_path, PAGE + "      - {type: text, name: a, label: {en: Why?}\n", E.BAD_YAML)
    assert p.line is not None


def test_missing_top_level_keys(tmp_path: Path) -> None:
    found = problems_of(tmp_path, "", header="default_language: en\n")
    assert {p.column for p in found} >= {"form_id", "version", "title", "survey"}


def test_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(FormLoadError) as info:
        load_form(tmp_path / "nope.yaml")
    assert info.value.problems[0].code is E.BAD_FILE


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    found = problems_of(tmp_path, PAGE + "      - {type: integr, name: a, label: {en: A}}\n"
                        "      - {type: text, name: b, label: {en: B}, relevant: '${zz} = 1'}\n")
    assert {p.code for p in found} == {E.UNKNOWN_TYPE, E.UNKNOWN_REFERENCE}


def test_every_code_has_a_test() -> None:
    """Keeps this file honest: a new error kind needs its own test above."""
    source = Path(__file__).read_text(encoding="utf-8")
    untested = [code.name for code in E if f"E.{code.name}" not in source]
    assert not untested, untested


def test_not_a_mapping_empty_group_and_misplaced(tmp_path: Path) -> None:
    assert [p.code for p in problems_of(tmp_path, "", header="- just a list\n")] == [E.NOT_A_MAPPING]
    only(tmp_path, PAGE + "      - {type: group, name: g, label: {en: G}, children: []}\n", E.EMPTY_GROUP)
    only(tmp_path, PAGE + "      - {type: group, name: g, label: {en: G}, repeat_count: '2', children: "
         "[{type: text, name: a, label: {en: A}}]}\n", E.MISPLACED)


def test_yaml_aliases_are_refused_where_they_are_used(tmp_path: Path) -> None:
    body = PAGE + "      - &row {type: text, name: a, label: {en: A}}\n      - *row\n"
    p = only(tmp_path, body, E.YAML_ALIAS)
    assert (p.line, "'*row'") == (11, p.message.split()[3])


def test_too_many_choices_or_rows_is_refused_before_building(tmp_path: Path) -> None:
    from needsassess.engine.budget import MAX_CHOICES, MAX_ELEMENTS

    choices = "choices:\n  l:\n" + "".join(f"    - {{name: c{i}}}\n" for i in range(MAX_CHOICES + 1))
    p = only(tmp_path, PAGE + "      - {type: select_one l, name: a, label: {en: A}}\n" + choices, E.TOO_LARGE)
    assert (p.column, p.line) == ("choices", 11)
    assert f"{MAX_CHOICES + 1:,} choices" in p.message
    rows = "".join(f"      - {{type: text, name: q{i}, label: {{en: Q}}}}\n" for i in range(MAX_ELEMENTS + 1))
    p = only(tmp_path, PAGE + rows, E.TOO_LARGE)
    assert (p.column, p.line) == ("survey", 5)


def test_a_calculation_past_the_text_budget_is_refused_at_load(tmp_path: Path) -> None:
    rows = ["      - {type: calculate, name: c0, calculation: \"'aaaaaaaaaa'\"}\n"]
    rows += [f"      - {{type: calculate, name: c{i}, calculation: 'concat(${{c{i - 1}}}, ${{c{i - 1}}})'}}\n"
             for i in range(1, 40)]
    p = only(tmp_path, PAGE + "      - {type: text, name: a, label: {en: A}}\n" + "".join(rows), E.OVER_BUDGET)
    assert (p.question, p.column, p.line) == ("c14", "calculation", 25)
    assert "concat() would make a text of 163,840 characters; at most 100,000" in p.message


BLOCK = "survey:\n  - {type: text, name: shared_q, label: {en: Shared}}\nchoices:\n  shared_list:\n    - {name: a}\n"


def test_include_errors_are_located_at_the_include_row(tmp_path: Path) -> None:
    """A missing block, a block that includes itself, a bad block and a list defined twice."""
    missing = only(tmp_path, "survey:\n  - {type: include, file: _none.yaml}\n", E.INCLUDE_MISSING)
    assert (missing.line, missing.column) == (6, "file") and "_none.yaml" in missing.message
    (tmp_path / "_loop.yaml").write_text("survey:\n  - {type: include, file: _loop.yaml}\n", encoding="utf-8")
    loop = only(tmp_path, "survey:\n  - {type: include, file: _loop.yaml}\n", E.INCLUDE_LOOP)
    assert "_loop.yaml → _loop.yaml" in loop.message
    (tmp_path / "_bad.yaml").write_text("form_id: x\nsurvey: []\n", encoding="utf-8")
    only(tmp_path, "survey:\n  - {type: include, file: _bad.yaml}\n", E.INCLUDE_BAD)
    only(tmp_path, "survey:\n  - {type: include, file: ../_bad.yaml}\n", E.INCLUDE_BAD)
    (tmp_path / "_block.yaml").write_text(BLOCK, encoding="utf-8")
    clash = only(tmp_path, "survey:\n  - {type: include, file: _block.yaml}\nchoices:\n  shared_list:\n"
                 "    - {name: b}\n", E.INCLUDE_CLASH)
    assert "'shared_list'" in clash.message and "_block.yaml" in clash.message
