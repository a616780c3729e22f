"""The loop back down to the field, end to end through the command line.

An officer's assessment goes up; the coordinator asks for follow-up with a comment on a question and
sends a field package; the officer's device imports it (status "returned", the comment in ``show``),
fixes the answer, finalizes and exports; the coordinator then holds revision 2 with the fix, both
revisions in history, and the whole thread (comment, the officer's reason), state "resubmitted".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from needsassess.store import open_store
from needsassess.sync.review import row_states
from tests.field.field_helpers import FORM, SITE_FORM, Cli, answers


@pytest.fixture
def world(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Cli, Cli, str]:
    """(coordinator, officer, uuid): the officer's complete assessment imported by the coordinator."""
    coordinator, officer = Cli(tmp_path / "coordinator", capsys), Cli(tmp_path / "officer", capsys)
    for cli, name in ((coordinator, "Aminata Conteh"), (officer, "Fatmata Koroma")):
        with open_store(cli.folder) as store:
            store.settings.officer_name = name
    coordinator.ok("keys", "coordinator-new", "--name", "Koidu office", "-o", str(tmp_path / "coordinator.pub"))
    officer.ok("keys", "load-coordinator", str(tmp_path / "coordinator.pub"))
    uuid = officer.ok("new", "--form", FORM, "--answers", str(answers(tmp_path)), "--complete").strip()
    officer.ok("export", "-o", str(tmp_path / "up1.napkg"))
    coordinator.ok("import", str(tmp_path / "up1.napkg"), "--accept-signer")
    return coordinator, officer, uuid


def test_review_send_fix_and_resend_closes_the_loop(world: tuple[Cli, Cli, str], tmp_path: Path) -> None:
    coordinator, officer, uuid = world
    thread = coordinator.json("review", uuid, "--state", "needs-follow-up", "--comment", "Is it really this "
                              "settlement?", "--question", "settlement")
    assert thread["state"] == "needs_follow_up"
    assert [(c["question"], c["by"]) for c in thread["comments"]] == [("settlement", "Aminata Conteh")]
    sent = coordinator.ok("send", "-o", str(tmp_path / "down.napkg"))
    assert "field package 1" in sent and "1 returned assessment(s) sealed" in sent

    imported = officer.ok("import", str(tmp_path / "down.napkg"))
    assert "1 returned" in imported
    listed = {row["uuid"]: row for row in officer.json("list")}
    assert listed[uuid]["status"] == "returned"
    shown = officer.json("show", uuid)
    assert shown["review"]["state"] == "needs_follow_up"
    comment = shown["review"]["comments"][0]
    assert (comment["question"], comment["text"], comment["by"]) == (
        "settlement", "Is it really this settlement?", "Aminata Conteh")
    assert comment["at"].endswith("Z")

    fix = answers(tmp_path, {"settlement": "Koidu Town East"}, "fix.json")
    refused = officer("edit", uuid, "--answers", str(fix), "--complete")
    assert refused.code == 1 and "NA-FIELD-521" in refused.err
    assert officer.json("show", uuid)["status"] == "returned"  # nothing changed
    officer.ok("edit", uuid, "--answers", str(fix), "--reason", "Checked with the chief", "--complete")
    shown = officer.json("show", uuid)
    assert (shown["status"], shown["revision"], shown["answers"]["settlement"]) == ("complete", 2, "Koidu Town East")
    officer.ok("export", "-o", str(tmp_path / "up2.napkg"))

    assert "1 updated" in coordinator.ok("import", str(tmp_path / "up2.napkg"))
    held = coordinator.json("show", uuid)
    assert (held["revision"], held["answers"]["settlement"]) == (2, "Koidu Town East")
    assert held["review"]["state"] == "resubmitted"
    texts = [(c["state"], c["question"], c["text"], c["by"]) for c in held["review"]["comments"]]
    assert texts == [("needs_follow_up", "settlement", "Is it really this settlement?", "Aminata Conteh"),
                     ("resubmitted", None, "Checked with the chief", "Fatmata Koroma")]
    with open_store(coordinator.folder) as store:
        assert [r.revision for r in store.revisions(uuid)] == [1, 2]
        assert row_states(store, [uuid]) == {uuid: "resubmitted"}


def test_unknown_question_and_state_are_refused(world: tuple[Cli, Cli, str]) -> None:
    coordinator, _officer, uuid = world
    run = coordinator("review", uuid, "--state", "needs-follow-up", "--comment", "x", "--question", "nope")
    assert run.code == 1 and "NA-FIELD-520" in run.err and "'nope'" in run.err
    with open_store(coordinator.folder) as store:
        assert store.reviews(uuid) == []
        assert row_states(store, [uuid]) == {uuid: "new"}


def test_answers_typed_since_are_never_overwritten(world: tuple[Cli, Cli, str], tmp_path: Path) -> None:
    coordinator, officer, uuid = world
    coordinator.ok("review", uuid, "--state", "needs-follow-up", "--comment", "Recount")
    coordinator.ok("send", "-o", str(tmp_path / "down.napkg"), "--returns")
    # The officer reopened and typed before the package arrived.
    officer.ok("edit", uuid, "--answers", str(answers(tmp_path, {"settlement": "Typed here"}, "t.json")),
               "--reason", "my own correction")
    out = officer.ok("import", str(tmp_path / "down.napkg"))
    assert "1 with new comments" in out
    shown = officer.json("show", uuid)
    assert (shown["status"], shown["revision"], shown["answers"]["settlement"]) == ("draft", 2, "Typed here")
    assert [c["text"] for c in shown["review"]["comments"]] == ["Recount"]


def test_forms_retired_and_datasets_travel_down_and_up(world: tuple[Cli, Cli, str], tmp_path: Path) -> None:
    coordinator, officer, _uuid = world
    (coordinator.folder / "forms").mkdir(exist_ok=True)
    (coordinator.folder / "forms" / "site_visit.yaml").write_text(SITE_FORM, encoding="utf-8")
    sites = tmp_path / "sites.csv"
    sites.write_text("name,label\nkoidu,Koidu\nbo,Bo\n", encoding="utf-8")
    coordinator.ok("datasets", "import", str(sites), "--name", "sites")
    sent = coordinator.ok("send", "-o", str(tmp_path / "down.napkg"), "--forms", "--datasets", "--retire", "energy")
    assert "datasets: sites" in sent and "retired: energy" in sent

    officer.ok("import", str(tmp_path / "down.napkg"))
    assert "sites\tv1\t2 rows" in officer.ok("datasets", "list")
    listing = officer.ok("forms", "list")
    assert any(line.startswith("energy\t") and line.endswith("\tretired") for line in listing.splitlines())
    assert "site_visit\t1\tinstalled by the coordinator" in listing
    refused = officer("new", "--form", "energy", "--answers", str(answers(tmp_path, {}, "e.json")))
    assert refused.code == 1 and "NA-FIELD-523" in refused.err
    made = officer.ok("new", "--form", "site_visit", "--answers", str(answers(tmp_path, {"site": "bo"}, "s.json")),
                      "--complete").strip()

    # A new list at the officer's goes up with the form that names it.
    sites.write_text("name,label\nkoidu,Koidu\nbo,Bo\nkenema,Kenema\n", encoding="utf-8")
    officer.ok("datasets", "import", str(sites), "--name", "sites")
    officer.ok("export", "-o", str(tmp_path / "up.napkg"), made)
    coordinator.ok("import", str(tmp_path / "up.napkg"))
    assert "sites\tv2\t3 rows" in coordinator.ok("datasets", "list")


def test_a_second_send_numbers_on_and_older_packages_change_nothing(world: tuple[Cli, Cli, str],
                                                                    tmp_path: Path) -> None:
    coordinator, officer, _uuid = world
    first = coordinator.ok("send", "-o", str(tmp_path / "one.napkg"), "--forms")
    second = coordinator.ok("send", "-o", str(tmp_path / "two.napkg"), "--forms", "--retire", "energy")
    assert "field package 1" in first and "field package 2" in second
    officer.ok("import", str(tmp_path / "two.napkg"))
    before = officer.database_bytes()
    out = officer.ok("import", str(tmp_path / "one.napkg"), str(tmp_path / "two.napkg"))
    assert out.count("nothing changed") == 2
    assert officer.database_bytes() == before
    assert "retired" in officer.ok("forms", "list")


def test_send_needs_a_coordinator_key_and_known_officers(world: tuple[Cli, Cli, str], tmp_path: Path) -> None:
    coordinator, officer, _uuid = world
    run = officer("send", "-o", str(tmp_path / "x.napkg"))
    assert run.code == 1 and "NA-FIELD-510" in run.err
    run = coordinator("send", "-o", str(tmp_path / "x.napkg"), "--to", "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH")
    assert run.code == 1 and "NA-FIELD-511" in run.err
    assert not (tmp_path / "x.napkg").exists()
    # Refused sends use no sequence number.
    assert "field package 1," in coordinator.ok("send", "-o", str(tmp_path / "x.napkg"), "--forms")


def test_discarding_the_fix_leaves_the_assessment_returned(world: tuple[Cli, Cli, str], tmp_path: Path) -> None:
    coordinator, officer, uuid = world
    coordinator.ok("review", uuid, "--state", "needs-follow-up", "--comment", "Recount")
    coordinator.ok("send", "-o", str(tmp_path / "down.napkg"), "--returns")
    officer.ok("import", str(tmp_path / "down.napkg"))
    officer.ok("edit", uuid, "--answers", str(answers(tmp_path, {"settlement": "Half typed"}, "t.json")),
               "--reason", "started the fix")
    assert officer.json("show", uuid)["status"] == "draft"
    with open_store(officer.folder) as store:
        store.discard(uuid)
    shown = officer.json("show", uuid)
    assert (shown["status"], shown["revision"]) == ("returned", 1)


def test_edit_merges_into_a_draft_then_finalizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    officer = Cli(tmp_path / "officer", capsys)
    uuid = officer.ok("new", "--form", FORM, "--answers", str(answers(tmp_path, {"settlement": "Bo"}))).strip()
    officer.ok("edit", uuid, "--answers", str(answers(tmp_path, {"ward": "Ward 2"}, "w.json")))
    shown = officer.json("show", uuid)
    assert (shown["status"], shown["revision"]) == ("draft", 1)
    assert (shown["answers"]["settlement"], shown["answers"]["ward"]) == ("Bo", "Ward 2")
    refused = officer("edit", uuid, "--answers", str(answers(tmp_path, {}, "e.json")), "--complete")
    assert refused.code == 1 and "Traceback" not in refused.err  # required answers missing: listed
    assert officer.json("show", uuid)["status"] == "draft"
    complete = answers(tmp_path)
    assert "revision 1: complete" in officer.ok("edit", uuid, "--answers", str(complete), "--complete")
    bad = officer("edit", uuid, "--answers", str(answers(tmp_path, {"ward": "x"}, "x.json")))
    assert bad.code == 1 and "NA-FIELD-521" in bad.err
