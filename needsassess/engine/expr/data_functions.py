"""Lookups in lists that travel with a form (datasets, choice lists): ``pulldata()``.

``instance('x')/root/item[key = value]/column`` is read as the same lookup (the XLSForm importer
rewrites it), so one indexed lookup serves both spellings.
"""

from __future__ import annotations

from needsassess.engine.expr.ast import Node
from needsassess.engine.expr.resolver import Builder, Compiled, Resolver
from needsassess.engine.expr.values import Value, to_string


def _build_pulldata(args: tuple[Node, ...], fns: list[Compiled]) -> Compiled:
    dataset, column, key_column, key = fns

    def run(r: Resolver) -> Value:
        return r.pulldata(to_string(dataset(r)), to_string(column(r)), to_string(key_column(r)),
                          to_string(key(r)))

    return run


DATA_BUILDERS: dict[str, Builder] = {"pulldata": _build_pulldata}
