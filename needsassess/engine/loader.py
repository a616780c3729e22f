"""Form definitions (YAML) → the typed model, with every row checked.

Loading is a staged pipeline: read the file (``yamlsource``), build the model row by row here
(collecting every problem instead of stopping at the first), then cross-check the whole form
(``checks``). A form with any problem is refused with all of them (``FormLoadError``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from needsassess.engine.budget import MAX_FORM_CHARS
from needsassess.engine.checks import check_form
from needsassess.engine.errors import FormErrorCode as E
from needsassess.engine.errors import FormLoadError, FormProblem, did_you_mean, make_problem
from needsassess.engine.expr import ExprSyntaxError, parse, references, uses_current
from needsassess.engine.form_limits import evaluation_problems, size_problem
from needsassess.engine.includes import form_files, resolve_includes
from needsassess.engine.model import (
    METADATA_TYPES,
    Choice,
    ChoiceList,
    Element,
    Expression,
    Form,
    Group,
    LocalText,
    QType,
    Question,
    Repeat,
    Settings,
)
from needsassess.engine.yamlsource import LineDict, YamlRefused, load_yaml

FORM_KEYS = ("form_id", "version", "title", "description", "default_language", "languages", "settings",
             "survey", "choices")
QUESTION_KEYS = ("type", "name", "label", "hint", "required", "required_message", "constraint",
                 "constraint_message", "relevant", "calculation", "default", "choice_filter", "read_only",
                 "appearance", "parameters", "plausible")
GROUP_KEYS = ("type", "name", "label", "relevant", "appearance", "children", "repeat_count", "hint")
SETTINGS_KEYS = ("instance_name", "site", "paradata")
NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
LANG_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]+)?\Z")
_TYPE_NAMES = [t.value for t in QType] + ["group", "repeat"]


class _Builder:
    """Builds one form, collecting problems as it goes."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[FormProblem] = []
        self.names: dict[str, int] = {}
        self.elements: dict[str, Element] = {}

    def problem(self, code: E, *, line: int | None = None, question: str | None = None,
                column: str | None = None, **values: object) -> None:
        self.problems.append(make_problem(code, self.source, line=line, question=question, column=column,
                                          **values))

    # -- small readers -------------------------------------------------------------------
    def text(self, row: Mapping[str, Any], key: str, question: str | None) -> LocalText | None:
        raw = row.get(key)
        if raw is None:
            return None
        line = _key_line(row, key)
        if isinstance(raw, str | int | float):
            return LocalText(MappingProxyType({"": str(raw)}))
        if not isinstance(raw, dict) or not raw:
            self.problem(E.NOT_A_MAPPING, line=line, question=question, column=key,
                         expected="a text or a mapping of language code to text", found=type(raw).__name__)
            return None
        texts: dict[str, str] = {}
        for lang, value in raw.items():
            if not LANG_RE.match(str(lang)) or value is None or isinstance(value, dict | list):
                self.problem(E.BAD_VALUE, line=line, question=question, column=key, value=lang,
                             detail="a text is a mapping of language code to text",
                             todo="Quote texts that contain ',', ':', '{' or '#', e.g. ne: \"१ देखि २,००,०००\".")
                continue
            texts[str(lang)] = str(value)
        if not texts:
            return None
        return LocalText(MappingProxyType(texts))

    def expression(self, row: Mapping[str, Any], key: str, question: str | None,
                   *, columns: bool = False) -> Expression | None:
        raw = row.get(key)
        if raw is None or raw == "":
            return None
        if isinstance(raw, bool):
            raw = "true()" if raw else "false()"
        source = str(raw)
        if key == "required" and source.strip().lower() in {"yes", "true", "false", "no"}:
            source = "true()" if source.strip().lower() in {"yes", "true"} else "false()"
        try:
            node = parse(source, allow_columns=columns)
        except ExprSyntaxError as err:
            self.problem(E.SYNTAX, line=_key_line(row, key), question=question, column=key, detail=err.message
                         + f" (at character {err.position + 1} of {source!r})")
            return None
        return Expression(source=source, node=node, refs=references(node), uses_current=uses_current(node))

    def name(self, row: LineDict, kind: str) -> str | None:
        raw = row.get("name")
        if raw is None:
            self.problem(E.MISSING_KEY, line=row.line, column="name", key="name")
            return None
        name = str(raw)
        if not NAME_RE.match(name):
            self.problem(E.BAD_NAME, line=row.line, question=name, column="name", value=name)
            return None
        if name in self.names:
            self.problem(E.DUPLICATE_NAME, line=row.line, question=name, column="name", value=name,
                         other_line=self.names[name])
            return None
        self.names[name] = row.line
        return name

    def check_keys(self, row: Mapping[str, Any], allowed: tuple[str, ...], question: str | None) -> None:
        for key in row:
            if key not in allowed:
                self.problem(E.UNKNOWN_KEY, line=_key_line(row, key), question=question, column=key, key=key,
                             suggestion=did_you_mean(key, allowed))

    # -- rows ------------------------------------------------------------------------------
    def elements_of(self, rows: Any, parents: tuple[str, ...], repeats: tuple[str, ...],
                    line: int) -> tuple[Element, ...]:
        if not isinstance(rows, list):
            self.problem(E.NOT_A_MAPPING, line=line, expected="a list of rows", found=type(rows).__name__)
            return ()
        built: list[Element] = []
        for row in rows:
            if not isinstance(row, LineDict):
                self.problem(E.NOT_A_MAPPING, line=getattr(rows, "line", line), expected="a row (a mapping)",
                             found=type(row).__name__)
                continue
            element = self.element(row, parents, repeats)
            if element is not None:
                built.append(element)
        return tuple(built)

    def element(self, row: LineDict, parents: tuple[str, ...], repeats: tuple[str, ...]) -> Element | None:
        raw_type = str(row.get("type", "")).strip()
        if not raw_type:
            self.problem(E.MISSING_KEY, line=row.line, question=_str(row.get("name")), column="type", key="type")
            return None
        if raw_type in ("group", "repeat"):
            return self.group(row, raw_type, parents, repeats)
        return self.question(row, raw_type, parents, repeats)

    def group(self, row: LineDict, kind: str, parents: tuple[str, ...],
              repeats: tuple[str, ...]) -> Group | None:
        name = self.name(row, kind)
        self.check_keys(row, GROUP_KEYS, name)
        if kind == "group" and "repeat_count" in row:
            self.problem(E.MISPLACED, line=_key_line(row, "repeat_count"), question=name, column="repeat_count",
                         key="repeat_count", kind="group")
        if name is None:
            return None
        inner_repeats = (*repeats, name) if kind == "repeat" else repeats
        children = self.elements_of(row.get("children", []), (*parents, name), inner_repeats, row.line)
        if row.get("children") == []:
            self.problem(E.EMPTY_GROUP, line=row.line, question=name, column="children", value=name)
        common: dict[str, Any] = {
            "name": name, "label": self.text(row, "label", name), "children": children,
            "relevant": self.expression(row, "relevant", name), "appearance": _str(row.get("appearance")),
            "parents": parents, "repeats": repeats,
        }
        element: Group
        if kind == "repeat":
            element = Repeat(**common, repeat_count=self.expression(row, "repeat_count", name))
        else:
            element = Group(**common)
        self.elements[name] = element
        return element

    def question(self, row: LineDict, raw_type: str, parents: tuple[str, ...],
                 repeats: tuple[str, ...]) -> Question | None:
        name = self.name(row, "question")
        self.check_keys(row, QUESTION_KEYS, name)
        type_word, _, list_name = raw_type.partition(" ")
        list_name = list_name.strip()
        try:
            qtype = QType(type_word)
        except ValueError:
            self.problem(E.UNKNOWN_TYPE, line=_key_line(row, "type"), question=name, column="type", value=raw_type,
                         suggestion=did_you_mean(type_word, _TYPE_NAMES))
            return None
        selects = (QType.SELECT_ONE, QType.SELECT_MULTIPLE)
        if qtype in selects and not list_name:
            self.problem(E.BAD_VALUE, line=_key_line(row, "type"), question=name, column="type", value=raw_type,
                         detail="a select needs the name of its choice list",
                         todo=f"Write '{qtype.value} LIST_NAME'.")
            return None
        if qtype not in selects and list_name:
            self.problem(E.BAD_VALUE, line=_key_line(row, "type"), question=name, column="type", value=raw_type,
                         detail="only select_one and select_multiple take a list name", todo="Remove the list name.")
        if name is None:
            return None
        read_only = row.get("read_only", False)
        if not isinstance(read_only, bool):
            self.problem(E.BAD_VALUE, line=_key_line(row, "read_only"), question=name, column="read_only",
                         value=read_only, detail="read_only is true or false", todo="Write true or false.")
            read_only = False
        parameters = row.get("parameters") or {}
        if not isinstance(parameters, dict):
            self.problem(E.NOT_A_MAPPING, line=_key_line(row, "parameters"), question=name, column="parameters",
                         expected="a mapping", found=type(parameters).__name__)
            parameters = {}
        default = row.get("default")
        question = Question(
            name=name, type=qtype, label=self.text(row, "label", name), hint=self.text(row, "hint", name),
            required=self.expression(row, "required", name),
            required_message=self.text(row, "required_message", name),
            constraint=self.expression(row, "constraint", name),
            constraint_message=self.text(row, "constraint_message", name),
            relevant=self.expression(row, "relevant", name),
            calculation=self.expression(row, "calculation", name),
            default=None if default is None else str(default),
            choice_filter=self.expression(row, "choice_filter", name, columns=True),
            read_only=read_only, appearance=_str(row.get("appearance")), list_name=list_name or None,
            parameters=MappingProxyType({str(k): str(v) for k, v in parameters.items()}),
            parents=parents, repeats=repeats, plausible=self.plausible(row, name, qtype),
        )
        if qtype is QType.CALCULATE and question.calculation is None:
            self.problem(E.MISSING_CALCULATION, line=row.line, question=name, column="calculation")
        self.elements[name] = question
        return question

    def plausible(self, row: Mapping[str, Any], name: str, qtype: QType) -> tuple[float | None, float | None] | None:
        """``plausible: [low, high]`` (either may be null) on a number or a calculation."""
        raw = row.get("plausible")
        if raw is None:
            return None
        line = _key_line(row, "plausible")
        if qtype not in (QType.INTEGER, QType.DECIMAL, QType.CALCULATE):
            self.problem(E.BAD_VALUE, line=line, question=name, column="plausible", value=raw,
                         detail="only numbers and calculations have a plausible range",
                         todo="Remove plausible, or put it on a number question.")
            return None
        bounds = raw if isinstance(raw, list) and len(raw) == 2 else None
        if bounds is None or not all(b is None or _is_number(b) for b in bounds) or bounds == [None, None] or (
            None not in bounds and bounds[0] > bounds[1]
        ):
            self.problem(E.BAD_VALUE, line=line, question=name, column="plausible", value=raw,
                         detail="a plausible range is [low, high], low not above high; one of them may be null",
                         todo="Write for example plausible: [0.1, 3].")
            return None
        return (None if bounds[0] is None else float(bounds[0]), None if bounds[1] is None else float(bounds[1]))

    def choices(self, raw: Any, line: int) -> dict[str, ChoiceList]:
        if raw is None:
            return {}
        if not isinstance(raw, dict):
            self.problem(E.NOT_A_MAPPING, line=line, column="choices", expected="a mapping of list name to choices",
                         found=type(raw).__name__)
            return {}
        lists: dict[str, ChoiceList] = {}
        for list_name, items in raw.items():
            list_line = _key_line(raw, list_name) or line
            if not isinstance(items, list):
                self.problem(E.NOT_A_MAPPING, line=list_line, column="choices", expected="a list of choices",
                             found=type(items).__name__)
                continue
            lists[list_name] = ChoiceList(list_name, tuple(self.choice_items(list_name, items, list_line)))
        return lists

    def choice_items(self, list_name: str, items: list[Any], line: int) -> list[Choice]:
        seen: set[str] = set()
        built: list[Choice] = []
        for item in items:
            item_line = getattr(item, "line", line)
            if not isinstance(item, dict) or "name" not in item:
                self.problem(E.MISSING_KEY, line=item_line, column="choices", key="name")
                continue
            name = str(item["name"])
            if name in seen:
                self.problem(E.DUPLICATE_CHOICE, line=item_line, column="choices", value=name, list=list_name)
                continue
            seen.add(name)
            label = self.text(item, "label", None) or LocalText(MappingProxyType({"": name}))
            extras = {str(k): str(v) for k, v in item.items() if k not in ("name", "label")}
            built.append(Choice(name=name, label=label, extras=MappingProxyType(extras)))
        return built


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _str(value: Any) -> str | None:
    return None if value is None else str(value)


def _key_line(row: Mapping[str, Any], key: str) -> int | None:
    lines = getattr(row, "key_lines", None)
    if lines and key in lines:
        return int(lines[key])
    return getattr(row, "line", None)


def _gather_loose_questions(survey: tuple[Element, ...], title: LocalText) -> tuple[Element, ...]:
    """Wrap runs of top-level visible questions into pages of their own (see docs/forms.md)."""
    result: list[Element] = []
    loose: list[Element] = []

    def flush() -> None:
        if loose:
            result.append(Group(name=f"_page_{len(result) + 1}", label=title, children=tuple(loose)))
            loose.clear()

    for element in survey:
        hidden = isinstance(element, Question) and (
            element.type in METADATA_TYPES or element.type is QType.CALCULATE
        )
        if isinstance(element, Group) or hidden:
            flush()
            result.append(element)
        else:
            loose.append(element)
    flush()
    return tuple(result)


def build_form(data: Any, source: str) -> Form:
    """Build and check a form from parsed YAML data; raises FormLoadError with every problem."""
    b = _Builder(source)
    if not isinstance(data, LineDict):
        b.problem(E.NOT_A_MAPPING, line=1, expected="a mapping with form_id, title, survey...",
                  found=type(data).__name__)
        raise FormLoadError(b.problems)
    b.check_keys(data, FORM_KEYS, None)
    for key in ("form_id", "version", "title", "survey"):
        if key not in data:
            b.problem(E.MISSING_KEY, line=1, column=key, key=key)
    form_id = str(data.get("form_id", ""))
    if form_id and not NAME_RE.match(form_id):
        b.problem(E.BAD_NAME, line=_key_line(data, "form_id"), column="form_id", value=form_id)
    title = b.text(data, "title", None) or LocalText(MappingProxyType({"": form_id}))
    default_language = str(data.get("default_language", "en"))
    declared = data.get("languages")
    if declared is not None and not (isinstance(declared, list) and all(isinstance(x, str) for x in declared)):
        b.problem(E.BAD_VALUE, line=_key_line(data, "languages"), column="languages", value=declared,
                  detail="languages is a list of language codes", todo="Write e.g. [en, ne, uz].")
        declared = None
    languages = tuple(declared) if declared else tuple(sorted(title.languages() - {""}) or (default_language,))
    survey = b.elements_of(data.get("survey", []), (), (), _key_line(data, "survey") or 1)
    settings = _settings(b, data)
    pages = _gather_loose_questions(survey, title)
    for page in pages:
        b.elements.setdefault(page.name, page)
    form = Form(
        form_id=form_id, version=str(data.get("version", "")), title=title, default_language=default_language,
        languages=languages, survey=pages,
        choices=MappingProxyType(b.choices(data.get("choices"), _key_line(data, "choices") or 1)),
        settings=settings, description=b.text(data, "description", None), source=Path(source),
        elements=MappingProxyType(dict(b.elements)),
    )
    lines = {name: line for name, line in b.names.items()}
    b.problems.extend(check_form(form, source, lines))
    if not b.problems:
        b.problems.extend(evaluation_problems(form, source, lines))
    if b.problems:
        raise FormLoadError(b.problems)
    return form


def _settings(b: _Builder, data: LineDict) -> Settings:
    raw = data.get("settings") or LineDict()
    if not isinstance(raw, dict):
        b.problem(E.NOT_A_MAPPING, line=_key_line(data, "settings"), column="settings", expected="a mapping",
                  found=type(raw).__name__)
        return Settings()
    b.check_keys(raw, SETTINGS_KEYS, None)
    paradata = raw.get("paradata", False)
    if not isinstance(paradata, bool):
        b.problem(E.BAD_VALUE, line=_key_line(raw, "paradata"), column="paradata", value=paradata,
                  detail="paradata is true or false", todo="Write true or false.")
        paradata = False
    return Settings(instance_name=b.expression(raw, "instance_name", None), site=b.expression(raw, "site", None),
                    paradata=paradata)


def load_form_text(text: str, source: str = "<form>", base: Path | None = None) -> Form:
    """Load a form from YAML text (``source`` names it in messages; ``base`` is the folder its
    ``include`` rows read from: none for a text that must be self-contained, as stored ones are)."""
    try:
        data = load_yaml(text)
    except YamlRefused as err:
        line = err.problem_mark.line + 1 if err.problem_mark is not None else None
        code, value = (E.YAML_ALIAS, err.alias) if err.alias is not None else (E.TOO_LARGE, err.problem)
        raise FormLoadError([make_problem(code, source, line=line, value=value, detail=value)]) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        detail = str(getattr(err, "problem", None) or err)
        raise FormLoadError([make_problem(E.BAD_YAML, source, line=line, detail=detail)]) from None
    too_large = size_problem(data, source)
    if too_large is not None:
        raise FormLoadError([too_large])
    resolved = resolve_includes(data, source, base)
    if resolved.problems:
        raise FormLoadError(resolved.problems)
    too_large = size_problem(resolved.data, source) if resolved.blocks else None
    if too_large is not None:
        raise FormLoadError([too_large])
    return build_form(resolved.data, source)


def load_form(path: str | Path) -> Form:
    """Load and check one form file."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FORM_CHARS * 4:  # four bytes per character at most in UTF-8
            raise FormLoadError([make_problem(E.TOO_LARGE, str(path), detail=f"{path.stat().st_size // 2**20} MB; "
                                              f"at most {MAX_FORM_CHARS // 2**20} MB")])
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise FormLoadError([make_problem(E.BAD_FILE, str(path), detail=err)]) from None
    return load_form_text(text, str(path), base=path.parent)


def load_forms(directory: str | Path) -> dict[str, Form]:
    """Every ``*.yaml`` form in a folder, by form_id; raises with the problems of every broken file."""
    forms: dict[str, Form] = {}
    problems: list[FormProblem] = []
    for path in form_files(Path(directory)):
        try:
            form = load_form(path)
        except FormLoadError as err:
            problems.extend(err.problems)
            continue
        forms[form.form_id] = form
    if problems:
        raise FormLoadError(problems)
    return forms
