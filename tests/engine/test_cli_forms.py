"""``needsassess forms list`` and ``forms check``: exit codes and located messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.cli import main
from tests.engine.formtools import write_form


def test_check_accepts_the_shipped_forms(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check"]) == 0
    assert "waste_management.yaml: ok" in capsys.readouterr().out


def test_check_refuses_a_broken_form_with_every_located_message(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = write_form(tmp_path, "survey:\n  - {type: text, name: a, label: {en: A}}\n", name="good.yaml")
    bad = write_form(tmp_path, "survey:\n  - {type: txt, name: a, label: {en: A}}\n"
                     "  - {type: text, name: b, label: {en: B}, relevant: '${c} = 1'}\n", name="bad.yaml")
    assert main(["forms", "check", str(good), str(bad)]) == 1
    out = capsys.readouterr()
    assert "good.yaml: ok" in out.out
    assert f"{bad}:6, question 'a', column 'type': unknown type 'txt' (did you mean 'text'?)" in out.err
    assert f"{bad}:7, question 'b', column 'relevant': refers to '${{c}}'" in out.err
    assert "1 of 2 form files refused" in out.err


def test_check_a_folder_and_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "check", str(tmp_path / "missing.yaml")]) == 1
    assert "cannot read the file" in capsys.readouterr().err


def test_list_prints_one_line_per_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["forms", "list"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert any(line.startswith("waste_management\t") for line in lines)


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as info:
        main(["forms", "frobnicate"])
    assert info.value.code == 2


def test_check_words_the_problems_in_the_language_remembered_for_the_data_folder(
        tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess import paths

    bad = write_form(tmp_path, "survey:\n  - {type: txt, name: a, label: {en: A}}\n", name="bad.yaml")
    main(["--data-dir", str(data_dir), "forms", "list"])
    paths.remember_language(data_dir, "ne")
    assert main(["--data-dir", str(data_dir), "forms", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert (f"{bad}:6, प्रश्न 'a', स्तम्भ 'type': नचिनिएको प्रकार 'txt' (के 'text' भन्न खोज्नुभएको हो?). "
            "docs/forms.md मा दिइएका प्रकारमध्ये एउटा प्रयोग गर्नुहोस्।") in err
    paths.remember_language(data_dir, "uz")
    main(["--data-dir", str(data_dir), "forms", "check", str(bad)])
    assert "'a' savoli, 'type' ustuni: nomaʼlum tur 'txt' ('text' demoqchimisiz?)" in capsys.readouterr().err
