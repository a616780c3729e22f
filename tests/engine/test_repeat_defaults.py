"""An answers file's repeat instances get the defaults it leaves out, as the top level does."""

from __future__ import annotations

from pathlib import Path

from needsassess.engine import FormSession
from tests.engine.formtools import make_form

BODY = """\
choices:
  how: [{name: tape, label: {en: Tape}}, {name: outline, label: {en: Outline}}]
survey:
  - type: group
    name: page
    label: {en: Page}
    children:
      - {type: select_one how, name: method, default: tape, label: {en: How}}
      - type: repeat
        name: pit
        label: {en: Pit}
        children:
          - {type: select_one how, name: pit_method, required: true, default: tape, label: {en: How}}
          - {type: decimal, name: length, relevant: "${pit_method} = 'tape'", required: true, label: {en: Length}}
          - type: repeat
            name: stake
            label: {en: Stake}
            children:
              - {type: integer, name: height_cm, default: "50", label: {en: Height}}
"""


def test_defaults_fill_what_each_instance_of_a_file_leaves_out(tmp_path: Path) -> None:
    form = make_form(tmp_path, BODY)
    answers = {"pit": [{"length": 4}, {"pit_method": "outline"}, {"length": 2, "stake": [{}, {"height_cm": 80}]}]}
    session = FormSession.from_answers(form, answers)
    assert session.get("method") == "tape"
    assert [session.get("pit_method", (i,)) for i in range(3)] == ["tape", "outline", "tape"]
    assert [session.get("height_cm", (2, i)) for i in range(2)] == [50, 80]  # nested too; the file's 80 stays
    assert not session.relevant("length", (1,))
    assert session.problems() == []


def test_a_stored_document_is_opened_as_it_is(tmp_path: Path) -> None:
    """Opening a saved assessment fills nothing: an answer the officer cleared stays empty."""
    form = make_form(tmp_path, BODY)
    session = FormSession(form, {"method": "outline", "pit": [{"length": 4}]})
    assert session.get("pit_method", (0,)) is None
    assert [(p.name, p.kind) for p in session.problems()] == [("pit_method", "required")]
