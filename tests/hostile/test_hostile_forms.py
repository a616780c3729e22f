"""Forms built to exhaust memory or time are refused within budgets, in a bounded child process.

Each case runs the real command line under a 1 GB address-space ceiling and a 20 s timeout
(``bounded``), so a regression fails here instead of taking the machine down. Before the budgets,
the alias bomb took 3 GB in 20 s, the 50 MB form 2.4 GB in 53 s, 100,000 choices 600 MB in 21 s,
the 100 MB .xlsx 1.6 GB in 42 s, and the ReDoS constraint ran for minutes.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.hostile.bounded import Outcome, run_bounded

HEADER = 'form_id: hostile\nversion: "1"\ndefault_language: en\ntitle: {en: Hostile}\n'
ROW = "  - {type: text, name: t, label: {en: T}}\n"


def _form(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _refused(outcome: Outcome, *needles: str) -> None:
    """Exit 1 with the expected located message, and no traceback, well within the limits."""
    assert outcome.code == 1, (outcome.code, outcome.err[-2000:])
    assert "Traceback" not in outcome.err, outcome.err[-2000:]
    for needle in needles:
        assert needle in outcome.err, outcome.err[-2000:]
    assert outcome.seconds < 10, outcome.seconds


def test_a_yaml_alias_bomb_is_refused(tmp_path: Path) -> None:
    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    path = _form(tmp_path, HEADER + "survey:\n" + ROW + "bomb:\n" + "".join(f"  {line}\n" for line in levels))
    assert path.stat().st_size < 2000
    _refused(run_bounded(tmp_path / "data", "forms", "check", str(path)), "hostile.yaml:9", "alias '*a0'")


def test_a_50_mb_form_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = _form(tmp_path, HEADER + "survey:\n" + ROW + "# " + "x" * (50 * 2**20) + "\n")
    _refused(run_bounded(tmp_path / "data", "forms", "check", str(path)), "the form is too large: 50 MB")


def test_a_form_of_a_million_values_is_refused_while_read(tmp_path: Path) -> None:
    path = _form(tmp_path, HEADER + "survey:\n" + ROW + "extra: [" + "0," * 600_000 + "0]\n")
    _refused(run_bounded(tmp_path / "data", "forms", "check", str(path)), "more than 500,000 YAML values")


def test_100000_choices_are_refused(tmp_path: Path) -> None:
    choices = "".join(f"    - {{name: c{i}}}\n" for i in range(100_000))
    path = _form(tmp_path, HEADER + "survey:\n  - {type: select_one l, name: s, label: {en: S}}\n"
                 "choices:\n  l:\n" + choices)
    _refused(run_bounded(tmp_path / "data", "forms", "check", str(path)),
             "hostile.yaml:7, column 'choices': the form is too large: 100,000 choices")


def test_a_doubling_concat_chain_is_refused_by_forms_check(tmp_path: Path) -> None:
    rows = ["  - {type: calculate, name: c0, calculation: \"'0123456789'\"}\n"]
    rows += [f"  - {{type: calculate, name: c{i}, calculation: 'concat(${{c{i - 1}}}, ${{c{i - 1}}})'}}\n"
             for i in range(1, 60)]
    path = _form(tmp_path, HEADER + "survey:\n" + ROW + "".join(rows))
    _refused(run_bounded(tmp_path / "data", "forms", "check", str(path)),
             "question 'c14', column 'calculation': concat() would make a text of 163,840 characters")


def test_a_doubling_chain_from_an_answer_is_refused_when_computed(tmp_path: Path) -> None:
    rows = [f"  - {{type: calculate, name: c{i}, calculation: 'concat(${{c{i - 1}}}, ${{c{i - 1}}})'}}\n"
            for i in range(1, 60)]
    text = HEADER + "survey:\n  - {type: text, name: c0, label: {en: T}}\n" + "".join(rows)
    data = tmp_path / "data"
    (data / "forms").mkdir(parents=True)
    (data / "forms" / "hostile.yaml").write_text(text, encoding="utf-8")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"c0": "x" * 5000}), encoding="utf-8")
    _refused(run_bounded(data, "new", "--form", "hostile", "--answers", str(answers)),
             "question 'c5', column 'calculation': concat() would make a text of 160,000 characters")


def test_a_catastrophic_regex_constraint_answers_at_once(tmp_path: Path) -> None:
    text = HEADER + "survey:\n  - {type: text, name: t, label: {en: T}, constraint: \"regex(., '^(a+)+$')\"}\n"
    data = tmp_path / "data"
    (data / "forms").mkdir(parents=True)
    form = data / "forms" / "hostile.yaml"
    form.write_text(text, encoding="utf-8")
    checked = run_bounded(data, "forms", "check", str(form))
    assert checked.code == 0, checked.err
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"t": "a" * 9000 + "!"}), encoding="utf-8")
    outcome = run_bounded(data, "new", "--form", "hostile", "--answers", str(answers))
    assert outcome.code == 0, outcome.err  # a draft whose answer fails its constraint
    assert outcome.seconds < 10


def test_an_xlsx_that_unpacks_to_100_mb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<sheetData>" + " " * (100 * 2**20) + "</sheetData>")
    assert bomb.stat().st_size < 200_000
    _refused(run_bounded(tmp_path / "data", "forms", "import", str(bomb), "-o", str(tmp_path / "out")),
             "bomb.xlsx unpacks to more than 16 MB")


def test_a_package_carrying_an_alias_bomb_as_its_form_is_refused(tmp_path: Path) -> None:
    from needsassess.sync import package_format as fmt
    from tests.sync.zips import write_zip

    levels = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    bomb = (HEADER + "survey:\n" + ROW + "bomb:\n" + "".join(f"  {line}\n" for line in levels)).encode()
    package = write_zip(tmp_path / "bomb.napkg", [(fmt.form_member("hostile", "1"), bomb, None)])
    assert package.stat().st_size < 3000
    outcome = run_bounded(tmp_path / "data", "import", str(package))
    assert outcome.code == 1, (outcome.code, outcome.err[-2000:])
    assert "Traceback" not in outcome.err and "REFUSED" in outcome.out + outcome.err, outcome.out + outcome.err
    assert outcome.seconds < 10
