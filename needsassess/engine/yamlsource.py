"""Reading YAML with line numbers, so form errors can say where they are.

libyaml composes the node tree (it is ~10x faster than PyYAML's pure-Python scanner), and the
nodes are turned into Python objects here rather than by PyYAML's constructor, which is slow and
forgets positions. Mappings become ``LineDict`` and sequences ``LineList``, which remember the line
they and their keys started on. Only plain data: strings, numbers, booleans, null; dates stay text.
"""

from __future__ import annotations

from typing import Any

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAX_DEPTH = 100


class LineDict(dict[str, Any]):
    """A mapping that knows its own line and the line of each key (1-based)."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0


def _scalar(node: yaml.ScalarNode) -> Any:
    tag, value = node.tag, node.value
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
    raise yaml.constructor.ConstructorError(None, None, f"unsupported tag {tag}", node.start_mark)


def _convert(node: yaml.Node, depth: int = 0) -> Any:
    if depth > _MAX_DEPTH:
        raise yaml.constructor.ConstructorError(None, None, "nested too deeply", node.start_mark)
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node)
    if isinstance(node, yaml.SequenceNode):
        items = LineList(_convert(child, depth + 1) for child in node.value)
        items.line = node.start_mark.line + 1
        return items
    if isinstance(node, yaml.MappingNode):
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise yaml.constructor.ConstructorError(None, None, "merge keys (<<) are not supported",
                                                        key_node.start_mark)
            key = _convert(key_node, depth + 1)
            key = key if isinstance(key, str) else str(key)
            result[key] = _convert(value_node, depth + 1)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result
    raise yaml.constructor.ConstructorError(None, None, "unsupported YAML node", node.start_mark)


def load_yaml(text: str) -> Any:
    """Parse YAML text; raises ``yaml.YAMLError`` (with a mark) on bad input."""
    node = yaml.compose(text, Loader=_Loader)
    return None if node is None else _convert(node)
