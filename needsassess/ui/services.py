"""The core operations the start page offers beyond the store: demo data, PDF reports, packages.

They live in packages built alongside the window (``needsassess.demo``, ``needsassess.reports``,
``needsassess.sync``). Each is looked up when first needed; when one is not available the matching
action stays disabled instead of failing. Every function here runs on a worker thread (see
``tasks.py``) and receives ``progress(done, total)`` and ``cancelled()``; those are passed on to the
core function when it accepts them.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from needsassess.store import AssessmentStore

log = logging.getLogger(__name__)

_DEMO = ("needsassess.demo", ("load_demo", "add_demo_data", "add_demo", "create_demo"))
_REPORT = ("needsassess.reports", ("report_assessments", "write_assessment_report", "assessment_report"))
_EXPORT = ("needsassess.sync", ("export_package",))
_IMPORT = ("needsassess.sync", ("import_packages",))


def _find(spec: tuple[str, tuple[str, ...]]) -> Callable[..., Any] | None:
    module_name, names = spec
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    except Exception:  # a half-built package must not take the window down
        log.exception("could not import %s", module_name)
        return None
    for name in names:
        found = getattr(module, name, None)
        if callable(found):
            return found  # type: ignore[no-any-return]
    return None


def _call(fn: Callable[..., Any], args: Sequence[Any], options: dict[str, Any]) -> Any:
    """Call ``fn`` with the options its signature names (progress, cancelled, lang, ...)."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return fn(*args)
    takes_all = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    chosen = {k: v for k, v in options.items() if takes_all or k in params}
    return fn(*args, **chosen)


def demo_available() -> bool:
    return _find(_DEMO) is not None


def reports_available() -> bool:
    return _find(_REPORT) is not None


def export_available() -> bool:
    return _find(_EXPORT) is not None


def import_available() -> bool:
    return _find(_IMPORT) is not None


def load_demo(store: AssessmentStore, progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
    fn = _find(_DEMO)
    if fn is None:
        raise RuntimeError("demo data is not available in this build")
    return _call(fn, (store,), {"progress": progress, "cancelled": cancelled})


def write_report(
    store: AssessmentStore,
    uuids: Sequence[str],
    path: Path,
    lang: str,
    paper: str,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Any:
    fn = _find(_REPORT)
    if fn is None:
        raise RuntimeError("PDF reports are not available in this build")
    options = {"lang": lang, "paper": paper.lower(), "progress": progress, "cancelled": cancelled}
    return _call(fn, (store, list(uuids), path), options)


def export_package(
    store: AssessmentStore,
    path: Path,
    include_all: bool,
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Any:
    fn = _find(_EXPORT)
    if fn is None:
        raise RuntimeError("export is not available in this build")
    options = {"include_all": include_all, "progress": progress, "cancelled": cancelled}
    return _call(fn, (store, path), options)


def import_packages(
    store: AssessmentStore,
    paths: Sequence[Path],
    progress: Callable[[int, int], None],
    cancelled: Callable[[], bool],
) -> Any:
    fn = _find(_IMPORT)
    if fn is None:
        raise RuntimeError("import is not available in this build")
    return _call(fn, (store, list(paths)), {"progress": progress, "cancelled": cancelled})
