"""Paradata: the summary's figures worked by hand, the store's append-only log, the too-fast flag."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from needsassess.analysis.paradata import ParadataSummary, assessment_summary, summarise
from needsassess.analysis.quality import Thresholds, assess
from needsassess.cli import main
from needsassess.errors.quality_codes import QualityFlag
from needsassess.store import AssessmentStore
from needsassess.store.paradata import EVENTS, ParadataEvent
from tests.analysis.test_quality import base, record
from tests.store.store_helpers import FakeSession
from tests.sync.conftest import StoreFactory


def at(seconds: float) -> str:
    minutes, rest = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"2026-03-01T{8 + hours:02d}:{minutes:02d}:{rest:02d}.000000Z"


def ev(seconds: float, event: str, page: str | None = None, question: str | None = None) -> ParadataEvent:
    return ParadataEvent(at(seconds), event, page, question)


SITTING = [
    ev(0, "opened"),
    ev(5, "page_entered", "site"),
    ev(10, "focused", "site", "settlement"),
    ev(40, "changed", "site", "settlement"),  # 30 s on settlement
    ev(50, "focused", "site", "households"),
    ev(400, "changed", "site", "households"),  # 350 s: a pause, not counted
    ev(410, "page_left", "site"),
    ev(420, "page_entered", "pits"),
    ev(480, "page_left", "pits"),
    ev(485, "closed"),
]


def test_active_time_per_page_and_question_leaves_out_pauses() -> None:
    summary = summarise({1: SITTING})
    # 5 (opened→entered) + 5 + 30 + 10 + [350 skipped] + 10 + 10 + 60 + 5 = 135 s
    assert summary.active_s == 135
    assert dict(summary.page_s) == {"site": 5 + 30 + 10 + 10, "pits": 60}
    assert dict(summary.question_s) == {"settlement": 30 + 10, "households": 10}
    assert summary.pages_visited == ("site", "pits")
    assert summary.changes_after_first_entry == 0
    assert summarise({1: SITTING}, idle_s=400).active_s == 135 + 350


def test_no_time_runs_between_sittings_and_later_changes_count() -> None:
    later = [ev(3600, "opened"), ev(3610, "changed", "site", "settlement"), ev(3620, "changed", "site", "roof"),
             ev(3630, "closed")]
    summary = summarise({1: SITTING + later})
    assert summary.active_s == 135 + 30  # the hour between closed and opened is not counted
    assert summary.changes_after_first_entry == 1  # settlement again; roof is a first entry
    reopened = summarise({1: SITTING, 2: [ev(7200, "opened"), ev(7205, "changed", "site", "households")]},
                         reasons=["wrong count"])
    assert reopened.changes_after_first_entry == 1 and reopened.reasons == ("wrong count",)
    assert "Reasons given on reopening: wrong count" in reopened.text("en")


def test_the_summary_reads_in_three_languages() -> None:
    summary = summarise({1: SITTING})
    assert summary.text("en") == "2.2 min of active time on 2 pages; 0 answers changed after first entry."
    assert "२.२ मिनेट" in summary.text("ne") and "२ पृष्ठमा" in summary.text("ne")
    assert "2,2 daqiqa faol vaqt" in summary.text("uz")  # Uzbek writes a decimal comma
    assert ParadataSummary().text("uz") == "Bu baholash uchun paradata yozib olinmagan."


def test_an_unknown_event_is_refused() -> None:
    with pytest.raises(ValueError):
        ParadataEvent(at(0), "typed")
    assert set(EVENTS) >= {"opened", "closed", "page_entered", "page_left", "focused", "changed"}


def test_the_store_appends_with_the_autosave_and_keeps_the_order(make_store: StoreFactory) -> None:
    store = make_store("officer")
    draft = store.create("mini", FakeSession({"settlement": "Koidu"}))
    store.record_paradata(draft.uuid, SITTING[:3])
    store.save_draft(draft.uuid, FakeSession({"settlement": "Koidu", "households": 4}), paradata=SITTING[3:6])
    store.finalize(draft.uuid, FakeSession({"settlement": "Koidu", "households": 4}), paradata=SITTING[6:])
    assert store.paradata(draft.uuid) == SITTING
    assert store.paradata(draft.uuid, 1) == SITTING and store.paradata(draft.uuid, 2) == []
    store.reopen(draft.uuid, "households were 5")
    store.record_paradata(draft.uuid, [ev(9000, "opened")])
    assert store.paradata(draft.uuid, 2) == [ev(9000, "opened")]  # tied to the new draft revision
    summary = assessment_summary(store, draft.uuid)
    assert summary.reasons == ("households were 5",) and summary.events == len(SITTING) + 1


def test_no_store_method_changes_or_deletes_paradata() -> None:
    import needsassess.store as package

    root = Path(package.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "PARADATA_EVENTS" in text and "migrations" not in path.parts:
            assert "update(PARADATA_EVENTS" not in text and "delete(PARADATA_EVENTS" not in text, path
    assert not hasattr(AssessmentStore, "delete_paradata") and not hasattr(AssessmentStore, "edit_paradata")


def test_too_fast_uses_the_paradata_active_time_and_falls_back_to_the_audit() -> None:
    records = [record(n, base(n)) for n in range(6)]
    slow = {r.uuid: ["2026-03-01T08:00:00Z", "2026-03-01T08:03:00Z"] for r in records}  # 180 s each by the audit
    assert not any(assess(records, lambda _r: records_form(), slow).values())
    # The paradata says the last one took 18 s of active time (its audit still says 180 s).
    active = {r.uuid: 180.0 for r in records[:5]} | {records[5].uuid: 18.0}
    flags = assess(records, lambda _r: records_form(), slow, Thresholds(), active)
    assert [f.kind for f in flags[records[5].uuid]] == [QualityFlag.TOO_FAST]
    assert all(not flags[r.uuid] for r in records[:5])
    # Without paradata for it, the audit's time is used: not too fast.
    partial = {r.uuid: 180.0 for r in records[:5]}
    assert not any(assess(records, lambda _r: records_form(), slow, Thresholds(), partial).values())


def records_form():  # type: ignore[no-untyped-def]
    from tests.analysis.test_quality import FORM

    return FORM


def test_show_json_carries_the_paradata_summary(make_store: StoreFactory, capsys: pytest.CaptureFixture[str]) -> None:
    store = make_store("officer")
    draft = store.create("mini", FakeSession({"settlement": "Koidu"}))
    store.finalize(draft.uuid, FakeSession({"settlement": "Koidu"}), paradata=SITTING)
    folder = store.data_dir
    store.close()
    assert main(["--data-dir", str(folder), "show", draft.uuid, "--json", "--lang", "uz"]) == 0
    shown = json.loads(capsys.readouterr().out)["paradata"]
    assert shown["active_seconds"] == 135 and shown["pages_visited"] == ["site", "pits"]
    assert shown["changes_after_first_entry"] == 0 and shown["events"] == len(SITTING)
    assert shown["text"].startswith("2 sahifada 2,2 daqiqa")


def test_new_and_edit_record_when_they_opened_and_saved(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from needsassess.store import open_store

    answers = tmp_path / "a.json"
    answers.write_text(json.dumps({"consent": "yes"}), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "new", "--form", "waste_management", "--answers", str(answers)]) == 0
    uuid = capsys.readouterr().out.strip()
    answers.write_text(json.dumps({"consent": "yes", "women_met": 3}), encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "edit", uuid, "--answers", str(answers)]) == 0
    with open_store(data_dir) as store:
        events = store.paradata(uuid, 1)
    assert [e.event for e in events] == ["opened", "saved", "opened", "saved"]
    assert all(e.page is None and e.question is None for e in events)
    assert events[0].at <= events[1].at <= events[2].at <= events[3].at
