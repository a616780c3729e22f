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

# (modules to look in, in order; the function's name)
_DEMO = (("needsassess.demo",), "load_demo")
_REPORT = (("needsassess.reports",), "render_report")
_SUBJECT = (("needsassess.reports.from_store",), "subject_from_store")
_EXPORT = (("needsassess.sync", "needsassess.sync.exporter"), "export_package")
_IMPORT = (("needsassess.sync", "needsassess.sync.importer"), "import_packages")


def _find(spec: tuple[tuple[str, ...], str]) -> Callable[..., Any] | None:
    module_names, name = spec
    for module_name in module_names:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        except Exception:  # a half-built package must not take the window down
            log.exception("could not import %s", module_name)
            continue
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
    return _find(_REPORT) is not None and _find(_SUBJECT) is not None


def export_available() -> bool:
    return _find(_EXPORT) is not None


def import_available() -> bool:
    return _find(_IMPORT) is not None


def load_demo(
    store: AssessmentStore, progress: Callable[[int, int], None], cancelled: Callable[[], bool]
) -> Any:
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
    render, subject_of = _find(_REPORT), _find(_SUBJECT)
    if render is None or subject_of is None:
        raise RuntimeError("PDF reports are not available in this build")
    from needsassess.reports import ReportOptions

    subjects = []
    for done, uuid in enumerate(uuids):
        if cancelled():
            return None
        subjects.append(subject_of(store, uuid))
        progress(done + 1, len(uuids) + 1)
    result = render(subjects, path, ReportOptions(lang=lang, paper=paper.lower()))
    progress(len(uuids) + 1, len(uuids) + 1)
    return result


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
