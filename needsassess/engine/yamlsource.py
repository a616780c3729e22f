"""Reading YAML with line numbers, so form errors can say where they are, within a budget.

libyaml parses the text into events (~1 µs each); the events are turned into Python objects here
rather than by PyYAML's composer and constructor, which are slow, forget positions, and expand
aliases without limit (a 1.5 KB alias bomb becomes gigabytes). Here an alias is refused, the text
and the number of nodes are bounded (``budget``), and nesting is bounded, all before anything large
is built. Mappings become ``LineDict`` and sequences ``LineList``, which remember the line they and
their keys started on. Only plain data: strings, numbers, booleans, null; dates stay text.
"""

from __future__ import annotations

from typing import Any

import yaml

from needsassess.engine.budget import MAX_FORM_CHARS, MAX_YAML_NODES

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Mark = Any  # yaml.Mark, or libyaml's own Mark class: both have .line
_MAX_DEPTH = 100


class YamlRefused(yaml.MarkedYAMLError):
    """Readable YAML that we refuse: an alias, or too large. ``problem`` says which."""

    def __init__(self, problem: str, mark: _Mark, *, alias: str | None = None) -> None:
        super().__init__(problem=problem, problem_mark=mark)
        self.alias = alias


class LineDict(dict[str, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0


def _scalar(tag: str, value: str, mark: _Mark) -> Any:
    if tag == "tag:yaml.org,2002:str" or tag == "tag:yaml.org,2002:timestamp":
        return value
    if tag == "tag:yaml.org,2002:int":
        text = value.replace("_", "")
        try:
            return int(text, 0) if text[:2].lower() in ("0x", "0o", "0b") else int(text)
        except ValueError:
            return value
    if tag == "tag:yaml.org,2002:float":
        try:
            return float(value.replace("_", ""))
        except ValueError:
            return value
    if tag == "tag:yaml.org,2002:bool":
        return value.lower() in ("true", "yes", "on", "y")
    if tag == "tag:yaml.org,2002:null":
        return None
    raise yaml.constructor.ConstructorError(None, None, f"unsupported tag {tag}", mark)


class _Builder:
    """Builds the value of one document from its events, without recursion."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader
        self.nodes = 0
        # Open collections: (container, pending key for a mapping or None, key line).
        self.stack: list[list[Any]] = []
        self.result: Any = None

    def add(self, value: Any, mark: _Mark) -> None:
        if not self.stack:
            self.result = value
            return
        frame = self.stack[-1]
        container = frame[0]
        if isinstance(container, LineList):
            container.append(value)
        elif frame[1] is None:
            if isinstance(value, LineDict | LineList):
                raise yaml.constructor.ConstructorError(None, None, "a key must be a plain value", mark)
            frame[1], frame[2] = value if isinstance(value, str) else str(value), mark.line + 1
        else:
            key = frame[1]
            container[key] = value
            container.key_lines[key] = frame[2]
            frame[1] = None

    def open(self, container: LineDict | LineList, mark: _Mark) -> None:
        if len(self.stack) >= _MAX_DEPTH:
            raise yaml.constructor.ConstructorError(None, None, "nested too deeply", mark)
        container.line = mark.line + 1
        if isinstance(container, LineDict):
            container.key_lines = {}
        self.stack.append([container, None, 0])

    def close(self, mark: _Mark) -> None:
        container = self.stack.pop()[0]
        self.add(container, mark)

    def event(self, event: yaml.Event) -> None:
        self.nodes += 1
        if self.nodes > MAX_YAML_NODES:
            raise YamlRefused(f"more than {MAX_YAML_NODES:,} YAML values", event.start_mark)
        if isinstance(event, yaml.ScalarEvent):
            self.add(self.scalar(event), event.start_mark)
        elif isinstance(event, yaml.SequenceStartEvent):
            self.open(LineList(), event.start_mark)
        elif isinstance(event, yaml.MappingStartEvent):
            self.open(LineDict(), event.start_mark)
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            self.close(event.start_mark)
        elif isinstance(event, yaml.AliasEvent):
            raise YamlRefused("aliases are not supported", event.start_mark, alias=str(event.anchor))

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        tag = event.tag
        mark: _Mark = event.start_mark
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == "tag:yaml.org,2002:merge":
            raise yaml.constructor.ConstructorError(None, None, "merge keys (<<) are not supported", mark)
        return _scalar(tag, event.value, mark)


def load_yaml(text: str) -> Any:
    """Parse YAML text; raises ``yaml.YAMLError`` (with a mark) on bad input, ``YamlRefused`` on an
    alias or a text past the budget."""
    if len(text) > MAX_FORM_CHARS:
        raise YamlRefused(f"{len(text) // 2**20} MB of text; at most {MAX_FORM_CHARS // 2**20} MB", None)
    loader = _Loader(text)
    try:
        builder = _Builder(loader)
        documents = 0
        while loader.check_event():
            event = loader.get_event()
            mark: _Mark = event.start_mark
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise yaml.composer.ComposerError("expected a single document in the stream", None,
                                                      "but found another document", mark)
            elif not isinstance(event, yaml.StreamStartEvent | yaml.StreamEndEvent | yaml.DocumentEndEvent):
                builder.event(event)
        return builder.result
    finally:
        loader.dispose()
