"""The one error catalogue: every code complete in en/ne/uz, unique, documented, and used.

Also checks that no ``UserError`` is raised with finished text outside the few places listed in
``NOT_CONVERTED`` (a ratchet: the list may only shrink), that the CLI prints the code, and that each
layer's errors read in Nepali (Devanagari) and Uzbek (Latin, with ʻ and ʼ).
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from needsassess.errors import LANGUAGES, Catalogue, Phrase, UserError, entries, register
from needsassess.errors.cli_codes import CliCode, ReportCode
from needsassess.errors.crypto_codes import EnvelopeCode, KeyCode, SignatureCode, TrustCode
from needsassess.errors.docs import render_markdown
from needsassess.errors.engine_codes import AnswerCode
from needsassess.errors.store_codes import Action, StoreCode
from needsassess.errors.sync_codes import ExportCode, SyncCode

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "needsassess"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def _fields(template: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(template) if f is not None)


# -- the catalogue itself ---------------------------------------------------------------------------


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.code)
def test_every_entry_has_three_languages_with_the_same_placeholders(entry: Catalogue) -> None:
    english = _fields(entry.template("en"))
    for language in LANGUAGES:
        text = entry.templates[language]
        assert text.strip(), f"{entry.code} has no {language} text"
        assert _fields(text) == english, f"{entry.code}: {language} placeholders differ from English"
    sample = {name.split("!")[0]: f"<{name}>" for name in english}
    for language in LANGUAGES:
        rendered = entry.render(language, sample)
        assert "{" not in rendered.replace("${", "") or "{" in "".join(sample.values())


@pytest.mark.parametrize("entry", entries(), ids=lambda e: e.code)
def test_nepali_is_devanagari_and_uzbek_is_latin_with_modifier_letters(entry: Catalogue) -> None:
    nepali, uzbek = entry.templates["ne"], entry.templates["uz"]
    placeholders_only = not re.sub(r"\{[^}]*\}", "", nepali).strip(" ()")
    assert placeholders_only or DEVANAGARI.search(nepali), f"{entry.code}: Nepali text not in Devanagari"
    assert not DEVANAGARI.search(uzbek) and not re.search(r"[\u0400-\u04FF]", uzbek), entry.code
    # oʻ and gʻ with U+02BB, the tutuq belgisi with U+02BC; never an ASCII or typographic quote.
    assert not re.search(r"[oOgG]['‘’`ʼ](?=[a-z])", uzbek), f"{entry.code}: oʻ/gʻ must use U+02BB"
    assert not re.search(r"[a-zʻ][’`](?=[a-z])", uzbek), f"{entry.code}: tutuq belgisi must be U+02BC"


def test_codes_are_unique_and_a_second_use_is_refused() -> None:
    codes = [e.code for e in entries()]
    assert len(codes) == len(set(codes)) > 150

    class Clash(Catalogue):
        AGAIN = (StoreCode.DISK_FULL.code, "a", "b", "c")

    with pytest.raises(ValueError, match="NA-STORE-001 is used by both"):
        register(Clash)

    class Malformed(Catalogue):
        BAD = ("store.disk_full", "a", "b", "c")

    with pytest.raises(ValueError, match="malformed code"):
        register(Malformed)


def test_docs_errors_md_lists_every_code() -> None:
    assert (ROOT / "docs" / "errors.md").read_text(encoding="utf-8") == render_markdown(), (
        "docs/errors.md is out of date: python -m needsassess.errors.docs > docs/errors.md"
    )


# -- the raise sites ---------------------------------------------------------------------------------

# Files that still raise a UserError with finished (English-only) text, and how many times. A ratchet:
# convert a site, lower its count; the test fails when a count grows or a new file appears.
NOT_CONVERTED: dict[str, int] = {}
# Not seen by this scan and still English only: the problems of PackageHeld (crypto/trust.py) and the
# parser's own syntax messages (engine/expr/parser.py, passed on as text; the XLSForm report frames them
# with NA-XLSFORM-654). The XLSForm report's lines are catalogue entries (errors/xlsform_codes.py,
# tests/xlsform/test_reason_catalogue.py). AnswerError's
# problems carry AnswerValueCode entries, FormLoadError's FormProblems carry FormErrorCode entries
# (with their FormTodo advice).


def _user_error_names() -> set[str]:
    """UserError and every subclass defined in the package (found by reading the sources)."""
    names = {"UserError"}
    trees = [ast.parse(p.read_text(encoding="utf-8")) for p in PACKAGE.rglob("*.py")]
    grew = True
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                    (b.id if isinstance(b, ast.Name) else getattr(b, "attr", None)) in names for b in node.bases
                ):
                    names.add(node.name)
                    grew = True
    return names


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("join", "format")


def bare_text_raises(source: str, error_names: set[str]) -> list[int]:
    """Lines where a ``UserError`` subclass is built with a string instead of a catalogue entry."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and node.args and _is_text(node.args[0]):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in error_names:
                found.append(node.lineno)
    return found


def test_the_scan_finds_a_bare_string() -> None:
    names = {"UserError", "PackageRefused"}
    source = 'raise PackageRefused(f"bad {x}", member)\nraise UserError("a" + b)\nraise UserError(Code.X, a=1)\n'
    assert bare_text_raises(source, names) == [1, 2]


def test_user_errors_are_raised_with_codes() -> None:
    names = _user_error_names()
    assert {"PackageRefused", "StoreError", "KeyFileError", "ExportError", "FinalizeRefused"} <= names
    counts: dict[str, int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = bare_text_raises(path.read_text(encoding="utf-8"), names)
        if lines:
            counts[path.relative_to(PACKAGE).as_posix()] = len(lines)
    grown = {f: n for f, n in counts.items() if n > NOT_CONVERTED.get(f, 0)}
    assert not grown, f"UserError raised with finished text (use a catalogue code): {grown}"
    shrunk = {f: n for f, n in NOT_CONVERTED.items() if counts.get(f, 0) < n}
    assert not shrunk, f"fewer bare-text raises than listed; lower NOT_CONVERTED: {shrunk}"


def _action_literals() -> set[tuple[str, int, str]]:
    """The English actions handed to ``store.write/read``, ``write_retrying`` and ``environment_errors``."""
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            position = {"write": 0, "read": 0, "write_retrying": 0, "environment_errors": 1}.get(name or "")
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value:
                found.add((path.name, node.lineno, arg.value))
    return found


def test_every_action_in_an_environment_error_is_translated() -> None:
    literals = _action_literals()
    assert len(literals) > 30
    missing = sorted(f"{f}:{n} {text!r}" for f, n, text in literals if text not in Action.table)
    assert not missing, f"add these to store_codes.Action.table: {missing}"


# -- each layer in Nepali and Uzbek ------------------------------------------------------------------


def test_a_message_of_each_layer_reads_in_nepali_and_uzbek(tmp_path: Path) -> None:
    from needsassess.crypto.errors import EnvelopeRefused, KeyFileError, SignatureRefused
    from needsassess.reports.subject import ReportError
    from needsassess.store.errors import environment_error
    from needsassess.sync.errors import ExportError, PackageRefused

    store = environment_error("disk_full", tmp_path, "save the answer")
    assert store.code == "NA-STORE-001" and store.kind == "disk_full"
    assert "उत्तर सुरक्षित गर्न सकेन" in store.text("ne")
    assert "javobni saqlay olmadi" in store.text("uz") and "Hech narsa oʻzgartirilmadi" in store.text("uz")
    assert str(store).startswith(f"The disk holding {tmp_path} is full, so the app could not save the answer.")

    refused = PackageRefused(SyncCode.JSON_TOO_DEEP, "manifest.json", limit=32).in_package("a.napkg")
    assert refused.code == "NA-SYNC-051"
    assert refused.text("ne") == (
        "a.napkg: प्याकेज अस्वीकार गरियो: 32 तहभन्दा गहिरो JSON (भित्री फाइल 'manifest.json')। यसबाट केही पनि "
        "आयात गरिएको छैन; पठाउनेसँग प्याकेजको नयाँ निर्यात माग्नुहोस्।"
    )
    assert refused.text("uz").startswith("a.napkg: paket rad etildi: 32 darajadan chuqur ichma-ich JSON")
    assert refused.reason == "JSON nested deeper than 32 levels"

    samples: list[tuple[UserError, str, str]] = [
        (KeyFileError(KeyCode.PASSPHRASE_SHORT, minimum=10), "पासफ्रेज", "parol iborasi"),
        (EnvelopeRefused(EnvelopeCode.HEADER_SHORT), "हेडर अधुरो छ", "sarlavha kesilgan"),
        (SignatureRefused(SignatureCode.MISMATCH), "हस्ताक्षर", "imzo manifestga mos kelmaydi"),
        (UserError(TrustCode.REVOKE_REASON), "रद्द", "oʻgʻirlandi"),
        (ExportError(ExportCode.NOTHING), "निर्यात गर्न केही छैन", "Eksport qilish uchun hech narsa yoʻq"),
        (ReportError(ReportCode.NO_ASSESSMENT), "मूल्याङ्कन", "Chop etish"),
        (UserError(CliCode.PASSPHRASES_DIFFER), "पासफ्रेज फरक", "bir xil emas"),
        (UserError(AnswerCode.REQUIRED), "आवश्यक", "majburiy"),
    ]
    for err, nepali, uzbek in samples:
        assert nepali in err.text("ne") and DEVANAGARI.search(err.text("ne")), err.code
        assert uzbek in err.text("uz"), err.code
        assert err.text("en") == str(err) and err.text("xx") == str(err)  # unknown language: English


def test_nested_values_are_worded_in_the_same_language() -> None:
    from needsassess.store.errors import StoreError

    err = UserError(TrustCode.ALREADY_REVOKED, key="K", date="2026-01-02", reason="stolen",
                    by=Phrase(TrustCode.REVOKED_BY, name="Sita"))
    assert str(err) == "the key K was already revoked on 2026-01-02 by Sita: stolen"
    assert "(Sita द्वारा)" in err.text("ne") and "(Sita tomonidan)" in err.text("uz")
    inner = StoreError(StoreCode.NOT_FOUND, kind="not_found", uuid="u-1")
    outer = UserError(SyncCode.FORM_INVALID, detail=inner)
    assert "मूल्याङ्कन u-1 छैन" in outer.text("ne")


def test_the_engine_messages_come_from_the_catalogue() -> None:
    from needsassess.engine import messages

    assert messages.REQUIRED.get("ne") == AnswerCode.REQUIRED.render("ne")
    assert messages.CHOICE_FILTERED.get("uz") == AnswerCode.CHOICE_FILTERED.render("uz")
    assert messages.CONSTRAINT.get("ru") == "Этот ответ здесь недопустим."


def test_refused_answers_carry_a_code_and_read_in_every_language() -> None:
    from needsassess.engine import AnswerError, FormSession, load_form_text
    from needsassess.engine.answers import AnswerValueError
    from needsassess.errors.engine_codes import AnswerValueCode

    form = load_form_text(
        'form_id: t\nversion: "1"\ndefault_language: en\ntitle: {en: T}\nsurvey:\n'
        "  - {type: integer, name: n, label: {en: N}}\n  - {type: select_one yn, name: s, label: {en: S}}\n"
        "choices:\n  yn:\n    - {name: 'yes', label: {en: 'Yes'}}\n"
    )
    with pytest.raises(AnswerError) as info:
        FormSession.from_answers(form, {"n": "many", "s": "maybe"})
    first, second = info.value.problems
    assert first.reason is AnswerValueCode.EXPECTED_WHOLE_NUMBER and second.reason is AnswerValueCode.NOT_A_CHOICE
    assert str(info.value) == "n: expected a whole number\ns: 'maybe' is not one of the choices"
    assert info.value.text("ne") == "n: पूर्ण सङ्ख्या लेख्नुहोस्\ns: 'maybe' दिइएका विकल्पहरूमध्ये छैन"
    assert info.value.text("uz") == "n: butun son kiriting\ns: 'maybe' tanlovlar orasida yoʻq"
    # A refusal handed to a bigger message (a package's answer that does not fit) follows its language.
    refusal = AnswerValueError(AnswerValueCode.LATITUDE_RANGE)
    outer = UserError(SyncCode.ANSWER_UNFIT, member="m", name="'p'", detail=refusal)
    assert "अक्षांश -90 देखि 90 बीच हुनुपर्छ" in outer.text("ne") and isinstance(refusal, ValueError)


def test_every_form_error_has_its_advice_and_reads_in_every_language() -> None:
    from needsassess.engine import FormLoadError, load_form_text
    from needsassess.errors.form_codes import FormErrorCode
    from needsassess.errors.form_todo_codes import FormTodo

    assert [e.name for e in FormErrorCode] == [t.name for t in FormTodo]
    for entry in FormErrorCode:
        assert entry.todo.code == entry.code.replace("NA-FORM-0", "NA-FORM-1")
        assert entry.todo.placeholders() <= entry.placeholders() | {"todo"}, entry.name
    with pytest.raises(FormLoadError) as info:
        load_form_text('form_id: t\nversion: "1"\ndefault_language: en\ntitle: {en: T}\nsurvey:\n'
                       "  - {type: integer, name: n, label: {en: N}, default: many}\n", "t.yaml")
    (problem,) = info.value.problems
    assert problem.message == "the default 'many' is not a valid answer: expected a whole number"
    assert problem.todo == "Change the default."
    assert "पूर्वनिर्धारित मान 'many' मान्य उत्तर होइन: पूर्ण सङ्ख्या लेख्नुहोस्" in info.value.text("ne")
    assert info.value.text("uz").endswith(
        "'many' standart qiymati yaroqli javob emas: butun son kiriting. Standart qiymatni oʻzgartiring."
    )


def test_an_expression_that_cannot_be_computed_reads_in_every_language() -> None:
    from needsassess.engine.expr import EvalError
    from needsassess.errors.engine_codes import ExprCode

    with pytest.raises(EvalError) as info:
        raise EvalError(ExprCode.UNKNOWN_FUNCTION, name="frobnicate")
    assert info.value.code == "NA-EXPR-004" and info.value.message == "unknown function 'frobnicate'"
    assert info.value.text("ne") == "नचिनिएको फङ्सन 'frobnicate'"
    assert info.value.text("uz") == "nomaʼlum funksiya 'frobnicate'"


# -- the command line -------------------------------------------------------------------------------


def test_the_cli_prints_the_code_in_english_by_default(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from needsassess.cli import main

    code = main(["--data-dir", str(data_dir), "show", "00000000-0000-4000-8000-000000000000"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("needsassess: error [NA-STORE-052]: There is no assessment 00000000-")


def test_the_cli_speaks_the_language_remembered_for_the_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from needsassess import paths
    from needsassess.cli import main

    main(["--data-dir", str(data_dir), "list"])  # the data folder exists and has a store
    capsys.readouterr()
    paths.remember_language(data_dir, "ne")
    code = main(["--data-dir", str(data_dir), "show", "00000000-0000-4000-8000-000000000000"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("needsassess: error [NA-STORE-052]: यो डाटा फोल्डरमा मूल्याङ्कन 00000000-")
