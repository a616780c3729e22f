"""Shared blocks of rows that forms include (``forms/_site.yaml``), written in before a form is built.

The site block (country … consent) and the people met are the same in every shipped form: a city
that adopts the forms edits one file, not five. A form names the block with a survey row
``- {type: include, file: _site.yaml}``; the block is a YAML file with ``survey:`` (rows) and
optionally ``choices:`` (lists that the form must not define again). Blocks may include blocks.

Files whose name starts with ``_`` are blocks, not forms: ``form_files`` leaves them out of every
listing. A form is stored, hashed and sent in packages *with its blocks written in*
(``self_contained_text``): an assessment opens on a laptop that never saw ``_site.yaml``, and a changed
block changes the stored text, so the catalogue refuses it under an unchanged ``version``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from needsassess.engine.budget import MAX_FORM_CHARS
from needsassess.engine.errors import FormErrorCode as E
from needsassess.engine.errors import FormLoadError, FormProblem, make_problem
from needsassess.engine.yamlsource import LineDict, LineList, YamlRefused, load_yaml

INCLUDE_TYPE = "include"
BLOCK_KEYS = ("survey", "choices")
_MAX_DEPTH = 8


def is_shared_block(path: Path) -> bool:
    """A file that forms include, never a form of its own (``_site.yaml``)."""
    return path.name.startswith("_")


def form_files(folder: Path) -> list[Path]:
    """The form files of a folder, sorted, without the shared blocks."""
    return sorted(p for p in folder.glob("*.yaml") if not is_shared_block(p))


@dataclass
class _Resolver:
    source: str
    base: Path | None
    problems: list[FormProblem] = field(default_factory=list)
    choices: dict[str, tuple[Any, str]] = field(default_factory=dict)  # list name -> (items, block file)
    used: list[str] = field(default_factory=list)

    def problem(self, code: E, line: int | None, *, value: str, detail: object = "") -> None:
        self.problems.append(make_problem(code, self.source, line=line, column="file", value=value, detail=detail))

    def rows(self, rows: Any, chain: tuple[str, ...]) -> Any:
        """``rows`` with every include row replaced by the block's rows (recursively)."""
        if not isinstance(rows, list):
            return rows
        out = LineList()
        out.line = getattr(rows, "line", 0)
        for row in rows:
            if isinstance(row, Mapping) and row.get("type") == INCLUDE_TYPE:
                out.extend(self.block(row, chain))
                continue
            if isinstance(row, LineDict) and isinstance(row.get("children"), list):
                row = _copy(row, children=self.rows(row["children"], chain))
            out.append(row)
        return out

    def block(self, row: Mapping[str, Any], chain: tuple[str, ...]) -> list[Any]:
        line = getattr(row, "line", None)
        name = str(row.get("file", ""))
        extra = sorted(set(row) - {"type", "file"})
        if not name or extra or "/" in name or "\\" in name or name.startswith("."):
            unknown = f" (unknown: {', '.join(extra)})" if extra else ""
            self.problem(E.INCLUDE_BAD, line, value=name, detail="an include row is {type: include, file: NAME.yaml}"
                         " naming a file in the form's own folder" + unknown)
            return []
        if name in chain:
            self.problem(E.INCLUDE_LOOP, line, value=name, detail=" → ".join((*chain, name)))
            return []
        if len(chain) >= _MAX_DEPTH:
            self.problem(E.INCLUDE_LOOP, line, value=name, detail=f"more than {_MAX_DEPTH} levels of includes")
            return []
        data = self.read(name, line)
        if data is None:
            return []
        self.used.append(name)
        for list_name, items in (data.get("choices") or {}).items():
            self.choices.setdefault(str(list_name), (items, name))
        return list(self.rows(data.get("survey"), (*chain, name)))

    def read(self, name: str, line: int | None) -> LineDict | None:
        if self.base is None:
            self.problem(E.INCLUDE_MISSING, line, value=name, detail="the form was not read from a folder")
            return None
        path = self.base / name
        try:
            if path.stat().st_size > MAX_FORM_CHARS * 4:
                raise OSError("larger than a form may be")
            data = load_yaml(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, YamlRefused, yaml.YAMLError) as err:
            self.problem(E.INCLUDE_MISSING, line, value=name, detail=str(err).splitlines()[0] if str(err) else err)
            return None
        if not isinstance(data, LineDict) or not isinstance(data.get("survey"), list) or set(data) - set(BLOCK_KEYS) \
                or not isinstance(data.get("choices") or {}, Mapping):
            self.problem(E.INCLUDE_BAD, line, value=name, detail="expected 'survey:' rows and optional 'choices:'")
            return None
        return data


def _copy(row: LineDict, **changes: Any) -> LineDict:
    new = LineDict(row)
    new.update(changes)
    new.line = row.line
    new.key_lines = dict(getattr(row, "key_lines", {}))
    return new


@dataclass(frozen=True)
class Resolved:
    """A form's data with its blocks written in; ``blocks`` names the files used (none: unchanged data)."""

    data: Any
    problems: list[FormProblem]
    blocks: tuple[str, ...]


def resolve_includes(data: Any, source: str, base: Path | None) -> Resolved:
    """Write the blocks a form includes into its survey and choices; problems are located at the include row."""
    if not isinstance(data, LineDict) or not _has_include(data.get("survey")):
        return Resolved(data, [], ())
    resolver = _Resolver(source, base)
    survey = resolver.rows(data["survey"], ())
    choices = data.get("choices")
    merged = LineDict(choices) if isinstance(choices, Mapping) else LineDict()
    merged.line = getattr(choices, "line", 0)
    merged.key_lines = dict(getattr(choices, "key_lines", {}))
    for list_name, (items, block) in resolver.choices.items():
        if list_name in merged:
            resolver.problems.append(make_problem(E.INCLUDE_CLASH, source, line=merged.key_lines.get(list_name),
                                                  column="choices", value=list_name, block=block))
            continue
        merged[list_name] = items
    return Resolved(_copy(data, survey=survey, choices=merged), resolver.problems, tuple(resolver.used))


def _has_include(rows: Any) -> bool:
    pending = [rows]
    while pending:
        current = pending.pop()
        if not isinstance(current, list):
            continue
        for row in current:
            if isinstance(row, Mapping):
                if row.get("type") == INCLUDE_TYPE:
                    return True
                pending.append(row.get("children"))
    return False


def _plain(value: Any) -> Any:
    """LineDict/LineList → dict/list, for the YAML writer (which knows only the plain types)."""
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def self_contained_text(text: str, path: Path) -> str:
    """The text of the form at ``path`` with its blocks written in, or ``text`` itself when it includes
    nothing (or is not YAML: loading it then reports why, with its line).

    Raises ``FormLoadError`` with the located problems when a block is missing, loops or clashes."""
    try:
        data = load_yaml(text)
    except (YamlRefused, yaml.YAMLError):
        return text
    resolved = resolve_includes(data, str(path), path.parent)
    if resolved.problems:
        raise FormLoadError(resolved.problems)
    if not resolved.blocks:
        return text
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    body = yaml.dump(_plain(resolved.data), Dumper=dumper, allow_unicode=True, sort_keys=False, width=120)
    return f"# {path.name} with {', '.join(dict.fromkeys(resolved.blocks))} written in\n{body}"
