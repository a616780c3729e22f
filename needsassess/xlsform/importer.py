"""XLSForm (.xlsx or .xls) → our YAML form, with a row-by-row report.

pyxform reads and normalises the workbook (``pyxform_reader``): a form pyxform refuses is refused with
its message; a form it converts is mapped to ours (``mapping``), every row and column kept,
approximated with a stated reason, or dropped with a stated reason, never silently. The YAML is then
loaded by the engine's own loader; where the loader still finds a column it cannot use (a default
that is not a valid answer, an expression reading a question inside another repeat, ...) that column
is dropped and reported, and the form loaded again, so the imported form passes exactly the checks a
hand-written one does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from needsassess.engine import Form, FormLoadError, FormProblem, load_form_text
from needsassess.errors import Phrase
from needsassess.errors.dataset_codes import XLSFormCode
from needsassess.errors.xlsform_codes import LanguageName, XLSFormReason
from needsassess.xlsform.mapping import Mapper, language_codes
from needsassess.xlsform.media import CsvList
from needsassess.xlsform.pyxform_reader import PyxformForm, read_xlsform
from needsassess.xlsform.report import APPROXIMATED, DROPPED, ERROR, NOTE, ImportReport, XLSFormError

SETTINGS_USED = {"title", "id_string", "version", "default_language", "instance_name", "site", "description",
                 "translated_title", "name", "type", "children", "choices", "sms_keyword",
                 "clean_text_values", "allow_choice_duplicates"}
# Columns the engine may refuse on an otherwise sound question: dropping them keeps the question.
DROPPABLE = ("default", "relevant", "constraint", "calculation", "required", "choice_filter", "repeat_count",
             "constraint_message", "required_message", "appearance", "parameters", "hint")
EXPRESSION_KEYS = ("relevant", "constraint", "calculation", "required", "choice_filter", "repeat_count",
                   "default")
MAX_REPAIRS = 8


@dataclass
class ImportResult:
    form: Form
    yaml_text: str
    report: ImportReport
    datasets: frozenset[str] = field(default_factory=frozenset)  # external lists the form reads
    lists: tuple[CsvList, ...] = ()  # those lists, once read (media.read_media)


def import_xlsform(path: str | Path) -> ImportResult:
    """Read an XLSForm; XLSFormError (with the whole report) when it cannot be imported."""
    path = Path(path)
    report = ImportReport()
    source = read_xlsform(path, report)
    data, mapper = _to_yaml_data(source, path, report)
    form, text = _load_repairing(data, mapper, path, report)
    datasets = frozenset(mapper.datasets - set(form.choices))
    return ImportResult(form=form, yaml_text=text, report=report, datasets=datasets)


def _to_yaml_data(source: PyxformForm, path: Path, report: ImportReport) -> tuple[dict[str, Any], Mapper]:
    raw = source.data
    default_spelling = str(raw.get("default_language") or "default")
    codes = language_codes(raw, default_spelling)
    default = codes["default"]
    mapper = Mapper(report=report, rows=source.rows, sheet=source.survey_sheet, languages=codes)
    languages = sorted(set(codes.values()), key=lambda c: (c != default, c))
    for spelling, code in codes.items():
        if spelling != "default" and code.startswith("und-"):
            report.add(NOTE, source.survey_sheet, 1, None, XLSFormReason.LANGUAGE_STORED_AS, spelling=spelling,
                       code=code)
    data: dict[str, Any] = {
        "form_id": _form_id(str(raw.get("id_string") or path.stem), report),
        "version": str(raw.get("version") or "1"),
        "default_language": default,
        "languages": languages,
        "title": {default: str(raw.get("title") or path.stem.replace("_", " "))},
    }
    _settings(raw, data, mapper, report)
    data["survey"] = mapper.children(list(raw.get("children") or []))
    if mapper.paradata:  # an audit row (xlsform/mapping.py)
        data.setdefault("settings", {})["paradata"] = True
    data["choices"] = _choices(raw.get("choices") or {}, mapper)
    _rewrite_renamed(data["survey"], mapper.renamed)
    _fill_missing_translations(data, languages, default, report)
    if not data["survey"]:
        raise XLSFormError(report, XLSFormCode.NOTHING_TO_ASK, file=path.name)
    return data, mapper


def _settings(raw: dict[str, Any], data: dict[str, Any], mapper: Mapper, report: ImportReport) -> None:
    default = data["default_language"]
    for key in ("translated_title", "description"):
        texts = mapper.text(raw.get(key))
        if texts:
            if key == "translated_title":
                data["title"].update({k: v for k, v in texts.items() if k != default})
            else:
                data["description"] = texts
    settings = {}
    for key in ("instance_name", "site"):
        value = raw.get(key)
        if value:
            text = str(value)
            from needsassess.xlsform import expressions

            reason = expressions.problem(expressions.rewrite(text))
            if reason is None:
                settings[key] = expressions.rewrite(text)
            else:
                report.add(DROPPED, "settings", 2, key, XLSFormReason.TITLE_EXPRESSION_DROPPED, reason=reason)
    if settings:
        data["settings"] = settings
    for key in raw:
        if key not in SETTINGS_USED and not key.startswith(("translated_title", "description")):
            report.add(DROPPED, "settings", 2, key, XLSFormReason.SERVER_SETTING)


def _form_id(raw: str, report: ImportReport) -> str:
    form_id = re.sub(r"[^A-Za-z0-9_]", "_", raw).strip("_") or "imported_form"
    if form_id[0].isdigit():
        form_id = f"form_{form_id}"
    if form_id != raw:
        report.add(APPROXIMATED, "settings", 2, "form_id", XLSFormReason.FORM_ID_REWRITTEN, raw=raw, form_id=form_id)
    return form_id


def _choices(raw: dict[str, Any], mapper: Mapper) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    for list_name, items in raw.items():
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for item in items or []:
            name = str(item.get("name", "")).strip()
            if not name or name in seen:
                mapper.report.add(APPROXIMATED, "choices", None, "name", XLSFormReason.CHOICE_REPEATED,
                                  list=list_name, name=name)
                continue
            seen.add(name)
            choice: dict[str, Any] = {"name": name, "label": mapper.text(item.get("label")) or
                                      {mapper.languages["default"]: name}}
            for key, value in item.items():
                if key in ("name", "label", "list_name", "__row", "_row_number") or value in (None, ""):
                    continue
                if isinstance(value, dict | list):
                    mapper.report.add(DROPPED, "choices", None, key, XLSFormReason.CHOICE_MEDIA, list=list_name)
                    continue
                choice[str(key)] = str(value)
            out.append(choice)
        if out:
            lists[str(list_name)] = out
    return lists


def _rewrite_renamed(elements: list[dict[str, Any]], renamed: dict[str, str]) -> None:
    changed = {old: new for old, new in renamed.items() if old != new}
    if not changed:
        return
    pattern = re.compile(r"\$\{\s*([^}\s]+)\s*\}")

    def sub(text: str) -> str:
        return pattern.sub(lambda m: "${" + changed.get(m.group(1), m.group(1)) + "}", text)

    for element in elements:
        for key in EXPRESSION_KEYS:
            if isinstance(element.get(key), str):
                element[key] = sub(element[key])
        _rewrite_renamed(element.get("children", []), renamed)


def _load_repairing(data: dict[str, Any], mapper: Mapper, path: Path, report: ImportReport) -> tuple[Form, str]:
    """Load the YAML; drop (and report) each column the loader refuses, until it loads or cannot be helped."""
    by_name = _index(data["survey"])
    original = {new: old for old, new in mapper.renamed.items()}
    for _attempt in range(MAX_REPAIRS):
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        try:
            return load_form_text(text, f"{path.name} (imported)"), text
        except FormLoadError as err:
            problems = err.problems
        repaired = False
        for problem in problems:
            element = by_name.get(problem.question or "")
            column = problem.column
            row = mapper.rows.get(original.get(problem.question or "", problem.question or ""))
            if element is not None and column in DROPPABLE and column in element:
                element.pop(column)
                report.add(DROPPED, mapper.sheet, row, column, XLSFormReason.COLUMN_REFUSED,
                           problem=Phrase(problem.code, **problem.values))
                repaired = True
            elif element is not None and problem.code.name == "MISSING_LABEL" and "label" not in element:
                element["label"] = _fallback_label(element, data["default_language"])
                report.add(APPROXIMATED, mapper.sheet, row, "label", XLSFormReason.NO_LABEL)
                repaired = True
        if not repaired:
            for problem in problems:
                row = mapper.rows.get(original.get(problem.question or "", problem.question or ""))
                report.add(ERROR, mapper.sheet, row, problem.column, form_check(problem))
            raise XLSFormError(report, XLSFormCode.PROBLEMS, file=path.name, count=len(problems))
    raise XLSFormError(report, XLSFormCode.TOO_MANY_PROBLEMS, file=path.name)


def form_check(problem: FormProblem) -> Phrase:
    """A form check's problem as a report reason: what is wrong and what to do, in any language."""
    return Phrase(XLSFormReason.FORM_CHECK, problem=Phrase(problem.code, **problem.values),
                  todo=Phrase(problem.code.todo, **problem.values))


def _fallback_label(element: dict[str, Any], default: str) -> dict[str, str]:
    hint = element.get("hint")
    if isinstance(hint, dict) and hint:
        return dict(hint)
    return {default: str(element["name"]).replace("_", " ")}


def _index(elements: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for element in elements:
        found[str(element["name"])] = element
        found.update(_index(element.get("children", [])))
    return found


def _fill_missing_translations(data: Any, languages: list[str], default: str, report: ImportReport) -> None:
    missing: dict[str, int] = {}

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("label", "hint", "constraint_message", "required_message", "title", "description") \
                        and isinstance(value, dict):
                    source = value.get(default) or next(iter(value.values()), "")
                    for lang in languages:
                        if not value.get(lang):
                            value[lang] = source
                            missing[lang] = missing.get(lang, 0) + 1
                else:
                    visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(data)
    for lang, count in sorted(missing.items()):
        report.add(NOTE, "survey", None, None, XLSFormReason.MISSING_TRANSLATIONS, count=count,
                   name=LanguageName(lang, with_code=True), default=LanguageName(default))
