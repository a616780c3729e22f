"""The layering (docs/architecture.md) checked on the source: who may import whom.

An AST scan of every module in needsassess/, so a forbidden import fails here even when no test
runs the code that makes it (a lazy import inside a function counts too). Each failure names the
module, the line and the import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "needsassess"

# Top-level modules (errors, paths, fileio, timefmt, ...) are leaves every layer may use.
TOP = "(top-level)"
# Packages at the foundation, like the top-level modules: every layer may use them and they use none.
FOUNDATION = ("errors",)
# Which packages each may import (besides itself and the top-level modules). Dependencies point
# one way: ui, cli -> sync, reports, xlsform, analysis, demo -> store -> engine; crypto keeps
# primitives and imports none of them.
ALLOWED: dict[str, frozenset[str]] = {
    # Numbers, dates and calendars in every language: pure functions any layer may use.
    "locale": frozenset(),
    # The shipped country and province outlines: pure functions over a resource file.
    "geo": frozenset(),
    "engine": frozenset(),
    "crypto": frozenset(),
    "store": frozenset({"engine"}),
    "sync": frozenset({"store", "engine", "crypto"}),
    "reports": frozenset({"store", "engine", "locale", "geo"}),
    "xlsform": frozenset({"store", "engine"}),
    # Its files are written with sync's atomic writer and refused with sync's ExportError.
    "analysis": frozenset({"store", "engine", "locale", "sync", "geo"}),
    "demo": frozenset({"store", "engine", "locale"}),
    "cli": frozenset({"locale", "geo", "sync", "reports", "xlsform", "analysis", "demo", "crypto", "store", "engine"}),
    "ui": frozenset({"locale", "geo", "sync", "reports", "xlsform", "analysis", "demo", "crypto", "store", "engine"}),
    "__main__": frozenset({"cli"}),
    TOP: frozenset(),
}
# ``needsassess gui`` starts the window: the one way down from cli to ui, imported when run.
LAZY_EXCEPTIONS = {("cli", "ui"): "needsassess.cli.gui"}
SQL_MODULES = ("sqlalchemy", "sqlite3", "alembic", "psycopg")
QT_MODULES = ("PySide6", "shiboken6")


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    file: str  # as shown: needsassess/sync/apply.py
    line: int
    target: str  # the imported module, dotted and absolute
    lazy: bool  # inside a function

    def where(self) -> str:
        return f"{self.file}:{self.line}: {self.module} imports {self.target}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports_of(path: Path, module: str | None = None) -> Iterator[Import]:
    """The imports in the file at ``path``, the module ``module`` (by default: named by its path)."""
    module = module or _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    file = module.replace(".", "/") + ("/__init__.py" if path.name == "__init__.py" else ".py")
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    lazy_lines = {
        node.lineno
        for func in ast.walk(tree)
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef)
        for node in ast.walk(func)
        if isinstance(node, ast.Import | ast.ImportFrom)
    }
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            # ``from needsassess.store import ledger`` imports the submodule: count the deepest name.
            targets = [base] if base != "needsassess" else [f"{base}.{a.name}" for a in node.names]
        for target in targets:
            yield Import(module, file, node.lineno, target, node.lineno in lazy_lines)


def all_imports() -> list[Import]:
    return [imp for path in sorted(ROOT.rglob("*.py")) for imp in _imports_of(path)]


def layer_of(module: str) -> str:
    """The package a ``needsassess.*`` module belongs to, or TOP for a top-level module."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in FOUNDATION:
        return TOP
    if (ROOT / parts[1]).is_dir() or parts[1] == "__main__":
        return parts[1]
    return TOP


def _is(target: str, roots: tuple[str, ...]) -> bool:
    return any(target == root or target.startswith(root + ".") for root in roots)


def sql_outside_store(imports: list[Import]) -> list[str]:
    return [i.where() for i in imports if _is(i.target, SQL_MODULES) and layer_of(i.module) != "store"]


def qt_outside_ui(imports: list[Import]) -> list[str]:
    return [i.where() for i in imports if _is(i.target, QT_MODULES) and layer_of(i.module) != "ui"]


def package_edges(imports: list[Import]) -> dict[tuple[str, str], list[Import]]:
    """(importing layer, imported layer) -> the imports making that edge."""
    edges: dict[tuple[str, str], list[Import]] = {}
    for i in imports:
        if not _is(i.target, ("needsassess",)) or i.target == "needsassess":
            continue
        source, target = layer_of(i.module), layer_of(i.target)
        if source != target and target != TOP:
            edges.setdefault((source, target), []).append(i)
    return edges


def forbidden_edges(edges: dict[tuple[str, str], list[Import]]) -> list[str]:
    found = []
    for (source, target), imports in sorted(edges.items()):
        for i in imports:
            if target in ALLOWED.get(source, frozenset()):
                continue
            if LAZY_EXCEPTIONS.get((source, target)) == i.module and i.lazy:
                continue
            found.append(f"{i.where()}  ({source} may not import {target})")
    return found


def cycles(edges: dict[tuple[str, str], list[Import]]) -> list[str]:
    """Every cycle among the packages, each shown with one import per edge."""
    graph: dict[str, set[str]] = {}
    for source, target in edges:
        graph.setdefault(source, set()).add(target)
    found: list[str] = []
    seen_cycles: set[frozenset[tuple[str, str]]] = set()

    def visit(node: str, trail: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in trail:
                loop = [*trail[trail.index(nxt) :], nxt]
                steps = list(pairwise(loop))
                if frozenset(steps) not in seen_cycles:
                    seen_cycles.add(frozenset(steps))
                    found.append(" -> ".join(loop) + ": " + "; ".join(edges[step][0].where() for step in steps))
            else:
                visit(nxt, [*trail, nxt])

    for start in sorted(graph):
        visit(start, [start])
    return found


@pytest.fixture(scope="module")
def imports() -> list[Import]:
    found = all_imports()
    assert len({i.module for i in found}) > 100  # the scan saw the package
    return found


def test_only_the_store_speaks_sql(imports: list[Import]) -> None:
    assert sql_outside_store(imports) == []


def test_only_the_window_imports_qt(imports: list[Import]) -> None:
    assert qt_outside_ui(imports) == []


def test_packages_import_only_the_layers_below_them(imports: list[Import]) -> None:
    edges = package_edges(imports)
    assert set(ALLOWED) >= {source for source, _ in edges}, "a new package: give it its place in ALLOWED"
    assert forbidden_edges(edges) == []


def test_the_packages_import_each_other_in_no_cycle(imports: list[Import]) -> None:
    assert cycles(package_edges(imports)) == []


BAD_MODULES = {
    "sql": ("needsassess.sync.zz_bad_sql", "from sqlalchemy import select\n"),
    "qt": ("needsassess.reports.zz_bad_qt", "def f():\n    from PySide6.QtCore import QObject\n"),
    "edge": ("needsassess.crypto.zz_bad_edge", "from needsassess.store import AssessmentStore\n"),
    "eager_gui": ("needsassess.cli.zz_bad_gui", "from needsassess.ui.app import run_app\n"),
    "cycle": ("needsassess.engine.zz_bad_cycle", "from needsassess.store import open_store\n"),
}


@pytest.mark.parametrize("kind", sorted(BAD_MODULES))
def test_each_check_fails_on_a_bad_import(imports: list[Import], kind: str, tmp_path: Path) -> None:
    """One deliberately bad module per check, scanned with the package: the check names its file."""
    module, source = BAD_MODULES[kind]
    path = tmp_path / "bad.py"
    path.write_text(source, encoding="utf-8")
    together = [*imports, *_imports_of(path, module)]
    name = module.replace(".", "/") + ".py:"
    if kind == "sql":
        problems = sql_outside_store(together)
    elif kind == "qt":
        problems = qt_outside_ui(together)
    elif kind == "cycle":
        problems = cycles(package_edges(together))
    else:
        problems = forbidden_edges(package_edges(together))
    assert problems and any(name in p for p in problems), problems
