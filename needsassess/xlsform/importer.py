"""XLSForm (survey, choices, settings sheets) → our YAML form, with a row-by-row report.

Every row and column is either kept, approximated with a stated reason, dropped with a stated
reason, or refused (an error that stops the import); nothing is left out silently. The YAML is then
loaded by the engine's own loader, so the imported form passes exactly the checks a hand-written one
does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from needsassess.engine import Form, FormLoadError, load_form_text
from needsassess.engine.errors import did_you_mean
from needsassess.xlsform.columns import CODE_NAMES, TRANSLATABLE, language_code, split_column
from needsassess.xlsform.report import APPROXIMATED, DROPPED, ERROR, NOTE, ImportReport, XLSFormError
from needsassess.xlsform.rows import RowContext, convert_row
from needsassess.xlsform.workbook import Sheet, read_workbook

SETTINGS_KNOWN = {"form_title", "form_id", "version", "default_language", "instance_name", "site",
                  "translated_title", "description"}
SETTINGS_IGNORED = {"public_key", "submission_url", "style", "name", "allow_choice_duplicates", "auto_send",
                    "auto_delete", "clean_text_values", "namespaces", "instance_xmlns", "omit_instance_id",
                    "client_editable"}


@dataclass
class ImportResult:
    form: Form
    yaml_text: str
    report: ImportReport


def import_xlsform(path: str | Path) -> ImportResult:
    """Read an XLSForm; XLSFormError (with the whole report) when it cannot be imported."""
    path = Path(path)
    report = ImportReport()
    sheets = read_workbook(path, report)
    survey = sheets.get("survey")
    if survey is None:
        names = [s.name for s in sheets.values()]
        raise XLSFormError(report, f"{path.name} has no sheet named 'survey'{did_you_mean('survey', names)} "
                                   f"(its sheets: {', '.join(names) or 'none'})")
    settings = _settings(sheets.get("settings"), report)
    languages, default = _languages(sheets, settings, report)
    data: dict[str, Any] = {
        "form_id": _form_id(settings, path, report),
        "version": settings.get("version") or "1",
        "default_language": default,
        "languages": languages,
        "title": _title(settings, languages, default, path),
    }
    description = _translations(settings, "description", default)
    if description:
        data["description"] = description
    form_settings = {k: settings[k] for k in ("instance_name", "site") if settings.get(k)}
    if form_settings:
        data["settings"] = form_settings
    context = RowContext(report=report, default_language=default, languages=languages)
    data["survey"] = _survey(survey, context)
    if not data["survey"] and not report.errors:
        report.add(ERROR, survey.name, None, None, "the survey sheet has no questions")
    data["choices"] = _choices(sheets.get("choices"), context)
    for list_name in sorted(context.or_other_lists):
        _add_other_choice(data["choices"], list_name, languages)
    _fill_missing_translations(data, languages, default, report)
    if report.errors:
        raise XLSFormError(report, f"{path.name} cannot be imported: {len(report.errors)} problem(s)")
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    try:
        form = load_form_text(text, f"{path.name} (imported)")
    except FormLoadError as err:
        for problem in err.problems:
            row = context.rows.get(problem.question or "")
            report.add(ERROR, "survey" if row else "form", row, problem.column, f"{problem.message}. {problem.todo}")
        raise XLSFormError(report, f"{path.name} cannot be imported: {len(err.problems)} problem(s)") from None
    return ImportResult(form=form, yaml_text=text, report=report)


def _settings(sheet: Sheet | None, report: ImportReport) -> dict[str, Any]:
    if sheet is None or not sheet.rows:
        return {}
    number, row = sheet.rows[0]
    settings: dict[str, Any] = {}
    for column, value in row.items():
        base, language = split_column(column)
        if base == "title" and language:
            base = "translated_title"  # a common spelling of translated titles
        if base in SETTINGS_KNOWN:
            settings[column if language else base] = value
            settings.setdefault(f"{base}::", {})[language or ""] = value
        elif base in SETTINGS_IGNORED:
            report.add(DROPPED, sheet.name, number, column, "only used by servers; not needed on a laptop")
        else:
            report.add(DROPPED, sheet.name, number, column, "unknown setting, ignored")
    return settings


def _languages(sheets: dict[str, Sheet], settings: dict[str, Any],
               report: ImportReport) -> tuple[list[str], str]:
    found: list[str] = []
    plain = False
    for key in ("survey", "choices"):
        sheet = sheets.get(key)
        if sheet is None:
            continue
        for column in sheet.header:
            base, language = split_column(column)
            if base not in TRANSLATABLE:
                continue
            if language is None:
                plain = True
                continue
            code = language_code(language)
            if code is None:
                report.add(ERROR, sheet.name, 1, column, f"unknown language '{language}'; write it as "
                           f"'{base}::Name (code)', e.g. '{base}::Nepali (ne)'")
            elif code not in found:
                found.append(code)
    default_spelling = settings.get("default_language")
    default = language_code(str(default_spelling)) if default_spelling else None
    if default_spelling and default is None:
        report.add(ERROR, "settings", 2, "default_language", f"unknown language '{default_spelling}'")
    if default is None:
        default = found[0] if found and not plain else "en"
    if default not in found:
        found.insert(0, default)
    return found, default


def _form_id(settings: dict[str, Any], path: Path, report: ImportReport) -> str:
    raw = str(settings.get("form_id") or path.stem)
    form_id = re.sub(r"[^A-Za-z0-9_]", "_", raw).strip("_") or "imported_form"
    if form_id[0].isdigit():
        form_id = f"form_{form_id}"
    if form_id != raw:
        report.add(APPROXIMATED, "settings", 2, "form_id", f"'{raw}' is written '{form_id}' (letters, digits, _)")
    return form_id


def _translations(settings: dict[str, Any], base: str, default: str) -> dict[str, str]:
    texts: dict[str, str] = {}
    for language, value in settings.get(f"{base}::", {}).items():
        code = language_code(language) if language else default
        if code:
            texts[code] = str(value)
    return texts


def _title(settings: dict[str, Any], languages: list[str], default: str, path: Path) -> dict[str, str]:
    title = _translations(settings, "translated_title", default)
    main = settings.get("form_title")
    if main:
        title.setdefault(default, str(main))
    if not title:
        title[default] = path.stem.replace("_", " ")
    return title


def _survey(sheet: Sheet, context: RowContext) -> list[dict[str, Any]]:
    context.sheet = sheet.name
    for column in sheet.header:
        base, _language = split_column(column)
        if base and base not in context.known_columns and base not in TRANSLATABLE:
            context.report.add(DROPPED, sheet.name, 1, column, "unknown column, ignored")
    root: list[dict[str, Any]] = []
    stack: list[tuple[str, list[dict[str, Any]], int]] = [("", root, 0)]
    for number, row in sheet.rows:
        kind = re.sub(r"[\s_]+", " ", str(row.get("type", "")).strip().lower())
        if kind in ("end group", "end repeat"):
            opened = stack[-1][0]
            if len(stack) == 1 or opened != kind.split()[1]:
                context.report.add(ERROR, sheet.name, number, "type",
                                   f"'{row['type']}' has no matching 'begin {kind.split()[1]}'")
            else:
                stack.pop()
            continue
        converted = convert_row(number, row, context)
        for element in converted:
            stack[-1][1].append(element)
        if kind in ("begin group", "begin repeat") and converted:
            stack.append((kind.split()[1], converted[0].setdefault("children", []), number))
    for opened, _, number in stack[1:]:
        context.report.add(ERROR, sheet.name, number, "type", f"'begin {opened}' is never ended")
    _drop_empty_groups(root, context)
    return root


def _drop_empty_groups(elements: list[dict[str, Any]], context: RowContext) -> None:
    for element in list(elements):
        if "children" in element:
            _drop_empty_groups(element["children"], context)
            if not element["children"]:
                elements.remove(element)
                context.report.add(DROPPED, context.sheet, context.rows.get(element["name"]), "type",
                                   f"the group '{element['name']}' has no questions left")


def _choices(sheet: Sheet | None, context: RowContext) -> dict[str, list[dict[str, Any]]]:
    lists: dict[str, list[dict[str, Any]]] = {}
    if sheet is None:
        return lists
    for number, row in sheet.rows:
        list_name = row.get("list_name") or row.get("list name")
        name = row.get("name")
        if not list_name or name is None:
            context.report.add(ERROR, sheet.name, number, "list_name" if not list_name else "name",
                               "a choice needs a list_name and a name")
            continue
        choice: dict[str, Any] = {"name": str(name)}
        label = context.texts(row, "label", sheet.name, number)
        choice["label"] = label or {context.default_language: str(name)}
        for column, value in row.items():
            base, _language = split_column(column)
            if base in ("list_name", "list name", "name", "label"):
                continue
            if base in TRANSLATABLE or base.startswith("media::"):
                context.report.add(DROPPED, sheet.name, number, column, "choice media are not shown")
                continue
            choice[base] = str(value)
        lists.setdefault(str(list_name), []).append(choice)
    return lists


def _add_other_choice(choices: dict[str, list[dict[str, Any]]], list_name: str, languages: list[str]) -> None:
    items = choices.setdefault(list_name, [])
    if not any(item["name"] == "other" for item in items):
        other = {"en": "Other", "ne": "अन्य", "uz": "Boshqa", "ru": "Другое"}
        items.append({"name": "other", "label": {lang: other.get(lang, "Other") for lang in languages}})


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
        name = CODE_NAMES.get(lang, lang)
        report.add(NOTE, "survey", None, None, f"{count} texts have no {name} ({lang}) version; the "
                   f"{CODE_NAMES.get(default, default)} text is shown instead")
