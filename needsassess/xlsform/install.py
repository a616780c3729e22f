"""Adding an imported form to a data folder: ``<data folder>/forms/<form_id>.yaml``.

Shared by ``needsassess forms import`` and the window's "Import XLSForm…", so both write the same
file the same way (atomically, never over an existing form unless asked).
"""

from __future__ import annotations

from pathlib import Path

from needsassess.errors import UserError
from needsassess.errors.xlsform_codes import XLSFormReason
from needsassess.fileio import write_atomic
from needsassess.xlsform.importer import ImportResult


class FormExists(UserError):
    """A form with that id is already in the folder; nothing was written."""

    def __init__(self, target: Path) -> None:
        self.target = target
        super().__init__(XLSFormReason.FORM_EXISTS, target=target)


def form_target(result: ImportResult, folder: Path) -> Path:
    return Path(folder) / f"{result.form.form_id}.yaml"


def install_form(result: ImportResult, folder: Path, replace: bool = False) -> Path:
    """Write the imported form's YAML into ``folder``; FormExists when it is there and not ``replace``."""
    target = form_target(result, folder)
    if target.exists() and not replace:
        raise FormExists(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, result.yaml_text.encode("utf-8"))
    return target
