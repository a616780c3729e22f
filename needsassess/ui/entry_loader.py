"""Building the form-entry view for the window.

The window imports this module when the first assessment is opened, not at start-up, so the shell
paints before the entry widgets and the engine are loaded. A returned assessment's review comments
are added to the view here (``entry.return_comments``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from needsassess.store import AssessmentStore
from needsassess.ui.entry import FormEntryView
from needsassess.ui.entry.return_comments import attach_return_comments


def make_entry_view(store: AssessmentStore, uuid: str, form_language: str, read_only: bool,
                    parent: QWidget | None) -> FormEntryView:
    view = FormEntryView(store, uuid, form_language=form_language, read_only=read_only, parent=parent)
    view.return_comments = attach_return_comments(view)  # type: ignore[attr-defined]
    if view.ctx.read_only:  # a complete assessment read by the coordinator: its data-quality flags
        from needsassess.ui.entry.flag_notes import FlagNotes
        from needsassess.ui.entry.paradata_note import ParadataNote

        FlagNotes(view)
        view.paradata_note = ParadataNote(view)  # type: ignore[attr-defined]
    return view
