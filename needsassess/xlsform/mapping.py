"""pyxform's normalised form (its ``workbook_to_json`` dict) → our YAML form, with a located report.

pyxform has already resolved the spellings (``select one from X``, ``begin_group``, ``SURVEY``,
``LABEL::EN``, typographic quotes, ``or_other``, comment rows); here each element is mapped to ours,
and every difference is reported against the Excel row of the question it concerns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from needsassess.errors import Catalogue
from needsassess.errors.xlsform_codes import XLSFormReason as R
from needsassess.xlsform import expressions
from needsassess.xlsform.columns import language_code
from needsassess.xlsform.report import APPROXIMATED, DROPPED, NOTE, ImportReport
from needsassess.xlsform.types import APPROXIMATED as APPROX_TYPES
from needsassess.xlsform.types import DROPPED as DROPPED_TYPES
from needsassess.xlsform.types import KEPT, PARADATA_TYPES, SELECTS

NAME_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
FILE_LIST = re.compile(r".+\.(csv|xml|geojson)\Z", re.IGNORECASE)
BIND_EXPRESSIONS = {"relevant": "relevant", "constraint": "constraint", "calculate": "calculation",
                    "required": "required"}
BIND_TEXTS = {"jr:constraintMsg": "constraint_message", "jr:requiredMsg": "required_message"}
METADATA = frozenset({"start", "end", "today", "deviceid", "username"})
SKIPPED_KEYS = frozenset({"type", "name", "children", "label", "hint", "bind", "control", "choices", "itemset",
                          "list_name", "parameters", "choice_filter", "default", "_dynamic_default", "actions",
                          "instance", "sms_field", "trigger", "media", "guidance_hint", "query",
                          "start", "end", "step"})  # range bounds: read into the constraint


@dataclass
class Mapper:
    report: ImportReport
    rows: dict[str, int]
    sheet: str
    languages: dict[str, str]  # pyxform's language spelling ("default", "English (en)") -> our code
    datasets: set[str] = field(default_factory=set)  # external files the form reads (by dataset name)
    renamed: dict[str, str] = field(default_factory=dict)
    used_names: set[str] = field(default_factory=set)
    search_columns: dict[str, dict[str, str]] = field(default_factory=dict)  # question -> value/label columns
    # pyxform's value/label columns of a GeoJSON list (its features' id and title), unless parameters say others
    default_columns: dict[str, dict[str, str]] = field(default_factory=dict)
    paradata: bool = False  # an ``audit`` row asks for paradata (settings.paradata)

    # -- report helpers ---------------------------------------------------------------
    def add(self, level: str, name: str | None, column: str | None, reason: Catalogue, /, **params: object) -> None:
        self.report.add(level, self.sheet, self.rows.get(name or ""), column, reason, **params)

    # -- texts ------------------------------------------------------------------------
    def text(self, raw: Any) -> dict[str, str] | None:
        if raw is None or raw == "":
            return None
        if not isinstance(raw, dict):
            return {self.languages["default"]: str(raw)}
        texts: dict[str, str] = {}
        for spelling, value in raw.items():
            code = self.languages.get(str(spelling))
            if code and value not in (None, "") and not isinstance(value, dict | list):
                texts.setdefault(code, str(value))
        return texts or None

    # -- names ------------------------------------------------------------------------
    def our_name(self, name: str) -> str:
        """A name our forms accept (letters, digits, _), unique in the form; renames are reported."""
        if name in self.renamed:
            return self.renamed[name]
        candidate = name if NAME_RE.match(name) else re.sub(r"\W", "_", name, flags=re.ASCII)
        if not NAME_RE.match(candidate):
            candidate = f"_{candidate}"
        base, n = candidate, 2
        while candidate in self.used_names:
            candidate, n = f"{base}_{n}", n + 1
        if candidate != name:
            self.add(APPROXIMATED, name, "name", R.RENAMED, name=name, candidate=candidate)
        self.renamed[name] = candidate
        self.used_names.add(candidate)
        return candidate

    # -- elements ---------------------------------------------------------------------
    def children(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for item in items:
            out.extend(self.element(item))
        return out

    def element(self, item: dict[str, Any]) -> list[dict[str, Any]]:
        kind = str(item.get("type", ""))
        name = str(item.get("name", ""))
        if kind == "group" and name == "meta" and item.get("control", {}).get("bodyless"):
            # pyxform's own block: instanceID (our assessments have a uuid) and the metadata it moves there
            for child in item.get("children") or []:
                if child.get("name") not in ("instanceID", "instanceName"):
                    self.element(child)
            return []
        if kind in ("group", "repeat", "loop"):
            return self.group(item, kind)
        low = kind.lower()
        if low in PARADATA_TYPES:
            self.audit(item, name, kind)
            return []
        if low in DROPPED_TYPES:
            self.add(DROPPED, name, "type", R.TYPE_DROPPED, kind=kind, reason=DROPPED_TYPES[low])
            if low in ("xml-external", "csv-external"):
                self.datasets.add(name)
            return []
        element: dict[str, Any] = {"type": "", "name": self.our_name(name)}
        if low in KEPT:
            element["type"] = KEPT[low]
        elif low in SELECTS:
            element["type"] = self.select(item, SELECTS[low], name)
        elif low in APPROX_TYPES:
            element["type"], why = APPROX_TYPES[low]
            self.add(APPROXIMATED, name, "type", R.TYPE_APPROXIMATED, kind=kind, type=element["type"], reason=why)
            self.range_constraint(item, element, low)
        else:
            element["type"] = "text"
            self.add(APPROXIMATED, name, "type", R.TYPE_UNKNOWN, kind=kind)
        self.columns(item, element, name)
        self._or_other(item, name)
        return [element]

    def audit(self, item: dict[str, Any], name: str, kind: str) -> None:
        """XLSForm's audit row: paradata on for the form; what its parameters ask that we do otherwise."""
        self.paradata = True
        self.add(NOTE, name, "type", R.AUDIT_PARADATA, kind=kind)
        for parameter in sorted(_parameters(item.get("parameters"))):
            if parameter.startswith("location-"):
                why = R.AUDIT_NO_LOCATION
            elif parameter == "identify-user":
                why = R.AUDIT_NO_IDENTIFY
            elif parameter in ("track-changes", "track-changes-reasons"):
                why = R.AUDIT_CHANGES_ALWAYS
            else:
                self.add(DROPPED, name, "parameters", R.NOT_USED)
                continue
            self.add(APPROXIMATED, name, "parameters", why, parameter=parameter)

    def _or_other(self, item: dict[str, Any], name: str) -> None:
        """pyxform writes ``or_other`` as a choice 'other' and a text question NAME_other: say so."""
        relevant = str((item.get("bind") or {}).get("relevant", ""))
        match = re.fullmatch(r"selected\(\.\./(?P<q>[\w.-]+), 'other'\)", relevant)
        if match and name == f"{match.group('q')}_other" and item.get("type") == "text":
            self.add(APPROXIMATED, match.group("q"), "type", R.OR_OTHER, name=name)

    def group(self, item: dict[str, Any], kind: str) -> list[dict[str, Any]]:
        name = str(item.get("name", ""))
        if kind == "loop":
            self.add(APPROXIMATED, name, "type", R.LOOP)
        element: dict[str, Any] = {"type": "repeat" if kind != "group" else "group", "name": self.our_name(name)}
        label = self.text(item.get("label"))
        if label:
            element["label"] = label
        control = item.get("control") or {}
        if control.get("appearance"):
            element["appearance"] = str(control["appearance"])
        relevant = (item.get("bind") or {}).get("relevant")
        if relevant:
            self.expression(element, "relevant", relevant, name)
        if kind != "group" and control.get("jr:count"):
            self.expression(element, "repeat_count", control["jr:count"], name)
        children = self.children(list(item.get("children") or []))
        if not children:
            self.add(DROPPED, name, "type", R.EMPTY_GROUP if element["type"] == "group" else R.EMPTY_REPEAT)
            return []
        element["children"] = children
        return [element]

    def select(self, item: dict[str, Any], ours: str, name: str) -> str:
        itemset = str(item.get("itemset") or item.get("list_name") or "")
        if FILE_LIST.match(itemset):
            dataset = itemset.rsplit(".", 1)[0]
            self.datasets.add(dataset)
            if itemset.lower().endswith(".geojson"):
                self.default_columns[name] = {"value": "id", "label": "title"}
            if not itemset.lower().endswith(".csv"):
                self.add(APPROXIMATED, name, "type", R.CHOICES_FROM_FILE, itemset=itemset, dataset=dataset)
            return f"{ours} {dataset}.csv"
        control = item.get("control") or {}
        search = re.match(r"\s*search\(\s*['\"]([^'\"]+)['\"]", str(control.get("appearance") or ""))
        if search:
            dataset = search.group(1)
            self.datasets.add(dataset)
            self.add(APPROXIMATED, name, "appearance", R.SEARCH_LIST, dataset=dataset, itemset=itemset)
            self.search_columns[name] = _search_columns(item)
            return f"{ours} {dataset}.csv"
        return f"{ours} {itemset}"

    def range_constraint(self, item: dict[str, Any], element: dict[str, Any], kind: str) -> None:
        if kind == "percentage":
            element["constraint"] = ". >= 0 and . <= 100"
            return
        if kind != "range":
            return
        params = {k.lower(): v for k, v in _parameters(item.get("parameters")).items()}
        start = str(item.get("start", params.get("start", "0")))
        end = str(item.get("end", params.get("end", "10")))
        element["constraint"] = f". >= {start} and . <= {end}"

    # -- columns ----------------------------------------------------------------------
    def columns(self, item: dict[str, Any], element: dict[str, Any], name: str) -> None:
        for key in ("label", "hint"):
            texts = self.text(item.get(key))
            if texts:
                element[key] = texts
        bind = dict(item.get("bind") or {})
        for key, column in BIND_TEXTS.items():
            texts = self.text(bind.pop(key, None))
            if texts:
                element[column] = texts
        for key, column in BIND_EXPRESSIONS.items():
            raw = bind.pop(key, None)
            if raw in (None, ""):
                continue
            if column == "required":
                self.required(element, str(raw), name)
            else:
                self.expression(element, column, raw, name)
        if str(bind.pop("readonly", "")).strip().lower() in ("yes", "true", "true()", "1"):
            element["read_only"] = True
        for key in bind:
            if key != "type":  # the XML data type pyxform chose; ours follows from the question type
                self.add(DROPPED, name, key, R.NOT_USED)
        if item.get("choice_filter"):
            self.expression(element, "choice_filter", item["choice_filter"], name)
        if item.get("default") not in (None, ""):
            self.default(element, str(item["default"]), name)
        self.display(item, element, name)

    def required(self, element: dict[str, Any], raw: str, name: str) -> None:
        value = raw.strip().lower()
        if value in ("yes", "true", "true()", "1"):
            element["required"] = True
        elif value not in ("no", "false", "false()", "0"):
            self.expression(element, "required", raw, name)

    def default(self, element: dict[str, Any], raw: str, name: str) -> None:
        if raw.strip() in ("today()", "now()") or not re.search(r"[${}()]", raw):
            element["default"] = raw
            return
        self.expression(element, "calculation", raw, name)
        if "calculation" in element and element["type"] != "calculate":
            element.pop("calculation")
            self.add(APPROXIMATED, name, "default", R.COMPUTED_DEFAULT)
            element["default"] = raw

    def display(self, item: dict[str, Any], element: dict[str, Any], name: str) -> None:
        control = item.get("control") or {}
        appearance = control.get("appearance")
        if appearance and str(appearance).strip().startswith("search(") and "_from_" not in element["type"] \
                and not element["type"].endswith(".csv"):
            self.add(DROPPED, name, "appearance", R.SEARCH_NOT_SELECT)
        elif appearance and not str(appearance).strip().startswith("search("):
            element["appearance"] = str(appearance)
        params = _parameters(item.get("parameters"))
        params.update(self.search_columns.get(name, {}))
        for key, column in self.default_columns.get(name, {}).items():
            params.setdefault(key, column)
        if element["type"].startswith("decimal"):  # a range's start/end became its constraint
            params = {k: v for k, v in params.items() if k not in ("start", "end", "step")}
        if params:
            element["parameters"] = {str(k): str(v) for k, v in params.items()}
        for key in ("media", "guidance_hint", "trigger"):
            if item.get(key):
                self.add(DROPPED, name, key, R.NOT_SHOWN)
        for key in control:
            if key not in ("appearance", "jr:count", "bodyless", "start", "end", "step"):
                self.add(DROPPED, name, key, R.NOT_USED)
        for key in item:
            if key not in SKIPPED_KEYS:
                self.add(DROPPED, name, key, R.NOT_USED)

    def expression(self, element: dict[str, Any], column: str, raw: Any, name: str) -> None:
        text = expressions.rewrite(str(raw).strip())
        if not text:
            return
        self.datasets.update(expressions.datasets_read(text))
        reason = expressions.problem(text, columns=column == "choice_filter")
        if reason is not None:
            self.add(DROPPED, name, column, R.EXPRESSION_DROPPED, reason=reason, expression=repr(str(raw)),
                     consequence=_CONSEQUENCE.get(column, R.LEFT_OUT))
            return
        element[column] = text
        if column == "calculation" and element["type"] != "calculate":
            element.pop(column)
            element.setdefault("default", text)
            self.add(NOTE, name, column, R.CALCULATION_AS_DEFAULT)


def _parameters(raw: Any) -> dict[str, str]:
    """pyxform gives parameters as a dict, or (on some types) as the cell's text ``start=1 end=5``."""
    if isinstance(raw, dict):
        return {str(k): str(v) for k, v in raw.items()}
    params: dict[str, str] = {}
    for part in re.split(r"[\s;,]+", str(raw or "").strip()):
        key, sep, value = part.partition("=")
        if sep:
            params[key.strip()] = value.strip()
    return params


def _search_columns(item: dict[str, Any]) -> dict[str, str]:
    """search('x'): the choice list's one row names the value column (name) and the label column (label)."""
    choices = item.get("choices") or []
    if not choices:
        return {}
    label = choices[0].get("label")
    if isinstance(label, dict):
        label = next(iter(label.values()), None)
    columns = {"value": str(choices[0].get("name", "name"))}
    if label:
        columns["label"] = str(label)
    return columns


_CONSEQUENCE = {
    "relevant": R.ALWAYS_ASKED,
    "constraint": R.NOT_CHECKED,
    "calculation": R.STAYS_EMPTY,
    "required": R.OPTIONAL,
    "choice_filter": R.EVERY_CHOICE,
    "repeat_count": R.OFFICER_ADDS,
}


def language_codes(data: dict[str, Any], default_spelling: str) -> dict[str, str]:
    """Every language spelling pyxform found → our code; 'default' (plain columns) → the default code."""
    spellings: set[str] = set()

    def collect(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("label", "hint", "jr:constraintMsg", "jr:requiredMsg") and isinstance(value, dict):
                    spellings.update(str(k) for k in value)
                else:
                    collect(value)
        elif isinstance(node, list):
            for child in node:
                collect(child)

    collect(data.get("children"))
    collect(data.get("choices"))
    codes: dict[str, str] = {}
    for spelling in sorted(spellings - {"default"}):
        codes[spelling] = language_code(spelling) or language_code(spelling.lower()) or _made_up_code(spelling,
                                                                                                       codes)
    default = codes.get(default_spelling) or language_code(default_spelling) or \
        language_code(default_spelling.lower()) or (next(iter(codes.values())) if len(codes) == 1 else "en")
    codes["default"] = default
    codes.setdefault(default_spelling, default)
    return codes


def _made_up_code(spelling: str, taken: dict[str, str]) -> str:
    """A code for a language name we do not know (``Tetun`` → ``und-Tetun``)."""
    slug = re.sub(r"[^A-Za-z0-9]", "", spelling)[:8] or "x"
    code, n = f"und-{slug}", 2
    while code in taken.values():
        code, n = f"und-{slug}{n}", n + 1
    return code
