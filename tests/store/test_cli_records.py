"""``needsassess new | list | show | demo`` against a real data folder and the shipped forms."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from needsassess.cli import main
from needsassess.demo.loader import ANSWERS_DIR, make_png
from needsassess.store import ListQuery, open_store
from tests.store.store_helpers import FakeChange, FakeSession

FORM = "land_reclamation"
ROOT = Path(__file__).resolve().parents[2]


def _answers() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((ANSWERS_DIR / f"{FORM}.json").read_text(encoding="utf-8"))
    return data


def _write(tmp_path: Path, data: Any, name: str = "answers.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data_dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_new_complete_then_list_and_show(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "site.png").write_bytes(make_png(3))
    answers = dict(_answers()[0], site_photo="photos/site.png")
    code, out, err = _run(
        capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, answers)), "--complete"
    )
    assert (code, err) == (0, "")
    (uuid,) = out.split()

    code, out, _ = _run(capsys, data_dir, "list", "--json")
    rows = json.loads(out)
    assert [r["uuid"] for r in rows] == [uuid]
    needed = {"uuid", "form_id", "form_version", "status", "revision", "content_hash", "title", "site", "updated_at"}
    assert needed <= set(rows[0]) and rows[0]["status"] == "complete" and rows[0]["content_hash"]

    code, out, _ = _run(capsys, data_dir, "show", uuid, "--json")
    shown = json.loads(out)
    assert shown["answers"]["settlement"] == answers["settlement"]
    (photo,) = shown["attachments"]
    assert photo["media_type"] == "image/png" and shown["answers"]["site_photo"] == photo["sha256"]
    code, out, _ = _run(capsys, data_dir, "show", uuid)
    assert code == 0 and answers["settlement"] in out


def test_new_array_creates_all_or_nothing(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = _answers()
    code, out, _ = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, good)))
    assert code == 0 and len(out.split()) == len(good)
    bad = [*good, dict(good[0], women_met="many")]
    code, out, err = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, bad)))
    assert code == 1 and out == ""
    assert f"[{len(good)}] women_met" in err
    with open_store(data_dir) as store:
        assert store.count(ListQuery()) == len(good)


def test_refused_answers_are_listed_in_the_language_remembered_for_the_data_folder(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from needsassess import paths

    bad = [dict(_answers()[0], women_met="many"), dict(_answers()[0], women_met=10**17)]
    _run(capsys, data_dir, "list")  # the data folder exists
    paths.remember_language(data_dir, "ne")
    code, out, err = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, bad)))
    assert code == 1 and out == ""
    assert err.startswith("needsassess: error [NA-CLI-004]: केही पनि बनाइएन")
    assert "[0] women_met: पूर्ण सङ्ख्या लेख्नुहोस्" in err and "[1] women_met: सङ्ख्या धेरै ठूलो भयो" in err
    paths.remember_language(data_dir, "en")
    _, _, err = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, bad)))
    assert "[0] women_met: expected a whole number" in err and "[1] women_met: the number is too large" in err


def test_new_complete_lists_every_problem(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, {})), "--complete")
    assert code == 1 and out == ""
    problems = [line.strip() for line in err.splitlines()[1:]]
    assert "country: Choose the country." in problems
    assert len(problems) >= 5 and all(": " in line for line in problems)
    assert "Traceback" not in err
    with open_store(data_dir) as store:
        assert store.count(ListQuery()) == 0


def test_new_refuses_a_photo_that_is_not_an_image(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fake.png").write_text("not really a picture")
    answers = dict(_answers()[0], site_photo=str(tmp_path / "fake.png"))
    code, _, err = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, answers)))
    assert code == 1 and "not a PNG, JPEG or WebP" in err


@pytest.mark.parametrize("content", ["{not json", "[]", '{"a": NaN}'])
def test_bad_answers_files_are_refused(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(content)
    code, _, err = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(path))
    assert code == 1 and str(path) in err


def test_show_unknown_uuid_is_refused(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, data_dir, "show", "00000000-0000-4000-8000-000000000000")
    assert code == 1 and "no assessment" in err


def test_demo_creates_drafts_and_complete_ones_with_photos(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = _run(capsys, data_dir, "demo")
    assert code == 0
    with open_store(data_dir) as store:
        rows = store.list(ListQuery(limit=None))
        assert {r.status for r in rows} == {"draft", "complete"}
        assert {r.form_id for r in rows} == {p.stem for p in ANSWERS_DIR.glob("*.json")}
        assert len({r.officer for r in rows}) >= 3 and len({r.site for r in rows}) >= 3
        with_photo_questions = {"land_reclamation", "waste_management", "waterways"} & {r.form_id for r in rows}
        photos = [len(store.get(r.uuid).attachments) for r in rows if r.form_id in with_photo_questions]
        # An assessment whose photo questions all sit in repeats it has no instance of gets none.
        assert photos and sum(1 for n in photos if n >= 1) >= 0.8 * len(photos) and max(photos) <= 3


def test_cli_new_while_the_store_is_open_in_another_process(tmp_path: Path, data_dir: Path, forms_dir: Path) -> None:
    answers = _write(tmp_path, _answers() * 5)
    with open_store(data_dir, forms_dir=forms_dir) as store:
        session = FakeSession({"settlement": "Khajura"})
        uuid = store.create("mini", session).uuid
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        child = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "needsassess",
                "--data-dir",
                str(data_dir),
                "new",
                "--form",
                FORM,
                "--answers",
                str(answers),
                "--complete",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        saves = 0
        while child.poll() is None or saves < 20:
            session.answers["households"] = saves
            store.save_draft(uuid, session, FakeChange("households", None, saves))
            saves += 1
        out, err = child.communicate()
        assert child.returncode == 0, err
        assert len(out.split()) == 20
        assert store.get(uuid).answers["households"] == saves - 1
        assert store.count(ListQuery(form_id=FORM)) == 20


def test_open_session_resumes_a_draft_with_the_real_engine(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = _answers()[0]
    _, out, _ = _run(capsys, data_dir, "new", "--form", FORM, "--answers", str(_write(tmp_path, answers)))
    with open_store(data_dir) as store:
        session = store.open_session(out.strip())
        assert session.get("settlement") == answers["settlement"]
        change = session.set_answer("women_met", 7)
        store.save_draft(out.strip(), session, change)
        done = store.finalize(out.strip(), session)
        assert done.answers["women_met"] == 7 and done.content_hash
        event = next(e for e in store.audit(done.uuid) if e.event == "answer_changed")
        assert (event.question, event.old, event.new) == ("women_met", answers["women_met"], 7)
