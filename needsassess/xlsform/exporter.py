"""Our form → an XLSForm workbook that pyxform accepts (for ODK Central or KoboToolbox).

Written so that importing it again gives the same form: every translatable column in every
language, groups as begin_group/end_group, our ``site`` setting and translated titles as extra
settings columns (which pyxform ignores). A select from a dataset is written as ODK writes it,
``select_one_from_file NAME.csv``; the datasets themselves go beside the workbook in ODK's
``FORM-media/`` folder (``export_media``), where pyxform, ODK Central and Kobo look for them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from needsassess.engine import Form
from needsassess.engine.model import Element, Group, LocalText, Question, Repeat
from needsassess.fileio import atomic_write, write_atomic
from needsassess.xlsform.columns import column_name

SURVEY_COLUMNS = ("type", "name", "label", "hint", "required", "required_message", "constraint",
                  "constraint_message", "relevant", "calculation", "default", "choice_filter", "read_only",
                  "appearance", "repeat_count", "parameters")
TRANSLATED = ("label", "hint", "required_message", "constraint_message")


def export_xlsform(form: Form, path: str | Path) -> None:
    """Write ``form`` as an .xlsx XLSForm (atomically: a temporary file renamed into place)."""
    import openpyxl

    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    header = _survey_header(form)
    survey.append(header)
    for row in _rows(form.survey, form):
        survey.append([row.get(column) for column in header])
    if form.settings.paradata:  # XLSForm's form-level switch for paradata: one audit row
        audit = {"type": "audit", "name": "audit"}
        survey.append([audit.get(column) for column in header])
    choices = book.create_sheet("choices")
    extras = sorted({k for cl in form.choices.values() for c in cl.choices for k in c.extras})
    choice_header = ["list_name", "name", *(column_name("label", lang) for lang in form.languages), *extras]
    choices.append(choice_header)
    for choice_list in form.choices.values():
        for choice in choice_list.choices:
            row = {"list_name": choice_list.name, "name": choice.name, **_texts("label", choice.label, form),
                   **dict(choice.extras)}
            choices.append([row.get(column) for column in choice_header])
    settings = book.create_sheet("settings")
    values: dict[str, Any] = {
        "form_title": form.title.get(form.default_language),
        "form_id": form.form_id,
        "version": form.version,
        "default_language": f"{_name(form.default_language)} ({form.default_language})",
        # pyxform would otherwise collapse runs of spaces and line breaks in every cell: texts and
        # multi-line expressions come back exactly as written.
        "clean_text_values": "no",
    }
    if form.settings.instance_name is not None:
        values["instance_name"] = form.settings.instance_name.source
    if form.settings.site is not None:
        values["site"] = form.settings.site.source
    for lang in form.languages:
        if lang != form.default_language and lang in form.title.texts:
            values[column_name("translated_title", lang)] = form.title.texts[lang]
        if form.description is not None and lang in form.description.texts:
            values[column_name("description", lang)] = form.description.texts[lang]
    settings.append(list(values))
    settings.append(list(values.values()))
    with atomic_write(path, suffix=".xlsx") as out:
        book.save(out)


def media_folder(path: str | Path) -> Path:
    """ODK's place for a form's CSV lists: ``FORM-media/`` beside ``FORM.xlsx``."""
    path = Path(path)
    return path.parent / f"{path.stem}-media"


def export_media(path: str | Path, tables: Mapping[str, tuple[Sequence[str], Sequence[Sequence[str]]]]
                 ) -> list[Path]:
    """Write each dataset (name → header, rows) as ``NAME.csv`` (UTF-8, a header row) in the media folder."""
    folder = media_folder(path)
    folder.mkdir(exist_ok=True)
    written = []
    for name, (columns, rows) in sorted(tables.items()):
        text = io.StringIO(newline="")
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        target = folder / f"{name}.csv"
        write_atomic(target, text.getvalue().encode("utf-8"))
        written.append(target)
    return written


def _name(code: str) -> str:
    from needsassess.xlsform.columns import CODE_NAMES

    return CODE_NAMES.get(code, code)


def _survey_header(form: Form) -> list[str]:
    header: list[str] = []
    for column in SURVEY_COLUMNS:
        if column in TRANSLATED:
            header.extend(column_name(column, lang) for lang in form.languages)
        else:
            header.append(column)
    return header


def _texts(column: str, text: LocalText | None, form: Form) -> dict[str, str]:
    if text is None:
        return {}
    if "" in text.texts:  # a language-neutral text goes in every language column
        return {column_name(column, lang): text.texts[""] for lang in form.languages}
    return {column_name(column, lang): value for lang, value in text.texts.items()}


def _rows(elements: tuple[Element, ...], form: Form) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for element in elements:
        if isinstance(element, Group) and element.name.startswith("_page_") and not isinstance(element, Repeat):
            rows.extend(_rows(element.children, form))  # a page the loader made for loose questions
        elif isinstance(element, Group):
            kind = "repeat" if isinstance(element, Repeat) else "group"
            row: dict[str, Any] = {"type": f"begin_{kind}", "name": element.name,
                                   **_texts("label", element.label, form)}
            if element.relevant is not None:
                row["relevant"] = element.relevant.source
            if element.appearance:
                row["appearance"] = element.appearance
            if isinstance(element, Repeat) and element.repeat_count is not None:
                row["repeat_count"] = element.repeat_count.source
            rows.append(row)
            rows.extend(_rows(element.children, form))
            rows.append({"type": f"end_{kind}"})
        else:
            assert isinstance(element, Question)
            rows.append(_question(element, form))
    return rows


def _question(q: Question, form: Form) -> dict[str, Any]:
    kind = f"{q.type.value}_from_file" if q.list_name and q.list_name not in form.choices \
        and q.list_name.lower().endswith(".csv") else q.type.value
    row: dict[str, Any] = {"type": f"{kind} {q.list_name}" if q.list_name else kind, "name": q.name}
    for column in TRANSLATED:
        row.update(_texts(column, getattr(q, column), form))
    for column in ("required", "constraint", "relevant", "calculation", "choice_filter"):
        expression = getattr(q, column)
        if expression is not None:
            row[column] = "yes" if column == "required" and expression.source == "true()" else expression.source
    if q.default is not None:
        row["default"] = q.default
    if q.read_only:
        row["read_only"] = "yes"
    if q.appearance:
        row["appearance"] = q.appearance
    if q.parameters:
        row["parameters"] = " ".join(f"{k}={v}" for k, v in q.parameters.items())
    return row
